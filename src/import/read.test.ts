import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import { decodeText, ImportFileError, readSheets, sniff } from './read'
import { runImport } from './run'

// "区,年份,法律咨询,法律援助案件,挽回经济损失\n密云县,2025,5200,1900,近3500万\n" as Chinese Excel saves it (GBK).
const GBK = Uint8Array.from(Buffer.from('c7f82cc4eab7dd2cb7a8c2c9d7c9d1af2cb7a8c2c9d4aed6fab0b8bcfe2ccdecbbd8beadbcc3cbf0caa70ac3dcd4c6cfd82c323032352c353230302c313930302cbdfc33353030cdf20a', 'hex'))
const utf8 = (s: string) => new TextEncoder().encode(s)
const reason = async (name: string, bytes: Uint8Array) => {
  try {
    await readSheets(name, bytes)
    return 'read'
  } catch (e) {
    return e instanceof ImportFileError ? e.reason.en : String(e)
  }
}

describe('reading files', () => {
  it('decodes GBK/GB18030, UTF-8 with and without BOM', () => {
    expect(decodeText(GBK)).toMatchObject({ encoding: 'GB18030', text: expect.stringContaining('密云县,2025,5200,1900,近3500万') })
    expect(decodeText(utf8('\uFEFF区,年份'))).toEqual({ encoding: 'UTF-8', text: '区,年份' })
    expect(decodeText(utf8('密云'))).toEqual({ encoding: 'UTF-8', text: '密云' })
  })
  it('imports a GBK CSV end to end', async () => {
    const r = await runImport([{ name: 'rights-gbk.csv', bytes: GBK }])
    expect(r.fileErrors).toEqual([])
    expect(r.tables).toEqual([{ table: 'rights', columns: expect.any(Array), records: [['110118', 2025, 5200, 1900, 35_000_000, null, null]], files: ['rights-gbk.csv'] }])
  })
  it('knows formats by their bytes, not their names', () => {
    expect(sniff(utf8('PK\u0003\u0004xx'))).toBe('xlsx')
    expect(sniff(utf8('PAR1xx'))).toBe('parquet')
    expect(sniff(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xls')
    expect(sniff(utf8('a,b'))).toBe('csv')
  })
  it('refuses empty, binary, corrupt and unrecognised files with a reason', async () => {
    expect(await reason('empty.csv', new Uint8Array())).toBe('the file is empty')
    expect(await reason('photo.csv', Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))).toBe('not a text CSV file (the content is binary)')
    expect(await reason('broken.xlsx', utf8('PK\u0003\u0004 this is no zip'))).toBe('the XLSX file is corrupt or not an Excel workbook')
    expect(await reason('old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatch(/save as .xlsx/)
    // WPS .et is the same compound binary: the advice names both programs' menus.
    expect(await reason('表.et', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatch(/In Excel, File → Save As.*in WPS Spreadsheets, File → Save As/)
    expect(await reason('q.csv', utf8('a,b\n"unclosed,1\n'))).toBe('unmatched quote on row 2')
    const nul = await reason('nul.csv', utf8(`区,年份,法律咨询\n密云,2025,1\n怀柔,2025,2\u0000\n${'延庆,2025,3\n'.repeat(200)}`))
    expect(nul).toBe('line 3 holds a NUL character (\\0): the file may have been damaged when saved or copied; remove it or export the file again')
    const r = await runImport([{ name: 'other.csv', bytes: utf8('foo,bar\n1,2\n') }])
    expect(r.fileErrors.map((e) => e.reason.en)).toEqual(['not recognised: the headers match no template; use the column names of a template'])
  })
  it('reads every sheet of a workbook, skipping the notes sheet, and names the sheet in problems', async () => {
    const bytes = await writeXlsxFile([
      { sheet: '会员', data: [[{ value: '区' }, { value: '年份' }, { value: '工会会员数' }, { value: '职工人数' }], [{ value: '密云' }, { value: 2025 }, { value: 1000 }, { value: -1 }]] },
      { sheet: '说明', data: [[{ value: '列' }, { value: '说明' }]] },
    ]).toBuffer()
    const r = await runImport([{ name: 'members.xlsx', bytes: new Uint8Array(bytes) }])
    expect(r.sheets).toEqual([{ file: 'members.xlsx', sheet: '会员', table: 'members', total: 1, valid: 0 }])
    expect(r.problems).toMatchObject([{ sheet: '会员', row: 2, column: '职工人数 (D)', value: '-1' }])
  })
})

describe('limits', () => {
  it('refuses a CSV over the row limit and one over the column limit, saying which', async () => {
    const { LIMITS } = await import('./read')
    const rows = `a\n${'1\n'.repeat(LIMITS.rows + 1)}`
    expect(await reason('long.csv', utf8(rows))).toBe(`more than the ${LIMITS.rows.toLocaleString()}-row limit (${LIMITS.rows + 1} rows)`)
    const wide = `${Array.from({ length: LIMITS.columns + 1 }, (_, i) => `c${i}`).join(',')}\n`
    expect(await reason('wide.csv', utf8(wide))).toBe(`more than the ${LIMITS.columns}-column limit (${LIMITS.columns + 1} columns)`)
  })
})

describe('progress', () => {
  it('reports rows checked as it goes, then the end', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `W${i},2025,1,1,1`).join('\n')
    const seen: string[] = []
    await runImport([{ name: 'i.csv', bytes: utf8(`workshop_id,year,outputs,transformed,benefit_yuan\n${rows}\n`) }], (p) => seen.push(`${p.file}/${p.files} ${p.rows}/${p.total}`))
    expect(seen).toEqual(['0/1 0/0', '0/1 0/50000', '0/1 20000/50000', '0/1 40000/50000', '1/1 0/0'])
  })
})
