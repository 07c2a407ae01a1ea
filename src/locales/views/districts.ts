/** Strings of the districts views (comparison and drill-down); en must have the same keys. */
const zh = {
  title: '各区对比',
}

const en: typeof zh = {
  title: 'District comparison',
}

export default { zh, en }
