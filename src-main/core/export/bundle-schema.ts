/**
 * The Jianbao exchange bundle, version 1 (`export --format json`, `import-bundle FILE`).
 *
 * A bundle carries a collection from one archive to another, losslessly:
 * - `pages`: every page an exported article sits on, whole: original decoded text, page metadata
 *   and all its parsed articles with source spans. A page is identified by `contentHash`, the
 *   SHA-256 of the original file bytes, so the same newspaper page imported anywhere matches.
 * - an article is identified by `{ page: contentHash, ordinal }` (its position on that page).
 * - `selection`: the exported articles, in the collection's order.
 * - `tags`: tags with colour and the selected articles carrying each.
 * - `collection`: when a tag collection was exported, its name and hand order (if any).
 * - `annotations` / `corrections`: records keyed by article reference; empty until those
 *   modules plug into annotation-source.ts and bundle-parts.
 *
 * Import never duplicates: a page whose hash is already present is reused (its stored text wins),
 * tags are matched by name, links are set-unioned. Importing the same bundle twice changes nothing.
 * Versions: readers refuse a bundle with a higher `version` instead of guessing.
 */
import { z } from 'zod';
import { Byline, Kind, PageMeta } from '../../contract';

export const BUNDLE_FORMAT = 'jianbao-bundle';
export const BUNDLE_VERSION = 1;

export const ArticleRef = z.object({
  page: z.string().regex(/^[0-9a-f]{64}$/),
  ordinal: z.number().int().nonnegative(),
});

export const BundleArticle = z.object({
  ordinal: z.number().int().nonnegative(),
  kind: Kind,
  kicker: z.string().nullable(),
  headline: z.string().nullable(),
  subheadline: z.string().nullable(),
  source: z.string().nullable(),
  bylines: z.array(Byline),
  paragraphs: z.array(z.string()),
  continued: z.string().nullable(),
  /** Offsets into the page's `sourceText` per field (see core/parse/parsed-page.ts ArticleSpans). */
  spans: z.unknown(),
});

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
});

export const BundleTag = z.object({
  name: z.string().min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  articles: z.array(ArticleRef),
});

/** Hook records from annotations/corrections: the owning module defines the rest of the fields. */
export const BundleRecord = z.looseObject({ article: ArticleRef });

export const BundleHeader = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.number().int() });

export const BundleV1 = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
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

export type Bundle = z.infer<typeof BundleV1>;
export type ArticleRefT = z.infer<typeof ArticleRef>;
export type BundleRecordT = z.infer<typeof BundleRecord>;
