import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePublishArgs, PublishError } from '../../scripts/publish/args'
import { publish } from '../../scripts/publish/index'

// npm run publish refuses bad input before it reads or writes anything, and a refused check leaves --out as it was.
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'uc-publish-'))
  mkdirSync(join(dir, 'from'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const refusal = (argv: string[]) => {
  try {
    parsePublishArgs(argv, dir)
  } catch (error) {
    expect(error).toBeInstanceOf(PublishError)
    return error as PublishError
  }
  throw new Error(`accepted: ${argv.join(' ')}`)
}

describe('parsePublishArgs', () => {
  it('reads the options, with the folder name as the default dataset name', () => {
    const o = parsePublishArgs(['--from', 'from', '--out', 'site', '--as-of', '2026-11-30', '--skip-invalid-rows'], dir)
    expect(o).toMatchObject({ from: join(dir, 'from'), out: join(dir, 'site'), name: 'from', asOf: '2026-11-30', skipInvalid: true, mappings: [] })
  })

  it('refuses, in Chinese and English, each kind of bad command line', () => {
    writeFileSync(join(dir, 'bad.json'), '{ not json')
    writeFileSync(join(dir, 'other.json'), '{ "version": 2, "mappings": [] }')
    const cases: [string[], RegExp][] = [
      [['--out', 'site'], /--from/],
      [['--from', 'nowhere', '--out', 'site'], /不是文件夹/],
      [['--from', 'from', '--out', 'from/site'], /--out 不能位于 --from 之内/],
      [['--from', 'from', '--out', 'from'], /--out 不能位于 --from 之内/],
      [['--from', 'from', '--out', 'site', '--mapping', 'bad.json'], /不是有效的 JSON/],
      [['--from', 'from', '--out', 'site', '--mapping', 'missing.json'], /找不到/],
      [['--from', 'from', '--out', 'site', '--mapping', 'other.json'], /映射文件/],
      [['--from', 'from', '--out', 'site', '--as-of', '2026-02-30'], /--as-of/],
      [['--from', 'from', '--out', 'site', '--colour', 'red'], /未知选项/],
    ]
    for (const [argv, zh] of cases) {
      const e = refusal(argv)
      expect(e.zh, argv.join(' ')).toMatch(zh)
      expect(e.en.length, argv.join(' ')).toBeGreaterThan(10)
    }
  })
})

describe('publish', () => {
  const out = () => join(dir, 'site')
  /** A deployed site from an earlier publish: it must survive a refused one byte for byte. */
  const earlier = () => {
    mkdirSync(out(), { recursive: true })
    writeFileSync(join(out(), 'index.html'), '<!doctype html><title>earlier</title>')
  }

  it('refuses a folder with no data file, and leaves --out untouched', async () => {
    earlier()
    const from = join(dir, 'empty')
    mkdirSync(from)
    writeFileSync(join(from, 'readme.md'), 'notes')
    await expect(publish(parsePublishArgs(['--from', from, '--out', out()], dir), () => {})).rejects.toThrow(/没有可读的数据文件/)
    expect(readdirSync(out())).toEqual(['index.html'])
  })

  it('refuses a file with an invalid row, writes the located report beside --out, and leaves --out untouched', async () => {
    earlier()
    const from = join(dir, 'invalid')
    mkdirSync(from)
    writeFileSync(join(from, 'rights.csv'), '\uFEFF区,年份,法律咨询,法律援助案件,挽回经济损失,追回欠薪,受助职工人数\n密云区,2025,5200,1900,700万,300万,2400\n火星区,2025,1,2,3,4,5\n')
    const lines: string[] = []
    await expect(publish(parsePublishArgs(['--from', from, '--out', out()], dir), (l) => lines.push(l))).rejects.toThrow(/--skip-invalid-rows/)
    expect(readFileSync(join(out(), 'index.html'), 'utf8')).toContain('earlier')
    expect(readdirSync(out())).toEqual(['index.html'])
    // The report names file, row and column, on screen and in the CSV beside --out.
    expect(lines.join('\n')).toMatch(/rights\.csv .*第3行.*火星区/)
    const csv = readFileSync(join(dir, 'site-report.csv'), 'utf8')
    expect(csv).toContain('火星区')
    expect(csv).toContain('rights.csv')
  }, 60_000)
})
