import { acceptedYear, currentYear, YEAR_FLOOR } from '../domain/years'
import { CITY_CODE } from '../domain/districts'
import { districtFromText } from './names'
import { parseChineseNumber } from '../domain/parse-number'
import type { Bilingual, Cell, ColumnSpec } from './schema'

/** A value as a file gives it: CSV gives text, XLSX numbers, dates and booleans too. */
export type Raw = string | number | boolean | Date | null | undefined

/** A cleaned cell, or what was expected instead. */
export type CellResult = { ok: true; cell: Cell; rounded?: boolean } | { ok: false; expected: Bilingual }

export { YEAR_FLOOR }
const MAX_TEXT = 500
const fail = (zh: string, en: string): CellResult => ({ ok: false, expected: { zh, en } })
const ok = (value: Cell['value'], qualifier?: Cell['qualifier']): CellResult =>
  ({ ok: true, cell: qualifier && qualifier !== 'exact' ? { value, qualifier } : { value } })

/** The largest count an INTEGER column stores. */
export const MAX_COUNT = 2 ** 31 - 1
/** The largest whole number a double (and so the browser) holds exactly: larger yuan would be changed, so are refused. */
export const MAX_YUAN = Number.MAX_SAFE_INTEGER

/** Dashes, slashes and N/A written where a value is not known: read as blank (the caller notes it). */
const PLACEHOLDER = /^(?:[-—–―－‐~～\/／]{1,3}|n\s*\/\s*a|na|null|none|#n\/a)$/i

/** Whether a cell holds a placeholder for "no value" rather than a value. */
export function isPlaceholder(raw: Raw): boolean {
  return typeof raw === 'string' && PLACEHOLDER.test(raw.normalize('NFKC').trim())
}

/**
 * Bidirectional control characters (embeddings, overrides, isolates, LRM/RLM, ALM): invisible, they reorder how a
 * name displays ("工作室\u202Egnp.exe" shows as "…exe.png"). Refused rather than stripped: the spreadsheet showed the
 * reordered text, so neither reading is surely what was meant, and the steward should see and fix the cell.
 */
const BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/

/** Whether a raw cell is empty. */
export function isBlank(raw: Raw): boolean {
  return raw == null || (typeof raw === 'string' && raw.trim() === '')
}

function number(raw: Raw): { value: number; qualifier: Cell['qualifier'] } | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, qualifier: 'exact' } : null
  if (typeof raw !== 'string') return null
  return parseChineseNumber(raw.trim())
}

/**
 * The year a cell names: 2024, "2024年", "2021年度", a date cell, an Excel serial day (a date cell saved without
 * its format), "2025年6月12日", "2025-06-12", "2025.6". NaN when it names none.
 */
export function yearOf(raw: Raw): number {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? NaN : raw.getUTCFullYear()
  // Serial days 20000–80000 are 1954–2119: no year is written that way, a date saved as a number is.
  if (typeof raw === 'number' && raw >= 20_000 && raw < 80_000) return new Date(Date.UTC(1899, 11, 30) + raw * 86_400_000).getUTCFullYear()
  const s = String(raw).normalize('NFKC').replace(/\s+/g, '')
  const m = /^(\d{4})(?:年度?|年\d{1,2}月(?:\d{1,2}日)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?$/.exec(s)
  return m ? Number(m[1]) : NaN
}

function date(raw: Raw): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10)
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(raw).normalize('NFKC').trim())
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : null
}

function enumCode(spec: ColumnSpec, raw: Raw): string | null {
  const want = String(raw).normalize('NFKC').trim().toLowerCase()
  for (const [code, label] of Object.entries(spec.values ?? {})) {
    if ([code, label.zh, label.en].some((s) => s.toLowerCase() === want)) return code
  }
  return null
}

/** Reads one non-blank cell of a column; blanks are handled by the caller (required or null). `now` bounds the years. */
export function readCell(spec: ColumnSpec, raw: Raw, now: Date = new Date()): CellResult {
  switch (spec.type) {
    case 'count':
    case 'yuan':
    case 'number': {
      const n = number(raw)
      if (!n) return fail('数字（可带 万/亿、近/余）', 'a number (万/亿 and 近/余 accepted)')
      if (n.value < 0) return fail('不小于0的数', 'a number ≥ 0')
      if (spec.type === 'count' && !Number.isInteger(n.value)) return fail('整数', 'a whole number')
      if (spec.type === 'count' && n.value > MAX_COUNT) return fail(`不超过 ${MAX_COUNT.toLocaleString('en')} 的整数（超出可存储的范围）`, `a whole number up to ${MAX_COUNT.toLocaleString('en')} (larger cannot be stored)`)
      if (spec.type === 'yuan' && n.value > MAX_YUAN) return fail(`不超过 ${MAX_YUAN.toLocaleString('en')} 元（更大的金额无法精确保存）`, `at most ${MAX_YUAN.toLocaleString('en')} yuan (larger amounts cannot be kept exactly)`)
      if (spec.type !== 'yuan' || Number.isInteger(n.value)) return ok(n.value, n.qualifier)
      return { ...ok(Math.round(n.value), n.qualifier), rounded: true } as CellResult
    }
    case 'year': {
      const y = yearOf(raw)
      const last = currentYear(now)
      return acceptedYear(y, now) ? ok(y) : fail(`${YEAR_FLOOR}–${last} 的年份`, `a year from ${YEAR_FLOOR} to ${last}`)
    }
    case 'date': {
      const d = date(raw)
      return d ? ok(d) : fail('日期，如 2025-12-31', 'a date such as 2025-12-31')
    }
    case 'district': {
      const code = districtFromText(String(raw).trim())
      const cityOk = spec.name === 'region_code'
      if (code && (code !== CITY_CODE || cityOk)) return ok(code)
      return fail(cityOk ? '北京市或16区之一（名称或代码）' : '北京16区之一（名称或代码）', cityOk ? 'Beijing or one of its 16 districts' : 'one of Beijing\'s 16 districts')
    }
    case 'region': {
      const code = districtFromText(String(raw).trim()) ?? String(raw).trim()
      return /^\d{6}$/.test(code) ? ok(code) : fail('区名或6位行政区划代码', 'a district name or 6-digit region code')
    }
    case 'enum': {
      const code = enumCode(spec, raw)
      return code ? ok(code) : fail(`以下之一：${Object.values(spec.values ?? {}).map((v) => v.zh).join('、')}`, `one of: ${Object.keys(spec.values ?? {}).join(', ')}`)
    }
    case 'url': {
      const s = String(raw).trim()
      return /^https?:\/\/\S+$/i.test(s) ? ok(s) : fail('http(s) 链接', 'an http(s) link')
    }
    case 'id':
    case 'text': {
      const s = (raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw)).trim()
      if (s.length > MAX_TEXT) return fail(`不超过${MAX_TEXT}字`, `at most ${MAX_TEXT} characters`)
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s)) return fail('不含控制字符的文本', 'text without control characters')
      if (BIDI.test(s)) return fail('不含双向文字控制符（U+202A–202E、U+2066–2069、U+200E/F、U+061C）的文本：这类不可见字符会颠倒名称的显示顺序，请删除后再导入', 'text without bidirectional control characters (U+202A–202E, U+2066–2069, U+200E/F, U+061C): they reorder how a name displays; remove them and import again')
      if (spec.type === 'id' && /\s/.test(s)) return fail('不含空格的编号', 'an id without spaces')
      return ok(s)
    }
  }
}
