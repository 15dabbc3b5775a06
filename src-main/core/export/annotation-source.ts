import type { Db } from '../db/db';

/**
 * What exports need from annotations (core/annotations, owned by the annotations work). Read here
 * with one query over its table so exports do not depend on that module's internals. Offsets in
 * `annotations` point into the paragraphs joined by "\n\n" (core/annotations/article-text.ts).
 */
export interface ExportAnnotation {
  id: number;
  /** Stable identity across archives (migration 008); W3C id `urn:uuid:…`. */
  uuid: string;
  articleId: number;
  /** Paragraph the highlight sits in and its range there; null when it crosses paragraphs. */
  paragraph: number | null;
  from: number;
  to: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  colour: string;
  note: string | null;
  textVersion: number;
  createdAt: string;
  updatedAt: string;
  tags: string[];
}

const SEPARATOR_LENGTH = 2;

interface Row {
  id: number;
  uuid: string;
  article_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  colour: string;
  note: string;
  text_version: number;
  created_at: string;
  updated_at: string;
}

function locate(paragraphs: readonly string[], start: number, end: number): [number | null, number, number] {
  let at = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const length = paragraphs[i]!.length;
    if (start >= at && end <= at + length) return [i, start - at, end - at];
    at += length + SEPARATOR_LENGTH;
  }
  return [null, 0, 0];
}

/** Live, anchored annotations of the given articles (trash and orphans are not exported). */
export function annotationsForExport(
  db: Db,
  articleIds: readonly number[],
  paragraphsOf: (id: number) => readonly string[],
): Map<number, ExportAnnotation[]> {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'annotations'")
    .get();
  const out = new Map<number, ExportAnnotation[]>();
  if (!hasTable) return out;
  const stmt = db.prepare(
    `SELECT id, uuid, article_id, start, end, exact, prefix, suffix, colour, note, text_version, created_at, updated_at
     FROM annotations WHERE article_id = ? AND deleted_at IS NULL AND status = 'anchored' ORDER BY start, id`,
  );
  const tags = db
    .prepare(
      'SELECT t.name FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = ? ORDER BY t.name',
    )
    .pluck();
  for (const id of articleIds) {
    const rows = stmt.all(id) as Row[];
    if (rows.length === 0) continue;
    const paragraphs = paragraphsOf(id);
    out.set(
      id,
      rows.map((r) => {
        const [paragraph, from, to] = locate(paragraphs, r.start, r.end);
        return {
          id: r.id,
          uuid: r.uuid,
          articleId: r.article_id,
          paragraph,
          from,
          to,
          start: r.start,
          end: r.end,
          exact: r.exact,
          prefix: r.prefix,
          suffix: r.suffix,
          colour: r.colour,
          note: r.note.length > 0 ? r.note : null,
          textVersion: r.text_version,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          tags: tags.all(r.id) as string[],
        };
      }),
    );
  }
  return out;
}
