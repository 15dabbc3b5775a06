/**
 * Photo items in context. A line that ends like a credited caption is only a caption where the
 * layout agrees; and a short text whose only byline is a photographer's, with no source marker,
 * is a photo whatever order its title, caption and credit were printed in
 * (江边晨练 | 清晨,市民在滨江公园晨练。 | 本报记者 黄河 摄).
 */
import type { ArticleDraft } from './article-draft';
import type { FoundByline } from './detect-byline';
import type { LineInfo } from './classify-lines';
import { visibleLength } from './text-chars';
import { MAX_CAPTION_LENGTH, isPictureRole } from './photo-credits';

/** Starts mid-sentence (务,着力打造…): likely a fragment from another column. */
// One character only: two-character openers (当晚, 目前, 此外…) start real paragraphs.
export const FRAGMENT_START = /^(?:[,\uFF0C、;\uFF1B:\uFF1A。]|\p{Script=Han}[,\uFF0C、;\uFF1B])/u;

const MAX_CAPTION_PARAGRAPHS = 2;

/**
 * A "caption" whose next block starts mid-sentence (…。全工市 | 市,…) was a column break, not a
 * credit. A bare name (no 摄 printed) must also end the text run: a caption is followed by its
 * title, the next head or the page end, not by more body text.
 */
export function dropFalseCaptions(infos: LineInfo[]): void {
  infos.forEach((info, k) => {
    const credit = info.photoCredit;
    const next = infos[k + 1];
    if (!credit || !next) return;
    const bare = credit.match.bylines.every((b) => b.spans.length === 1);
    const endsRun = next.headLike || next.furniture !== null || next.photoCredit !== null;
    if (FRAGMENT_START.test(next.line.text) || (bare && !endsRun)) info.photoCredit = null;
  });
}

/** Called when a byline line closes `d`: a short, unsourced text credited only to a photographer. */
export function isCreditedPhoto(d: ArticleDraft, credit: FoundByline[]): boolean {
  if (d.kind !== 'article' || d.source !== null || d.bylines.length > 0) return false;
  if (credit.length === 0 || credit.some((b) => !isPictureRole(b.role))) return false;
  if (d.kicker.length > 0 || d.subheadline.length > 0) return false;
  if (d.paragraphs.length === 0 || d.paragraphs.length > MAX_CAPTION_PARAGRAPHS) return false;
  const length = d.paragraphs.flat().reduce((n, p) => n + visibleLength(p.text), 0);
  return length <= MAX_CAPTION_LENGTH;
}
