import type zh from './zh-CN'
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

/** English interface strings. */
const en: typeof zh = {
  workshops: workshops.en,
  innovation: innovation.en,
  training: training.en,
  rights: rights.en,
  trends: trends.en,
  districts: districts.en,
  data: data.en,
  stored: stored.en,
  facts: facts.en,
  present: present.en,

  app: { title: 'Beijing Union Statistics Cockpit', subtitle: 'Beijing Federation of Trade Unions · 16 districts' },
  nav: {
    overview: 'Overview', districts: 'Districts', trends: 'Trends', workshops: 'Workshops', innovation: 'Innovation',
    training: 'Training', rights: 'Workers’ rights', facts: 'Published figures', data: 'Data', present: 'Present',
  },
  provenance: { demo: 'Demo data', published: 'Published', imported: 'Imported', demoHint: 'Generated demo data, not real statistics', publishedHint: 'Figures published in articles; sources on the Published page', importedHint: 'Data imported by a user' },
  filters: {
    years: 'Years', from: 'From', to: 'To', allCity: 'Whole city', ignored: 'Some values in the link were not understood and were ignored: {values}. The page shows the rest.', yearReplaced: 'The link\'s year {link} is outside the years this data offers ({min}–{max}); showing {shown} instead.', listSep: ', ', dismiss: 'Dismiss', districts: 'Districts', zone: 'Zone', allZones: 'All zones',
    level: 'Workshop level', per: 'Basis', clear: 'Clear', someDistricts: '{n} districts incl. {first}',
    levels: { all: 'All levels', national: 'National', city: 'City', district: 'District', enterprise: 'Enterprise' },
    pers: { none: 'Totals', members: 'Per 10k members', residents: 'Per 10k residents' },
  },
  export: { source: 'Source', period: 'Period', scope: 'Scope', level: 'Workshop level', per: 'Basis', asOf: 'Data as of', colon: ': ' },
  chart: { empty: 'No data for the selected filters', definition: 'Definition', table: 'Table', showTable: 'Show the data of {title} as a table' },
  settings: { language: 'Language', theme: 'Theme', light: 'Light', dark: 'Dark', projector: 'Projector', textSize: 'Text size', standard: 'Standard', large: 'Large', xlarge: 'Extra large' },
  skip: 'Skip to content',
  state: { loading: 'Loading data…', retry: 'Retry' },
  kpi: {
    yoy: 'YoY', total: '{from}–{to} total', noData: 'No data', asOf: '{year}', coverage: '{reported} of {of} districts reported',
    note: { 'previous-incomplete': 'No YoY: last year incomplete', 'current-incomplete': 'No YoY: this year incomplete' },
  },
  families: { workshops: 'Innovation workshops', innovation: 'Innovation outputs', training: 'Training and competitions', rights: 'Workers’ rights' },
  overview: {
    title: 'Leadership overview', trend: '{metric} by year', year: 'Year', kpis: 'Key figures', summary: 'This period in brief',
  },
  target: { label: 'Target', completion: 'reached', demo: 'illustrative target' },
  tables: {
    workshops: 'workshop register', alliances: 'alliance', innovation: 'innovation output', training: 'training', competitions: 'competition',
    rights: 'workers’ rights', members: 'union membership', districts: 'district', targets: 'target', facts: 'published figure',
  },
  errors: {
    missing: 'The active dataset has no table {file} (or it did not load)',
    missingTables: 'This dataset has no {what} data',
    file: 'Data file {file} could not be read: {message}', engine: 'The data engine failed to start: {message}', query: 'Query failed: {message}' },
}
export default en
