import type { UnitKind } from './format'
import type { Reconciles } from './panel-measures'

/** The four families of figures union officials track. */
export type Family = 'workshops' | 'innovation' | 'training' | 'rights'

/** Named row sets the measures aggregate over; their SQL lives in `data/queries/relations.ts`. */
export type Relation =
  | 'workshop_years' | 'workshop_named' | 'workshop_revoked' | 'alliance_years'
  | 'innovation' | 'training' | 'competitions' | 'rights' | 'members' | 'districts'

/** A base aggregate per district × year: `expr` is a trusted SQL aggregate over `relation`. */
export interface Measure {
  id: string
  relation: Relation
  expr: string
}

/** A metric as the user sees it: a measure, or a ratio of two, with its labels, 口径 and format. */
export interface MetricDef {
  id: string
  family: Family
  label: { zh: string; en: string }
  /** 口径: how the figure is defined, shown in tooltips. */
  definition: { zh: string; en: string }
  unit: UnitKind
  /** Chinese counting word after the number (家, 项, 人次…). */
  unitWord?: string
  better: 'up' | 'down'
  /** stock: a level at year end (never summed over years); flow: an amount within a year. */
  kind: 'stock' | 'flow'
  numerator: Measure
  denominator?: Measure
  /** The published figures (facts) of the same id are compared with this panel sum (#/facts, a district's profile). */
  published?: Reconciles
  /** The Chinese verb phrase a sentence uses where "<label>为" reads badly (为职工挽回经济损失…). */
  phrase?: { zh: string }
}

const m = (id: string, relation: Relation, expr: string): Measure => ({ id, relation, expr })

/** Base measures shared by metrics and denominators. */
export const measures = {
  workshopsActive: m('workshops_active', 'workshop_years', 'sum(n)'),
  workshopsCityPlus: m('workshops_city_plus', 'workshop_years', "coalesce(sum(n) FILTER (WHERE level IN ('national', 'city')), 0)"),
  workshopsNew: m('workshops_new', 'workshop_named', 'sum(n)'),
  workshopsNewCityPlus: m('workshops_new_city_plus', 'workshop_named', "coalesce(sum(n) FILTER (WHERE level IN ('national', 'city')), 0)"),
  workshopsRevoked: m('workshops_revoked', 'workshop_revoked', 'sum(n)'),
  alliances: m('alliances', 'alliance_years', 'sum(n)'),
  patents: m('innovation_patents', 'innovation', 'sum(patents)'),
  outputs: m('innovation_outputs', 'innovation', 'sum(outputs)'),
  transformed: m('innovation_transformed', 'innovation', 'sum(transformed)'),
  benefit: m('innovation_benefit_yuan', 'innovation', 'sum(benefit_yuan)'),
  personTimes: m('training_person_times', 'training', 'sum(person_times)'),
  trainees: m('training_trainees', 'training', 'sum(trainees)'),
  sessions: m('training_sessions', 'training', 'sum(sessions)'),
  competitions: m('competitions', 'competitions', 'sum(n)'),
  craftsmen: m('craftsmen_named', 'competitions', 'sum(craftsmen_named)'),
  consultations: m('rights_consultations', 'rights', 'sum(consultations)'),
  arrears: m('rights_arrears_recovered_yuan', 'rights', 'sum(arrears_recovered_yuan)'),
  workersHelped: m('workers_helped', 'rights', 'sum(workers_helped)'),
  participants: m('competition_participants', 'competitions', 'sum(participants)'),
  cases: m('rights_cases', 'rights', 'sum(cases)'),
  recovered: m('rights_recovered_yuan', 'rights', 'sum(recovered_yuan)'),
  members: m('union_members', 'members', 'sum(union_members)'),
  residents: m('residents', 'districts', 'sum(population_2020)'),
} satisfies Record<string, Measure>

/** The four workshop levels, highest first. */
export const LEVEL_CODES = ['national', 'city', 'district', 'enterprise'] as const

/** Active workshops at year end counted per level: one measure each, for the register chart. */
export const levelMeasures: Record<(typeof LEVEL_CODES)[number], Measure> = Object.fromEntries(
  LEVEL_CODES.map((l) => [l, m(`workshops_active_${l}`, 'workshop_years', `coalesce(sum(n) FILTER (WHERE level = '${l}'), 0)`)]),
) as Record<(typeof LEVEL_CODES)[number], Measure>

