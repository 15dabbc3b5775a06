/**
 * Writes a page's new structure to its articles, touching only what the edit changed. Each new
 * article is paired with the stored article it shares most lines with: an article the edit did not
 * change keeps its row exactly (corrections, tags, notes and all); a changed one is rewritten in
 * place with a 'structure' version in its history; a new one is inserted; a stored article left
 * with no lines is absorbed by the article that took them (tags carried over) and its row goes.
 * Every annotation follows its words: it goes to the article that now holds the line it starts on
 * and is re-anchored there with the existing machinery, or becomes an orphan; never deleted.
 */
import { canonicalText } from '../annotations/article-text';
import type { AnnotationRow } from '../annotations/annotation-rows';
import { reanchor } from '../annotations/reanchor';
import { describeRange } from '../annotations/selectors';
import { diffHunks } from '../annotations/text-change';
import type { ArticleContent, ContentRow } from '../corrections/article-content';
import { appendVersion, ensureOriginal } from '../corrections/article-versions';
import { setPageOrder } from '../corrections/page-ordinals';
import type { Db } from '../db/db';
import type { ParseOutcome } from '../parse/parsed-page';
import { articleLineSet, lineOfTextOffset } from './article-lines';
import { readSpans, writeSpans } from './stored-spans';
import type { SourceLines } from './source-lines';

/** An article row as the corrections read it, with the spans a rebuild needs. */
interface Row extends ContentRow {
  spans: string;
}

export interface Rebuilt {
  articleIds: number[];
  changed: number[];
  created: number[];
  /** Articles an editor had corrected that the edit rebuilt from the source (their text stays in history). */
  correctedRebuilt: number;
}

const lineKey = (lines: Set<number>, article: unknown): string =>
  JSON.stringify([[...lines].sort((a, b) => a - b), article]);

const overlap = (a: Set<number>, b: Set<number>): number => [...a].filter((n) => b.has(n)).length;

