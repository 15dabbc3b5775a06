/**
 * The one list of operations any host (Electron IPC, browser HTTP, CLI) may serve.
 * Each entry: input schema (validated in main before the core sees it) and result schema.
 * Renderer types are derived from here with `import type`; nothing is declared twice.
 */
import { z } from 'zod';
import { pageViewContract } from './contract-page-view';

const op = <I extends z.ZodType, R extends z.ZodType>(def: { input: I; result: R }) => def;

const Id = z.number().int().positive();
const NullableText = z.string().nullable();

/**
 * Longest text each input field accepts. Far above anything printed on a page, far below what
 * stalls the host: a 3-million-character headline used to block search for seconds. Every string
 * in every input has a limit, and dispatch refuses lone surrogates in any of them (well-formed-text.ts).
 */
export const LIMITS = {
  kicker: 500,
  headline: 500,
  subheadline: 1000,
  source: 200,
  bylineRole: 50,
  bylineName: 200,
  paragraph: 200_000,
  /** All paragraphs of one article together. */
  articleText: 1_000_000,
  fileName: 512,
  /** One page file; a larger one is not a page of text (and would take seconds to parse). */
  pageFileBytes: 2 * 1024 * 1024,
  /** A newspaper PDF (e-paper pages run to tens of MB); its base64 still fits the browser host's body. */
  pdfFileBytes: 48 * 1024 * 1024,
} as const;

const LimitedText = (max: number) => z.string().max(max);

export const Kind = z.enum(['article', 'photo', 'brief']);
export const Byline = z.object({ role: z.string(), name: z.string() });
/** A byline as an editor may set it. */
const BylineInput = z.object({
  role: LimitedText(LIMITS.bylineRole),
  name: LimitedText(LIMITS.bylineName),
});

export const PageMeta = z.object({
  paper: NullableText,
  date: NullableText,
  pageLabel: NullableText,
  section: NullableText,
});

/** Page metadata as an editor may set it: blank clears a field; dates are ISO days. */
const metaText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));
export const EditablePageMeta = z.object({
  paper: metaText(100),
  date: metaText(10).refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), {
    message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD',
  }),
  pageLabel: metaText(20),
  section: metaText(60),
});

export const ArticleSummary = z.object({
  id: Id,
  ordinal: z.number().int().nonnegative(),
  kind: Kind,
  kicker: NullableText,
  headline: NullableText,
});

export const PageSummary = z.object({
  id: Id,
  fileName: z.string(),
  meta: PageMeta,
  importedAt: z.string(),
  warnings: z.array(z.string()),
  articles: z.array(ArticleSummary),
});

/** A branch of the library tree (a paper, a month YYYY-MM or a day) and what it holds; key null = unknown. */
export const LibraryGroup = z.object({
  key: NullableText,
  pages: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
});
/** Which branches to list: the papers, one paper's months, or one month's days. */
/** Keys of library branches as the core gave them (bounded like any input). */
const GroupKey = (max: number) => z.string().max(max).nullable();
export const LibraryLevel = z.discriminatedUnion('level', [
  z.object({ level: z.literal('papers') }).strict(),
  z.object({ level: z.literal('months'), paper: GroupKey(200) }).strict(),
  z.object({ level: z.literal('days'), paper: GroupKey(200), month: GroupKey(40) }).strict(),
]);
/** Keyset position in a day's pages (ordered by page label, file name, id). */
export const PageCursor = z
  .object({ pageLabel: GroupKey(200), fileName: z.string().max(512), id: Id })
  .strict();
/** An article beside another in reading order (library order, then page order). */
export const Neighbour = ArticleSummary.extend({ pageId: Id });

export const Article = z.object({
  id: Id,
  pageId: Id,
  ordinal: z.number().int().nonnegative(),
  kind: Kind,
  kicker: NullableText,
  headline: NullableText,
  subheadline: NullableText,
  source: NullableText,
  bylines: z.array(Byline),
  paragraphs: z.array(z.string()),
  continued: NullableText,
  page: z.object({ id: Id, fileName: z.string(), meta: PageMeta }),
});

