import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// scripts/serve.mjs: the build's precompressed copies when accepted (and not with PRECOMPRESSED=0), long caching
// for hashed assets, revalidation for the rest.
const dir = mkdtempSync(join(tmpdir(), 'uc-serve-'))
const started: ChildProcess[] = []

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const port = (s.address() as { port: number }).port
    s.close(() => resolve(port))
  })
})

async function serve(env: Record<string, string> = {}): Promise<string> {
  const port = await freePort()
  const child = spawn(process.execPath, ['scripts/serve.mjs', dir], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] })
  started.push(child)
  await new Promise<void>((resolve) => child.stdout!.on('data', (c: Buffer) => c.toString().includes('being served') && resolve()))
  return `http://127.0.0.1:${port}/`
}

beforeAll(() => {
  mkdirSync(join(dir, 'assets'))
  const engine = Buffer.alloc(4096, 7)
  writeFileSync(join(dir, 'assets', 'engine-abc123.wasm'), engine)
  writeFileSync(join(dir, 'assets', 'engine-abc123.wasm.gz'), gzipSync(engine))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
})
afterAll(() => {
  for (const child of started) child.kill()
  rmSync(dir, { recursive: true, force: true })
})

describe('the static server', () => {
  it('serves the gzip copy of the wasm when accepted, immutable; index.html is revalidated', async () => {
    const base = await serve()
    const wasm = await fetch(`${base}assets/engine-abc123.wasm`, { headers: { 'accept-encoding': 'gzip' } })
    expect(wasm.headers.get('content-encoding')).toBe('gzip')
    expect(wasm.headers.get('content-type')).toBe('application/wasm')
    expect(wasm.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await wasm.arrayBuffer()).byteLength).toBe(4096)
    const index = await fetch(base)
    expect(index.headers.get('cache-control')).toBe('no-cache')
  })

  it('with PRECOMPRESSED=0 serves every file as it is', async () => {
    const base = await serve({ PRECOMPRESSED: '0' })
    const wasm = await fetch(`${base}assets/engine-abc123.wasm`, { headers: { 'accept-encoding': 'gzip' } })
    expect(wasm.headers.get('content-encoding')).toBeNull()
    expect(wasm.headers.get('content-length')).toBe('4096')
  })
})
