/** Strings of presenter mode (#/present and its windows); en must have the same keys (tests/unit/i18n.test.ts). */
const zh = {
  title: '汇报模式',
  add: { button: '＋汇报', done: '已加入 ✓', label: '加入汇报', hint: '把此图（含当前筛选条件）加入汇报：{deck}' },
  newDeck: '新建汇报', newDeckName: '新汇报', deckName: '汇报名称',
  start: '开始汇报', startHere: '从此页开始', presenterWindow: '演讲者视图', exportJson: '导出 JSON',
  deleteDeck: '删除汇报', deleteConfirm: '删除“{name}”？此操作无法撤销。', useProjector: '使用投影主题',
  emptyDeck: '此汇报还没有幻灯片：在任一图表右上角点击“＋汇报”即可加入。',
  keysHint: '放映时：→ / 空格 / PageDown 下一页，← / PageUp 上一页，Home / End 首末页，数字+回车 跳页，F 全屏，B 黑屏，L 激光笔，D 画笔，Esc 退出。',
  titleHint: '标题（留空则用图表标题）', moveUp: '上移', moveDown: '下移', removeSlide: '删除此页',
  point: '要点', pointOnSlide: '在幻灯片标题下显示要点', pointHint: '根据图表数据自动生成的一句话', edited: '已修改', resetPoint: '恢复自动生成',
  notes: '备注', notesHint: '演讲者备注（仅演讲者视图可见）',
  import: {
    button: '导入 JSON', added: '已导入“{name}”', replaced: '已用文件更新“{name}”',
    json: '文件不是有效的 JSON，无法导入。', format: '这不是驾驶舱的汇报文件。', version: '汇报文件版本不受支持。',
    name: '汇报文件缺少名称或编号。', slides: '汇报文件中没有幻灯片列表。', empty: '汇报文件中没有幻灯片。',
    slide: '第{n}页有误（{field}），无法导入。',
  },
  noDeck: '找不到这份汇报，可能已被删除。', back: '返回汇报列表',
  missing: '此页对应的图表（{card}）已不存在。',
  controls: '放映控制', current: '当前页', next: '下一页', end: '已是最后一页',
  elapsed: '已用', clock: '时钟', fullscreen: '全屏', resetTimer: '重新计时', blackOn: '黑屏中',
  keys: { prev: '上一页（←）', next: '下一页（→）', fullscreen: '全屏（F）', leave: '退出（Esc）' },
  print: { preparing: '正在准备第 {n} / {count} 页…', ready: '共 {count} 页，可打印或另存为 PDF', print: '打印 / 保存为 PDF' },
}

const en: typeof zh = {
  title: 'Presenter mode',
  add: { button: '+ Deck', done: 'Added ✓', label: 'Add to deck', hint: 'Add this chart (with the current filters) to: {deck}' },
  newDeck: 'New deck', newDeckName: 'New deck', deckName: 'Deck name',
  start: 'Present', startHere: 'Start here', presenterWindow: 'Presenter view', exportJson: 'Export JSON',
  deleteDeck: 'Delete deck', deleteConfirm: 'Delete "{name}"? This cannot be undone.', useProjector: 'Projector theme',
  emptyDeck: 'This deck has no slides yet: click "+ Deck" at the top right of any chart to add one.',
  keysHint: 'While presenting: → / Space / PageDown next, ← / PageUp previous, Home / End, number + Enter to jump, F fullscreen, B black screen, L laser, D draw, Esc leave.',
  titleHint: 'Title (empty: the chart\'s own)', moveUp: 'Move up', moveDown: 'Move down', removeSlide: 'Remove slide',
  point: 'Talking point', pointOnSlide: 'Show it under the slide title', pointHint: 'One sentence generated from the chart\'s figures', edited: 'edited', resetPoint: 'Use the generated one',
  notes: 'Notes', notesHint: 'Speaker notes (only in the presenter view)',
  import: {
    button: 'Import JSON', added: 'Imported "{name}"', replaced: 'Updated "{name}" from the file',
    json: 'The file is not valid JSON and cannot be imported.', format: 'This is not a cockpit deck file.', version: 'This deck file version is not supported.',
    name: 'The deck file has no name or id.', slides: 'The deck file has no list of slides.', empty: 'The deck file has no slides.',
    slide: 'Slide {n} is invalid ({field}) and cannot be imported.',
  },
  noDeck: 'This deck cannot be found; it may have been deleted.', back: 'Back to the decks',
  missing: 'The chart of this slide ({card}) no longer exists.',
  controls: 'Presentation controls', current: 'Current slide', next: 'Next slide', end: 'This is the last slide',
  elapsed: 'Elapsed', clock: 'Clock', fullscreen: 'Full screen', resetTimer: 'Restart timer', blackOn: 'Screen black',
  keys: { prev: 'Previous (←)', next: 'Next (→)', fullscreen: 'Fullscreen (F)', leave: 'Leave (Esc)' },
  print: { preparing: 'Preparing page {n} of {count}…', ready: '{count} pages, ready to print or save as PDF', print: 'Print / save as PDF' },
}

export default { zh, en }
