/**
 * A run of head-like lines, read by what follows it: the heads of a new article, photo or brief;
 * the title of the photo just captioned; an internal subhead of the open article; or, with no
 * body after it, short lines that stay with the article above.
 */
import type { Line } from './split-lines';
import { bodyLength, pushHeadParagraph } from './article-draft';
import { resolveHeads } from './resolve-heads';
import { fillBody } from './fill-body';
import { isBracketTitle, stripBriefTitle } from './brief-title';
import { isColumnLabel, isGenreHead, opensLikeLead } from './lead-fragment';
import { bodyHasByline, captionFollows, type NextKind } from './line-runs';
import { startDraft, type AssemblyState } from './assembly-state';
import { splitVerseRun, type VersePiece } from './verse-run';
import { continuesInto } from './split-heads';

function placeVerse(state: AssemblyState, pieces: VersePiece[]): void {
  for (const { heads, author, verse } of pieces) {
    const d = startDraft(state, state.briefMode ? 'brief' : 'article');
    Object.assign(d, resolveHeads(heads, state.warnings));
    if (author) {
      d.bylines.push(...author.match.bylines);
      d.markup.push(...author.match.markup);
    } else if (heads[0]) {
      state.warnings.push(`第${heads[0].lineNo}行:连续多行短行且无作者行,按诗歌处理:首行为标题,其余为正文`);
    }
    for (const line of verse) pushHeadParagraph(d, line);
  }
}

export function placeHeadRun(state: AssemblyState, run: Line[], next: NextKind, headEnd: number): void {
  const { infos, warnings } = state;
  const cur = state.current;
  const first = run[0];
  if (!first) return;
  // A photo whose caption is done but which has no title yet takes the first short line after it.
  if (cur?.kind === 'photo' && cur.closed && cur.headline.length === 0 && !isColumnLabel(first.text)) {
    if (run.length >= 2 || next === 'end' || next === 'caption') {
      cur.headline.push(first);
      placeHeadRun(state, run.slice(1), next, headEnd);
      return;
    }
    warnings.push(`第${first.lineNo}行:图片说明后只有一行短标题,按下一篇文章的标题处理,图片无标题`);
  }
  // 南通港集装箱吞吐量创新高 | 今年前8个月 | 南通港…: the body's first line, cut by the column edge.
  const last = run.at(-1);
  if (run.length >= 2 && next === 'body' && last && opensLikeLead(last.text)) {
    warnings.push(`第${last.lineNo}行:标题下的短行像被分栏截断的正文首行,并入正文`);
    placeHeadRun(state, run.slice(0, -1), next, headEnd);
    if (state.current) fillBody(state.current, last, { join: false, allowSource: true });
    return;
  }
  const verse = splitVerseRun(run, next === 'body');
  if (verse) {
    placeVerse(state, verse);
    return;
  }
  const openArticle = cur && !cur.closed && bodyLength(cur) > 0 ? cur : null;
  if (
    openArticle &&
    run.length === 1 &&
    next === 'body' &&
    continuesInto(first.text, infos[headEnd]?.line.text)
  ) {
    fillBody(openArticle, first, { join: false, allowSource: false });
    return;
  }
  if (next === 'end') {
    if (openArticle) {
      for (const l of run) pushHeadParagraph(openArticle, l);
      warnings.push(`第${first.lineNo}行:短行后没有正文,可能是标题也可能是正文片段,归入上一篇正文`);
    } else {
      const d = startDraft(state, state.briefMode ? 'brief' : 'article');
      Object.assign(d, resolveHeads(run, warnings));
      d.closed = true;
      warnings.push(`第${first.lineNo}行:标题后没有正文`);
    }
    return;
  }
  // One short line inside an open article followed by plain text: an internal subhead (■ 聚焦…, 一、…),
  // unless the article is already signed and the text after the line carries its own byline.
  const signedElsewhere =
    openArticle !== null && openArticle.bylines.length > 0 && bodyHasByline(infos, headEnd);
  if (
    openArticle &&
    run.length === 1 &&
    next === 'body' &&
    !state.briefMode &&
    !signedElsewhere &&
    !isGenreHead(first.text)
  ) {
    if (captionFollows(infos, headEnd)) {
      warnings.push(`第${first.lineNo}行:短行后是带摄影署名的短文,按图片标题处理而非小标题`);
      Object.assign(startDraft(state, 'photo'), resolveHeads(run, warnings));
      return;
    }
    // Subheads divide a long text; after a single unsigned paragraph with no source the line is
    // more likely the next item of a column of short unsigned pieces (front-page teasers).
    if (bodyLength(openArticle) === 1 && openArticle.source === null && openArticle.bylines.length === 0) {
      warnings.push(`第${first.lineNo}行:单段无署名短文后的短行,按新文章标题处理而非小标题`);
      Object.assign(startDraft(state, 'article'), resolveHeads(run, warnings));
      return;
    }
    pushHeadParagraph(openArticle, first);
    const info = infos.find((x) => x.line === first);
    if (info && !info.bullet && !info.enumerated) {
      warnings.push(`第${first.lineNo}行:短行可能是小标题也可能是新文章标题,按小标题处理`);
    }
    return;
  }
  const bulleted = run.some((l) => infos.find((x) => x.line === l)?.bullet) || run.some(isBracketTitle);
  if (state.briefMode && !bulleted && (run.length >= 2 || state.briefBulleted === true || next === 'caption'))
    state.briefMode = false;
  if (state.briefMode || bulleted) state.briefBulleted ??= bulleted;
  const kind = next === 'caption' ? 'photo' : state.briefMode || bulleted ? 'brief' : 'article';
  if (kind === 'brief') state.briefMode = true;
  const d = startDraft(state, kind);
  const heads = resolveHeads(kind === 'brief' ? run.map((l) => stripBriefTitle(l, d.markup)) : run, warnings);
  Object.assign(d, heads);
}