export const ImportFile = z.object({
  name: z.string().min(1).max(LIMITS.fileName),
  /**
   * File bytes, base64: the host decodes nothing itself so every encoding reaches the parser intact.
   * Up to 4/3 of the page limit (base64) plus slack; the core refuses a larger page by name.
   */
  base64: z.string().max(Math.ceil((LIMITS.pdfFileBytes * 4) / 3) + 1024 * 1024),
});

/** Page details given with an import: the same limits as editing them (EditablePageMeta). */
const ImportMeta = z
  .object({
    paper: LimitedText(100).nullable(),
    date: LimitedText(10).nullable(),
    pageLabel: LimitedText(20).nullable(),
    section: LimitedText(60).nullable(),
  })
  .partial();

export const ImportReport = z.object({
  pages: z.number().int(),
  articles: z.number().int(),
  skipped: z.number().int(),
  replaced: z.number().int(),
  files: z.array(
    z.object({
      name: z.string(),
      /** duplicate: the same text (in any encoding or line endings) is already in the archive. */
      status: z.enum(['imported', 'replaced', 'unchanged', 'duplicate', 'failed']),
      pageId: Id.nullable(),
      articles: z.number().int(),
      warnings: z.array(z.string()),
      error: z.string().nullable(),
    }),
  ),
});

export const Stats = z.object({
  pages: z.number().int(),
  articles: z.number().int(),
  byKind: z.object({ article: z.number().int(), photo: z.number().int(), brief: z.number().int() }),
});

/** A tag name: segments joined by `/` (经济/长三角); a parent tag shows its children's articles. */
export const TagName = z.string().trim().min(1).max(120);
export const TagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const Tag = z.object({ id: Id, name: z.string(), color: z.string() });
export const TagWithCounts = Tag.extend({
  /** Articles tagged with this tag or any descendant (what the collection shows). */
  count: z.number().int().nonnegative(),
  /** Articles tagged with exactly this tag. */
  ownCount: z.number().int().nonnegative(),
});
/** Result of an archive-wide tag change; `undoId` feeds `tags.undo`. */
export const TagChange = z.object({ tag: Tag.nullable(), undoId: Id, affectedArticles: z.number().int() });
/** A deleted tag kept as its undo snapshot; `undoId` feeds `tags.restoreDeleted`. */
export const DeletedTag = z.object({
  undoId: Id,
  name: z.string(),
  color: z.string(),
  /** The tag and its children deleted with it. */
  tagCount: z.number().int().nonnegative(),
  /** Articles (still in the archive) that a restore gives the tag back. */
  articleCount: z.number().int().nonnegative(),
  deletedAt: z.string(),
});

export const SearchFilters = z
  .object({
    paper: z.string().max(200).optional(),
    dateFrom: z.string().max(10).optional(),
    dateTo: z.string().max(10).optional(),
    kind: Kind.optional(),
  })
  .strict();

export const CollectionRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tag'), tagId: Id }).strict(),
  z.object({ kind: z.literal('search'), searchId: Id }).strict(),
]);

export const SavedSearch = z.object({
  id: Id,
  name: z.string(),
  query: z.string(),
  filters: SearchFilters,
  count: z.number().int().nonnegative(),
});

export const CollectionArticle = ArticleSummary.extend({ pageId: Id, meta: PageMeta, manual: z.boolean() });

export const ExportFormat = z.enum([
  'md',
  'html',
  'pdf',
  'docx',
  'csv',
  'json',
  'w3c',
  'csl',
  'ris',
  'bibtex',
  'epub',
  'xlsx',
  'annotations-csv',
]);
export const ExportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('collection'), collection: CollectionRef }).strict(),
  z
    .object({ kind: z.literal('query'), query: z.string().max(2000), filters: SearchFilters.optional() })
    .strict(),
  z.object({ kind: z.literal('ids'), ids: z.array(Id).min(1).max(100_000) }).strict(),
]);
/** Renderer-chosen job id so it can poll progress and cancel while `export.run` is pending. */
export const JobId = z.string().regex(/^[\w-]{8,64}$/);

