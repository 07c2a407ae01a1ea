/** Strings of the rights view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '维权服务',
}

const en: typeof zh = {
  title: 'Workers’ rights',
}

export default { zh, en }
