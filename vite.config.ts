import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { csp } from './scripts/vite/csp.ts'
import { precompress } from './scripts/vite/precompress.ts'

// Relative base: the build runs from any static file server or sub-path.
export default defineConfig({
  base: './',
  plugins: [vue(), csp(), precompress()],
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
    // Everything the first view imports statically travels as one file: twenty small chunks queue behind
    // the browser's six connections per host and cost about 100 ms before the first paint.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Setup hooks start the engine and load tables: seconds on a busy machine.
    hookTimeout: 60_000,
  },
})
