import type { BundleImportReportT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { findTag } from '../tags/tag-store';
import { importTag } from './import-tag';
import { bytesProveHash, textProvesHash } from '../pages/page-bytes';
import { annotationsPart } from './bundle-parts';
import {
  BUNDLE_VERSION,
  BundleHeader,
  BundleV1,
  BundleV2,
  BundleV3,
  BundleV4,
  upgradeV1,
  type ArticleRefT,
  type Bundle,
} from './bundle-schema';
import { importCorrections } from './corrections-part';
import { mergeBundledArticle, pairArticles } from './merge-corrections';
import { canonicalText } from '../annotations/article-text';
import { writeTransaction } from '../db/write-transaction';
import { storedSourceText } from '../pages/source-text';
import { writeSpans, type StoredSpans } from '../page-view/stored-spans';
import { pageTextHash } from '../pages/text-identity';
import { mergeDecisions } from '../page-view/page-structure-store';

/**
 * Parses and checks a bundle's text: wrong format, a newer version and malformed data are typed
 * errors. A byte-order mark (Windows Notepad saves one) is tolerated. A bad record is named by its
 * place and field (`annotations[3].colour`), so the sender can find it.
 */
export function parseBundle(text: string): Result<Bundle> {
  let raw: unknown;
  try {
    // Editors' tools (Notepad, some exporters) start UTF-8 files with a BOM; JSON.parse refuses it.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return err('invalid-input', 'JSON');
  }
  const header = BundleHeader.safeParse(raw);
  if (!header.success) return err('invalid-input', '不是剪报数据包 / not a Jianbao bundle');
  if (header.data.version > BUNDLE_VERSION)
    return err('unavailable', `数据包版本 ${header.data.version} 较新,请升级剪报 / bundle version too new`);
  const schemas = { 1: BundleV1, 2: BundleV2, 3: BundleV3 } as const;
  const version = header.data.version;
  const schema = version in schemas ? schemas[version as keyof typeof schemas] : BundleV4;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return err('invalid-input', describeIssue(parsed.error.issues[0]));
  const data = parsed.data;
  const current = data.version === 1 ? upgradeV1(data) : data;
  // Records before version 4 are checked like version 4's: the fields were the same, only unchecked.
  const annotations = BundleV4.shape.annotations.safeParse(current.annotations);
  if (!annotations.success)
    return err('invalid-input', describeIssue(annotations.error.issues[0], ['annotations']));
  return ok({ ...current, version: BUNDLE_VERSION, annotations: annotations.data });
}

/** `记录 annotations[3] 字段 colour: …`: the record and field a bad bundle got wrong. */
function describeIssue(
  issue: { path: readonly PropertyKey[]; message: string } | undefined,
  prefix: PropertyKey[] = [],
): string {
  if (!issue) return 'bundle';
  const path = [...prefix, ...issue.path];
  const index = path.findIndex((p) => typeof p === 'number');
  if (index < 0) return `${path.map(String).join('.') || 'bundle'}: ${issue.message}`;
  const record = `${path.slice(0, index).map(String).join('.')}[${String(path[index])}]`;
  const field =
    path
      .slice(index + 1)
      .map(String)
      .join('.') || '(record)';
  return `记录 ${record} 字段 ${field}: ${issue.message} / record ${record} field ${field}`;
}

/**
 * The first page whose bundled bytes or text do not hash to its `contentHash`. Checked before
 * anything is written: matching trusts the hash, so a wrong one would attach the bundle's tags and
 * annotations to another page, or store foreign text under the real page's hash for ever.
 */
function mismatchedPage(bundle: Bundle): Bundle['pages'][number] | undefined {
  return bundle.pages.find((p) =>
    p.sourceBytes !== undefined
      ? !bytesProveHash(Buffer.from(p.sourceBytes, 'base64'), p.sourceText, p.contentHash)
      : !textProvesHash(p.sourceText, p.encoding, p.contentHash),
  );
}

/**
 * Imports a bundle in one transaction. Pages are matched by content hash, tags by name; every
 * insert is OR IGNORE or checked first, so a second import of the same bundle adds nothing. A new
 * page arrives with its articles as the sender had them (corrected text, split and merged) and
 * their histories. On a page already here, each bundled article is paired with its local one and
 * its correction merged without overwriting the editor's (merge-corrections.ts). Annotations then
 * anchor on the local text by re-anchoring from the bundle's text. A page that fails its hash check
 * refuses the whole bundle.
 */
export function importBundle(db: Db, bundle: Bundle, now = new Date()): Result<BundleImportReportT> {
  const bad = mismatchedPage(bundle);
  if (bad) return err('bundle-page-mismatch', `${bad.fileName} (${bad.contentHash.slice(0, 12)}…)`);
  const report: BundleImportReportT = {
    pagesAdded: 0,
    pagesExisting: 0,
    articlesAdded: 0,
    tagsCreated: 0,
    tagLinksAdded: 0,
    annotationsAdded: 0,
    annotationsUpdated: 0,
    correctionsAdded: 0,
    conflicts: [],
  };
  return writeTransaction(db, (): Result<BundleImportReportT> => {
    const articleIds = new Map<string, number>();
    const createdIds = new Map<string, number>();
    const key = (r: ArticleRefT) => `${r.page}:${r.ordinal}`;
    const historyByKey = new Map(bundle.corrections.map((c) => [key(c.article), c]));
    const bundleTexts = new Map<string, string>();
    const merges: { articleId: number; page: string; theirs: Bundle['pages'][number]['articles'][number] }[] =
      [];
    const byHash = db.prepare('SELECT id FROM pages WHERE content_hash = ?').pluck();
    const insertPage = db.prepare(
      `INSERT INTO pages (file_name, content_hash, encoding, source_text, source_deflated, paper, date, page_label,
         section, furniture, warnings, imported_at, source_bytes, text_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertArticle = db.prepare(
      `INSERT INTO articles (page_id, ordinal, kind, kicker, headline, subheadline, source, bylines, paragraphs,
         continued, spans, text_version, corrected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const pageArticles = db.prepare('SELECT ordinal, id FROM articles WHERE page_id = ?');
    for (const p of bundle.pages) {
      for (const a of p.articles)
        bundleTexts.set(`${p.contentHash}:${a.ordinal}`, canonicalText(a.paragraphs));
      let pageId = byHash.get(p.contentHash) as number | undefined;
      // Structure fixes are kept under the local page's file name (the same page may be named otherwise here).
      const localName =
        pageId === undefined
          ? p.fileName
          : (db.prepare('SELECT file_name FROM pages WHERE id = ?').pluck().get(pageId) as string);
      mergeDecisions(db, localName, p.structure ?? [], now.toISOString());
      if (pageId !== undefined) {
        report.pagesExisting++;
        const pairs = pairArticles(db, pageId, p, (ordinal) =>
          historyByKey.get(`${p.contentHash}:${ordinal}`),
        );
        const paired = new Set(pairs.values());
        // An unpaired article falls back to its ordinal (if that local article is not another's
        // pair): its highlights then re-anchor by quote or become orphans, never silently dropped.
        for (const r of pageArticles.all(pageId) as { ordinal: number; id: number }[])
          if (!paired.has(r.id)) articleIds.set(`${p.contentHash}:${r.ordinal}`, r.id);
        for (const a of p.articles) {
          const id = pairs.get(a.ordinal);
          if (id === undefined) continue;
          articleIds.set(`${p.contentHash}:${a.ordinal}`, id);
          merges.push({ articleId: id, page: p.contentHash, theirs: a });
        }
        continue;
      }
      const m = p.meta;
      const stored = storedSourceText(p.sourceText);
      pageId = Number(
        insertPage.run(
          p.fileName,
          p.contentHash,
          p.encoding,
          stored.source_text,
          stored.source_deflated,
          m.paper,
          m.date,
          m.pageLabel,
          m.section,
          JSON.stringify(p.furniture),
          JSON.stringify(p.warnings),
          p.importedAt,
          p.sourceBytes === undefined ? null : Buffer.from(p.sourceBytes, 'base64'),
          pageTextHash(p.sourceText),
        ).lastInsertRowid,
      );
      report.pagesAdded++;
      for (const a of p.articles) {
        const id = insertArticle.run(
          pageId,
          a.ordinal,
          a.kind,
          a.kicker,
          a.headline,
          a.subheadline,
          a.source,
          JSON.stringify(a.bylines),
          JSON.stringify(a.paragraphs),
          a.continued,
          writeSpans((a.spans ?? {}) as StoredSpans),
          a.textVersion,
          a.corrected ? 1 : 0,
        ).lastInsertRowid;
        createdIds.set(`${p.contentHash}:${a.ordinal}`, Number(id));
        articleIds.set(`${p.contentHash}:${a.ordinal}`, Number(id));
        report.articlesAdded++;
      }
    }
    const idOf = (r: ArticleRefT): number | null => articleIds.get(key(r)) ?? null;

    const link = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    for (const t of bundle.tags) {
      const { tag, created } = importTag(db, t, now);
      if (created) report.tagsCreated++;
      for (const ref of t.articles) {
        const id = idOf(ref);
        if (id !== null) report.tagLinksAdded += link.run(id, tag.id).changes;
      }
    }
    if (bundle.collection && bundle.collection.manualOrder.length > 0) {
      const tag = findTag(db, bundle.collection.tag);
      const hasOrder =
        tag && db.prepare('SELECT 1 FROM tag_order WHERE tag_id = ? LIMIT 1').get(tag.id) !== undefined;
      // A local hand order is the editor's own work: only an unordered collection takes the bundle's.
      if (tag && !hasOrder) {
        const put = db.prepare(
          'INSERT OR IGNORE INTO tag_order (tag_id, article_id, position) VALUES (?, ?, ?)',
        );
        bundle.collection.manualOrder.forEach((ref, position) => {
          const id = idOf(ref);
          if (id !== null) put.run(tag.id, id, position);
        });
      }
    }
    // New articles take the bundle's whole history; articles already here merge its current text.
    report.correctionsAdded = importCorrections(
      db,
      bundle.corrections,
      (r) => createdIds.get(key(r)) ?? null,
    );
    const at = now.toISOString();
    for (const m of merges) {
      const merged = mergeBundledArticle(db, m.articleId, m.theirs, at);
      if (merged !== 'none') report.correctionsAdded++;
      if (merged === 'conflict')
        report.conflicts.push({
          kind: 'correction',
          id: historyByKey.get(key({ page: m.page, ordinal: m.theirs.ordinal }))?.versions.at(-1)?.uuid ?? '',
          article: m.theirs.headline ?? '',
          detail: m.theirs.headline?.slice(0, 40) ?? '',
        });
    }
    const annotations = annotationsPart.importRecords(
      db,
      bundle.annotations,
      idOf,
      (r) => bundleTexts.get(key(r)),
      now,
    );
    report.annotationsAdded = annotations.added;
    report.annotationsUpdated = annotations.updated;
    report.conflicts.push(...annotations.conflicts);
    return ok(report);
  });
}
