/**
 * The page parser: bytes of one extracted newspaper page → articles, photos, briefs and
 * furniture, with offsets from every stored field back to the decoded text. Bad input is an
 * error result (decode-failed, empty-page), never an exception; uncertain decisions are warnings.
 */
import { err, ok, type Result } from '../../result';
import type { ParseOptions, ParseOutcome } from './parsed-page';
import { decodePage } from './decode-page';
import { splitLines } from './split-lines';
import { classifyLine } from './classify-lines';
import { assembleArticles } from './assemble-articles';
import { finishDraft } from './article-draft';
import { resolvePageMeta } from './page-meta';
import { implausibility } from './page-plausibility';
import { readShape } from './shape/read-shape';
import { mapArticleSpans, mapSpanList, mapWarningLines } from './shape/map-spans';
import { applyStructure } from './structure/apply-structure';
import { parserLines } from './structure/parser-lines';

/** Opens the warning of a page the parser finds implausible; the library marks such pages 待核对. */
export const REVIEW_MARK = '待核对:';
const EMPTY_META = { paper: null, date: null, pageLabel: null, section: null };

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/u, '');
}

export function parsePage(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Result<ParseOutcome> {
  const page = baseName(fileName);
  const decoded = decodePage(bytes, page);
  if (!decoded.ok) return decoded;
  return parseText(decoded.value.text, decoded.value.encoding, decoded.value.warnings, page, options);
}

/**
 * One file, as many pages as it holds: pdftotext writes a multi-page PDF as pages separated by
 * form feeds (\f), and each is its own page of the archive, in order. A file with no form feed
 * (or only a trailing one) is one page, exactly as parsePage reads it.
 */
export function parsePages(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Result<ParseOutcome[]> {
  const page = baseName(fileName);
  const decoded = decodePage(bytes, page);
  if (!decoded.ok) return decoded;
  const { text, encoding, warnings } = decoded.value;
  const parts = text.split('\f').filter((t) => t.trim().length > 0);
  if (parts.length <= 1) {
    const one = parseText(text, encoding, warnings, page, options);
    return one.ok ? ok([one.value]) : one;
  }
  const out: ParseOutcome[] = [];
  for (const [k, part] of parts.entries()) {
    // Each page keeps its own text (spans point into it) and a name that says which page it was.
    const r = parseText(part, encoding, k === 0 ? warnings : [], `${page}#${k + 1}`, options);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}

/** A page's decoded text parsed again (the page view's structure edits); as parsePage, without decoding. */
export function parseDecodedText(
  text: string,
  encoding: string,
  page: string,
  options: ParseOptions = {},
): Result<ParseOutcome> {
  return parseText(text, encoding, [], page, options);
}

function parseText(
  text: string,
  encoding: string,
  decodeWarnings: string[],
  page: string,
  options: ParseOptions,
): Result<ParseOutcome> {
  const shaped = readShape(text, page, options.shape);
  if (!shaped.ok) return shaped;
  const { map, shape } = shaped.value;
  const lines = splitLines(map.text);
  if (lines.length === 0) return err('empty-page', page);

  const decisions =
    typeof options.structure === 'function' ? options.structure(page) : (options.structure ?? []);
  const assembled = applyStructure(lines, assembleArticles(lines.map(classifyLine)), decisions);
  const finished = assembled.drafts.map(finishDraft);
  const furniture = assembled.furniture.map((f) => f.item);
  // A page of nothing but headers and page numbers (an ad page's frame, a blank section) is valid,
  // but an editor importing it should know no article came out of it.
  const empty = finished.length === 0 ? ['全页只有版面信息,没有识别出文章'] : [];
  const articles = finished.map((f) => f.article);
  const review = implausibility(
    { page, encoding, meta: EMPTY_META, articles, furniture, warnings: [] },
    text.length,
  );
  return ok({
    parsed: {
      page,
      encoding,
      meta: resolvePageMeta(furniture, page, options.meta),
      articles,
      furniture,
      warnings: [
        ...(review ? [`${REVIEW_MARK}${review}`] : []),
        ...decodeWarnings,
        ...(map.identity ? assembled.warnings : mapWarningLines(map, text, assembled.warnings)),
        ...empty,
      ],
    },
    text,
    shape,
    review,
    spans: finished.map((f) => (map.identity ? f.spans : mapArticleSpans(map, f.spans))),
    furnitureSpans: assembled.furniture.map((f) => (map.identity ? f.spans : mapSpanList(map, f.spans))),
    lines: parserLines(lines, map, text),
  });
}
