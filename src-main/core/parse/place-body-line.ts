/**
 * A body line that does not continue a column-broken paragraph: it fills the article waiting for
 * its body, opens a brief or a photo, continues the open article, or (with a warning) starts an
 * article whose heads are missing or on another page.
 */
import type { LineInfo } from './classify-lines';
import { bodyLength, isAwaitingBody } from './article-draft';
import { fillBody, takeBullet } from './fill-body';
import { stripBracketTitle, takeInlineTitle } from './brief-title';
import { FRAGMENT_START } from './photo-items';
import { isBackwardMarker } from './detect-continuation';
import { startDraft, type AssemblyState } from './assembly-state';

export function placeBodyLine(state: AssemblyState, info: LineInfo, i: number): void {
  const { line } = info;
  const { warnings } = state;
  const cur = state.current;
  if (cur && isAwaitingBody(cur)) {
    fillBody(cur, line, { join: false, allowSource: true });
    return;
  }
  if (info.bracketTitle || (info.bullet && !info.headLike)) {
    const d = startDraft(state, 'brief');
    state.briefMode = true;
    state.briefBulleted ??= true;
    const rest = info.bracketTitle ? stripBracketTitle(d, line) : takeInlineTitle(d, takeBullet(d, line));
    fillBody(d, rest, { join: false, allowSource: true });
    return;
  }
  // 新华社北京2月28日电 under a headed article that has only a ■ lead so far: its dateline,
  // printed after the summary, not a new article without a head.
  if (
    info.source &&
    cur &&
    !cur.closed &&
    !state.briefMode &&
    cur.headline.length > 0 &&
    cur.source === null &&
    cur.bylines.length === 0 &&
    bodyLength(cur) <= 2
  ) {
    fillBody(cur, line, { join: false, allowSource: true });
    return;
  }
  if (info.source) {
    if (!state.briefMode) warnings.push(`第${line.lineNo}行:消息头前没有标题`);
    fillBody(startDraft(state, state.briefMode ? 'brief' : 'article'), line, {
      join: false,
      allowSource: true,
    });
    return;
  }
  const nextInfo = state.infos[i + 1];
  const captionEndsRegion =
    !nextInfo || nextInfo.headLike || nextInfo.furniture !== null || nextInfo.photoCredit !== null;
  if (info.photoCredit && (!cur || cur.closed || captionEndsRegion)) {
    fillBody(startDraft(state, 'photo'), line, { join: false, allowSource: false });
    return;
  }
  if (cur && !cur.closed) {
    if (FRAGMENT_START.test(line.text))
      warnings.push(`第${line.lineNo}行:段落从句子中间开始,可能是错位的分栏片段`);
    fillBody(cur, line, { join: false, allowSource: false });
    return;
  }
  if (state.briefMode) {
    fillBody(startDraft(state, 'brief'), line, { join: false, allowSource: true });
    return;
  }
  if (cur && cur.kind !== 'photo') {
    warnings.push(`第${line.lineNo}行:署名之后仍有正文,归入上一篇`);
    cur.closed = false;
    fillBody(cur, line, { join: false, allowSource: false });
    return;
  }
  // A jump page (上接A1版) starts with the body of an article whose heads are on another page.
  const jumped =
    state.pendingContinued.some((p) => isBackwardMarker(p.line.text)) || isBackwardMarker(line.text);
  if (!jumped) warnings.push(`第${line.lineNo}行:正文前没有标题`);
  fillBody(startDraft(state, 'article'), line, { join: false, allowSource: true });
}