export const ExportFile = z.object({ name: z.string(), mime: z.string(), base64: z.string() });
export const ExportResult = z.object({
  articles: z.number().int(),
  /** Files for the renderer to download (deliver: 'return'); empty when saved by the host. */
  files: z.array(ExportFile),
  savedTo: z.string().nullable(),
});
export const ExportProgress = z.object({
  state: z.enum(['running', 'done', 'cancelled', 'failed', 'unknown']),
  done: z.number().int(),
  total: z.number().int(),
});

/** Something both archives edited differently; the local edit stayed, the bundle's went to history. */
export const BundleConflict = z.object({
  kind: z.enum(['annotation', 'correction']),
  /** The annotation's or correction's UUID. */
  id: z.string(),
  /** Headline of the article it belongs to. */
  article: z.string(),
  /** The highlighted words (annotations) or the bundle's headline (corrections), shortened. */
  detail: z.string(),
});

export const BundleImportReport = z.object({
  pagesAdded: z.number().int(),
  pagesExisting: z.number().int(),
  articlesAdded: z.number().int(),
  tagsCreated: z.number().int(),
  tagLinksAdded: z.number().int(),
  annotationsAdded: z.number().int(),
  /** Annotations already here (same UUID) that took the bundle's newer edit. */
  annotationsUpdated: z.number().int(),
  correctionsAdded: z.number().int(),
  conflicts: z.array(BundleConflict),
});

/** Offsets into an original string (UTF-16 code units), end exclusive. */
export const TextRange = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const SearchHit = z.object({
  id: Id,
  headline: NullableText,
  kind: Kind,
  /** Page label (A1) and page date as imported. */
  page: NullableText,
  paper: NullableText,
  date: NullableText,
  bylines: z.array(Byline),
  /** A window of the original body text around the first match. */
  snippet: z.string(),
  /** Matches in the headline, the snippet and each byline's name (one list per byline, in order). */
  highlights: z.object({
    headline: z.array(TextRange),
    snippet: z.array(TextRange),
    bylines: z.array(z.array(TextRange)),
  }),
  /** Higher is better (negated bm25, headline hits weighted above body hits). */
  score: z.number(),
});

export const SearchResult = z.object({
  total: z.number().int().nonnegative(),
  hits: z.array(SearchHit),
  /**
   * Present (true) when `total` is extrapolated: a common word with filters, whose exact count
   * costs far more than its first page; `search.count` answers it.
   */
  totalIsEstimate: z.literal(true).optional(),
});

/** Every match in one article, per field; `index` counts bylines and paragraphs. */
export const ArticleMatch = TextRange.extend({
  field: z.enum(['kicker', 'headline', 'subheadline', 'source', 'byline', 'paragraph']),
  index: z.number().int().nonnegative(),
});

export const SearchQueryText = z.string().max(1000);

/** Highlight colours, named so a colour means the same in every view (keys 1–5 in this order). */
export const Colour = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
export const AnnotationStatus = z.enum(['anchored', 'orphan']);

/**
 * A highlight with an optional note. Selectors (W3C TextQuoteSelector + TextPositionSelector) point
 * into the article's canonical text: body paragraphs joined by "\n\n", as of `textVersion`.
 */
export const Annotation = z.object({
  id: Id,
  articleId: Id,
  headline: NullableText,
  textVersion: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  colour: Colour,
  note: z.string(),
  status: AnnotationStatus,
  /** Names of the tags put on this annotation, sorted; full paths (经济/长三角). */
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: NullableText,
});

const Note = z.string().max(20_000);
/** A selection in the reader; `exact` is checked against the stored text so a stale view cannot annotate. */
const Selection = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1).max(100_000),
};

export const ArticleVersion = z.object({
  version: z.number().int().positive(),
  reason: z.enum(['parsed', 'correction', 'revert', 'split', 'merge', 'reimport', 'bundle', 'structure']),
  createdAt: z.string(),
  kicker: NullableText,
  headline: NullableText,
  subheadline: NullableText,
  /** Null for versions of an article merged away before the label was kept in history. */
  source: NullableText,
  bylines: z.array(Byline),
  paragraphs: z.array(z.string()),
});

/** What a text change did to the article's annotations. */
export const CorrectionResult = z.object({
  articleId: Id,
  textVersion: z.number().int().positive(),
  anchored: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
});

