// Builds the production bundle into its own directory, serves it with scripts/serve.mjs, and sizes the initial JS.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, posix, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export const DIST = '/tmp/dist-bench'

/** `vite build` into DIST, so the benchmark never fights over dist/ with other runs. */
export function build(): void {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' })
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`)
}

/** --site: a site written by `npm run publish`, copied into DIST as it is, instead of a fresh build. */
export function copySite(dir: string): void {
  rmSync(DIST, { recursive: true, force: true })
  cpSync(resolve(dir), DIST, { recursive: true })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface Served {
  url: string
  stop(): void
}

/** Serves DIST on a free local port (its precompressed copies unless told not to); resolves once it listens. */
export async function serve(precompressed = true): Promise<Served> {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', DIST], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PRECOMPRESSED: precompressed ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve.mjs did not start within 10 s')), 10_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('being served')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)))
  })
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() }
}

/** Makes data/scaled/ (the large layouts of `npm run data -- --scale N`) servable beside the build. */
export function linkScaled(): void {
  const link = join(DIST, 'scaled')
  rmSync(link, { force: true, recursive: true })
  symlinkSync(resolve('data/scaled'), link)
}

/** The hashed file name of the engine's eh wasm in the build. */
export function wasmAsset(): string {
  const file = readdirSync(join(DIST, 'assets')).find((f) => /^duckdb-eh-[\w-]+\.wasm$/.test(f))
  if (!file) throw new Error(`no duckdb-eh-*.wasm in ${DIST}/assets`)
  return `assets/${file}`
}

// Static imports and re-exports only; `import(` (a lazy chunk) never matches because parentheses are excluded.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.js)["']/g

/** A chunk and every chunk it imports statically, as paths relative to DIST. */
function closure(entries: string[]): string[] {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(DIST, file), 'utf8')
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(posix.join(posix.dirname(file), m[1]!))
  }
  return [...seen]
}

const gzipKb = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0) / 1024

export interface JsSize {
  /** Entry script, modulepreloads and their static imports: what the first paint needs. */
  initialFiles: string[]
  initialKb: number
  /** Plus the lazy `#/` route chunk and its own static imports (informational). */
  withOverviewFiles: string[]
  withOverviewKb: number
}

/** Gzip size of the JS in index.html's module script and modulepreloads, with their static imports. */
export function initialJs(): JsSize {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => posix.normalize(m[1]!.replace(/^\.?\//, '')))
  const initialFiles = closure(refs)
  const overview = readdirSync(join(DIST, 'assets')).find((f) => /^OverviewView-[\w-]+\.js$/.test(f))
  const withOverviewFiles = overview ? closure([...initialFiles, `assets/${overview}`]) : initialFiles
  return { initialFiles, initialKb: gzipKb(initialFiles), withOverviewFiles, withOverviewKb: gzipKb(withOverviewFiles) }
}
