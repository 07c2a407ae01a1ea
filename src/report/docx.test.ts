import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync, zlibSync } from 'fflate'
import { input } from '../../tests/unit/report-fixture'
import { buildReportModel } from '../domain/report/model'
import { reportDocx, type ChartImage } from './docx'

/** A valid w × h PNG (grey), enough for the writer to embed and a reader to measure. */
function png(w: number, h: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (b: Uint8Array) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0 }
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length)
    const view = new DataView(out.buffer)
    view.setUint32(0, data.length)
    out.set(new TextEncoder().encode(type), 4)
    out.set(data, 8)
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)))
    return out
  }
  const ihdr = new Uint8Array(13)
  new DataView(ihdr.buffer).setUint32(0, w)
  new DataView(ihdr.buffer).setUint32(4, h)
  ihdr.set([8, 0, 0, 0, 0], 8)
  const raw = new Uint8Array((w + 1) * h).fill(200)
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())]
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0)
  return out
}

describe('reportDocx', () => {
  const model = buildReportModel(input({ districts: ['110118'], scope: '密云区' }))
  const images = new Map<string, ChartImage>(
    model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'chart' ? [[b.id, { data: png(1860, 930), width: 1860, height: 930 }]] : [])),
  )

  it('writes an A4 document with the title, tables, pictures, page numbers and the demo statement in the footer', async () => {
    const files = unzipSync(await reportDocx(model, images))
    const xml = strFromU8(files['word/document.xml']!)
    expect(xml).toContain(model.title)
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"')
    // Four district tables of 16 rows plus a header each; no annex table (the fixture has no published figures).
    expect(xml.match(/<w:tbl>/g)).toHaveLength(4)
    expect(xml.match(/<w:tr>/g)).toHaveLength(4 * 17)
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(4)
    // One picture per family (identical fixture pictures share one media file).
    expect(xml.match(/<w:drawing>/g)).toHaveLength(4)
    expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true)
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => strFromU8(files[f]!))
    expect(footers.some((f) => f.includes('PAGE') && f.includes(model.provenance.footer!))).toBe(true)
  })

  it('names its Chinese faces with the fallbacks Word and WPS use', async () => {
    const files = unzipSync(await reportDocx(model, images))
    const fonts = strFromU8(files['word/fontTable.xml']!)
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>')
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
    expect(strFromU8(files['word/document.xml']!)).toContain('w:eastAsia="方正小标宋简体"')
  })
})
