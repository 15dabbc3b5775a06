import type { Db } from '../db/db';
import type { ArticleRow } from '../pages/rows';
import type { Byline } from '../parse/parsed-page';
import { PARAGRAPH_SEPARATOR } from '../annotations/article-text';
import { articleLanguage } from './article-script';
import { annotationsForExport, type ExportAnnotation } from './annotation-source';

/** Everything any export format needs about one article, loaded once. */
export interface ExportArticle {
  id: number;
  pageHash: string;
  fileName: string;
  ordinal: number;
  paper: string | null;
  date: string | null;
  pageLabel: string | null;
  section: string | null;
  kind: ArticleRow['kind'];
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  source: string | null;
  bylines: Byline[];
  paragraphs: string[];
  continued: string | null;
  tags: string[];
  annotations: ExportAnnotation[];
  /** Script of the text, for `lang` attributes and citation records. */
  language: 'zh-Hans' | 'zh-Hant';
}

type Row = ArticleRow & {
  content_hash: string;
  file_name: string;
  paper: string | null;
  date: string | null;
  page_label: string | null;
  section: string | null;
};

export function loadExportArticles(db: Db, ids: readonly number[]): ExportArticle[] {
  const stmt = db.prepare(
    `SELECT a.*, p.content_hash, p.file_name, p.paper, p.date, p.page_label, p.section
     FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`,
  );
  const tags = db
    .prepare(
      'SELECT t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id WHERE a.article_id = ? ORDER BY t.name',
    )
    .pluck();
  const rows = new Map<number, Row>();
  for (const id of ids) {
    const r = stmt.get(id) as Row | undefined;
    if (r) rows.set(id, r);
  }
  const paragraphs = new Map([...rows].map(([id, r]) => [id, JSON.parse(r.paragraphs) as string[]]));
  const annotations = annotationsForExport(db, [...rows.keys()], (id) => paragraphs.get(id) ?? []);
  const out: ExportArticle[] = [];
  for (const [id, r] of rows) {
    out.push({
      id: r.id,
      pageHash: r.content_hash,
      fileName: r.file_name,
      ordinal: r.ordinal,
      paper: r.paper,
      date: r.date,
      pageLabel: r.page_label,
      section: r.section,
      kind: r.kind,
      kicker: r.kicker,
      headline: r.headline,
      subheadline: r.subheadline,
      source: r.source,
      bylines: JSON.parse(r.bylines) as ExportArticle['bylines'],
      paragraphs: paragraphs.get(id) ?? [],
      continued: r.continued,
      tags: tags.all(id) as string[],
      annotations: annotations.get(id) ?? [],
      language: articleLanguage({ headline: r.headline, paragraphs: paragraphs.get(id) ?? [] }),
    });
  }
  return out;
}

export const KIND_LABEL: Record<ExportArticle['kind'], string> = {
  article: '文章',
  photo: '图片',
  brief: '简讯',
};

/** `南通晚报 · 2024-07-10 · A1版 · 要闻`: the line editors cite an article by. */
export function pageLine(a: ExportArticle): string {
  const parts = [a.paper, a.date, a.pageLabel ? `${a.pageLabel}版` : null, a.section].filter(
    (x): x is string => x !== null && x.length > 0,
  );
  return parts.length > 0 ? parts.join(' · ') : a.fileName;
}

export const bylineText = (a: ExportArticle): string => a.bylines.map((b) => `${b.role} ${b.name}`).join(' ');

/** Characters of body text (code points, so a CJK character counts once). */
export const textLength = (a: ExportArticle): number => a.paragraphs.reduce((n, p) => n + [...p].length, 0);

/** A piece of a paragraph: plain (`colour` null) or highlighted in an annotation's colour. */
export interface Run {
  text: string;
  colour: string | null;
}

/**
 * Highlight ranges inside one paragraph, in the paragraph's own offsets. A highlight that crosses
 * paragraph breaks contributes its part to each paragraph it touches. Overlaps keep the earlier one.
 */
export function highlightRanges(a: ExportArticle, paragraph: number): [number, number, string][] {
  let at = 0;
  for (let i = 0; i < paragraph; i++) at += (a.paragraphs[i]?.length ?? 0) + PARAGRAPH_SEPARATOR.length;
  const length = a.paragraphs[paragraph]?.length ?? 0;
  const ranges: [number, number, string][] = [];
  for (const ann of a.annotations) {
    const s = Math.max(ann.start, at) - at;
    const e = Math.min(ann.end, at + length) - at;
    if (e <= s) continue;
    if (!ranges.some(([x, y]) => s < y && e > x)) ranges.push([s, e, ann.colour]);
  }
  return ranges.sort((x, y) => x[0] - y[0]);
}

/** Splits a paragraph into plain and highlighted runs for renderers. */
export function runsOf(a: ExportArticle, paragraph: number): Run[] {
  const text = a.paragraphs[paragraph] ?? '';
  const runs: Run[] = [];
  let at = 0;
  for (const [s, e, colour] of highlightRanges(a, paragraph)) {
    if (s > at) runs.push({ text: text.slice(at, s), colour: null });
    runs.push({ text: text.slice(s, e), colour });
    at = e;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), colour: null });
  return runs;
}
