/** Strings of the workshops view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '创新工作室',
  charts: '创新工作室图表',
  perTitle: '{title}（{per}）',
  perWord: { members: '家/万名会员', residents: '家/万常住人口' },
  year: '年份',
  active: { title: '年末在册工作室（按级别）' },
  flow: { title: '新命名与撤销工作室', added: '新命名', revoked: '撤销', net: '净增' },
  industry: {
    title: '{year}年末在册工作室（按行业）',
    series: '在册工作室',
    column: '行业',
    note: '按行业分列，统计期末年（{year}年）末的数。',
  },
  alliances: {
    title: '创新工作室联盟与覆盖工作室',
    citywide: '全市性联盟',
    covered: '联盟覆盖的在册工作室',
    note: '选择全市时，全市性联盟（不属于任何区）单列计入；选择区或功能区时不计。覆盖工作室：所属联盟已成立、当年末在册的工作室（按所选级别）。均为总量，不做人均换算。',
  },
  list: {
    title: '工作室名录',
    definition: '统计期间内任一时点在册的工作室：命名年份不晚于止年，且未撤销或撤销年份不早于起年；按所选区、功能区和级别筛选。',
    search: '搜索名称或领衔人',
    total: '共 {n} 家',
    active: '在册',
    revoked: '{year}年撤销',
    columns: { id: '工作室编号', name: '名称', district: '区', level: '级别', kind: '类型', industry: '行业', leader: '领衔人', named: '命名年份', status: '状态' },
  },
}

const en: typeof zh = {
  title: 'Innovation workshops',
  charts: 'Innovation workshop charts',
  perTitle: '{title} ({per})',
  perWord: { members: 'per 10k members', residents: 'per 10k residents' },
  year: 'Year',
  active: { title: 'Active workshops at year end, by level' },
  flow: { title: 'Workshops named and revoked', added: 'Named', revoked: 'Revoked', net: 'Net change' },
  industry: {
    title: 'Active workshops by industry, {year}',
    series: 'Active workshops',
    column: 'Industry',
    note: 'By industry, at the end of the last year of the range ({year}).',
  },
  alliances: {
    title: 'Alliances and covered workshops',
    citywide: 'City-wide',
    covered: 'Covered workshops',
    note: 'With the whole city selected, city-wide alliances (not tied to a district) are shown apart; with districts or a zone they are left out. Covered: workshops of the chosen level, on the register at year end, whose alliance was founded by then. Totals, never normalised.',
  },
  list: {
    title: 'Workshop register',
    definition: 'Workshops on the register at any time in the range: named by the last year, and not revoked or revoked no earlier than the first year; filtered by district, zone and level.',
    search: 'Search name or leader',
    total: '{n} workshops',
    active: 'Active',
    revoked: 'Revoked {year}',
    columns: { id: 'Workshop id', name: 'Name', district: 'District', level: 'Level', kind: 'Type', industry: 'Industry', leader: 'Leader', named: 'Named', status: 'Status' },
  },
}

export default { zh, en }
