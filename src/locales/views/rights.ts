/** Strings of the rights view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '维权服务',
  cases: '{scope}法律咨询、案件与挽回损失',
  perCase: '{year}年各区件均挽回损失',
  arrears: '{scope}挽回经济损失与追回欠薪',
  arrearsNote: '追回欠薪是挽回经济损失的一部分，两者并列对照，不可相加。',
  published: '公开数据与本系统测算对照',
  publishedHint: '公开报道中所选区域的维权数据，与当前数据集按同一区域、同一期间测算的数值并列。',
  partial: '非整年期间：按{years}年全年测算，不作比较',
  year: '年份',
  district: '区',
  city: '全市',
  cityName: '北京市',
  noteLabel: '说明',
  cols: {
    region: '区域', metric: '指标', period: '期间', published: '公开数值', computed: '本系统测算',
    diff: '差异（测算−公开）', diffPct: '差异率', source: '来源', url: '来源链接',
  },
}

const en: typeof zh = {
  title: 'Workers’ rights',
  cases: 'Consultations, cases and money recovered, {scope}',
  perCase: 'Recovered per case by district, {year}',
  arrears: 'Money recovered and wage arrears recovered, {scope}',
  arrearsNote: 'Wage arrears recovered are part of the money recovered: compare them side by side, never add them.',
  published: 'Published figures beside the computed ones',
  publishedHint: 'Published rights figures for the selected region, each beside what the active dataset gives for the same region and period.',
  partial: 'Part-year period: computed for all of {years}, not compared',
  year: 'Year',
  district: 'District',
  city: 'City',
  cityName: 'Beijing',
  noteLabel: 'Note',
  cols: {
    region: 'Region', metric: 'Metric', period: 'Period', published: 'Published', computed: 'Computed',
    diff: 'Computed − published', diffPct: 'Relative difference', source: 'Source', url: 'Source address',
  },
}

export default { zh, en }
