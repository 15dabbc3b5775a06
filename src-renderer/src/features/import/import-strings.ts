import { locale } from '../../i18n/i18n.svelte';

/** Strings of the import report, bundles and pasted pages; kept beside the feature so it merges on its own. */
const zh = {
  more: '更多导入方式',
  pages: '版面文件(.txt / .pdf)…',
  bundle: '导入资料包(.jianbao.json)…',
  paste: '粘贴文字为新版面…',
  imported: '已导入的版面',
  openPage: '打开 {name}',
  morePages: '另有 {n} 个',
  failedFiles: '未能导入',
  skippedFiles: '未导入的文件',
  skipBundle: '这是资料包,不是版面文件。',
  skipNotPage: '不是版面文字(.txt)或 PDF 文件,未导入。',
  importAsBundle: '作为资料包导入',
  warnings: '解析提示',
  warningGroup: '{text}',
  warningCount: '{count} 处 · {files} 个版面',
  bundleDone:
    '资料包已导入:新增 {pages} 版、{articles} 篇(已有 {existing} 版);标签 {tags} 个;批注新增 {added}、更新 {updated};校对 {corrections} 处',
  conflicts: '{n} 处冲突(保留较新的修改,较旧的记入历史):',
  bundleFailed: '资料包 {name} 未能导入:{message}',
  pasteTitle: '粘贴文字为新版面',
  pasteText: '版面文字',
  pastePaper: '报纸',
  pasteDate: '日期',
  pastePage: '版次',
  pasteName: '文件名',
  pasteHint: '粘贴从 PDF 或 OCR 得到的整版文字;报纸、日期和版次可留空(从页眉识别)。',
  pasteGo: '导入',
  pasteCancel: '取消',
  pasteEmpty: '请先粘贴版面文字。',
};

const en: Record<ImportKey, string> = {
  more: 'More ways to import',
  pages: 'Page files (.txt / .pdf)…',
  bundle: 'Import a bundle (.jianbao.json)…',
  paste: 'Paste text as a new page…',
  imported: 'Imported pages',
  openPage: 'Open {name}',
  morePages: '{n} more',
  failedFiles: 'Not imported',
  skippedFiles: 'Files left out',
  skipBundle: 'This is a bundle, not a page file.',
  skipNotPage: 'Not a page text (.txt) or PDF file; left out.',
  importAsBundle: 'Import as a bundle',
  warnings: 'Parser notes',
  warningGroup: '{text}',
  warningCount: '{count} times · {files} pages',
  bundleDone:
    'Bundle imported: {pages} pages and {articles} items added ({existing} pages already here); {tags} tags; annotations {added} added, {updated} updated; {corrections} corrections',
  conflicts: '{n} conflicts (the newer edit kept, the older one in history):',
  bundleFailed: 'Bundle {name} not imported: {message}',
  pasteTitle: 'Paste text as a new page',
  pasteText: 'Page text',
  pastePaper: 'Paper',
  pasteDate: 'Date',
  pastePage: 'Page',
  pasteName: 'File name',
  pasteHint:
    'Paste a whole page’s text from PDF or OCR; paper, date and page may be left blank (read from the header).',
  pasteGo: 'Import',
  pasteCancel: 'Cancel',
  pasteEmpty: 'Paste the page text first.',
};

export type ImportKey = keyof typeof zh;

export function tm(key: ImportKey, vars: Record<string, string | number> = {}): string {
  const text = (locale.current === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
