/** Beijing's functional zones (首都功能核心区, 中心城区, 城市副中心, 平原新城, 生态涵养区). */
export type Zone = 'core' | 'central' | 'subcenter' | 'plain' | 'ecological'

/** A district as the UI needs it before any data has loaded (checked against data/sources/districts.csv). */
export interface District {
  code: string
  zh: string
  short: string
  en: string
  zone: Zone
}

const d = (code: string, zh: string, en: string, zone: Zone): District => ({ code, zh, short: zh.replace(/区$/, ''), en, zone })

/** The 16 districts, GB/T 2260 codes, in official order. */
export const DISTRICTS: District[] = [
  d('110101', '东城区', 'Dongcheng', 'core'),
  d('110102', '西城区', 'Xicheng', 'core'),
  d('110105', '朝阳区', 'Chaoyang', 'central'),
  d('110106', '丰台区', 'Fengtai', 'central'),
  d('110107', '石景山区', 'Shijingshan', 'central'),
  d('110108', '海淀区', 'Haidian', 'central'),
  d('110109', '门头沟区', 'Mentougou', 'ecological'),
  d('110111', '房山区', 'Fangshan', 'plain'),
  d('110112', '通州区', 'Tongzhou', 'subcenter'),
  d('110113', '顺义区', 'Shunyi', 'plain'),
  d('110114', '昌平区', 'Changping', 'plain'),
  d('110115', '大兴区', 'Daxing', 'plain'),
  d('110116', '怀柔区', 'Huairou', 'ecological'),
  d('110117', '平谷区', 'Pinggu', 'ecological'),
  d('110118', '密云区', 'Miyun', 'ecological'),
  d('110119', '延庆区', 'Yanqing', 'ecological'),
]

export const DISTRICT_CODES = DISTRICTS.map((x) => x.code)

/** The whole city. */
export const CITY_CODE = '110000'

export const ZONES: { id: Zone; zh: string; en: string }[] = [
  { id: 'core', zh: '首都功能核心区', en: 'Capital core' },
  { id: 'central', zh: '中心城区', en: 'Central urban' },
  { id: 'subcenter', zh: '城市副中心', en: 'Sub-centre' },
  { id: 'plain', zh: '平原新城', en: 'Plain new towns' },
  { id: 'ecological', zh: '生态涵养区', en: 'Ecological conservation' },
]

const byCode = new Map(DISTRICTS.map((x) => [x.code, x]))

/** A district's display name in a language (the short form when space is tight); the code if unknown. */
export function districtName(code: string, locale: 'zh' | 'en', short = false): string {
  const x = byCode.get(code)
  if (!x) return code
  return locale === 'en' ? x.en : short ? x.short : x.zh
}

/** The codes of a zone's districts. */
export function zoneCodes(zone: Zone): string[] {
  return DISTRICTS.filter((x) => x.zone === zone).map((x) => x.code)
}

/**
 * Other names a district is written under in stewards' files: former county names (密云县), merged
 * districts (崇文 → 东城, 宣武 → 西城, with their old codes) and common English spellings. One table.
 */
const ALIASES: Record<string, string[]> = {
  '110101': ['崇文区', '崇文', '110103', 'Dongcheng District'],
  '110102': ['宣武区', '宣武', '110104', 'Xicheng District'],
  '110109': ['门头沟'],
  '110111': ['房山县'],
  '110112': ['通县', '通州县', 'Tongzhou District', '北京城市副中心'],
  '110113': ['顺义县'],
  '110114': ['昌平县'],
  '110115': ['大兴县'],
  '110116': ['怀柔县'],
  '110117': ['平谷县'],
  '110118': ['密云县'],
  '110119': ['延庆县'],
  [CITY_CODE]: [CITY_CODE, '北京', '北京市', '全市', 'Beijing', 'Beijing City', 'Beijing Municipality'],
}

/** Lower-case, half-width, no spaces: "Ｍiyun District " and "miyundistrict" compare equal. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')

const lookup = new Map<string, string>()
for (const x of DISTRICTS) {
  for (const name of [x.code, x.zh, x.short, x.en, `${x.en} District`]) lookup.set(fold(name), x.code)
}
for (const [code, names] of Object.entries(ALIASES)) for (const name of names) lookup.set(fold(name), code)

/**
 * The GB/T 2260 code of a district written any accepted way (密云 / 密云区 / 密云县 / Miyun / 110118);
 * 110000 for the whole city; null when the name is not a Beijing district.
 */
export function resolveDistrict(input: string | number): string | null {
  return lookup.get(fold(String(input))) ?? null
}
