/** Strings of the training view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '技能培训',
  scope: '{scope} · {from}–{to}年',
  perSuffix: '（{per}）',
  levelNote: '培训与竞赛数据不区分工作室级别，“工作室级别”筛选不影响本页。',
  programmes: '各培训项目人次与场次',
  coverage: '各区培训覆盖率',
  coverageNote: '所选区以外的区淡化显示；悬停查看全市水平。',
  competitions: '技能竞赛、参赛人次与评选工匠',
  industries: '各行业竞赛参赛人次（区间合计）',
  industriesNote: '按竞赛所属行业汇总所选年份的参赛人次；按人口口径时逐年折算后相加。',
  year: '年份',
  district: '区',
  industry: '行业',
  city: '全市',
}

const en: typeof zh = {
  title: 'Skills training',
  scope: '{scope} · {from}–{to}',
  perSuffix: ' ({per})',
  levelNote: 'Training and competition data have no workshop level; the level filter does not affect this page.',
  programmes: 'Person-times and sessions by programme',
  coverage: 'Training coverage by district',
  coverageNote: 'Districts outside the selection are dimmed; hover for the city value.',
  competitions: 'Competitions, participants and craftsmen named',
  industries: 'Competition participants by industry (period total)',
  industriesNote: 'Participants over the selected years by the competition’s industry; per-capita figures are normalised year by year, then added.',
  year: 'Year',
  district: 'District',
  industry: 'Industry',
  city: 'Whole city',
}

export default { zh, en }
