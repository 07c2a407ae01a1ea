import type zh from './zh-CN'

/** English interface strings. */
const en: typeof zh = {
  app: { title: 'Beijing Union Statistics Cockpit', subtitle: 'Beijing Federation of Trade Unions · 16 districts' },
  nav: {
    overview: 'Overview', districts: 'Districts', trends: 'Trends', workshops: 'Workshops', innovation: 'Innovation',
    training: 'Training', rights: 'Workers’ rights', facts: 'Published figures', data: 'Data', present: 'Present',
  },
  provenance: { demo: 'Demo data', published: 'Published', imported: 'Imported', demoHint: 'Generated demo data, not real statistics' },
  filters: { years: 'Years', from: 'From', to: 'To', allCity: 'Whole city' },
  settings: { language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', projector: 'Projector' },
  state: { loading: 'Loading data…', coming: 'Coming soon', comingHint: 'This view arrives in a later release.', retry: 'Retry' },
  kpi: { yoy: 'YoY', rank: 'Rank {rank} of 16', total: '{from}–{to} total', noData: 'No data', asOf: '{year}' },
  overview: { title: 'Leadership overview', trend: '{metric} by year', kpis: 'Key figures' },
  errors: {
    missing: 'Needs table {file}, which did not load',
    file: 'Data file {file} could not be read: {message}', engine: 'The data engine failed to start: {message}', query: 'Query failed: {message}' },
}
export default en
