import type { Lang } from '../store/url-hash';

/** Interface text. Content (names, quotes) comes from data/, never from here. */
const strings = {
  appTitle: { zh: '区域创新地图', en: 'Regional Innovation Map' },
  loadingMap: { zh: '正在载入地图…', en: 'Loading the map…' },
  loadingData: { zh: '正在载入简报与地图数据…', en: 'Loading the briefing and the map…' },
  loadFailed: { zh: '数据载入失败', en: 'The data could not be loaded' },
  retry: { zh: '重试', en: 'Try again' },
  simplerMode: {
    zh: '此设备不支持 WebGL2，地图以简化模式运行，功能完整。',
    en: 'This device has no WebGL2: the map runs in a simpler mode, with every feature.',
  },
  insetLabel: { zh: '南海诸岛', en: 'South China Sea Islands' },
  regions: { zh: '五大区域', en: 'The five regions' },
  regionListHint: {
    zh: '选择一个区域查看嘉宾观点',
    en: 'Choose a region to read what the speakers said',
  },
  wide: { zh: '全国 / 全球', en: 'National / global' },
  wideStrategy: {
    zh: '不专指某一区域、谈及全国或全球的嘉宾观点',
    en: 'Viewpoints about the country or the world rather than one region',
  },
  linkKinds: { zh: '合作类型', en: 'Kinds of cooperation' },
  partial: { zh: '部分纳入', en: 'Partly included' },
  close: { zh: '关闭', en: 'Close' },
  viewpoints: { zh: '嘉宾观点', en: 'What the speakers said' },
  noSpeaker: {
    zh: '论坛嘉宾没有直接谈及这一区域；以下是编者按与引言中的提及。',
    en: 'No speaker addressed this region directly; below are the mentions in the editor’s note and introduction.',
  },
  editorial: { zh: '编者按与引言中的提及', en: 'Mentions in the editor’s note and introduction' },
  places: { zh: '地点与举措', en: 'Places and initiatives' },
  links: { zh: '合作联系', en: 'Cooperation links' },
  noLinks: {
    zh: '简报未描述此区域的合作联系。',
    en: 'The briefing describes no cooperation link for this region.',
  },
  showInSource: { zh: '在原文中查看', en: 'Show in source' },
  hideSource: { zh: '收起原文', en: 'Hide source' },
  paragraph: { zh: '段落', en: 'Paragraph' },
  originalText: { zh: '原文', en: 'Original' },
  evidence: { zh: '依据', en: 'Evidence' },
  kind: { zh: '类型', en: 'Kind' },
  directed: { zh: '单向', en: 'One way' },
  mutual: { zh: '双向', en: 'Mutual' },
  goTo: { zh: '前往', en: 'Go to' },
  backToRegion: { zh: '返回区域', en: 'Back to the region' },
  search: {
    zh: '搜索嘉宾、地点、举措或词句',
    en: 'Search speakers, places, initiatives or phrases',
  },
  noResults: { zh: '没有结果', en: 'No results' },
  language: { zh: '语言', en: 'Language' },
  present: { zh: '演示', en: 'Present' },
  source: { zh: '资料来源', en: 'Source' },
  sourceNote: { zh: '原文勘误说明', en: 'Note on the printed source' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  map: { zh: '地图', en: 'Map' },
  mapDescription: {
    zh: '中国地图，标出京津冀、长三角、粤港澳大湾区、长江中游、黄河流域五大区域及其合作联系。下方区域列表可用键盘操作。',
    en: 'Map of China showing the five regions and their cooperation links. The region list is the keyboard alternative.',
  },
  speakerOf: { zh: '发言嘉宾', en: 'Speaker' },
  editorNote: { zh: '编者按', en: 'Editor’s note' },
  introduction: { zh: '引言', en: 'Introduction' },
  progress: { zh: '演示进度', en: 'Presentation progress' },
  previous: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  presenterView: { zh: '演讲者视图', en: 'Presenter view' },
  leavePresentation: { zh: '退出演示', en: 'Leave presentation' },
  backToStep: { zh: '回到第', en: 'Back to step' },
  nextStep: { zh: '下一步', en: 'Next step' },
  elapsed: { zh: '已用时间', en: 'Elapsed' },
  notPresenting: { zh: '主窗口尚未开始演示。', en: 'The main window is not presenting yet.' },
  mapAddress: { zh: '本地图地址', en: 'This map online' },
  speakerRegion: { zh: '发言嘉宾所在区域', en: 'where the speaker speaks from' },
  compiledBy: { zh: '整理：', en: 'Compiled by' },
  currentStep: { zh: '当前', en: 'Now' },
  sourceLine: { zh: '原文行', en: 'source line' },
  notesNoQuotes: { zh: '本步没有嘉宾引文。', en: 'No speaker is quoted in this step.' },
  resetTimer: { zh: '计时归零', en: 'Reset timer' },
  exportPng: { zh: '导出图片', en: 'Export PNG' },
  print: { zh: '打印', en: 'Print' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof strings;

export function t(lang: Lang, key: StringKey): string {
  return strings[key][lang];
}
