import type { Bilingual, Value } from './schema'

/** FNV-1a, 32 bits, as 8 hex digits: small, stable across machines and runs, no crypto needed. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** The columns an id is made from, per table whose file may come without ids. */
export const ID_SOURCES: Record<string, { id: string; from: string[] }> = {
  workshops: { id: 'workshop_id', from: ['district_code', 'name'] },
  alliances: { id: 'alliance_id', from: ['district_code', 'name'] },
  competitions: { id: 'competition_id', from: ['district_code', 'year', 'name'] },
}

/**
 * A deterministic id from a row's cleaned values: the district code, then the hash of the parts joined
 * (name normalised: full-width folded, spaces removed), so the same workshop gets the same id in every import.
 */
export function makeId(row: Record<string, Value>, from: string[]): string | null {
  const parts = from.map((c) => (row[c] == null ? '' : String(row[c]).normalize('NFKC').replace(/\s+/g, '')))
  if (parts.some((p) => !p)) return null
  return `${row.district_code ?? 'X'}-${fnv1a(parts.join('|'))}`
}

/** How ids were given, for the report. */
export function idNote(id: string, from: string[]): Bilingual {
  return {
    zh: `文件没有“${id}”列：按 ${from.join(' + ')} 生成编号（区划代码-哈希，同名同区得到同一编号）`,
    en: `the file has no ${id} column: ids made from ${from.join(' + ')} (district code, then a hash; the same name in the same district gets the same id)`,
  }
}

/** A workshop's kind from its name, when the list has no kind column: 劳模 / 工匠 named ones, else 职工. */
export function kindFromName(name: string): 'model-worker' | 'craftsman' | 'worker' {
  return /劳模|劳动模范/.test(name) ? 'model-worker' : /工匠|技能大师|首席技师/.test(name) ? 'craftsman' : 'worker'
}
