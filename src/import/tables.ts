import { ALLIANCE_TYPES, INDUSTRIES, KINDS, LEVELS, PROGRAMS } from '../domain/labels'
import type { Bilingual, ColumnSpec, ColumnType, RowRule, TableSpec, Value } from './schema'

type Extra = Partial<Pick<ColumnSpec, 'values' | 'aliases' | 'unit'>>
const col = (name: string, zh: string, type: ColumnType, required: boolean, note: [string, string], example: string | number, extra: Extra = {}): ColumnSpec =>
  ({ name, zh, type, required, note: { zh: note[0], en: note[1] }, example, ...extra })

const YUAN = { zh: '元', en: 'yuan' }
const PEOPLE = { zh: '人', en: 'people' }
const TIMES = { zh: '人次', en: 'person-times' }
const district = col('district_code', '区', 'district', true, ['区名或GB/T 2260代码，如 密云区 / 密云 / 110118', 'District name or GB/T 2260 code, e.g. 密云区 / Miyun / 110118'], '密云区', { aliases: ['区县', '区划代码', '地区', 'district'] })
const year = col('year', '年份', 'year', true, ['统计年度，四位数字', 'Statistical year, four digits'], 2025, { aliases: ['年度'] })
const count = (name: string, zh: string, note: [string, string], example: number, unit: Bilingual = { zh: '个', en: 'count' }, required = true) =>
  col(name, zh, 'count', required, note, example, { unit })
const num = (row: Record<string, Value>, key: string) => (typeof row[key] === 'number' ? row[key] : null)
const notAbove = (small: string, big: string, expected: Bilingual): RowRule => ({
  column: small,
  expected,
  check: (row) => num(row, small) === null || num(row, big) === null || num(row, small)! <= num(row, big)!,
})

