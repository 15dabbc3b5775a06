import type { ImportReportT } from '../../../../src-main/contract';

export interface WarningGroup {
  /** The doubt itself, without its line numbers. */
  text: string;
  /** Occurrences over every file. */
  count: number;
  /** The pages it was found on, to open them from the report. */
  files: { name: string; pageId: number | null; count: number }[];
}

// The core already folds one file's repeats into "N 处(第4、9…行):…" or "第N行:…" (group-warnings.ts).
const COUNTED = /^(\d+) 处(?:\(第[^)]*行\))?[:\uFF1A](.*)$/su;
const ONE_LINE = /^第\d+行[:\uFF1A](.*)$/su;

function split(warning: string): { text: string; count: number } {
  const counted = COUNTED.exec(warning);
  if (counted) return { text: counted[2] ?? warning, count: Number(counted[1]) };
  const line = ONE_LINE.exec(warning);
  return { text: line?.[1] ?? warning, count: 1 };
}

/**
 * The report's warnings across all files: one entry per doubt with its count and the pages it is
 * on, most frequent first, so 300 files with the same warning read as one line, not 300.
 */
export function groupReportWarnings(files: ImportReportT['files']): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const f of files)
    for (const w of f.warnings) {
      const { text, count } = split(w);
      const group = groups.get(text) ?? { text, count: 0, files: [] };
      group.count += count;
      const file = group.files.find((x) => x.name === f.name && x.pageId === f.pageId);
      if (file) file.count += count;
      else group.files.push({ name: f.name, pageId: f.pageId, count });
      groups.set(text, group);
    }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** Why a chosen file was not sent as a page: a bundle goes to 导入资料包, anything else is named. */
export type SkipReason = 'bundle' | 'not-page';

export const isBundleFile = (name: string): boolean =>
  /\.jianbao\.json$/i.test(name) || /\.json$/i.test(name);
