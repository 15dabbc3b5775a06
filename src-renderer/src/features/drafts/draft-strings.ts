import { locale } from '../../i18n/i18n.svelte';

/** Strings of drafts and leave-guards, Chinese first; kept beside the feature so it merges on its own. */
const zh = {
  saving: '正在保存草稿…',
  saved: '草稿已保存 {time}',
  saveFailed: '草稿未能保存:{message}',
  restored: '已恢复 {time} 未保存的草稿。',
  discard: '放弃草稿',
  pendingCorrection: '本文有未保存的校对草稿({time})。',
  pendingNote: '有未保存的批注草稿({time})',
  resume: '继续校对',
  resumeNote: '继续编辑',
  leaveTitle: '有未保存的修改',
  leaveBody: '这张表单里的修改还没有保存。草稿已自动保留,可以稍后继续。',
  keepDraft: '保留草稿并关闭',
  discardChanges: '放弃修改',
  keepEditing: '继续编辑',
  splitTitle: '拆分前先处理未保存的修改',
  splitBody: '拆分会按已保存的正文进行。先保存修改再拆分,还是放弃修改?',
  saveThenSplit: '保存修改后拆分',
  discardThenSplit: '放弃修改并拆分',
  mergeTitle: '合并前先处理未保存的修改',
  mergeBody: '合并会按已保存的正文进行。先保存修改再合并,还是放弃修改?',
  saveThenMerge: '保存修改后合并',
  discardThenMerge: '放弃修改并合并',
  cancel: '取消',
  reopened: '已回到上次离开的位置。',
  menu: '草稿 {n}',
  menuTitle: '未保存的草稿',
  kindCorrection: '校对',
  kindNote: '批注',
  untitled: '(无标题)',
};

const en: Record<DraftKey, string> = {
  saving: 'Saving draft…',
  saved: 'Draft saved {time}',
  saveFailed: 'Draft not saved: {message}',
  restored: 'Restored your unsaved draft from {time}.',
  discard: 'Discard draft',
  pendingCorrection: 'This article has an unsaved correction draft ({time}).',
  pendingNote: 'Unsaved note draft ({time})',
  resume: 'Continue correcting',
  resumeNote: 'Continue editing',
  leaveTitle: 'Unsaved changes',
  leaveBody: 'The changes in this form are not saved. The draft is kept, so you can continue later.',
  keepDraft: 'Keep draft and close',
  discardChanges: 'Discard changes',
  keepEditing: 'Keep editing',
  splitTitle: 'Unsaved changes before splitting',
  splitBody: 'Splitting works on the saved text. Save your changes first, or discard them?',
  saveThenSplit: 'Save, then split',
  discardThenSplit: 'Discard and split',
  mergeTitle: 'Unsaved changes before merging',
  mergeBody: 'Merging works on the saved text. Save your changes first, or discard them?',
  saveThenMerge: 'Save, then merge',
  discardThenMerge: 'Discard and merge',
  cancel: 'Cancel',
  reopened: 'Back where you left off.',
  menu: 'Drafts {n}',
  menuTitle: 'Unsaved drafts',
  kindCorrection: 'Correction',
  kindNote: 'Note',
  untitled: '(untitled)',
};

export type DraftKey = keyof typeof zh;

export function td(key: DraftKey, vars: Record<string, string | number> = {}): string {
  const text = (locale.current === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A draft's time as the editor reads it: the time today, else the date and time. */
export function draftTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  const tag = locale.current === 'zh' ? 'zh-CN' : 'en-GB';
  const sameDay = d.toDateString() === now.toDateString();
  return sameDay
    ? d.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : d.toLocaleString(tag, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
