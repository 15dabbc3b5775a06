/**
 * Heads the column cut inside brackets: 为规范非遗市场不断探索（改革再 | 深化  奋进新征程·代表委员
 * 履职故事）. Each half alone has an open bracket, which marks body text cut mid-phrase, so
 * neither reads as a head; together, printed on consecutive lines with no blank between, they
 * are one. resolve-heads joins them into one head unit.
 */
import { bracketsBalanced, looksLikeHead, type LineInfo } from './classify-lines';
import { BARE_NAME_ROLE, parseByline } from './detect-byline';
import { isPersonName } from './person-name';

function plain(x: LineInfo): boolean {
  return (
    !x.furniture &&
    !x.byline &&
    !x.source &&
    !x.continuation &&
    !x.standalone &&
    !x.editorLabel &&
    !x.photoCredit
  );
}

export function markSplitHeads(infos: LineInfo[]): void {
  for (let i = 0; i + 1 < infos.length; i++) {
    const a = infos[i];
    const b = infos[i + 1];
    if (!a || !b || a.headLike || b.line.blankBefore || !plain(a) || !plain(b)) continue;
    if (bracketsBalanced(a.line.text)) continue;
    if (!looksLikeHead(a.line.text + b.line.text)) continue;
    a.headLike = true;
    b.headLike = true;
    i++;
  }
}

/**
 * The block after a short line finishes that line's sentence (巡视的本质是政治监 | 督。工作报告…,
 * 项目49 | 4个…): the short line is a column-cut paragraph, not an internal subhead.
 */
export function continuesInto(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (/^[^，。、；：？！,.;:?!\s“”]{1,3}[。！？；!?;…]/u.test(next)) return true;
  if (/^[^，。、；：？！,.;:?!\s“”][，、,]/u.test(next)) return true;
  if (/[0-9０-９.]$/u.test(line) && /^[0-9０-９%％]/u.test(next)) return true;
  return /^[”’）)》」』]/u.test(next);
}

/** 李 明 spaced to three characters' width with single spaces: a 副刊 author, left to verse-run. */
const LITERARY_SPACING = /^\p{Script=Han}(?: \p{Script=Han}){1,2}$/u;

/**
 * A person's name alone on the line under a headline (从潮玩出圈看市场新势能 | 欧阳洁 | 超大规模…):
 * the writer, role 作者, ending the head run even when the body's first line is short enough to
 * pass for another head.
 */
export function markBareNames(infos: LineInfo[]): void {
  for (let i = 1; i < infos.length; i++) {
    const x = infos[i];
    const above = infos[i - 1];
    if (!x || !above || !x.headLike || !above.headLike || x.line.blankBefore) continue;
    if (LITERARY_SPACING.test(x.line.text) || [...x.line.text.replace(/\s+/gu, '')].length > 4) continue;
    if (!isPersonName(x.line.text)) continue;
    const match = parseByline(x.line, { bareRole: BARE_NAME_ROLE });
    if (!match) continue;
    x.byline = match;
    x.headLike = false;
  }
}