export const HistoryStep = z.object({ label: z.string(), articleIds: z.array(Id) });

/** People and the 稿件统计 report (core/people). */
const IsoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD',
});
export const ReportFilters = z
  .object({
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    paper: z.string().trim().min(1).max(100).optional(),
    /** 版次 as printed on the page (A1, 第3版). */
    pageLabel: z.string().trim().min(1).max(20).optional(),
    section: z.string().trim().min(1).max(60).optional(),
    /** A counted role (记者, 通讯员, 摄影, 作者…): only pieces where the person had that role. */
    role: z.string().trim().min(1).max(20).optional(),
    kind: Kind.optional(),
    /** Characters of a shared piece: divided evenly among its names (default) or credited in full to each. */
    chars: z.enum(['split', 'full']).optional(),
  })
  .strict();
export const ReportPerson = z.object({
  personId: Id,
  name: z.string(),
  /** The person's other names (merged aliases). */
  aliases: z.array(z.string()),
  roles: z.record(z.string(), z.number().int()),
  pieces: z.number().int(),
  shared: z.number().int(),
  chars: z.number().int(),
  photos: z.number().int(),
  frontPage: z.number().int(),
  byMonth: z.record(z.string(), z.number().int()),
});
export const BylineReport = z.object({
  from: NullableText,
  to: NullableText,
  people: z.array(ReportPerson),
  /** Months with pieces, ascending (YYYY-MM). */
  months: z.array(z.string()),
  /** Pieces in the range with no byline at all. */
  unsigned: z.number().int(),
});
export const PersonSummary = z.object({
  id: Id,
  name: z.string(),
  aliases: z.array(z.object({ name: z.string(), pieces: z.number().int() })),
  pieces: z.number().int(),
});
export const PieceSummary = z.object({
  articleId: Id,
  headline: NullableText,
  kind: Kind,
  date: NullableText,
  paper: NullableText,
  pageLabel: NullableText,
});
export const PersonPiece = PieceSummary.extend({ roles: z.array(z.string()), shared: z.boolean() });
/** Result of a merge or split; `undoId` feeds `people.undo`. */
export const PersonChange = z.object({ person: PersonSummary, undoId: Id });
const Page = {
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).optional(),
};
/** A deleted page or article, restorable with everything that went with it. */
export const TrashEntry = z.object({
  trashId: Id,
  kind: z.enum(['page', 'article']),
  /** Paper, date and page label of a page; an article's headline. */
  label: z.string(),
  articles: z.number().int().nonnegative(),
  /** Live annotations that went with it (and come back with a restore). */
  annotations: z.number().int().nonnegative(),
  deletedAt: z.string(),
});

const IsoDayLoose = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
  message: '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD',
});

/** Unsaved form contents kept as the editor types (core/drafts): a correction or an annotation's note. */
export const CorrectionDraftBody = z
  .object({
    kicker: LimitedText(LIMITS.kicker),
    headline: LimitedText(LIMITS.headline),
    subheadline: LimitedText(LIMITS.subheadline),
    source: LimitedText(LIMITS.source),
    /** One `role:name` a line, as the form shows them. */
    bylines: LimitedText(50 * (LIMITS.bylineRole + LIMITS.bylineName + 2)),
    paragraphs: z
      .array(LimitedText(LIMITS.paragraph))
      .max(2000)
      .refine((ps) => ps.reduce((n, p) => n + p.length, 0) <= LIMITS.articleText, {
        message: `正文总长不得超过 ${LIMITS.articleText} 字 / article text over ${LIMITS.articleText} characters`,
      }),
  })
  .strict();
export const DraftBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('correction'), correction: CorrectionDraftBody }).strict(),
  z.object({ kind: z.literal('note'), note: Note }).strict(),
]);
export const Draft = z.object({
  /** The article corrected, or the annotation whose note is edited. */
  targetId: Id,
  articleId: Id,
  /** The article's headline now, to list drafts by; null when it has none or has gone. */
  headline: NullableText,
  body: DraftBody,
  /** The article's text version when the draft was started: a later one means it changed since. */
  baseVersion: z.number().int().positive().nullable(),
  updatedAt: z.string(),
});
/** Where the editor left off: reopened at the next start, in any host. */
export const EditorSession = z
  .object({
    articleId: Id.nullable(),
    /** Reader scroll offset in CSS pixels. */
    scrollTop: z.number().int().min(0).max(100_000_000),
  })
  .strict();
