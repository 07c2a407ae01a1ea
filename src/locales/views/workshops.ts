/** Strings of the workshops view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '创新工作室',
}

const en: typeof zh = {
  title: 'Innovation workshops',
}

export default { zh, en }
