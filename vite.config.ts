import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the build: scripts, workers, data and styles from this origin only;
 * no inline script. 'wasm-unsafe-eval' lets DuckDB compile its wasm; inline styles are Naive UI's
 * and ECharts'. Data and blob URLs serve chart images and downloads. Not applied to the dev server,
 * whose hot reload needs a websocket.
 */
export const CSP = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self' blob:", "connect-src 'self' data: blob:",
  "img-src 'self' data: blob:", "style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'none'",
].join('; ')

const csp = (): Plugin => ({
  name: 'union-cockpit:csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
})

// Relative base: the build runs from any static file server or sub-path.
export default defineConfig({
  base: './',
  plugins: [vue(), csp()],
  // The import worker is an ES module, split like the app.
  worker: { format: 'es' },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // DuckDB-WASM ships its own workers; pre-bundling them breaks the ?url imports.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  assetsInclude: ['**/*.parquet'],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // DuckDB reads data files over HTTP: never inline them as data: URLs, however small.
    assetsInlineLimit: (file) => (/\.(parquet|json)$/.test(file) ? false : undefined),
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
