/**
 * A wire photo printed right under an article: 7月9日，旅客在南京南站乘车出行。 | 新华社记者 李博 摄.
 * In extracted text the caption reads like the article's last paragraph and the credit like its
 * closing byline, but a text article already has its writers; a picture-only credit after a short
 * caption that opens the way captions open (a date, 图为) is a separate photo item.
 */
import { bodyLength, type ArticleDraft } from './article-draft';
import type { FoundByline } from './detect-byline';
import { isPictureRole, MAX_CAPTION_LENGTH } from './photo-credits';
import { endsSentence, visibleLength } from './text-chars';
import { opensLikeReport } from './lead-fragment';

const CAPTION_OPENER = /^(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|图为|上图|下图|图[:\uFF1A])/u;
/** Wire captions are one or two sentences; a longer closing paragraph is body text. */
const MAX_TRAILING_CAPTION = 120;

/**
 * When `credit` closes `article` but credits only the picture under it, takes the caption (the
 * last paragraph) out of the article and returns it; null when the credit is the article's own.
 */
export function takeTrailingCaption(
  article: ArticleDraft,
  credit: FoundByline[],
  options: { creditOnOwnLine: boolean } = { creditOnOwnLine: false },
): ArticleDraft['paragraphs'][number] | null {
  if (credit.length === 0 || credit.some((b) => !isPictureRole(b.role))) return null;
  const writtenBy = article.source !== null || article.bylines.some((b) => !isPictureRole(b.role));
  if (article.kind !== 'article' || !writtenBy || bodyLength(article) < 2) return null;
  const index = article.paragraphs.length - 1;
  const last = article.paragraphs[index];
  const piece = last?.[0];
  if (!last || last.length !== 1 || !piece || article.headParagraphs.has(index)) return null;
  const length = visibleLength(piece.text, MAX_CAPTION_LENGTH);
  if (length > MAX_TRAILING_CAPTION || !endsSentence(piece.text)) return null;
  // A caption that opens like one (a date, 图为) is taken whatever the credit; otherwise only a
  // credit on a line of its own marks the paragraph above it as the caption.
  if (!CAPTION_OPENER.test(piece.text)) {
    if (!options.creditOnOwnLine || opensLikeReport(piece.text)) return null;
    // One sentence describing the picture; a paragraph of several sentences is reporting.
    if ((piece.text.match(/[。！？!?]/gu)?.length ?? 0) > 1) return null;
  }
  article.paragraphs.pop();
  return last;
}
