/** Strings of the training view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '技能培训',
}

const en: typeof zh = {
  title: 'Skills training',
}

export default { zh, en }
