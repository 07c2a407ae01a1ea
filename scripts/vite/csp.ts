import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the build: scripts, workers, data and styles from this origin only;
 * no inline script. 'wasm-unsafe-eval' lets DuckDB compile its wasm; inline styles are Naive UI's
 * and ECharts'. Data and blob URLs serve chart images and downloads.
 */
export const CSP = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self' blob:", "connect-src 'self' data: blob:",
  "img-src 'self' data: blob:", "style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'none'",
].join('; ')

/** Puts the policy in the built index.html (any static server then enforces it). Not in dev, whose hot reload needs a websocket. */
export const csp = (): Plugin => ({
  name: 'union-cockpit:csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head' }],
})
