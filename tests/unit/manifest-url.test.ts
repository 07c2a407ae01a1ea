import { describe, expect, it } from 'vitest'
import { sameOriginUrl } from '../../src/data/manifest'

// Files a manifest names must resolve to the page's own origin, whatever the entry looks like.
const base = new URL('http://intranet.example/cockpit/published/manifest.json')
const origin = base.origin

describe('sameOriginUrl', () => {
  it('accepts a file beside the manifest, or below it', () => {
    expect(sameOriginUrl('rights.parquet', base, origin)?.href).toBe('http://intranet.example/cockpit/published/rights.parquet')
    expect(sameOriginUrl('cubes/panel_cube.parquet', base, origin)?.href).toBe('http://intranet.example/cockpit/published/cubes/panel_cube.parquet')
    expect(sameOriginUrl('hive/innovation/year=2024/data_0.parquet', base, origin)).not.toBeNull()
  })

  it('refuses a protocol-relative entry, which would read from another host', () => {
    expect(sameOriginUrl('//evil.example/rights.parquet', base, origin)).toBeNull()
  })

  it('refuses absolute URLs, absolute paths, climbing out and backslashes', () => {
    for (const entry of ['http://evil.example/r.parquet', 'https:evil.example/r.parquet', '/etc/r.parquet', '../r.parquet', 'a/../../r.parquet', '\\\\evil\\r.parquet', 'r.csv']) {
      expect(sameOriginUrl(entry, base, origin), entry).toBeNull()
    }
  })
})
