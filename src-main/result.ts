/**
 * Errors cross every boundary (IPC, HTTP, CLI) as data, never as thrown stack traces.
 * Each code has exactly one user-facing message per language; the renderer and the CLI
 * both look it up with `messageFor`.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-operation'
  | 'not-found'
  | 'decode-failed'
  | 'bundle-page-mismatch'
  | 'empty-page'
  | 'pdf-no-text'
  | 'pdf-encrypted'
  | 'pdf-broken'
  | 'layout-text'
  | 'bad-query'
  | 'conflict'
  | 'io-failed'
  | 'cancelled'
  | 'unavailable'
  | 'unauthorized'
  | 'archive-corrupt'
  | 'archive-too-new'
  | 'archive-read-only'
  | 'archive-busy'
  | 'archive-unopenable'
  | 'disk-full'
  | 'too-large'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** Optional human detail (a file name, a field path); never a stack trace. */
  detail?: string;
  /** Validation issues from zod, as path + message pairs. */
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, detail?: string): { ok: false; error: AppError } => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

export type Lang = 'zh' | 'en';

const messages: Record<ErrorCode, Record<Lang, string>> = {
  'invalid-input': { zh: '请求内容无效', en: 'The request is invalid' },
  'unknown-operation': { zh: '未知的操作', en: 'Unknown operation' },
  'not-found': { zh: '找不到该条目', en: 'Not found' },
  'decode-failed': { zh: '无法识别文件编码', en: 'The file encoding could not be recognised' },
  'bundle-page-mismatch': {
    zh: '数据包中的版面内容与其校验值不符,已拒绝导入',
    en: 'A page in the bundle does not match its content hash; nothing was imported',
  },
  'empty-page': { zh: '文件中没有可识别的文字', en: 'The file contains no readable text' },
  'pdf-no-text': {
    zh: '这个 PDF 没有文字层(可能是扫描件),需要先做文字识别(OCR)再导入',
    en: 'This PDF has no text layer (a scan?); it needs OCR before it can be imported',
  },
  'pdf-encrypted': {
    zh: '这个 PDF 已加密,请先解除密码保护再导入',
    en: 'This PDF is encrypted; remove its password protection before importing',
  },
  'pdf-broken': { zh: 'PDF 文件已损坏,无法读取', en: 'The PDF file is damaged and cannot be read' },
  'layout-text': {
    zh: '这是 pdftotext -layout 输出的多栏并排文本,无法可靠地分栏。请改用 pdftotext -raw(或不带 -layout)重新导出,或直接导入 PDF',
    en: 'This is pdftotext -layout text with columns side by side that cannot be split safely. Export again with pdftotext -raw (or without -layout), or import the PDF itself',
  },
  'bad-query': { zh: '搜索语法有误', en: 'The search query could not be understood' },
  conflict: { zh: '内容已被修改,请刷新后重试', en: 'The item changed meanwhile; reload and retry' },
  'io-failed': { zh: '读写文件失败', en: 'Reading or writing a file failed' },
  cancelled: { zh: '操作已取消', en: 'Cancelled' },
  unavailable: { zh: '此功能在当前环境不可用', en: 'Not available in this environment' },
  unauthorized: { zh: '未授权的访问', en: 'Not authorised' },
  'archive-corrupt': {
    zh: '档案文件已损坏或不是剪报档案,可用 check 检查并从备份恢复',
    en: 'The archive file is damaged or not a Jianbao archive; run check and restore a backup',
  },
  'archive-too-new': {
    zh: '此档案由更新版本的剪报创建,请升级剪报',
    en: 'This archive was written by a newer Jianbao; upgrade Jianbao',
  },
  'archive-read-only': {
    zh: '档案为只读(文件或文件夹不可写),可以阅读、搜索和导出,但不能修改',
    en: 'The archive is read-only (file or folder not writable): reading, search and export work, changes do not',
  },
  'archive-busy': {
    zh: '档案正被另一个程序长时间占用,请稍后重试',
    en: 'Another program has held the archive for too long; retry shortly',
  },
  'archive-unopenable': { zh: '无法打开档案文件', en: 'The archive file could not be opened' },
  'disk-full': {
    zh: '磁盘已满,未保存任何更改;请腾出空间后重试',
    en: 'The disk is full; nothing was changed. Free some space and retry',
  },
  'too-large': { zh: '内容超过大小上限', en: 'The content exceeds the size limit' },
  internal: { zh: '内部错误,请重试', en: 'Internal error; please retry' },
};

export function messageFor(error: AppError, lang: Lang = 'zh'): string {
  const base = messages[error.code][lang];
  return error.detail ? `${base}:${error.detail}` : base;
}