/** Every measure a view may ask for: what the panel cube precomputes. */
export const allMeasures: Measure[] = [...Object.values(measures), ...Object.values(levelMeasures)]

const md = measures

/**
 * The metric catalogue: the one definition of every metric: labels, 口径, unit, aggregate, better direction, stock
 * or flow, the published figures it reconciles with, and the phrase sentences use. To add a metric, add an entry
 * here (a new aggregate goes in `measures`); a view that shows it names its id.
 */
const CATALOGUE = [
  {
    id: 'workshops_active', family: 'workshops', unit: 'count', unitWord: '家', better: 'up', kind: 'stock',
    label: { zh: '在册职工创新工作室', en: 'Active innovation workshops' },
    definition: {
      zh: '年末在册的各级职工（劳模）创新工作室数：命名年份不晚于当年且当年末未撤销。',
      en: 'Workshops of all levels on the register at year end: named by that year and not revoked by its end.',
    },
    numerator: md.workshopsActive,
    published: { measure: 'workshops_all' },
    phrase: { zh: '年末在册职工创新工作室' },
  },
  {
    id: 'workshops_city_plus', family: 'workshops', unit: 'count', unitWord: '家', better: 'up', kind: 'stock',
    label: { zh: '市级及以上工作室', en: 'City-level or above workshops' },
    definition: { zh: '年末在册的全国级和市级职工创新工作室数。', en: 'National- and city-level workshops on the register at year end.' },
    numerator: md.workshopsCityPlus,
    published: { measure: 'workshops_city_plus' },
  },
  {
    id: 'workshops_new', family: 'workshops', unit: 'count', unitWord: '家', better: 'up', kind: 'flow',
    label: { zh: '新命名工作室', en: 'Newly named workshops' },
    definition: { zh: '当年新命名（挂牌）的职工创新工作室数。', en: 'Workshops named in the year.' },
    numerator: md.workshopsNew,
    // Every region-level workshops_new figure is a district naming round (区级, the published label says so).
    published: { measure: 'workshops_named_district' },
    phrase: { zh: '新命名职工创新工作室' },
  },
  {
    id: 'innovation_outputs', family: 'innovation', unit: 'count', unitWord: '项', better: 'up', kind: 'flow',
    label: { zh: '创新成果', en: 'Innovation outputs' },
    definition: { zh: '工作室当年产生的创新成果项数。', en: 'Innovation outputs produced by workshops in the year.' },
    numerator: md.outputs,
    published: { measure: 'outputs' },
    phrase: { zh: '职工创新工作室产生创新成果' },
  },
  {
    id: 'transformation_rate', family: 'innovation', unit: 'ratio', better: 'up', kind: 'flow',
    label: { zh: '成果转化率', en: 'Transformation rate' },
    definition: { zh: '成果转化项数 ÷ 创新成果项数。', en: 'Transformed outputs ÷ innovation outputs.' },
    numerator: md.transformed, denominator: md.outputs,
  },
  {
    id: 'innovation_benefit_yuan', family: 'innovation', unit: 'yuan', better: 'up', kind: 'flow',
    label: { zh: '创造经济效益', en: 'Economic benefit' },
    definition: { zh: '工作室创新成果当年创造的经济效益（元）。', en: 'Economic benefit of workshop outputs in the year (yuan).' },
    numerator: md.benefit,
    published: { measure: 'benefit_yuan', units: ['元'] },
  },
  {
    id: 'training_person_times', family: 'training', unit: 'person-times', unitWord: '人次', better: 'up', kind: 'flow',
    label: { zh: '技能培训人次', en: 'Trainee person-times' },
    definition: { zh: '各类培训项目当年覆盖职工人次之和。', en: 'Person-times reached by all training programmes in the year.' },
    numerator: md.personTimes,
    published: { measure: 'person_times', units: ['人次'] },
    phrase: { zh: '技能培训覆盖职工' },
  },
  {
    id: 'training_coverage', family: 'training', unit: 'ratio', better: 'up', kind: 'flow',
    label: { zh: '培训覆盖率', en: 'Training coverage' },
    definition: { zh: '当年参训职工人数 ÷ 工会会员数。', en: 'Trainees in the year ÷ union members.' },
    numerator: md.trainees, denominator: md.members,
  },
  {
    id: 'competition_participants', family: 'training', unit: 'person-times', unitWord: '人次', better: 'up', kind: 'flow',
    label: { zh: '技能竞赛参赛人次', en: 'Competition participants' },
    definition: { zh: '当年技能竞赛参赛职工人次。', en: 'Person-times taking part in skill competitions in the year.' },
    numerator: md.participants,
    // The panel counts person-times: a figure in persons (人, 名) counts something else.
    published: { measure: 'participants', units: ['人次'] },
  },
  {
    id: 'rights_cases', family: 'rights', unit: 'count', unitWord: '件', better: 'up', kind: 'flow',
    label: { zh: '法律援助案件', en: 'Legal-aid cases' },
    definition: { zh: '当年受理的劳动争议和法律援助案件数。', en: 'Labour-dispute and legal-aid cases taken on in the year.' },
    numerator: md.cases,
    published: { measure: 'cases' },
  },
  {
    id: 'rights_recovered_yuan', family: 'rights', unit: 'yuan', better: 'up', kind: 'flow',
    label: { zh: '为职工挽回经济损失', en: 'Recovered for workers' },
    definition: {
      zh: '当年通过法律援助、调解等为职工挽回的经济损失（元）；与追回欠薪有重叠，不可相加。',
      en: 'Money recovered for workers in the year through legal aid and mediation (yuan); overlaps wage-arrears recovery, never add them.',
    },
    numerator: md.recovered,
    published: { measure: 'recovered_yuan', units: ['元'] },
    phrase: { zh: '为职工挽回经济损失' },
  },
  {
    id: 'workshops_new_city_plus', family: 'workshops', unit: 'count', unitWord: '家', better: 'up', kind: 'flow',
    label: { zh: '新命名市级及以上工作室', en: 'New city-level or above workshops' },
    definition: { zh: '当年新命名的全国级和市级职工创新工作室数。', en: 'National- and city-level workshops named in the year.' },
    numerator: md.workshopsNewCityPlus,
  },
  {
    id: 'workshops_revoked', family: 'workshops', unit: 'count', unitWord: '家', better: 'down', kind: 'flow',
    label: { zh: '撤销工作室', en: 'Revoked workshops' },
    definition: { zh: '当年复评不达标被撤销的工作室数。', en: 'Workshops revoked in the year after failing review.' },
    numerator: md.workshopsRevoked,
  },
  {
    id: 'alliances', family: 'workshops', unit: 'count', unitWord: '个', better: 'up', kind: 'stock',
    label: { zh: '创新工作室联盟', en: 'Workshop alliances' },
    definition: { zh: '年末已成立的区级创新工作室联盟数（不含全市性联盟）。', en: 'District alliances of workshops founded by year end (city-wide alliances excluded).' },
    numerator: md.alliances,
    published: { measure: 'alliances' },
  },
  {
    id: 'innovation_transformed', family: 'innovation', unit: 'count', unitWord: '项', better: 'up', kind: 'flow',
    label: { zh: '成果转化', en: 'Transformed outputs' },
    definition: { zh: '当年实现转化应用的创新成果项数。', en: 'Innovation outputs put into use in the year.' },
    numerator: md.transformed,
    published: { measure: 'transformed' },
  },
  {
    id: 'outputs_per_workshop', family: 'innovation', unit: 'count', unitWord: '项', better: 'up', kind: 'flow',
    label: { zh: '每个工作室成果数', en: 'Outputs per workshop' },
    definition: { zh: '当年创新成果项数 ÷ 年末在册工作室数。', en: 'Outputs in the year ÷ active workshops at year end.' },
    numerator: md.outputs, denominator: md.workshopsActive,
  },
  {
    id: 'innovation_patents', family: 'innovation', unit: 'count', unitWord: '项', better: 'up', kind: 'flow',
    label: { zh: '专利', en: 'Patents' },
    definition: { zh: '工作室当年获得的专利数。', en: 'Patents granted to workshops in the year.' },
    numerator: md.patents,
  },
  {
    id: 'training_sessions', family: 'training', unit: 'count', unitWord: '场次', better: 'up', kind: 'flow',
    label: { zh: '培训场次', en: 'Training sessions' },
    definition: { zh: '各类培训项目当年举办的场次。', en: 'Sessions held by all training programmes in the year.' },
    numerator: md.sessions,
    published: { measure: 'sessions' },
  },
  {
    id: 'competitions', family: 'training', unit: 'count', unitWord: '场', better: 'up', kind: 'flow',
    label: { zh: '技能竞赛', en: 'Skill competitions' },
    definition: { zh: '当年举办的职工技能竞赛场数。', en: 'Skill competitions held in the year.' },
    numerator: md.competitions,
    published: { measure: 'competitions' },
  },
  {
    id: 'craftsmen_named', family: 'training', unit: 'count', unitWord: '名', better: 'up', kind: 'flow',
    label: { zh: '评选工匠', en: 'Craftsmen named' },
    definition: { zh: '通过技能竞赛当年评选出的工匠人数。', en: 'Craftsmen named through competitions in the year.' },
    numerator: md.craftsmen,
    published: { measure: 'craftsmen' },
  },
  {
    id: 'rights_consultations', family: 'rights', unit: 'person-times', unitWord: '人次', better: 'up', kind: 'flow',
    label: { zh: '法律咨询', en: 'Legal consultations' },
    definition: { zh: '当年提供的法律宣传和咨询服务人次。', en: 'Legal information and consultation given in the year (person-times).' },
    numerator: md.consultations,
    published: { measure: 'consultations', units: ['人次'] },
  },
  {
    id: 'rights_arrears_recovered_yuan', family: 'rights', unit: 'yuan', better: 'up', kind: 'flow',
    label: { zh: '追回欠薪', en: 'Wage arrears recovered' },
    definition: {
      zh: '当年为职工追回的拖欠工资（元）；包含在挽回经济损失之内，不可相加。',
      en: 'Unpaid wages recovered for workers in the year (yuan); part of the money recovered, never add the two.',
    },
    numerator: md.arrears,
    published: { measure: 'rights_arrears_recovered_yuan', units: ['元'] },
    phrase: { zh: '为职工追回欠薪' },
  },
  {
    id: 'recovered_per_case', family: 'rights', unit: 'yuan', better: 'up', kind: 'flow',
    label: { zh: '件均挽回损失', en: 'Recovered per case' },
    definition: { zh: '当年挽回经济损失 ÷ 受理案件数。', en: 'Money recovered in the year ÷ cases taken on.' },
    numerator: md.recovered, denominator: md.cases,
  },
  {
    id: 'workers_helped', family: 'rights', unit: 'count', unitWord: '人', better: 'up', kind: 'flow',
    label: { zh: '受助职工', en: 'Workers helped' },
    definition: { zh: '当年通过维权服务获得帮助的职工人数。', en: 'Workers helped by rights services in the year.' },
    numerator: md.workersHelped,
    published: { measure: 'workers_helped', units: ['人', '名'] },
  },
] as const satisfies readonly MetricDef[]

