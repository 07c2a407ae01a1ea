import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchChecked } from '../../src/data/manifest'

const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 251)
const entry = { path: 'rights.parquet', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
const url = new URL('http://cockpit.intranet.test/published/rights.parquet')

/** Serves `body` in small chunks, as a network does. */
function serve(body: Uint8Array, status = 200) {
  vi.stubGlobal('fetch', async () => new Response(new Blob([body.slice()]).stream(), { status }))
}

describe('fetchChecked', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('checks size and sha256 without Web Crypto, which a plain-http intranet page does not have', async () => {
    vi.stubGlobal('crypto', {})
    serve(bytes)
    expect(await fetchChecked(url, entry)).toEqual(bytes)
  })

  it('refuses a truncated, a longer and an altered file, naming it', async () => {
    serve(bytes.subarray(0, bytes.length - 100))
    await expect(fetchChecked(url, entry)).rejects.toMatchObject({ file: 'rights.parquet', message: expect.stringContaining('199900 bytes') })
    serve(new Uint8Array([...bytes, 1]))
    await expect(fetchChecked(url, entry)).rejects.toMatchObject({ message: expect.stringContaining('larger than') })
    const altered = bytes.slice()
    altered[5000] ^= 1
    serve(altered)
    await expect(fetchChecked(url, entry)).rejects.toMatchObject({ message: expect.stringContaining('sha256') })
  })

  it('refuses a missing file', async () => {
    serve(new Uint8Array(), 404)
    await expect(fetchChecked(url, entry)).rejects.toMatchObject({ message: expect.stringContaining('HTTP 404') })
  })
})