export function rebuildArticles(
  db: Db,
  pageId: number,
  source: SourceLines,
  previous: ParseOutcome,
  next: ParseOutcome,
  at: string,
): Rebuilt {
  const rows = db.prepare('SELECT * FROM articles WHERE page_id = ? ORDER BY ordinal').all(pageId) as Row[];
  const rowLines = rows.map((r) => articleLineSet(source, readSpans(r.spans), r.kind));
  const nextArticles = next.parsed.articles;
  const nextLines = nextArticles.map((a, j) => articleLineSet(source, next.spans[j] ?? {}, a.kind));
  const before = new Set(
    previous.parsed.articles.map((a, i) =>
      lineKey(articleLineSet(source, previous.spans[i] ?? {}, a.kind), a),
    ),
  );
  const unchanged = nextArticles.map((a, j) => before.has(lineKey(nextLines[j] ?? new Set(), a)));

  // Pair new articles with stored ones: an article keeps the id of the one it starts in (its heads),
  // then most shared lines first. A merge thus keeps the first article's id, a split the original's.
  const first = (lines: Set<number> | undefined): number => Math.min(...(lines ?? []));
  const pairs: { r: number; j: number; n: number; head: number }[] = [];
  rows.forEach((_, r) =>
    nextLines.forEach((lines, j) => {
      const n = overlap(rowLines[r] ?? new Set(), lines);
      const head = rowLines[r]?.has(first(lines)) ? 1 : 0;
      if (n > 0) pairs.push({ r, j, n, head });
    }),
  );
  pairs.sort((x, y) => y.head - x.head || y.n - x.n || x.j - y.j || x.r - y.r);
  const rowOf = new Map<number, number>();
  const newOf = new Map<number, number>();
  for (const p of pairs) {
    if (rowOf.has(p.j) || newOf.has(p.r)) continue;
    rowOf.set(p.j, p.r);
    newOf.set(p.r, p.j);
  }

  const idOf: (number | undefined)[] = [];
  const changed: number[] = [];
  const created: number[] = [];
  const insert = db.prepare(
    `INSERT INTO articles (page_id, ordinal, kind, kicker, headline, subheadline, source, bylines, paragraphs,
       continued, spans) VALUES (@page_id, @ordinal, @kind, @kicker, @headline, @subheadline, @source, @bylines,
       @paragraphs, @continued, @spans)`,
  );
  const update = db.prepare(
    `UPDATE articles SET kind = @kind, kicker = @kicker, headline = @headline, subheadline = @subheadline,
       source = @source, bylines = @bylines, paragraphs = @paragraphs, continued = @continued, spans = @spans,
       text_version = @text_version, corrected = 0 WHERE id = @id`,
  );
  // A rebuilt article is the parse of its lines again; one an editor had corrected is counted so the
  // page view can say so (the corrected text is the version before the 'structure' one in history).
  let correctedRebuilt = 0;
  nextArticles.forEach((a, j) => {
    const r = rowOf.get(j);
    const row = r === undefined ? undefined : rows[r];
    if (row && unchanged[j]) {
      idOf[j] = row.id;
      return;
    }
    // The edit did not touch these lines but no stored article holds them: the editor merged, split or
    // deleted by hand there, and that stands (nothing is re-created behind their back).
    if (unchanged[j]) return;
    const content: ArticleContent = {
      kicker: a.kicker,
      headline: a.headline,
      subheadline: a.subheadline,
      source: a.source,
      bylines: a.bylines,
      paragraphs: a.paragraphs,
    };
    const fields = {
      kind: a.kind,
      kicker: a.kicker,
      headline: a.headline,
      subheadline: a.subheadline,
      source: a.source,
      bylines: JSON.stringify(a.bylines),
      paragraphs: JSON.stringify(a.paragraphs),
      continued: a.continued,
      spans: writeSpans(next.spans[j] ?? {}),
    };
    let id: number;
    if (row) {
      id = row.id;
      if (row.corrected) correctedRebuilt++;
      ensureOriginal(db, row, 'parsed', at);
    } else {
      id = Number(insert.run({ ...fields, page_id: pageId, ordinal: -2_000_000_000 + j }).lastInsertRowid);
      created.push(id);
    }
    const version = appendVersion(db, id, 'structure', content, at);
    update.run({ ...fields, id, text_version: version });
    idOf[j] = id;
    changed.push(id);
  });

  // Where each stored article's lines went, for the annotations and tags of changed articles.
  const heir = (r: number): number | null => {
    const paired = newOf.get(r);
    if (paired !== undefined) return paired;
    let best: number | null = null;
    let most = 0;
    nextLines.forEach((lines, j) => {
      const n = overlap(rowLines[r] ?? new Set(), lines);
      if (n > most) [best, most] = [j, n];
    });
    return best;
  };
  const annotationsOf = db.prepare('SELECT * FROM annotations WHERE article_id = ?');
  const moveAnnotation = db.prepare(
    `UPDATE annotations SET article_id = @article, text_version = @version, start = @start, end = @end,
       exact = @exact, prefix = @prefix, suffix = @suffix, status = 'anchored' WHERE id = @id`,
  );
  const orphanAnnotation = db.prepare(
    `UPDATE annotations SET article_id = @article, status = 'orphan' WHERE id = @id`,
  );
  const versionOf = db.prepare('SELECT text_version FROM articles WHERE id = ?').pluck();
  const leftovers: number[] = [];
  // A stored article no new one pairs with goes only when the edit took all its lines (into rebuilt
  // articles or furniture). One with no known lines (split off by hand) or with lines still in an
  // untouched article is the editor's own arrangement and stays as it is, notes and all.
  const untouchedLines = new Set(nextLines.flatMap((lines, j) => (unchanged[j] ? [...lines] : [])));
  const absorbed = (r: number): boolean => {
    const lines = rowLines[r];
    return lines !== undefined && lines.size > 0 && ![...lines].some((n) => untouchedLines.has(n));
  };
  rows.forEach((row, r) => {
    const j0 = newOf.get(r);
    if (j0 !== undefined && unchanged[j0]) return;
    if (j0 === undefined && !absorbed(r)) {
      leftovers.push(row.id);
      return;
    }
    const spans = readSpans(row.spans);
    const paragraphs = JSON.parse(row.paragraphs) as string[];
    const oldText = canonicalText(paragraphs);
    const fallback = heir(r);
    for (const n of annotationsOf.all(row.id) as AnnotationRow[]) {
      const line = lineOfTextOffset(source, spans, paragraphs, n.start);
      const found = line === null ? -1 : nextLines.findIndex((lines) => lines.has(line));
      const j = found >= 0 ? found : fallback;
      const target = j === null ? undefined : idOf[j];
      const article = j === null ? undefined : nextArticles[j];
      if (target === undefined || !article) continue;
      const text = canonicalText(article.paragraphs);
      const anchor = reanchor(n, text, n.status === 'orphan' ? undefined : diffHunks(oldText, text));
      if (anchor)
        moveAnnotation.run({
          id: n.id,
          article: target,
          version: versionOf.get(target) as number,
          ...describeRange(text, anchor.start, anchor.end),
        });
      else orphanAnnotation.run({ id: n.id, article: target });
    }
    if (j0 !== undefined) return;
    if (row.corrected) correctedRebuilt++;
    const to = fallback === null ? undefined : idOf[fallback];
    if (to !== undefined)
      db.prepare(
        'INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, tag_id FROM article_tags WHERE article_id = ?',
      ).run(to, row.id);
    const left = db
      .prepare('SELECT count(*) FROM annotations WHERE article_id = ?')
      .pluck()
      .get(row.id) as number;
    // Lines all gone to furniture and notes still on it: kept after the page's articles, as re-import does.
    if (left > 0) leftovers.push(row.id);
    else db.prepare('DELETE FROM articles WHERE id = ?').run(row.id);
  });
  // Articles kept as they were stay where they stood: after the stored article that preceded them.
  const order = idOf.filter((id) => id !== undefined);
  for (const id of leftovers) {
    const before = rows
      .slice(
        0,
        rows.findIndex((row) => row.id === id),
      )
      .reverse();
    const anchor = before.find((row) => order.includes(row.id));
    order.splice(anchor ? order.indexOf(anchor.id) + 1 : 0, 0, id);
  }
  setPageOrder(db, order);
  return { articleIds: order, changed, created, correctedRebuilt };
}
