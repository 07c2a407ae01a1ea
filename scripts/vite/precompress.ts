import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin, ResolvedConfig } from 'vite'

// Parquet is left alone: it is zstd inside already, and DuckDB reads it with range requests, which
// a compressed response cannot serve.
const COMPRESSIBLE = /\.(js|css|html|wasm|json|svg|map)$/

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

/** Writes a .br and a .gz beside every compressible file of the build, for a server that serves them. */
export const precompress = (): Plugin => {
  let config: ResolvedConfig
  return {
    name: 'union-cockpit:precompress',
    apply: 'build',
    configResolved: (c) => void (config = c),
    closeBundle() {
      const out = resolve(config.root, config.build.outDir)
      for (const path of files(out)) {
        // index.html is left alone too: publishing a dataset into a site rewrites it (npm run publish, or the
        // 发布包 a steward exports from #/data and IT unzips), and a stale .gz beside it would be served instead.
        if (!COMPRESSIBLE.test(path) || path === join(out, 'index.html')) continue
        const raw = readFileSync(path)
        if (raw.length < 1024) continue
        // Quality 9, not 11: the engine's 18 MB wasm would take a minute at 11 for a few per cent.
        writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }))
        writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }))
      }
    },
  }
}
