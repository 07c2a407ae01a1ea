/** Strings of the trends view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '趋势',
  metric: '指标',
  scope: '{scope} · {from}–{to}年',
  chart: '{metric}年度趋势',
  table: '{metric}逐年数值',
  name: '区 / 范围',
  unit: '单位',
  refPerDistrict: '全市区均值（合计÷16）',
  refCity: '全市水平',
  refPerDistrictNote: '虚线：全市区均值，即全市合计 ÷ 16个区。',
  refCityNote: '虚线：全市水平，即全市合计后计算的比值，不是各区比值的平均。',
  truncated: '已选 {n} 个区，图中只画前 {max} 个；下表列出全部。',
  levelNote: '“工作室级别”筛选对此指标不适用。',
  perSuffix: { members: '/万名会员', residents: '/万常住人口' },
}

const en: typeof zh = {
  title: 'Trends',
  metric: 'Metric',
  scope: '{scope} · {from}–{to}',
  chart: '{metric} by year',
  table: '{metric}: values by year',
  name: 'District / scope',
  unit: 'Unit',
  refPerDistrict: 'City average per district (total ÷ 16)',
  refCity: 'Whole city',
  refPerDistrictNote: 'Dashed: the city average per district, i.e. the city total ÷ 16 districts.',
  refCityNote: 'Dashed: the whole city’s value, computed from city totals, not an average of district ratios.',
  truncated: '{n} districts selected; the chart draws the first {max}, the table lists all.',
  levelNote: 'The workshop level filter does not apply to this metric.',
  perSuffix: { members: ' per 10k members', residents: ' per 10k residents' },
}

export default { zh, en }
