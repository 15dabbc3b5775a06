/**
 * Contract entries of the page view (版面对照, issue 11), kept in their own module so the shared
 * contract gains three lines only. Types derive from these schemas as everywhere else.
 */
import { z } from 'zod';

const Id = z.number().int().positive();

/** What a line of a page is: 引题, 主题, 副题, 消息头, 署名, 正文, 图片说明, 版面杂项. */
export const LINE_ROLES = [
  'kicker',
  'headline',
  'subheadline',
  'source',
  'byline',
  'body',
  'caption',
  'furniture',
] as const;
export const LineRole = z.enum(LINE_ROLES);

/** One line of the page's decoded text: which article it went to, in which role, and its warnings. */
export const PageLine = z.object({
  no: z.number().int().positive(),
  text: z.string(),
  articleId: Id.nullable(),
  role: LineRole.nullable(),
  warnings: z.array(z.string()),
});

export const PageRegion = z.object({
  articleId: Id,
  /** [x, y, width, height] in PDF points from the page's top-left corner. */
  rects: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
});

export const PageLayout = z.object({
  pageId: Id,
  fileName: z.string(),
  lines: z.array(PageLine),
  articles: z.array(
    z.object({
      id: Id,
      ordinal: z.number().int().nonnegative(),
      kind: z.enum(['article', 'photo', 'brief']),
      headline: z.string().nullable(),
    }),
  ),
  /** Parse warnings, each with the line it names (第N行) when it names one. */
  warnings: z.array(z.object({ text: z.string(), line: z.number().int().positive().nullable() })),
  /** Why the page needs an editor's look (待核对), or null. */
  review: z.string().nullable(),
  pdf: z
    .object({
      pageNo: z.number().int().positive(),
      width: z.number().positive(),
      height: z.number().positive(),
      regions: z.array(PageRegion),
    })
    .nullable(),
  /** Structure decisions saved for this page. */
  decisions: z.number().int().nonnegative(),
  /** Structure edits are possible (text pages; a PDF page's regions come from its rules, not its lines). */
  editable: z.boolean(),
});

export const RestructureAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('role'), role: LineRole }).strict(),
  z.object({ type: z.literal('start') }).strict(),
  z.object({ type: z.literal('merge') }).strict(),
  z.object({ type: z.literal('move'), articleId: Id }).strict(),
]);

/** A page as the 待核对 filter lists it (the library's PageSummary is not imported here to keep this module apart). */
export const ReviewPage = z.object({
  id: Id,
  fileName: z.string(),
  paper: z.string().nullable(),
  date: z.string().nullable(),
  pageLabel: z.string().nullable(),
  warnings: z.array(z.string()),
  /** Why the parse looks implausible (待核对:…), or null when the page only has warnings. */
  review: z.string().nullable(),
  articles: z.array(z.object({ id: Id, headline: z.string().nullable() })),
});

export const pageViewContract = {
  /** Pages that need an editor's look (warnings, implausible parses), newest first. */
  'library.review': {
    input: z
      .object({
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    result: z.object({ pages: z.array(ReviewPage), total: z.number().int().nonnegative() }),
  },
  'pages.layout': { input: z.object({ pageId: Id }).strict(), result: PageLayout },
  'pages.pdf': {
    input: z.object({ pageId: Id }).strict(),
    result: z.object({ base64: z.string(), pageNo: z.number().int().positive() }),
  },
  'pages.restructure': {
    input: z
      .object({
        pageId: Id,
        /** Lines of the page (1-based, as the page view numbers them). */
        lines: z.array(z.number().int().positive().max(1_000_000)).min(1).max(5000),
        action: RestructureAction,
      })
      .strict(),
    result: z.object({
      pageId: Id,
      /** The page's articles after the edit, in order. */
      articleIds: z.array(Id),
      /** Articles rebuilt or created by the edit (the reader re-reads these). */
      changed: z.array(Id),
      /** Of those, articles an editor had corrected: rebuilt from the source, the correction kept in history. */
      correctedRebuilt: z.number().int().nonnegative(),
    }),
  },
};

export type ReviewPageT = z.infer<typeof ReviewPage>;
export type PageLayoutT = z.infer<typeof PageLayout>;
export type PageLineT = z.infer<typeof PageLine>;
export type LineRoleT = z.infer<typeof LineRole>;
export type RestructureActionT = z.infer<typeof RestructureAction>;
