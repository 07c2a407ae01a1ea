/** zh/en labels of the coded values in the data (levels, kinds, industries, programmes, alliance types). */
type Labels = Record<string, { zh: string; en: string }>

export const LEVELS: Labels = {
  national: { zh: '全国级', en: 'National' },
  city: { zh: '市级', en: 'City' },
  district: { zh: '区级', en: 'District' },
  enterprise: { zh: '企业级', en: 'Enterprise' },
}

export const KINDS: Labels = {
  'model-worker': { zh: '劳模创新工作室', en: 'Model-worker workshop' },
  worker: { zh: '职工创新工作室', en: 'Worker workshop' },
  craftsman: { zh: '工匠创新工作室', en: 'Craftsman workshop' },
}

export const INDUSTRIES: Labels = {
  manufacturing: { zh: '制造业', en: 'Manufacturing' },
  energy: { zh: '能源', en: 'Energy' },
  construction: { zh: '建筑业', en: 'Construction' },
  transport: { zh: '交通运输', en: 'Transport' },
  ict: { zh: '信息技术', en: 'ICT' },
  healthcare: { zh: '医疗卫生', en: 'Healthcare' },
  education: { zh: '教育', en: 'Education' },
  finance: { zh: '金融', en: 'Finance' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  services: { zh: '服务业', en: 'Services' },
  public: { zh: '公共管理', en: 'Public sector' },
}

export const PROGRAMS: Labels = {
  skills: { zh: '技能培训', en: 'Skills training' },
  'craftsman-academy': { zh: '工匠学院', en: 'Craftsman academy' },
  mentorship: { zh: '名师带徒', en: 'Mentorship' },
  cadre: { zh: '工会干部培训', en: 'Union cadre training' },
}

export const ALLIANCE_TYPES: Labels = {
  internal: { zh: '单位内部联盟', en: 'Within one employer' },
  'same-industry': { zh: '行业同型联盟', en: 'Same industry' },
  'cross-industry': { zh: '行业异型联盟', en: 'Cross-industry' },
}

/** The label of a coded value; the code itself when unknown (e.g. an imported value), never a blank. */
export function label(table: Labels, code: string | null | undefined, locale: 'zh' | 'en'): string {
  if (code == null) return '—'
  return table[code]?.[locale] ?? code
}
