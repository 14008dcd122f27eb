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
  softwareMode: {
    zh: '此设备以软件绘制 WebGL，地图以更流畅的 SVG 模式运行，功能完整。',
    en: 'This device draws WebGL in software: the map runs in its smoother SVG mode, with every feature.',
  },
  mapControls: { zh: '地图缩放', en: 'Map zoom' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  resetView: { zh: '重新取景', en: 'Reset view' },
  scaleBar: { zh: '比例尺', en: 'Scale' },
  countViewpoints: { zh: '条观点', en: 'viewpoints' },
  countLinks: { zh: '条合作链接', en: 'links' },
  regions: { zh: '五个区域', en: 'Five regions' },
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
  geography: { zh: '地理背景', en: 'Geography' },
  rivers: { zh: '主要河流与湖泊', en: 'Main rivers and lakes' },
  geographySource: { zh: '背景资料：Natural Earth', en: 'Background: Natural Earth' },
  yangtzeBelt: { zh: '长江经济带', en: 'Yangtze River Economic Belt' },
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
  resultRegion: { zh: '区域', en: 'Region' },
  resultPlace: { zh: '地点', en: 'Place' },
  resultSpeaker: { zh: '嘉宾', en: 'Speaker' },
  resultViewpoint: { zh: '观点', en: 'Viewpoint' },
  placeCity: { zh: '城市', en: 'City' },
  placeProvince: { zh: '省份', en: 'Province' },
  placeZone: { zh: '园区', en: 'Zone' },
  placeInstitution: { zh: '机构', en: 'Institution' },
  placeInitiative: { zh: '举措', en: 'Initiative' },
  placeEvent: { zh: '活动', en: 'Event' },
  placeArea: { zh: '地区', en: 'Area' },
  language: { zh: '语言', en: 'Language' },
  briefing: { zh: '简报', en: 'Briefing' },
  present: { zh: '演示', en: 'Present' },
  source: { zh: '资料来源', en: 'Source' },
  sourceNote: { zh: '原文勘误说明', en: 'Note on the printed source' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  map: { zh: '地图', en: 'Map' },
  mapDescription: {
    zh: '中国地图，标出京津冀、长三角、粤港澳大湾区、长江中游、黄河流域五个区域及其合作联系。下方区域列表可用键盘操作。',
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
  exportPng: { zh: '导出图片', en: 'Export PNG' },
  basis: { zh: '依据类型', en: 'Basis' },
  stated: { zh: '简报原文', en: 'Stated in the briefing' },
  background: { zh: '背景资料', en: 'Background' },
  backgroundSource: { zh: '背景资料来源', en: 'Source of the background' },
  backgroundPlace: {
    zh: '简报没有提到此地，它出自背景资料',
    en: 'The briefing does not name this place; it comes from background sources',
  },
  shownInBriefing: {
    zh: '简报中与此相关的原文',
    en: 'What the briefing itself says',
  },
  chineseOriginal: { zh: '中文原文', en: 'Chinese original' },
  footnote: { zh: '脚注', en: 'Footnote' },
  routeOf: { zh: '途经', en: 'Through' },
  compiledBy: { zh: '整理', en: 'compiled by' },
  print: { zh: '打印', en: 'Print' },
  exportMenu: { zh: '导出', en: 'Export' },
  exportPngItem: { zh: 'PNG 图片（2 倍）', en: 'PNG image (2×)' },
  exportSvgItem: { zh: 'SVG 矢量图', en: 'SVG vector image' },
  exportPptxItem: { zh: 'PowerPoint 演示文稿', en: 'PowerPoint deck' },
  printMapItem: { zh: '打印地图（A4 横向）', en: 'Print the map (A4 landscape)' },
  printHandoutItem: { zh: '打印讲义（A4 纵向）', en: 'Print the hand-out (A4 portrait)' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  exportFailed: { zh: '导出失败', en: 'Export failed' },
  sourceLine: { zh: '原文行', en: 'source line' },
  linkFrom: { zh: '起点', en: 'From' },
  linkTo: { zh: '终点', en: 'To' },
  reference: { zh: '出处', en: 'Reference' },
  regionStrategy: { zh: '国家战略', en: 'National strategy' },
  notesPrefix: { zh: '演讲备注', en: 'Speaker notes' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof strings;

export function t(lang: Lang, key: StringKey): string {
  return strings[key][lang];
}

/** Punctuation that follows the language: Chinese full-width forms only in Chinese. */
const punctuation = {
  colon: { zh: '：', en: ': ' },
  comma: { zh: '，', en: ', ' },
  semicolon: { zh: '；', en: '; ' },
  list: { zh: '、', en: ', ' },
  open: { zh: '（', en: ' (' },
  close: { zh: '）', en: ')' },
  titleOpen: { zh: '《', en: '“' },
  titleClose: { zh: '》', en: '”' },
} satisfies Record<string, Record<Lang, string>>;

export function p(lang: Lang, mark: keyof typeof punctuation): string {
  return punctuation[mark][lang];
}

export type PlaceKindKey =
  `placeKind_${'city' | 'province' | 'zone' | 'institution' | 'initiative' | 'event' | 'area'}`;
