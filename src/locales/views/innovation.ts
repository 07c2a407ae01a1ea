/** Strings of the innovation view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '创新成果',
  outputs: '{scope}创新成果与转化',
  benefit: '{scope}创造经济效益',
  top: '{scope}创新成果最多的工作室（前10）',
  perWorkshop: '{year}年各区每个工作室成果数',
  year: '年份',
  rank: '排名',
  workshop: '工作室',
  district: '区',
  level: '级别',
  city: '全市',
}

const en: typeof zh = {
  title: 'Innovation outputs',
  outputs: 'Outputs and transformation, {scope}',
  benefit: 'Economic benefit, {scope}',
  top: 'Top 10 workshops by outputs, {scope}',
  perWorkshop: 'Outputs per workshop by district, {year}',
  year: 'Year',
  rank: 'Rank',
  workshop: 'Workshop',
  district: 'District',
  level: 'Level',
  city: 'City',
}

export default { zh, en }
