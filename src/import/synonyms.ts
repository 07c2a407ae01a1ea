/**
 * What offices call the columns, beyond the template's own names: the words of report sheets and yearbooks.
 * Matched after folding (half-width, lower case, no spaces) against the whole header, its last heading, and
 * the header without its unit.
 */
export const SYNONYMS: Record<string, Record<string, string[]>> = {
  '*': {
    district_code: ['所在区', '所属区', '区名', '区域', '区县名称', '地区名称', '单位', '填报单位', '区总工会', '区工会', '行政区', '行政区划', '区别', '区划'],
    year: ['统计年度', '年', '年份(年)', '报告期'],
  },
  members: {
    union_members: ['会员人数', '会员数', '工会会员', '工会会员人数', '会员总数', '会员'],
    employees: ['职工数', '职工总数', '职工人数合计', '从业人员', '职工'],
  },
  workshops: {
    workshop_id: ['工作室编号', '编码'],
    name: ['名称', '工作室', '创新工作室名称', '工作室全称'],
    level: ['级别', '命名级别', '层级'],
    kind: ['类别', '工作室类型'],
    named_year: ['命名时间', '命名年度', '命名日期', '获评时间', '命名年'],
    established_year: ['成立时间', '成立日期', '创建时间'],
    revoked_year: ['撤销时间', '撤销日期'],
    team_size: ['成员人数', '团队成员数', '人数'],
    leader: ['领衔人姓名', '负责人'],
  },
  alliances: { name: ['名称'], founded_year: ['成立时间', '成立日期'], type: ['类型'] },
  innovation: {
    outputs: ['成果数', '创新成果', '创新成果数量', '成果数量'],
    transformed: ['转化数', '转化成果', '转化成果数', '成果转化'],
    benefit_yuan: ['经济效益', '创造经济效益', '效益', '创效'],
    patents: ['专利', '授权专利', '专利授权数'],
  },
  training: {
    sessions: ['培训期数', '场次', '培训班次', '期数', '培训场次数'],
    trainees: ['参训人数', '培训职工人数'],
    person_times: ['参训人次', '培训人次数', '培训职工人次'],
  },
  competitions: {
    name: ['名称', '竞赛', '赛事名称'],
    participants: ['参赛人数', '参与人次', '参赛职工人次', '参赛职工'],
    finalists: ['决赛人次'],
    craftsmen_named: ['命名工匠', '工匠数'],
  },
  rights: {
    consultations: ['咨询人次', '法律咨询人次', '接待咨询', '咨询', '接待咨询人次', '法律咨询(人次)'],
    cases: ['受理案件', '案件数', '法律援助案件数', '办理案件', '受理案件数', '援助案件', '办理法律援助案件', '受理法律援助案件'],
    recovered_yuan: ['挽回损失', '挽回经济损失金额', '为职工挽回经济损失', '挽回金额'],
    arrears_recovered_yuan: ['追回工资', '追回欠薪金额', '追讨欠薪', '追回拖欠工资', '追回欠款'],
    workers_helped: ['受益职工人数', '受益职工', '受助职工', '帮助职工人数', '受益人数'],
  },
}

/** The extra spellings of a table's column. */
export function synonymsOf(table: string, column: string): string[] {
  return [...(SYNONYMS['*']![column] ?? []), ...(SYNONYMS[table]?.[column] ?? [])]
}
