import workshops from './views/workshops'
import innovation from './views/innovation'
import training from './views/training'
import rights from './views/rights'
import trends from './views/trends'
import districts from './views/districts'
import data from './views/data'
import stored from './views/stored'
import facts from './views/facts'
import present from './views/present'

/** Chinese (default) interface strings; keys must match en.ts (a unit test checks). */
export default {
  workshops: workshops.zh,
  innovation: innovation.zh,
  training: training.zh,
  rights: rights.zh,
  trends: trends.zh,
  districts: districts.zh,
  data: data.zh,
  stored: stored.zh,
  facts: facts.zh,
  present: present.zh,

  app: { title: '北京工会统计驾驶舱', subtitle: '北京市总工会 · 16区' },
  nav: {
    overview: '总览', districts: '各区对比', trends: '趋势', workshops: '创新工作室', innovation: '创新成果',
    training: '技能培训', rights: '维权服务', facts: '公开数据', data: '数据管理', present: '汇报模式',
  },
  provenance: { demo: '演示数据', published: '公开数据', imported: '导入数据', demoHint: '系统生成的演示数据，非真实统计', publishedHint: '公开报道中的数字，来源见“公开数据”页', importedHint: '用户导入的数据' },
  filters: {
    years: '年份', from: '起', to: '止', allCity: '全市', ignored: '链接中有无法识别的筛选值，已忽略：{values}。下方按其余条件显示。', yearReplaced: '链接中的年份 {link} 不在当前数据可选的年份（{min}–{max}）内，已改为 {shown}。', listSep: '、', dismiss: '关闭提示', districts: '区', zone: '功能区', allZones: '全部功能区',
    level: '工作室级别', per: '口径', clear: '清除', someDistricts: '{first}等{n}个区',
    levels: { all: '全部级别', national: '全国级', city: '市级', district: '区级', enterprise: '企业级' },
    pers: { none: '总量', members: '每万名会员', residents: '每万常住人口' },
  },
  export: { source: '数据来源', period: '统计期间', scope: '范围', level: '工作室级别', per: '口径', asOf: '数据截至', colon: '：' },
  chart: { empty: '所选条件下暂无数据', definition: '指标口径', table: '数据表', showTable: '以表格显示{title}的数据' },
  settings: { language: '语言', theme: '主题', light: '浅色', dark: '深色', projector: '投影', textSize: '字号', standard: '标准', large: '大', xlarge: '特大' },
  skip: '跳到正文',
  state: { loading: '正在加载数据…', retry: '重试' },
  kpi: {
    yoy: '同比', total: '{from}–{to}年累计', noData: '无数据', asOf: '{year}年', coverage: '{of}区中{reported}区已报送',
    note: { 'previous-incomplete': '上年数据不全，不计同比', 'current-incomplete': '本年数据不全，不计同比' },
  },
  families: { workshops: '创新工作室', innovation: '创新成果', training: '技能培训与竞赛', rights: '维权服务' },
  overview: {
    title: '领导驾驶舱', trend: '{metric}年度趋势', year: '年份', kpis: '核心指标', summary: '本期要点',
  },
  target: { label: '目标', completion: '完成', demo: '演示目标' },
  tables: {
    workshops: '职工创新工作室名录', alliances: '工作室联盟', innovation: '创新成果', training: '技能培训', competitions: '技能竞赛',
    rights: '维权服务', members: '工会会员', districts: '区划', targets: '目标', facts: '公开数字',
  },
  errors: {
    missing: '当前数据集不含数据表 {file}（或未能加载），此项暂无法显示',
    missingTables: '当前数据集不含{what}数据',
    file: '数据文件 {file} 无法读取：{message}', engine: '数据引擎无法启动：{message}', query: '查询失败：{message}' },
}
