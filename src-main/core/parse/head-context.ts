/**
 * Head readings that need the neighbouring lines. A kicker often ends with a colon
 * (返乡青年王小川: | 让家乡的桃子"飞"出大山), which on its own reads like the start of a quotation;
 * it is a head only when it sits on top of a head run that leads into an article.
 */
import type { LineInfo } from './classify-lines';
import { QA_SPEAKER } from './classify-lines';
import { visibleLength } from './text-chars';

const MAX_KICKER_LENGTH = 24;

function isColonKicker(info: LineInfo): boolean {
  const text = info.line.text;
  if (info.headLike || info.furniture || info.byline || info.source || info.bullet) return false;
  if (!/[:\uFF1A]$/u.test(text) || QA_SPEAKER.test(text)) return false;
  const length = visibleLength(text, MAX_KICKER_LENGTH);
  // Any punctuation before the colon makes it a sentence introducing a quote (他说,…:).
  return length >= 4 && length <= MAX_KICKER_LENGTH && !/[,\uFF0C。;\uFF1B!?\uFF01\uFF1F]/u.test(text);
}

export function markColonKickers(infos: LineInfo[]): void {
  for (let i = 0; i < infos.length - 1; i++) {
    const info = infos[i];
    if (!info?.line.blankBefore || !isColonKicker(info)) continue;
    let j = i + 1;
    while (infos[j]?.headLike) j++;
    const after = infos[j];
    // The head run must exist and lead into an article (source, byline or body), not end the page.
    if (j > i + 1 && after && !after.furniture) info.headLike = true;
  }
}
