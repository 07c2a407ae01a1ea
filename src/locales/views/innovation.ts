/** Strings of the innovation view; en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '创新成果',
}

const en: typeof zh = {
  title: 'Innovation outputs',
}

export default { zh, en }
