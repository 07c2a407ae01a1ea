/**
 * Every published figure the demo panel is calibrated to: value, source, tolerance.
 * The generator builds towards `value`; tests/unit/generator.test.ts checks each `tol`.
 * All targets hold at --scale 1 only.
 */

/** How close the generated figure must be: exactly, within ±pct % of value, or inside [min, max]. */
export type Tolerance = { exact: true } | { pct: number } | { min: number; max: number }

export interface Target {
  /** Stable id, used as the test name. */
  id: string
  /** The figure as published (Chinese wording kept). */
  label: string
  /** Where it was published. */
  source: string
  /** The value the generator aims at (inside the tolerance). */
  value: number
  tol: Tolerance
}

const S = {
  city: 'seed 003: 劳动午报《市总工会“四链融合”工作室生态圈激发职工创新动力》(2025)',
  miyunWs: 'seed 000/001: 劳动午报 密云区总工会 职工创新工作室 / 产改纪实 (2025)',
  miyun5y: 'seed 004: 劳动午报 密云区总工会“十四五”工作纪实 (2025)',
  changping: 'seed 002: 劳动午报《昌平区已成立9家职工创新工作室联盟》(2025)',
  f683: 'facts.csv: 工人日报 2021-05-07 (as of 2021-04-30)',
  f791: 'facts.csv: 2023-07-19 市总工会新闻发布会 (as of 2023-07-19)',
  census: 'district_population.csv: 2023末法人单位从业人员 (第五次经济普查)',
  chaoyang: 'facts.csv: 朝阳报 2018-12-18 (工会会员71万)',
}