/** The id of a catalogue metric: a typo is a type error. */
export type MetricId = (typeof CATALOGUE)[number]['id']

/** Every catalogue metric, in catalogue order. */
export const metrics: (MetricDef & { id: MetricId })[] = [...CATALOGUE]

/** Whether a string from outside the code (a URL, a saved slide, a data row) names a catalogue metric. */
export function isMetricId(id: unknown): id is MetricId {
  return typeof id === 'string' && metrics.some((m) => m.id === id)
}

/** Whether per-10k normalisation applies: not to ratios (rates, per workshop, per case), which are already relative. */
export function normalisable(metric: MetricDef): boolean {
  return !metric.denominator
}

/** Looks a metric up by id; throws on an unknown id (checked with `isMetricId` where the id is user input). */
export function metricById(id: MetricId): MetricDef {
  const found = metrics.find((x) => x.id === id)
  if (!found) throw new Error(`Unknown metric: ${id}`)
  return found
}

/** The metric shown when a URL names none (or one the catalogue does not know). */
export const DEFAULT_METRIC: MetricId = 'workshops_active'

/** The metric a URL value (`metric=`, `x=`…) asks for; anything unknown falls back to `fallback`. */
export function metricFromQuery(value: unknown, fallback: MetricId = DEFAULT_METRIC): MetricDef {
  const id = Array.isArray(value) ? value[0] : value
  return metricById(isMetricId(id) ? id : fallback)
}

/** The overview's KPI cards, family by family, in display order (one query per family). */
export const overviewFamilies: { family: Family; metricIds: MetricId[] }[] = [
  { family: 'workshops', metricIds: ['workshops_active', 'workshops_city_plus', 'workshops_new'] },
  { family: 'innovation', metricIds: ['innovation_outputs', 'transformation_rate', 'innovation_benefit_yuan'] },
  { family: 'training', metricIds: ['training_person_times', 'training_coverage', 'competitions', 'competition_participants'] },
  { family: 'rights', metricIds: ['rights_cases', 'rights_recovered_yuan'] },
]
