import type { ExportArticle } from './export-articles';

/** What every citation format needs of an article, read the same way for all of them. */
export interface CitationFields {
  /** Byline names in order, each once (a reporter and a photographer are both creators). */
  authors: string[];
  title: string;
  paper: string | null;
  /** ISO date `YYYY-MM-DD` when the page has one. */
  date: string | null;
  /** Page label as printed (`A1`, `5`). */
  page: string | null;
  /** Chinese newspapers cite Simplified or Traditional text; CSL and BibTeX carry it. */
  language: 'zh-Hans' | 'zh-Hant';
}

export function citationFields(a: ExportArticle, language: CitationFields['language']): CitationFields {
  const authors = [...new Set(a.bylines.map((b) => b.name.trim()).filter((n) => n.length > 0))];
  const date = a.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : null;
  return {
    authors,
    title: (a.headline ?? '').trim() || '(无标题)',
    paper: a.paper?.trim() || null,
    date,
    page: a.pageLabel?.trim() || null,
    language,
  };
}
