import { citationFields } from './citation-fields';
import type { ExportArticle } from './export-articles';
import { xmlSafe } from './xml-text';

/**
 * A BibTeX field value in braces. Braces must balance inside a value and `\` starts a command, so
 * both are written as LaTeX commands; `%`, `#`, `&`, `$`, `_`, `^`, `~`, `<`, `>` are escaped so biber and
 * BibTeX both read the text back as typed. Line breaks fold to spaces (a blank line ends a
 * paragraph in LaTeX).
 */
export function bibValue(s: string): string {
  const escaped = xmlSafe(s)
    .replace(/[\r\n\u2028\u2029\u0085\t\v\f]+/g, ' ')
    .replace(/[\\{}%#&$_^~<>]/g, (c) => BIB_ESCAPES[c] ?? c)
    // TeX ligatures (-- — `` '' !` ?`) would turn typed characters into dashes and quotes: break them.
    .replace(/([-`'!?])(?=[-`'])/g, '$1{}');
  return `{${escaped}}`;
}

const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  $: '\\$',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * BibTeX `@article` entries (BibLaTeX readers also get `entrysubtype = {newspaper}`), for LaTeX
 * users and Zotero/JabRef import. Keys are ASCII (`jianbao` + date + article id) because BibTeX
 * keys with CJK break older tools. Authors are wrapped in braces so BibTeX does not try to split a
 * Chinese name into first and last.
 */
export function renderBibtex(articles: readonly ExportArticle[]): string {
  return articles
    .map((a) => {
      const f = citationFields(a, a.language);
      const key = `jianbao${f.date ? f.date.replaceAll('-', '') : ''}a${a.id}`;
      const fields: [string, string][] = [['title', bibValue(f.title)]];
      if (f.authors.length > 0)
        fields.push(['author', `{${f.authors.map((n) => bibValue(n)).join(' and ')}}`]);
      if (f.paper) fields.push(['journal', bibValue(f.paper)], ['journaltitle', bibValue(f.paper)]);
      if (f.date) fields.push(['date', `{${f.date}}`], ['year', `{${f.date.slice(0, 4)}}`]);
      if (f.page) fields.push(['pages', bibValue(f.page)]);
      fields.push(
        ['entrysubtype', '{newspaper}'],
        ['langid', `{${f.language === 'zh-Hant' ? 'chinese-traditional' : 'chinese'}}`],
      );
      if (a.tags.length > 0) fields.push(['keywords', bibValue(a.tags.join(', '))]);
      return `@article{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
    })
    .join('\n');
}