/** The calibration targets, keyed by id. */
export const TARGETS = {
  activeAll2025: { id: 'activeAll2025', label: '各级职工创新工作室近5000家 (active end 2025)', source: S.city, value: 4930, tol: { min: 4750, max: 4999 } },
  activeCityUp2025: { id: 'activeCityUp2025', label: '市级及以上职工创新工作室877家 (end 2025)', source: S.city, value: 877, tol: { exact: true } },
  activeCityUp2020: { id: 'activeCityUp2020', label: '市级以上工作室683家 (end 2020)', source: S.f683, value: 683, tol: { pct: 3 } },
  activeCityUp2022: { id: 'activeCityUp2022', label: '市级以上工作室791家 (end 2022)', source: S.f791, value: 791, tol: { pct: 3 } },
  miyunCityDistrict2025: { id: 'miyunCityDistrict2025', label: '密云 市、区级工作室48个 (end 2025)', source: S.miyunWs, value: 48, tol: { exact: true } },
  miyunDistrictNamed2025: { id: 'miyunDistrictNamed2025', label: '密云 2025年15家获评区级工作室', source: S.miyunWs, value: 15, tol: { exact: true } },
  miyunCompetitions: { id: 'miyunCompetitions', label: '密云 五年技能竞赛30场 (2021–2025)', source: S.miyun5y, value: 30, tol: { exact: true } },
  miyunParticipants: { id: 'miyunParticipants', label: '密云 参赛20万余人次 (2021–2025)', source: S.miyun5y, value: 210_400, tol: { min: 200_000, max: 219_999 } },
  miyunCraftsmen: { id: 'miyunCraftsmen', label: '密云 评选出密云工匠20名 (2021–2025 competitions)', source: S.miyun5y, value: 20, tol: { exact: true } },
  miyunRecovered: { id: 'miyunRecovered', label: '密云 挽回经济损失近3500万元 (2021–2025)', source: S.miyun5y, value: 34_380_000, tol: { min: 33_000_000, max: 34_999_999 } },
  miyunConsultations: { id: 'miyunConsultations', label: '密云 法律宣传和咨询超5000人次 (2021–2025)', source: S.miyun5y, value: 5_420, tol: { min: 5_001, max: 6_000 } },
  miyunCases: { id: 'miyunCases', label: '密云 受理案件近万件 (2021–2025)', source: S.miyun5y, value: 9_630, tol: { min: 9_000, max: 9_999 } },
  miyunCadreSessions: { id: 'miyunCadreSessions', label: '密云 工会干部培训班30期 (2021–2025)', source: S.miyun5y, value: 30, tol: { exact: true } },
  miyunCadrePersonTimes: { id: 'miyunCadrePersonTimes', label: '密云 干部培训5000余人次 (2021–2025)', source: S.miyun5y, value: 5_260, tol: { min: 5_000, max: 5_599 } },
  changpingAlliances: { id: 'changpingAlliances', label: '昌平 已成立9家工作室联盟 (by 2025)', source: S.changping, value: 9, tol: { exact: true } },
  changpingAllianceWorkshops: { id: 'changpingAllianceWorkshops', label: '昌平 联盟涵盖30多家工作室', source: S.changping, value: 35, tol: { min: 31, max: 39 } },
  innovationOutputs: { id: 'innovationOutputs', label: '累计创新成果3.05万项 (2016–2025)', source: S.city, value: 30_500, tol: { pct: 1 } },
  innovationTransformed: { id: 'innovationTransformed', label: '成果转化1.47万项 (2016–2025)', source: S.city, value: 14_700, tol: { pct: 1 } },
  innovationBenefit: { id: 'innovationBenefit', label: '经济收益1772.21亿元 (2016–2025)', source: S.city, value: 177_221_000_000, tol: { pct: 1 } },
  trainingSessions: { id: 'trainingSessions', label: '技能培训7.39万场次 (2016–2025)', source: S.city, value: 73_900, tol: { pct: 1 } },
  trainingPersonTimes: { id: 'trainingPersonTimes', label: '覆盖职工342.95万人次 (2016–2025)', source: S.city, value: 3_429_500, tol: { pct: 1 } },
  mentorshipPairs: { id: 'mentorshipPairs', label: '名师师徒2.54万对 (mentorship trainees 2016–2025)', source: S.city, value: 25_400, tol: { pct: 1 } },
  employees2023: { id: 'employees2023', label: '全市法人单位从业人员1313.6万 (end 2023)', source: S.census, value: 13_136_000, tol: { pct: 1 } },
  employeesChaoyang2023: { id: 'employeesChaoyang2023', label: '朝阳 从业人员260.4万 (end 2023)', source: S.census, value: 2_604_000, tol: { pct: 1 } },
  employeesHaidian2023: { id: 'employeesHaidian2023', label: '海淀 从业人员239.7万 (end 2023)', source: S.census, value: 2_397_000, tol: { pct: 1 } },
  employeesFengtai2023: { id: 'employeesFengtai2023', label: '丰台 从业人员114.5万 (end 2023)', source: S.census, value: 1_145_000, tol: { pct: 1 } },
  membersChaoyang2018: { id: 'membersChaoyang2018', label: '朝阳 工会会员71万 (end 2018)', source: S.chaoyang, value: 710_000, tol: { pct: 1 } },
  members2025: { id: 'members2025', label: '全市工会会员 (no published total; assumed in the high hundreds of 万)', source: 'demo assumption', value: 7_600_000, tol: { min: 6_000_000, max: 9_000_000 } },
} as const satisfies Record<string, Target>

/** True if actual satisfies the target's tolerance. */
export function withinTolerance(t: Target, actual: number): boolean {
  if ('exact' in t.tol) return actual === t.value
  if ('pct' in t.tol) return Math.abs(actual - t.value) <= (t.value * t.tol.pct) / 100
  return actual >= t.tol.min && actual <= t.tol.max
}

/** Human-readable tolerance, for test messages. */
export function describeTolerance(t: Target): string {
  if ('exact' in t.tol) return `exactly ${t.value}`
  if ('pct' in t.tol) return `${t.value} ±${t.tol.pct}%`
  return `in [${t.tol.min}, ${t.tol.max}]`
}
