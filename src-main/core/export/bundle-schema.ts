/**
 * The Jianbao exchange bundle (`export --format json`, `import-bundle FILE`). Current version: 3.
 *
 * A bundle carries a collection from one archive to another, losslessly:
 * - `pages`: every page an exported article sits on, whole: original decoded text, page metadata
 *   and all its articles *as they now are* (corrected text, splits and merges applied), with
 *   `textVersion` and `corrected`. A page is identified by `contentHash`, the SHA-256 of the
 *   original file bytes, so the same newspaper page imported anywhere matches. The parsed original
 *   is the page source (`sourceText`, spans point into it) plus each corrected article's history.
 * - `sourceBytes` (base64, optional): the original file, present only when `sourceText` re-encoded
 *   in `encoding` (LF or CRLF) does not reproduce `contentHash`. Import recomputes the hash from
 *   these bytes or that text and refuses the whole bundle (`bundle-page-mismatch`, naming the file
 *   and hash) when it does not match: a wrong hash would otherwise shadow the real page for ever.
 * - an article is identified by `{ page: contentHash, ordinal }` (its position on that page now).
 * - `selection`: the exported articles, in the collection's order.
 * - `tags`: tags with colour and the selected articles carrying each.
 * - `collection`: when a tag collection was exported, its name and hand order (if any).
 * - `annotations`: live anchored highlights of the selected articles, with W3C quote and position
 *   selectors on the article's current (corrected) text, note, colour and tags.
 * - `corrections`: for every article of the bundled pages that has a history, all its versions
 *   (`parsed` original first, then `correction`, `revert`, `split`, `merge`, `reimport`, `bundle`), each with
 *   the full editable fields. The history of an article merged away has no article to hang on and
 *   stays behind; its words live on in the article it was merged into.
 *
 * Import never duplicates: a page whose hash is already present is reused, tags are matched by
 * name, links are set-unioned. Importing the same bundle twice changes nothing.
 * On a page already present, articles are matched by ordinal and parsed headline (see
 * merge-corrections.ts): a bundled correction of an article nobody corrected here becomes its text
 * (history reason `bundle`); when both sides corrected it differently the local text stays and the
 * bundle's becomes a `bundle` version in its history, ready to revert to. Highlights are then placed
 * on the local text by the normal re-anchoring (position, quote, fuzzy quote, else orphan).
 * Version 4 gives annotations, tags and correction versions a `uuid` (their stable identity in
 * every archive): an annotation arriving again with the same UUID updates the local copy when its
 * `updatedAt` is newer (the replaced state goes to annotation_versions) and is listed as a
 * conflict, kept only in history, when the local edit is newer. Tags match by UUID, then by name.
 * Every annotation record is checked field by field, so a bad one is named, not an internal error.
 * A page may carry `structure`: the editor's page-view fixes of its structure, kept by the receiving
 * archive so a later re-import of the file there applies them too.
 * Versions: readers refuse a bundle with a higher `version` instead of guessing. Version 3 added the
 * history reason `bundle`; version 2 is otherwise identical and read as is. Version 1 (no
 * `textVersion`/`corrected`/`sourceBytes`, corrections always empty) is still read: its articles
 * import as uncorrected at text version 1.
 */
import { z } from 'zod';
import { Byline, Kind, LIMITS, PageMeta } from '../../contract';
import { LineRole } from '../../contract-page-view';

export const BUNDLE_FORMAT = 'jianbao-bundle';
export const BUNDLE_VERSION = 4;

export const ArticleRef = z.object({
  page: z.string().regex(/^[0-9a-f]{64}$/),
  ordinal: z.number().int().nonnegative(),
});

export const BundleArticle = z.object({
  ordinal: z.number().int().nonnegative(),
  kind: Kind,
  // Parsed text may exceed what an editor may type (a page without line breaks), so one generous
  // limit per field: enough to refuse a multi-megabyte headline that would stall search.
  kicker: z.string().max(LIMITS.paragraph).nullable(),
  headline: z.string().max(LIMITS.paragraph).nullable(),
  subheadline: z.string().max(LIMITS.paragraph).nullable(),
  source: z.string().max(LIMITS.paragraph).nullable(),
  bylines: z.array(Byline),
  paragraphs: z.array(z.string().max(LIMITS.paragraph)),
  continued: z.string().nullable(),
  /** Offsets into the page's `sourceText` per field (see core/parse/parsed-page.ts ArticleSpans). */
  spans: z.unknown(),
});

const BundleLineKey = z.object({
  text: z.string().max(LIMITS.paragraph),
  occurrence: z.number().int().nonnegative(),
  lineNo: z.number().int().nonnegative(),
});

