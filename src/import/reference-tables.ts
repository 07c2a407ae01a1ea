import { metrics } from '../domain/metrics'
import type { ColumnSpec, TableSpec } from './schema'

const text = (name: string, zh: string, required: boolean, note: [string, string], example: string, type: ColumnSpec['type'] = 'text'): ColumnSpec =>
  ({ name, zh, type, required, note: { zh: note[0], en: note[1] }, example })
const enumOf = (codes: Record<string, [string, string]>) =>
  Object.fromEntries(Object.entries(codes).map(([code, [zh, en]]) => [code, { zh, en }]))

/** Metric ids a target may name: the catalogue's. */
const METRIC_IDS = Object.fromEntries(metrics.map((m) => [m.id, m.label]))

/** Targets are the federation's own: importing them replaces the illustrative (demo) ones. */
export const TARGETS: TableSpec = {
  table: 'targets', label: { zh: '年度目标', en: 'Annual targets' }, key: ['metric', 'region_code', 'year'], rules: [], importable: true,
  constants: { provenance: 'imported' },
  columns: [
    { ...text('metric', '指标', true, ['指标编号或名称，见说明页', 'Metric id or name, see the notes sheet'], '在册职工创新工作室'), type: 'enum', values: METRIC_IDS },
    text('region_code', '地区', true, ['全市或区名 / 代码', 'Whole city or a district'], '北京市', 'district'),
    { ...text('year', '年份', true, ['目标年度', 'Target year'], ''), type: 'year', example: 2025 },
    { ...text('target', '目标值', true, ['目标值；比率写小数或百分数，如 30%', 'Target; ratios as decimals or percent, e.g. 30%'], '5200'), type: 'number' },
    text('source_title', '依据文件', false, ['下达目标的文件名称', 'Document that set the target'], '2025年工作要点'),
    text('note', '备注', false, ['说明', 'Notes'], ''),
  ],
}

/** Published figures: a steward can add the federation's own (kept as imported, with their source). */
export const FACTS: TableSpec = {
  table: 'facts', label: { zh: '公开数据', en: 'Published figures' }, key: ['fact_id'], rules: [], importable: true,
  columns: [
    text('fact_id', '编号', true, ['唯一编号', 'Unique id'], 'U001', 'id'),
    text('region_code', '地区代码', true, ['区名或代码；外省市写6位行政区划代码', 'District name or code; 6-digit code elsewhere'], '110118', 'region'),
    text('region_zh', '地区名称', false, ['地区中文名', 'Region name'], '密云区'),
    text('body', '所属单位', false, ['产业工会或企业名称；区级数字留空', 'Industrial union or enterprise; blank for a region'], ''),
    text('period_start', '起始日期', true, ['统计期起始日期', 'Period start'], '2021-01-01', 'date'),
    text('period_end', '截止日期', true, ['统计期截止日期', 'Period end'], '2025-12-31', 'date'),
    { ...text('period_kind', '口径', true, ['stock 时点数 / cumulative 累计 / year 年度 / target 目标', 'stock / cumulative / year / target'], '累计'), type: 'enum',
      values: enumOf({ stock: ['时点数', 'stock'], cumulative: ['累计', 'cumulative'], year: ['年度', 'year'], target: ['目标', 'target'] }) },
    text('metric', '指标编号', true, ['英文指标编号，如 rights_recovered_yuan', 'Metric id, e.g. rights_recovered_yuan'], 'rights_recovered_yuan', 'id'),
    text('label_zh', '指标名称', true, ['原文中的指标说法', 'The figure as the source words it'], '为职工挽回经济损失'),
    { ...text('value', '数值', true, ['数值；可写 近3500万、20万余', 'Value; 近3500万 or 20万余 accepted'], '近3500万'), type: 'number' },
    { ...text('unit', '计量单位', true, ['元、家、人次等', 'yuan, count, person-times…'], '元'), aliases: ['单位'] },
    { ...text('qualifier', '限定词', false, ['exact 准确 / nearly 近 / over 余 / approx 约 / target 目标；留空则取自数值', 'Blank: taken from the value'], ''),
      type: 'enum', qualifierOf: 'value',
      values: enumOf({ exact: ['准确', 'exact'], nearly: ['近', 'nearly'], over: ['余', 'over'], approx: ['约', 'approx'], target: ['目标', 'target'] }) },
    text('source_title', '来源标题', true, ['发布该数字的文章或文件', 'Article or document that published it'], '密云区总工会2025年工作报告'),
    text('source_url', '来源链接', false, ['http(s) 链接', 'http(s) link'], '', 'url'),
    text('source_date', '发布日期', false, ['来源发布日期', 'Publication date'], '2026-01-15', 'date'),
    { ...text('confidence', '可信度', false, ['high 高 / low 低', 'high / low'], 'high'), type: 'enum', values: enumOf({ high: ['高', 'high'], low: ['低', 'low'] }) },
    text('note', '备注', false, ['说明', 'Notes'], ''),
  ],
}

/** Districts ship with the app (GB/T 2260 codes, 2020 census): documented here, never imported. */
export const DISTRICTS_SPEC: TableSpec = {
  table: 'districts', label: { zh: '区划（参考）', en: 'Districts (reference)' }, key: ['district_code'], rules: [], importable: false,
  columns: [
    text('district_code', '区划代码', true, ['GB/T 2260 代码', 'GB/T 2260 code'], '110118', 'district'),
    text('name_zh', '名称', true, ['中文名', 'Chinese name'], '密云区'),
    text('name_en', '英文名', true, ['英文名', 'English name'], 'Miyun'),
    { ...text('zone', '功能区', true, ['core / central / subcenter / plain / ecological', 'Functional zone'], 'ecological'), type: 'id' },
    { ...text('population_2020', '常住人口（2020）', true, ['第七次人口普查常住人口', '2020 census residents'], ''), type: 'count', example: 527683 },
  ],
}
