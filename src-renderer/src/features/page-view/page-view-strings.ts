import { locale } from '../../i18n/i18n.svelte';

/** Strings of the page view (版面对照), Chinese first; kept beside the feature so it merges on its own. */
const zh = {
  toggle: '版面对照',
  toggleTitle: '版面对照:在阅读器旁显示本版原文与解析结果(快捷键 P)',
  title: '版面对照',
  close: '关闭版面对照',
  loading: '正在载入版面…',
  review: '待核对',
  warnings: '{n} 条解析提示',
  decisions: '已保存 {n} 处结构调整',
  line: '第{n}行',
  selected: '已选 {n} 行',
  clear: '取消选择',
  'role.kicker': '引题',
  'role.headline': '主题',
  'role.subheadline': '副题',
  'role.source': '消息头',
  'role.byline': '署名',
  'role.body': '正文',
  'role.caption': '图片说明',
  'role.furniture': '版面杂项',
  setRole: '设为{role}',
  start: '从这里开始新文章',
  merge: '并入上一篇',
  move: '移到文章…',
  moveTo: '移到:{title}',
  untitled: '(无标题)',
  openArticle: '打开文章:{title}',
  notEditable: 'PDF 版面的文章区域来自版面上的分隔线;点击区域打开文章。',
  hint: '点击行选择(Shift 连选,Ctrl 多选),再选择它的角色或文章。',
  pdfFailed: '无法显示原始 PDF:{reason}',
  region: '区域:{title}',
  done: '已调整结构:{n} 篇文章已重建',
};

const en: Record<keyof typeof zh, string> = {
  toggle: 'Page view',
  toggleTitle: 'Page view: the page source with its parse, beside the reader (key P)',
  title: 'Page view',
  close: 'Close page view',
  loading: 'Loading the page…',
  review: 'To check',
  warnings: '{n} parse notes',
  decisions: '{n} structure fixes saved',
  line: 'line {n}',
  selected: '{n} lines selected',
  clear: 'Clear selection',
  'role.kicker': 'Kicker',
  'role.headline': 'Headline',
  'role.subheadline': 'Subhead',
  'role.source': 'Source',
  'role.byline': 'Byline',
  'role.body': 'Body',
  'role.caption': 'Caption',
  'role.furniture': 'Furniture',
  setRole: 'Set as {role}',
  start: 'Start a new article here',
  merge: 'Join the previous article',
  move: 'Move to article…',
  moveTo: 'Move to: {title}',
  untitled: '(untitled)',
  openArticle: 'Open article: {title}',
  notEditable: 'A PDF page is divided by its printed rules; click a region to open its article.',
  hint: 'Click lines to select them (Shift for a range, Ctrl to add), then choose their role or article.',
  pdfFailed: 'The original PDF cannot be shown: {reason}',
  region: 'Region: {title}',
  done: 'Structure fixed: {n} articles rebuilt',
};

export type PageViewKey = keyof typeof zh;

export function tv(key: PageViewKey, vars: Record<string, string | number> = {}): string {
  const text = (locale.current === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
