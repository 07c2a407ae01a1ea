import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fileEntry, withSiteDataset } from '../../src/data/published-manifest'

describe('a published site', () => {
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body></body></html>'

  it('opens on its dataset through one meta tag, however many times it is published', () => {
    const once = withSiteDataset(html)
    expect(once).toContain('<meta name="uc-dataset" content="published/manifest.json">')
    expect(withSiteDataset(withSiteDataset(once)).match(/uc-dataset/g)).toHaveLength(1)
    expect(() => withSiteDataset('<html><body></body></html>')).toThrow('</head>')
  })

  it('names each file with its size and the same sha256 as Node computes', () => {
    const bytes = new TextEncoder().encode('工会统计 PAR1')
    expect(fileEntry('rights.parquet', bytes)).toEqual({ path: 'rights.parquet', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
  })
})
