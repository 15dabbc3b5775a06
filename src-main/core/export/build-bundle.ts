import type { Db } from '../db/db';
import type { ArticleRow } from '../pages/rows';
import { sourceTextOf, type StoredSourceText } from '../pages/source-text';
import { contentOf } from '../corrections/article-content';
import { readDecisions } from '../page-view/page-structure-store';
import { readSpans } from '../page-view/stored-spans';
import { annotationsPart } from './bundle-parts';
import { exportCorrections } from './corrections-part';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ArticleRefT, type Bundle } from './bundle-schema';

interface PageFullRow extends StoredSourceText {
  id: number;
  content_hash: string;
  file_name: string;
  encoding: string;
  paper: string | null;
  date: string | null;
  page_label: string | null;
  section: string | null;
  furniture: string;
  warnings: string;
  imported_at: string;
  source_bytes: Buffer | null;
}

export interface BundleOptions {
  title: string;
  exportedAt: string;
  /** Set when a tag collection is exported, so its name and hand order travel too. */
  collectionTagId?: number;
}

/** Builds a bundle of `ids` (in that order); see bundle-schema.ts for the format. */
export function buildBundle(db: Db, ids: readonly number[], options: BundleOptions): Bundle {
  const refOf = new Map<number, ArticleRefT>();
  const pageOrder: number[] = [];
  const loc = db.prepare(
    'SELECT a.page_id, a.ordinal, p.content_hash FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?',
  );
  for (const id of ids) {
    const r = loc.get(id) as { page_id: number; ordinal: number; content_hash: string } | undefined;
    if (!r || refOf.has(id)) continue;
    refOf.set(id, { page: r.content_hash, ordinal: r.ordinal });
    if (!pageOrder.includes(r.page_id)) pageOrder.push(r.page_id);
  }
  const pageStmt = db.prepare('SELECT * FROM pages WHERE id = ?');
  const articlesStmt = db.prepare('SELECT * FROM articles WHERE page_id = ? ORDER BY ordinal');
  const pageArticles: { id: number; ref: ArticleRefT }[] = [];
  const pages = pageOrder.map((pid) => {
    const p = pageStmt.get(pid) as PageFullRow;
    const articles = articlesStmt.all(pid) as (ArticleRow & {
      spans: string;
      text_version: number;
      corrected: number;
    })[];
    for (const a of articles)
      pageArticles.push({ id: a.id, ref: { page: p.content_hash, ordinal: a.ordinal } });
    const structure = readDecisions(db, p.file_name);
    return {
      contentHash: p.content_hash,
      ...(p.source_bytes ? { sourceBytes: p.source_bytes.toString('base64') } : {}),
      fileName: p.file_name,
      encoding: p.encoding,
      sourceText: sourceTextOf(p),
      meta: { paper: p.paper, date: p.date, pageLabel: p.page_label, section: p.section },
      furniture: JSON.parse(p.furniture) as unknown[],
      warnings: JSON.parse(p.warnings) as string[],
      importedAt: p.imported_at,
      articles: articles.map((a) => ({
        ordinal: a.ordinal,
        kind: a.kind,
        ...contentOf(a),
        continued: a.continued,
        spans: readSpans(a.spans),
        textVersion: a.text_version,
        corrected: a.corrected === 1,
      })),
      ...(structure.length > 0 ? { structure } : {}),
    };
  });

  const selected = [...refOf.keys()];
  const tagRows = db.prepare(
    'SELECT t.name, t.color, t.uuid FROM article_tags a JOIN tags t ON t.id = a.tag_id WHERE a.article_id = ?',
  );
  const tags = new Map<string, Bundle['tags'][number]>();
  for (const id of selected) {
    for (const t of tagRows.all(id) as { name: string; color: string; uuid: string }[]) {
      const entry = tags.get(t.name) ?? { uuid: t.uuid, name: t.name, color: t.color, articles: [] };
      entry.articles.push(refOf.get(id)!);
      tags.set(t.name, entry);
    }
  }

  let collection: Bundle['collection'] = null;
  if (options.collectionTagId !== undefined) {
    const name = db.prepare('SELECT name FROM tags WHERE id = ?').pluck().get(options.collectionTagId) as
      string | undefined;
    const manual = db
      .prepare('SELECT article_id FROM tag_order WHERE tag_id = ? ORDER BY position')
      .pluck()
      .all(options.collectionTagId) as number[];
    if (name !== undefined)
      collection = {
        tag: name,
        manualOrder: manual.flatMap((id) => (refOf.has(id) ? [refOf.get(id)!] : [])),
      };
  }

  const withRefs = selected.map((id) => ({ id, ref: refOf.get(id)! }));
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: options.exportedAt,
    title: options.title,
    generator: '剪报 Jianbao',
    pages,
    selection: withRefs.map((x) => x.ref),
    tags: [...tags.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    collection,
    annotations: annotationsPart.exportRecords(db, withRefs),
    // Histories of every article on the bundled pages: the pages travel whole, so do their corrections.
    corrections: exportCorrections(db, pageArticles),
  };
}
