import { citationFields } from './citation-fields';
import type { ExportArticle } from './export-articles';

/**
 * GB/T 7714-2015 reference for a newspaper article (文献类型标识 N):
 * `主要责任者. 题名[N]. 报纸名, 出版日期(版次).` Parts the page does not know are left out
 * rather than guessed; without a paper the `[N]` entry ends after the title.
 */
export function gbtCitation(a: ExportArticle): string {
  const f = citationFields(a, 'zh-Hans');
  const author = f.authors.length > 0 ? `${gbtAuthors(f.authors)}. ` : '';
  const where = [f.paper, f.date].filter((x): x is string => x !== null).join(', ');
  const page = f.page ? `(${f.page})` : '';
  return `${author}${f.title}[N]${where ? `. ${where}${page}` : ''}.`;
}

/** The standard lists at most three responsible persons, then `等`. */
function gbtAuthors(names: readonly string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

/** What 复制引用 puts on the clipboard: the quoted words, then the reference. */
export function quoteWithCitation(quote: string, a: ExportArticle): string {
  return `“${quote}”\n${gbtCitation(a)}`;
}
