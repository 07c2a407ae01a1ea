/** Strings of the trends view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '趋势',
}

const en: typeof zh = {
  title: 'Trends',
}

export default { zh, en }
