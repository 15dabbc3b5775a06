import type { BundleConflictT } from '../../contract';
import type { Db } from '../db/db';
import { canonicalText } from '../annotations/article-text';
import { reanchor } from '../annotations/reanchor';
import { describeRange, type Selector } from '../annotations/selectors';
import { diffHunks, type Hunk } from '../annotations/text-change';
import { ensureTag } from '../tags/tag-store';
import type { ArticleRefT, BundleAnnotationT } from './bundle-schema';

export interface AnnotationImport {
  added: number;
  updated: number;
  conflicts: BundleConflictT[];
}

interface LocalRow {
  id: number;
  article_id: number;
  start: number;
  end: number;
  exact: string;
  colour: string;
  note: string;
  updated_at: string;
  deleted_at: string | null;
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((t, i) => t === [...b].sort()[i]);

/**
 * Places bundled annotations on the local text, matched by UUID where the record has one.
 *
 * - An unknown UUID (or none, from an older bundle) is a new highlight. Records without a UUID are
 *   matched as a multiset of identical highlights, as before UUIDs, so re-import adds nothing.
 * - A known UUID is the same highlight edited elsewhere: the later `updatedAt` wins. A newer record
 *   replaces the local colour, note, tags and place, and the local state goes to
 *   `annotation_versions`; an older record that differs is a conflict: the local edit stays, the
 *   record's state is kept in history and named in the import report. A trashed local copy stays
 *   trashed: deleting is an edit too, and resurrecting it silently would undo the editor's choice.
 *
 * Placement on the local text is the correction path: diff from the bundle's text to the local one
 * (position), then quote, then fuzzy quote; what cannot be placed becomes an orphan to re-attach.
 */
export function importAnnotations(
  db: Db,
  records: readonly BundleAnnotationT[],
  articleIdOf: (ref: ArticleRefT) => number | null,
  bundleTextOf: (ref: ArticleRefT) => string | undefined,
  now: Date,
): AnnotationImport {
  const out: AnnotationImport = { added: 0, updated: 0, conflicts: [] };
  if (records.length === 0) return out;
  const paragraphs = db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck();
  const version = db.prepare('SELECT text_version FROM articles WHERE id = ?').pluck();
  const headline = db.prepare('SELECT headline FROM articles WHERE id = ?').pluck();
  const byUuid = db.prepare(
    'SELECT id, article_id, start, end, exact, colour, note, updated_at, deleted_at FROM annotations WHERE uuid = ?',
  );
  const tagsOf = db
    .prepare('SELECT t.name FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = ?')
    .pluck();
  const existing = db
    .prepare(
      `SELECT count(*) FROM annotations WHERE article_id = ? AND start = ? AND end = ? AND exact = ?
         AND colour = ? AND coalesce(note, '') = ? AND created_at = ? AND deleted_at IS NULL`,
    )
    .pluck();
  const insert = db.prepare(
    `INSERT INTO annotations (article_id, text_version, start, end, exact, prefix, suffix, colour, note, status,
       created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE annotations SET article_id = ?, text_version = ?, start = ?, end = ?, exact = ?, prefix = ?, suffix = ?,
       colour = ?, note = ?, status = ?, updated_at = ? WHERE id = ?`,
  );
  const history = db.prepare(
    `INSERT INTO annotation_versions (annotation_id, colour, note, tags, exact, updated_at, recorded_at, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const inHistory = db
    .prepare(
      `SELECT 1 FROM annotation_versions WHERE annotation_id = ? AND colour = ? AND note = ? AND tags = ?
         AND updated_at = ?`,
    )
    .pluck();
  const link = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
  const unlinkAll = db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?');
  const linkTags = (id: number, tags: readonly string[]) => {
    for (const tag of tags) link.run(id, ensureTag(db, tag, undefined, now).id);
  };

  // Texts do not change while annotations import, so each article's text and diff is computed once.
  const local = new Map<number, string>();
  const diffs = new Map<string, Hunk[] | undefined>();
  const place = (articleId: number, r: BundleAnnotationT): { sel: Selector; anchored: boolean } => {
    let text = local.get(articleId);
    if (text === undefined) {
      text = canonicalText(JSON.parse((paragraphs.get(articleId) as string | undefined) ?? '[]') as string[]);
      local.set(articleId, text);
    }
    const diffKey = `${articleId}:${r.article.page}:${r.article.ordinal}`;
    if (!diffs.has(diffKey)) {
      const from = bundleTextOf(r.article);
      diffs.set(diffKey, from === undefined ? undefined : diffHunks(from, text));
    }
    const anchor = reanchor(r, text, diffs.get(diffKey));
    return anchor
      ? { sel: describeRange(text, anchor.start, anchor.end), anchored: true }
      : { sel: r, anchored: false };
  };

  /** Article, text version, selectors, colour, note and status: the columns insert and update share. */
  const placed = (articleId: number, sel: Selector, r: BundleAnnotationT, anchored: boolean) =>
    [
      articleId,
      version.get(articleId) as number,
      sel.start,
      sel.end,
      sel.exact,
      sel.prefix,
      sel.suffix,
      r.colour,
      r.note,
      anchored ? 'anchored' : 'orphan',
    ] as const;

  const baseline = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const r of records) {
    const articleId = articleIdOf(r.article);
    if (articleId === null) continue;
    // Placement is deterministic for a given local text, so a re-import computes the same selectors.
    const { sel, anchored } = place(articleId, r);
    const mine = r.uuid === undefined ? undefined : (byUuid.get(r.uuid) as LocalRow | undefined);
    if (mine) {
      if (mine.deleted_at !== null) continue;
      const mineTags = tagsOf.all(mine.id) as string[];
      const same =
        mine.colour === r.colour &&
        mine.note === r.note &&
        sameTags(mineTags, r.tags) &&
        mine.article_id === articleId &&
        mine.start === sel.start &&
        mine.end === sel.end;
      if (same) continue;
      if (r.updatedAt > mine.updated_at) {
        history.run(
          mine.id,
          mine.colour,
          mine.note,
          JSON.stringify(mineTags),
          mine.exact,
          mine.updated_at,
          now.toISOString(),
          'replaced-by-bundle',
        );
        update.run(...placed(articleId, sel, r, anchored), r.updatedAt, mine.id);
        unlinkAll.run(mine.id);
        linkTags(mine.id, r.tags);
        out.updated++;
        continue;
      }
      const theirTags = JSON.stringify(r.tags);
      if (!inHistory.get(mine.id, r.colour, r.note, theirTags, r.updatedAt)) {
        history.run(
          mine.id,
          r.colour,
          r.note,
          theirTags,
          r.exact,
          r.updatedAt,
          now.toISOString(),
          'bundle-older',
        );
        out.conflicts.push({
          kind: 'annotation',
          id: r.uuid ?? '',
          article: (headline.get(articleId) as string | null) ?? '',
          detail: r.exact.slice(0, 40),
        });
      }
      continue;
    }
    if (r.uuid === undefined) {
      // Duplicates are matched as a multiset: an editor may well have two identical highlights.
      const key = JSON.stringify([articleId, sel.start, sel.end, sel.exact, r.colour, r.note, r.createdAt]);
      if (!baseline.has(key))
        baseline.set(
          key,
          existing.get(articleId, sel.start, sel.end, sel.exact, r.colour, r.note, r.createdAt) as number,
        );
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      if (occurrence <= (baseline.get(key) ?? 0)) continue;
    }
    const id = Number(
      insert.run(...placed(articleId, sel, r, anchored), r.createdAt, r.updatedAt, r.uuid ?? null)
        .lastInsertRowid,
    );
    linkTags(id, r.tags);
    out.added++;
  }
  return out;
}
