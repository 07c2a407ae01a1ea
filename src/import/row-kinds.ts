import { CITY_CODE } from '../domain/districts'
import type { Raw } from './cells'
import type { Bilingual } from './schema'
import { districtFromText } from './names'

/** Why a row below the header is not data. */
export type SkipReason = 'total' | 'city' | 'footnote'

export const SKIP_TEXT: Record<SkipReason, Bilingual> = {
  total: { zh: '合计 / 小计行，已跳过（由各行相加得出）', en: 'total or subtotal row, skipped (it sums the rows)' },
  city: { zh: '全市 / 北京市行，已跳过（全市不是一个区，不计入各区之和）', en: 'whole-city row, skipped (the city is not a district and is not added to their sum)' },
  footnote: { zh: '表注、填表人或审核人行，已跳过', en: 'footnote or signature row, skipped' },
}

const TOTAL = /^(合\s*计|小\s*计|总\s*计|共\s*计|累\s*计|总\s*数|全市合计|各区合计|total|subtotal|sum)[:：]?$/i
const FOOTNOTE = /^(注|说明|备注|附注|填表说明|资料来源|数据来源)\s*[0-9一二三四五六七八九十]*\s*[:：.、]|^(填表人|填报人|审核人|制表人|负责人|单位负责人|统计负责人|联系人|联系电话|填报日期|填表日期|报出日期)/

const text = (c: Raw) => (typeof c === 'string' ? c.normalize('NFKC').trim() : '')

/**
 * What a row is, from its first text cells: a total, the whole city (when the table is per district), a
 * footnote, or data (null). `perDistrict` is false for tables where the city is a valid region (targets).
 */
export function rowKind(cells: Raw[], perDistrict: boolean): SkipReason | null {
  const labels = cells.map(text).filter(Boolean).slice(0, 2)
  const first = labels[0] ?? ''
  if (FOOTNOTE.test(first)) return 'footnote'
  if (labels.some((l) => TOTAL.test(l.replace(/\s+/g, '')))) return 'total'
  if (perDistrict && labels.some((l) => districtFromText(l) === CITY_CODE)) return 'city'
  return null
}