/** An editor's fix of the page's structure on the page view (parse/structure/structure-types.ts). */
export const BundleStructureDecision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('role'), line: BundleLineKey, role: LineRole }),
  z.object({ action: z.literal('start'), line: BundleLineKey }),
  z.object({ action: z.literal('merge'), line: BundleLineKey }),
  z.object({ action: z.literal('move'), line: BundleLineKey, target: BundleLineKey }),
]);

export const BundlePage = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  encoding: z.string(),
  sourceText: z.string(),
  meta: PageMeta,
  furniture: z.array(z.unknown()),
  warnings: z.array(z.string()),
  importedAt: z.string(),
  articles: z.array(BundleArticle),
  /**
   * Structure decisions saved for the page (the page view), in the order they were made. Optional:
   * bundles without them read as before; the receiving archive keeps them for its own re-imports.
   */
  structure: z.array(BundleStructureDecision).max(10_000).optional(),
});

export const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const BundleTag = z.object({
  uuid: Uuid.optional(),
  name: z.string().min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  articles: z.array(ArticleRef),
});

/** Hook records from annotations/corrections: the owning module defines the rest of the fields. */
export const BundleRecord = z.looseObject({ article: ArticleRef });

/** One state of an article's editable fields (see core/corrections/article-content.ts). */
export const BundleVersion = z.object({
  uuid: Uuid.optional(),
  version: z.number().int().positive(),
  reason: z.enum(['parsed', 'correction', 'revert', 'split', 'merge', 'reimport', 'bundle', 'structure']),
  createdAt: z.string(),
  // Parsed text may exceed what an editor may type (a page without line breaks), so one generous
  // limit per field: enough to refuse a multi-megabyte headline that would stall search.
  kicker: z.string().max(LIMITS.paragraph).nullable(),
  headline: z.string().max(LIMITS.paragraph).nullable(),
  subheadline: z.string().max(LIMITS.paragraph).nullable(),
  source: z.string().max(LIMITS.paragraph).nullable(),
  bylines: z.array(Byline),
  paragraphs: z.array(z.string().max(LIMITS.paragraph)),
});

export const BundleCorrection = z.object({ article: ArticleRef, versions: z.array(BundleVersion).min(1) });

export const BundleHeader = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.number().int() });

export const BundleV1 = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  title: z.string(),
  generator: z.string(),
  pages: z.array(BundlePage),
  selection: z.array(ArticleRef),
  tags: z.array(BundleTag),
  collection: z.object({ tag: z.string(), manualOrder: z.array(ArticleRef) }).nullable(),
  annotations: z.array(BundleRecord),
  corrections: z.array(BundleRecord),
});

export const BundleArticleV2 = BundleArticle.extend({
  textVersion: z.number().int().positive(),
  corrected: z.boolean(),
});

export const BundlePageV2 = BundlePage.extend({
  sourceBytes: z.string().optional(),
  articles: z.array(BundleArticleV2),
});

export const BundleV2 = BundleV1.extend({
  version: z.literal(2),
  pages: z.array(BundlePageV2),
  corrections: z.array(BundleCorrection),
});

/** Same shape as version 2; the number changed because histories may now say `bundle`. */
export const BundleV3 = BundleV2.extend({ version: z.literal(3) });

/** A highlight: W3C quote and position selectors on the article's current text, note, colour, tags. */
export const BundleAnnotation = z.object({
  article: ArticleRef,
  uuid: Uuid.optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  colour: z.enum(['yellow', 'green', 'blue', 'pink', 'purple']),
  note: z.string(),
  createdAt: z.string().min(1),
  updatedAt: z.string().min(1),
  tags: z.array(z.string().min(1)).default([]),
});

export const BundleV4 = BundleV3.extend({
  version: z.literal(BUNDLE_VERSION),
  annotations: z.array(BundleAnnotation),
});

export type Bundle = z.infer<typeof BundleV4>;
export type BundleTagT = z.infer<typeof BundleTag>;
export type BundleAnnotationT = z.infer<typeof BundleAnnotation>;
export type BundleCorrectionT = z.infer<typeof BundleCorrection>;

/** Reads a version-1 bundle as the current one: articles uncorrected at text version 1, no history. */
export function upgradeV1(b: z.infer<typeof BundleV1>): z.infer<typeof BundleV3> {
  return {
    ...b,
    version: 3,
    pages: b.pages.map((p) => ({
      ...p,
      articles: p.articles.map((a) => ({ ...a, textVersion: 1, corrected: false })),
    })),
    corrections: [],
  };
}
export type ArticleRefT = z.infer<typeof ArticleRef>;
export type BundleRecordT = z.infer<typeof BundleRecord>;
