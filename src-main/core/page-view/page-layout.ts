/**
 * The page view's data: every line of the page's decoded text with the article it went to and its
 * role, the page's warnings placed on their lines, and for a PDF page the regions to draw.
 */
import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { REVIEW_MARK } from '../parse/parse-page';
import type { LineRole } from '../parse/structure/structure-types';
import { articleLineRoles } from './article-lines';
import { readSpans } from './stored-spans';
import { readDecisions } from './page-structure-store';
import { SourceLines } from './source-lines';
import { SOURCE_TEXT_COLUMNS, sourceTextOf, type StoredSourceText } from '../pages/source-text';

type Layout = Output<'pages.layout'>;

interface PageRow extends StoredSourceText {
  id: number;
  file_name: string;
  warnings: string;
}

interface ArticleRow {
  id: number;
  ordinal: number;
  kind: 'article' | 'photo' | 'brief';
  headline: string | null;
  spans: string;
}

/** The line a warning names (第N行), if it names one. */
export function warningLine(text: string): number | null {
  const n = /第(\d+)行/u.exec(text)?.[1];
  return n === undefined ? null : Number(n);
}

function pdfOf(db: Db, pageId: number, articles: readonly ArticleRow[]): Layout['pdf'] {
  const pdf = db.prepare('SELECT page_no, width, height FROM page_pdf WHERE page_id = ?').get(pageId) as
    { page_no: number; width: number; height: number } | undefined;
  if (!pdf) return null;
  const region = db.prepare('SELECT rects FROM article_regions WHERE article_id = ?').pluck();
  return {
    pageNo: pdf.page_no,
    width: pdf.width,
    height: pdf.height,
    regions: articles.flatMap((a) => {
      const rects = region.get(a.id) as string | undefined;
      return rects
        ? [{ articleId: a.id, rects: JSON.parse(rects) as [number, number, number, number][] }]
        : [];
    }),
  };
}

export function pageLayout(db: Db, input: Input<'pages.layout'>): Result<Layout> {
  const page = db
    .prepare(`SELECT id, file_name, ${SOURCE_TEXT_COLUMNS}, warnings FROM pages WHERE id = ?`)
    .get(input.pageId) as PageRow | undefined;
  if (!page) return err('not-found', `#${input.pageId}`);
  const articles = db
    .prepare('SELECT id, ordinal, kind, headline, spans FROM articles WHERE page_id = ? ORDER BY ordinal')
    .all(page.id) as ArticleRow[];
  const source = new SourceLines(sourceTextOf(page));
  const best = new Map<number, { articleId: number; role: LineRole; chars: number }>();
  for (const a of articles)
    for (const [n, r] of articleLineRoles(source, readSpans(a.spans), a.kind)) {
      const had = best.get(n);
      if (!had || r.chars > had.chars) best.set(n, { articleId: a.id, ...r });
    }
  const warnings = (JSON.parse(page.warnings) as string[]).map((text) => ({ text, line: warningLine(text) }));
  const review = warnings.find((w) => w.text.startsWith(REVIEW_MARK))?.text.slice(REVIEW_MARK.length) ?? null;
  let count = source.count;
  while (count > 1 && source.line(count).trim() === '') count--;
  const lines: Layout['lines'] = [];
  for (let no = 1; no <= count; no++) {
    const text = source.line(no);
    const placed = best.get(no);
    const blank = text.trim() === '';
    lines.push({
      no,
      text,
      articleId: placed?.articleId ?? null,
      role: blank ? null : (placed?.role ?? 'furniture'),
      warnings: warnings.filter((w) => w.line === no).map((w) => w.text),
    });
  }
  const pdf = pdfOf(db, page.id, articles);
  return ok({
    pageId: page.id,
    fileName: page.file_name,
    lines,
    articles: articles.map(({ id, ordinal, kind, headline }) => ({ id, ordinal, kind, headline })),
    warnings,
    review,
    pdf,
    decisions: readDecisions(db, page.file_name).length,
    editable: pdf === null,
  });
}
