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
import { readShape } from './shape/read-shape';
import { mapArticleSpans, mapSpanList, mapWarningLines } from './shape/map-spans';

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
  const { text, encoding } = decoded.value;
  const shaped = readShape(text, page, options.shape);
  if (!shaped.ok) return shaped;
  const { map, shape } = shaped.value;
  const lines = splitLines(map.text);
  if (lines.length === 0) return err('empty-page', page);

  const assembled = assembleArticles(lines.map(classifyLine));
  const finished = assembled.drafts.map(finishDraft);
  const furniture = assembled.furniture.map((f) => f.item);
  // A page of nothing but headers and page numbers (an ad page's frame, a blank section) is valid,
  // but an editor importing it should know no article came out of it.
  const empty = finished.length === 0 ? ['全页只有版面信息,没有识别出文章'] : [];
  return ok({
    parsed: {
      page,
      encoding,
      meta: resolvePageMeta(furniture, page, options.meta),
      articles: finished.map((f) => f.article),
      furniture,
      warnings: [
        ...decoded.value.warnings,
        ...(map.identity ? assembled.warnings : mapWarningLines(map, text, assembled.warnings)),
        ...empty,
      ],
    },
    text,
    shape,
    spans: finished.map((f) => (map.identity ? f.spans : mapArticleSpans(map, f.spans))),
    furnitureSpans: assembled.furniture.map((f) => (map.identity ? f.spans : mapSpanList(map, f.spans))),
  });
}