/** A day with pages of one paper (an issue), for the calendar. */
export const Issue = z.object({
  date: IsoDayLoose,
  pages: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
});

export const contract = {
  /** The whole archive in one answer: kept for scripts; the app reads library.groups/pages instead. */
  'library.list': op({ input: z.object({}).strict(), result: z.array(PageSummary) }),
  'library.groups': op({ input: LibraryLevel, result: z.array(LibraryGroup) }),
  'library.pages': op({
    input: z
      .object({
        paper: GroupKey(200),
        date: GroupKey(40),
        after: PageCursor.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    result: z.object({ pages: z.array(PageSummary), next: PageCursor.nullable() }),
  }),
  'library.page': op({ input: z.object({ pageId: Id }).strict(), result: PageSummary }),
  'articles.neighbours': op({
    input: z.object({ id: Id }).strict(),
    result: z.object({ previous: Neighbour.nullable(), next: Neighbour.nullable() }),
  }),
  'article.get': op({ input: z.object({ id: Id }).strict(), result: Article }),
  'archive.stats': op({ input: z.object({}).strict(), result: Stats }),
  'search.query': op({
    input: z
      .object({
        query: SearchQueryText,
        limit: z.number().int().min(1).max(500).optional(),
        offset: z.number().int().min(0).max(1_000_000).optional(),
      })
      .strict(),
    result: SearchResult,
  }),
  /** The exact hit count of a query, asked for after a first page whose total was estimated. */
  'search.count': op({
    input: z.object({ query: SearchQueryText }).strict(),
    result: z.object({ total: z.number().int().nonnegative() }),
  }),
  'search.inArticle': op({
    input: z.object({ id: Id, query: SearchQueryText }).strict(),
    result: z.object({ matches: z.array(ArticleMatch) }),
  }),
  'pages.import': op({
    input: z
      .object({
        files: z.array(ImportFile).min(1).max(500),
        meta: ImportMeta.optional(),
      })
      .strict(),
    result: ImportReport,
  }),
  'pages.updateMeta': op({
    input: z.object({ pageId: Id, meta: EditablePageMeta.partial() }).strict(),
    result: PageSummary,
  }),
  'tags.list': op({ input: z.object({}).strict(), result: z.array(TagWithCounts) }),
  'tags.ofArticle': op({ input: z.object({ articleId: Id }).strict(), result: z.array(Tag) }),
  'tags.create': op({ input: z.object({ name: TagName, color: TagColor.optional() }).strict(), result: Tag }),
  'tags.recolor': op({ input: z.object({ tagId: Id, color: TagColor }).strict(), result: Tag }),
  'tags.apply': op({
    input: z.object({ tag: TagName, articleIds: z.array(Id).min(1).max(100_000) }).strict(),
    result: z.object({ tag: Tag, added: z.number().int() }),
  }),
  'tags.remove': op({
    input: z.object({ tagId: Id, articleIds: z.array(Id).min(1).max(100_000) }).strict(),
    result: z.object({ removed: z.number().int() }),
  }),
  'tags.annotate': op({
    input: z
      .object({
        tag: TagName,
        annotationIds: z.array(Id).min(1).max(100_000),
        remove: z.boolean().optional(),
      })
      .strict(),
    result: z.object({ tag: Tag, changed: z.number().int() }),
  }),
  'tags.rename': op({ input: z.object({ tagId: Id, name: TagName }).strict(), result: TagChange }),
  'tags.merge': op({ input: z.object({ sourceId: Id, targetId: Id }).strict(), result: TagChange }),
  'tags.delete': op({ input: z.object({ tagId: Id }).strict(), result: TagChange }),
  'tags.undo': op({
    input: z.object({ undoId: Id }).strict(),
    result: z.object({ restored: z.number().int() }),
  }),
  'tags.deleted': op({ input: z.object({}).strict(), result: z.array(DeletedTag) }),
  'tags.restoreDeleted': op({
    input: z.object({ undoId: Id }).strict(),
    /** `merged`: a tag of that name existed and received the links instead of being replaced. */
    result: z.object({ tag: Tag, merged: z.boolean(), linksAdded: z.number().int() }),
  }),
  'collections.list': op({
    input: z.object({}).strict(),
    result: z.object({ tags: z.array(TagWithCounts), searches: z.array(SavedSearch) }),
  }),
  'collections.saveSearch': op({
    input: z
      .object({
        name: z.string().trim().min(1).max(80),
        query: z.string().max(2000),
        filters: SearchFilters.optional(),
      })
      .strict(),
    result: SavedSearch,
  }),
  'collections.renameSearch': op({
    input: z.object({ searchId: Id, name: z.string().trim().min(1).max(80) }).strict(),
    result: SavedSearch,
  }),
  'collections.deleteSearch': op({
    input: z.object({ searchId: Id }).strict(),
    result: z.object({ deleted: z.boolean() }),
  }),
  'collections.articles': op({
    input: z.object({ collection: CollectionRef }).strict(),
    result: z.array(CollectionArticle),
  }),
  'collections.reorder': op({
    input: z.object({ collection: CollectionRef, articleIds: z.array(Id).max(100_000) }).strict(),
    result: z.object({ ordered: z.number().int() }),
  }),
  'export.run': op({
    input: z
      .object({
        jobId: JobId.optional(),
        source: ExportSource,
        format: ExportFormat,
        layout: z.enum(['single', 'folder']).optional(),
        title: z.string().max(200).optional(),
        /** Markdown highlights: `==mark==` (Obsidian, default) or `<mark>` (CommonMark viewers). */
        mark: z.enum(['equals', 'html']).optional(),
        /** 'return': files come back to the renderer; 'save-dialog': the desktop host asks where and writes. */
        deliver: z.enum(['return', 'save-dialog']).optional(),
      })
      .strict(),
    result: ExportResult,
  }),
  'export.progress': op({ input: z.object({ jobId: JobId }).strict(), result: ExportProgress }),
  'export.cancel': op({
    input: z.object({ jobId: JobId }).strict(),
    result: z.object({ cancelled: z.boolean() }),
  }),
  /** GB/T 7714 reference of an article, and with `quote` the 复制引用 text (quote, then reference). */
  'export.citation': op({
    input: z.object({ articleId: Id, quote: z.string().max(5000).optional() }).strict(),
    result: z.object({ citation: z.string(), text: z.string() }),
  }),
  'bundle.import': op({
    input: z
      .object({
        json: z
          .string()
          .min(2)
          .max(64 * 1024 * 1024),
      })
      .strict(),
    result: BundleImportReport,
  }),
  'annotations.list': op({
    input: z
      .object({
        /** active: anchored, not deleted; orphans: lost their text, not deleted; trash: deleted. */
        view: z.enum(['active', 'orphans', 'trash']).default('active'),
        articleId: Id.optional(),
        colour: Colour.optional(),
        tagId: Id.optional(),
        text: z.string().max(200).optional(),
        limit: z.number().int().positive().max(10_000).default(2000),
      })
      .strict(),
    result: z.array(Annotation),
  }),
  'annotations.create': op({
    input: z.object({ articleId: Id, ...Selection, colour: Colour, note: Note.optional() }).strict(),
    result: Annotation,
  }),
  'annotations.update': op({
    input: z.object({ id: Id, colour: Colour.optional(), note: Note.optional() }).strict(),
    result: Annotation,
  }),
  'annotations.delete': op({ input: z.object({ id: Id }).strict(), result: Annotation }),
  'annotations.restore': op({ input: z.object({ id: Id }).strict(), result: Annotation }),
  'annotations.reattach': op({
    input: z.object({ id: Id, articleId: Id, ...Selection }).strict(),
    result: Annotation,
  }),
  'article.correct': op({
    input: z
      .object({
        articleId: Id,
        kicker: LimitedText(LIMITS.kicker).nullable().optional(),
        headline: LimitedText(LIMITS.headline).nullable().optional(),
        subheadline: LimitedText(LIMITS.subheadline).nullable().optional(),
        /** The source label (晚报讯). */
        source: LimitedText(LIMITS.source).nullable().optional(),
        bylines: z.array(BylineInput).max(50).optional(),
        paragraphs: z
          .array(LimitedText(LIMITS.paragraph))
          .min(1)
          .max(2000)
          .refine((ps) => ps.reduce((n, p) => n + p.length, 0) <= LIMITS.articleText, {
            message: `正文总长不得超过 ${LIMITS.articleText} 字 / article text over ${LIMITS.articleText} characters`,
          })
          .optional(),
      })
      .strict(),
    result: CorrectionResult,
  }),
  'article.history': op({
    input: z.object({ articleId: Id }).strict(),
    result: z.object({
      textVersion: z.number().int().positive(),
      corrected: z.boolean(),
      versions: z.array(ArticleVersion),
    }),
  }),
  'article.revert': op({
    input: z.object({ articleId: Id, version: z.number().int().positive() }).strict(),
    result: CorrectionResult,
  }),
  'article.split': op({
    input: z.object({ articleId: Id, atParagraph: z.number().int().positive() }).strict(),
    result: z.object({ articleIds: z.tuple([Id, Id]) }),
  }),
  'article.merge': op({
    input: z.object({ articleId: Id, nextArticleId: Id }).strict(),
    result: CorrectionResult,
  }),
  'drafts.save': op({
    input: z
      .object({
        targetId: Id,
        articleId: Id,
        body: DraftBody,
        baseVersion: z.number().int().positive().nullable(),
      })
      .strict(),
    result: Draft,
  }),
  'drafts.list': op({ input: z.object({ articleId: Id.optional() }).strict(), result: z.array(Draft) }),
  'drafts.discard': op({
    input: z.object({ kind: z.enum(['correction', 'note']), targetId: Id }).strict(),
    result: z.object({ discarded: z.boolean() }),
  }),
  'session.get': op({ input: z.object({}).strict(), result: EditorSession }),
  'session.save': op({ input: EditorSession, result: EditorSession }),
  'library.issues': op({
    input: z.object({ paper: GroupKey(200), from: IsoDayLoose, to: IsoDayLoose }).strict(),
    result: z.array(Issue),
  }),
  'library.adjacentIssue': op({
    input: z
      .object({ paper: GroupKey(200), date: IsoDayLoose, direction: z.enum(['previous', 'next', 'nearest']) })
      .strict(),
    result: Issue.nullable(),
  }),
  'pages.delete': op({ input: z.object({ pageId: Id }).strict(), result: TrashEntry }),
  'article.delete': op({ input: z.object({ articleId: Id }).strict(), result: TrashEntry }),
  'trash.list': op({ input: z.object({}).strict(), result: z.array(TrashEntry) }),
  'trash.restore': op({
    input: z.object({ trashId: Id }).strict(),
    result: z.object({
      kind: z.enum(['page', 'article']),
      pageId: Id,
      articleIds: z.array(Id),
      annotations: z.number().int().nonnegative(),
      /** Tag links whose tag was deleted meanwhile. */
      linksLost: z.number().int().nonnegative(),
    }),
  }),
  'trash.empty': op({
    input: z.object({ trashId: Id.optional() }).strict(),
    result: z.object({ removed: z.number().int().nonnegative() }),
  }),
  'history.undo': op({ input: z.object({}).strict(), result: HistoryStep.nullable() }),
  'history.redo': op({ input: z.object({}).strict(), result: HistoryStep.nullable() }),
  'history.state': op({
    input: z.object({}).strict(),
    result: z.object({ undo: z.string().nullable(), redo: z.string().nullable() }),
  }),
  'people.list': op({
    input: z.object({ query: z.string().max(40).optional(), ...Page }).strict(),
    result: z.object({ total: z.number().int(), people: z.array(PersonSummary) }),
  }),
  'people.get': op({
    input: z.object({ personId: Id, ...Page }).strict(),
    result: z.object({ person: PersonSummary, total: z.number().int(), pieces: z.array(PersonPiece) }),
  }),
  'people.merge': op({
    input: z.object({ sourceIds: z.array(Id).min(1).max(100), targetId: Id }).strict(),
    result: PersonChange,
  }),
  'people.split': op({
    input: z.object({ personId: Id, name: z.string().min(1).max(40) }).strict(),
    result: PersonChange,
  }),
  'people.undo': op({
    input: z.object({ undoId: Id }).strict(),
    result: z.object({ personIds: z.array(Id) }),
  }),
  'report.bylines': op({ input: ReportFilters, result: BylineReport }),
  'report.unsigned': op({
    input: z.object({ filters: ReportFilters, ...Page }).strict(),
    result: z.object({ total: z.number().int(), pieces: z.array(PieceSummary) }),
  }),
  'report.export': op({
    input: z
      .object({
        filters: ReportFilters,
        format: z.enum(['csv', 'xlsx', 'pdf', 'html']),
        deliver: z.enum(['return', 'save-dialog']).optional(),
      })
      .strict(),
    result: ExportResult,
  }),
  ...pageViewContract,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type Input<N extends OperationName> = z.infer<Contract[N]['input']>;
export type Output<N extends OperationName> = z.infer<Contract[N]['result']>;

export type ArticleT = z.infer<typeof Article>;
export type PageSummaryT = z.infer<typeof PageSummary>;
export type ArticleSummaryT = z.infer<typeof ArticleSummary>;
export type LibraryGroupT = z.infer<typeof LibraryGroup>;
export type LibraryLevelT = z.infer<typeof LibraryLevel>;
export type PageCursorT = z.infer<typeof PageCursor>;
export type NeighbourT = z.infer<typeof Neighbour>;
export type ImportReportT = z.infer<typeof ImportReport>;
export type StatsT = z.infer<typeof Stats>;
export type AnnotationT = z.infer<typeof Annotation>;
export type ColourT = z.infer<typeof Colour>;
export type ArticleVersionT = z.infer<typeof ArticleVersion>;
export type CorrectionResultT = z.infer<typeof CorrectionResult>;
export type HistoryStepT = z.infer<typeof HistoryStep>;
export type TrashEntryT = z.infer<typeof TrashEntry>;
export type DraftT = z.infer<typeof Draft>;
export type DraftBodyT = z.infer<typeof DraftBody>;
export type CorrectionDraftBodyT = z.infer<typeof CorrectionDraftBody>;
export type EditorSessionT = z.infer<typeof EditorSession>;
export type IssueT = z.infer<typeof Issue>;
export type SearchHitT = z.infer<typeof SearchHit>;
export type SearchResultT = z.infer<typeof SearchResult>;
export type ArticleMatchT = z.infer<typeof ArticleMatch>;
export type TextRangeT = z.infer<typeof TextRange>;

export type TagT = z.infer<typeof Tag>;
export type TagWithCountsT = z.infer<typeof TagWithCounts>;
export type TagChangeT = z.infer<typeof TagChange>;
export type DeletedTagT = z.infer<typeof DeletedTag>;
export type SearchFiltersT = z.infer<typeof SearchFilters>;
export type CollectionRefT = z.infer<typeof CollectionRef>;
export type SavedSearchT = z.infer<typeof SavedSearch>;
export type CollectionArticleT = z.infer<typeof CollectionArticle>;
export type ExportFormatT = z.infer<typeof ExportFormat>;
export type ExportSourceT = z.infer<typeof ExportSource>;
export type ExportResultT = z.infer<typeof ExportResult>;
export type ExportProgressT = z.infer<typeof ExportProgress>;
export type BundleImportReportT = z.infer<typeof BundleImportReport>;
export type BundleConflictT = z.infer<typeof BundleConflict>;
export type ReportFiltersT = z.infer<typeof ReportFilters>;
export type BylineReportT = z.infer<typeof BylineReport>;
export type ReportPersonT = z.infer<typeof ReportPerson>;
export type PersonSummaryT = z.infer<typeof PersonSummary>;
export type PersonPieceT = z.infer<typeof PersonPiece>;
export type PieceSummaryT = z.infer<typeof PieceSummary>;
export type PersonChangeT = z.infer<typeof PersonChange>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