/** The data tables, in template order. */
export const TABLES: TableSpec[] = [
  {
    table: 'members', label: { zh: '会员与职工', en: 'Members and employees' }, key: ['district_code', 'year'], rules: [], importable: true,
    columns: [district, year,
      count('union_members', '工会会员数', ['年末工会会员人数', 'Union members at year end'], 256000, PEOPLE),
      count('employees', '职工人数', ['年末职工人数', 'Employees at year end'], 390000, PEOPLE)],
  },
  {
    table: 'workshops', label: { zh: '创新工作室', en: 'Innovation workshops' }, key: ['workshop_id'], importable: true,
    rules: [
      notAbove('established_year', 'named_year', { zh: '成立年份不晚于命名年份', en: 'established no later than named' }),
      notAbove('named_year', 'revoked_year', { zh: '撤销年份不早于命名年份', en: 'revoked no earlier than named' }),
    ],
    columns: [
      col('workshop_id', '工作室编号', 'id', true, ['唯一编号，创新成果表按此关联', 'Unique id; innovation rows refer to it'], 'MY2025-001', { aliases: ['编号'] }),
      col('name', '工作室名称', 'text', true, ['全称', 'Full name'], '密云区某供电公司职工创新工作室', { aliases: ['名称'] }),
      district,
      col('level', '级别', 'enum', true, ['全国级 / 市级 / 区级 / 企业级', 'national / city / district / enterprise'], '区级', { values: LEVELS }),
      col('kind', '类型', 'enum', true, ['劳模 / 职工 / 工匠创新工作室', 'model-worker / worker / craftsman'], '职工创新工作室', { values: KINDS }),
      col('industry', '行业', 'enum', false, ['行业，见说明页', 'Industry, see the notes sheet'], '能源', { values: INDUSTRIES }),
      col('leader', '领衔人', 'text', false, ['领衔人姓名', 'Leader'], '张三'),
      col('established_year', '成立年份', 'year', false, ['工作室成立年份', 'Year founded'], 2020),
      col('named_year', '命名年份', 'year', true, ['获得当前级别命名的年份', 'Year named at its level'], 2025),
      col('revoked_year', '撤销年份', 'year', false, ['撤销命名的年份，未撤销留空', 'Year the title was revoked; blank if active'], ''),
      count('team_size', '团队人数', ['工作室成员人数', 'Team members'], 12, PEOPLE, false),
      col('alliance_id', '所属联盟编号', 'id', false, ['所属工作室联盟编号，无则留空', 'Alliance id, blank if none'], ''),
    ],
  },
  {
    table: 'alliances', label: { zh: '工作室联盟', en: 'Workshop alliances' }, key: ['alliance_id'], rules: [], importable: true,
    columns: [
      col('alliance_id', '联盟编号', 'id', true, ['唯一编号', 'Unique id'], 'A-MY-01'),
      col('name', '联盟名称', 'text', true, ['全称', 'Full name'], '密云区劳模创新工作室联盟'),
      col('district_code', '区', 'district', false, ['所属区；全市性联盟留空', 'District; blank for city-wide'], '密云区', { aliases: ['区县', '区划代码'] }),
      col('type', '联盟类型', 'enum', true, ['单位内部 / 行业同型 / 行业异型', 'internal / same-industry / cross-industry'], '行业同型联盟', { values: ALLIANCE_TYPES }),
      col('founded_year', '成立年份', 'year', true, ['联盟成立年份', 'Year founded'], 2024),
    ],
  },
  {
    table: 'innovation', label: { zh: '创新成果', en: 'Innovation outputs' }, key: ['workshop_id', 'year'], importable: true,
    rules: [notAbove('transformed', 'outputs', { zh: '转化成果数不超过创新成果数', en: 'transformed ≤ outputs' })],
    columns: [
      col('workshop_id', '工作室编号', 'id', true, ['须与创新工作室表中的编号一致', 'Must match a workshop id'], 'MY2025-001'),
      year,
      count('outputs', '创新成果数', ['当年创新成果项数', 'Innovation outputs in the year'], 6, { zh: '项', en: 'items' }),
      count('transformed', '成果转化数', ['当年已转化应用的成果项数', 'Outputs put into use'], 3, { zh: '项', en: 'items' }),
      col('benefit_yuan', '经济效益', 'yuan', true, ['创造经济效益，元；可写 1.2亿、3500万', 'Economic benefit in yuan; 1.2亿 or 3500万 accepted'], '350万', { unit: YUAN }),
      count('patents', '专利数', ['当年授权专利数', 'Patents granted'], 1, { zh: '项', en: 'items' }, false),
    ],
  },
  {
    table: 'training', label: { zh: '技能培训', en: 'Skills training' }, key: ['district_code', 'year', 'program'], importable: true,
    rules: [notAbove('trainees', 'person_times', { zh: '培训人数不超过培训人次', en: 'trainees ≤ person-times' })],
    columns: [district, year,
      col('program', '培训项目', 'enum', true, ['技能培训 / 工匠学院 / 名师带徒 / 工会干部培训', 'skills / craftsman-academy / mentorship / cadre'], '技能培训', { values: PROGRAMS }),
      count('sessions', '培训场次', ['举办培训期（场）数', 'Sessions held'], 40, { zh: '场', en: 'sessions' }),
      count('trainees', '培训人数', ['参训职工人数（去重）', 'Distinct trainees'], 3000, PEOPLE),
      count('person_times', '培训人次', ['参训人次', 'Trainee person-times'], 4500, TIMES)],
  },
  {
    table: 'competitions', label: { zh: '技能竞赛', en: 'Skill competitions' }, key: ['competition_id'], importable: true,
    rules: [notAbove('finalists', 'participants', { zh: '决赛人数不超过参赛人次', en: 'finalists ≤ participants' })],
    columns: [
      col('competition_id', '竞赛编号', 'id', true, ['唯一编号', 'Unique id'], 'MY2025-C01'),
      district, year,
      col('name', '竞赛名称', 'text', true, ['全称', 'Full name'], '2025年密云区职工职业技能大赛'),
      col('industry', '行业', 'enum', false, ['行业，见说明页', 'Industry, see the notes sheet'], '公共管理', { values: INDUSTRIES }),
      count('participants', '参赛人次', ['参赛职工人次', 'Participant person-times'], 8000, TIMES),
      count('finalists', '决赛人数', ['进入决赛人数', 'Finalists'], 120, PEOPLE, false),
      count('craftsmen_named', '命名工匠数', ['经竞赛命名的工匠人数', 'Craftsmen named'], 3, PEOPLE, false),
    ],
  },
  {
    table: 'rights', label: { zh: '维权服务', en: 'Rights protection' }, key: ['district_code', 'year'], importable: true,
    rules: [notAbove('arrears_recovered_yuan', 'recovered_yuan', { zh: '追回欠薪不超过挽回经济损失', en: 'arrears recovered ≤ total recovered' })],
    columns: [district, year,
      count('consultations', '法律咨询', ['法律援助咨询人次', 'Legal-aid consultations'], 5200, TIMES),
      count('cases', '法律援助案件', ['办理法律援助案件数', 'Legal-aid cases'], 1900, { zh: '件', en: 'cases' }),
      col('recovered_yuan', '挽回经济损失', 'yuan', true, ['为职工挽回经济损失，元；可写 近3500万', 'Money recovered for workers, yuan; 近3500万 accepted'], '700万', { unit: YUAN }),
      col('arrears_recovered_yuan', '追回欠薪', 'yuan', false, ['其中追回欠薪，元', 'Of which unpaid wages, yuan'], '300万', { unit: YUAN }),
      count('workers_helped', '受助职工人数', ['获得帮助的职工人数', 'Workers helped'], 2400, PEOPLE, false)],
  },
]
