/**
 * Lines in reading order → articles, photos, briefs and furniture. Each line's local reading
 * (classify-lines) is combined with its neighbours: a head run is a new article only when a body
 * follows (place-head-run); a body block continues the previous paragraph when that one stopped
 * mid-sentence (column break); a byline closes an article; a caption with a photographer credit
 * is a photo item (place-body-line), and its title may be the short line after it.
 */
import type { LineInfo } from './classify-lines';
import {
  bodyLength,
  endsMidSentence,
  isAwaitingBody,
  pushHeadParagraph,
  type ArticleDraft,
} from './article-draft';
import { isPrefaceLabel } from './editor-labels';
import { fillBody } from './fill-body';
import { spanOf } from './piece';
import { dropFalseCaptions, isCreditedPhoto } from './photo-items';
import { markColonKickers } from './head-context';
import { markSignatures, markTableHeaders } from './standalone-lines';
import { isBackwardMarker } from './detect-continuation';
import { parseByline } from './detect-byline';
import { headRun, prefaceEnd } from './line-runs';
import {
  addContinuation,
  newAssemblyState,
  openDraft,
  startDraft,
  type AssemblyState,
} from './assembly-state';
import { placeHeadRun } from './place-head-run';
import { placeBodyLine } from './place-body-line';
import { takeTrailingCaption } from './trailing-caption';
import { markBareNames, markSplitHeads } from './split-heads';

export interface Assembled {
  drafts: ArticleDraft[];
  furniture: AssemblyState['furniture'];
  warnings: string[];
}

export function assembleArticles(infos: LineInfo[]): Assembled {
  const state = newAssemblyState(infos);
  const { warnings } = state;

  dropFalseCaptions(infos);
  markSignatures(infos);
  markTableHeaders(infos);
  markColonKickers(infos);
  markSplitHeads(infos);
  markBareNames(infos);

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (!info) continue;
    const { line } = info;
    const open = openDraft(state);

    if (info.furniture) {
      state.furniture.push({ item: { kind: info.furniture, text: line.text }, spans: [spanOf(line)] });
      if (info.furniture === 'section') {
        state.briefMode = info.briefSection;
        state.briefBulleted = null;
        if (state.current) state.current.closed = true;
      }
      continue;
    }
    if (info.continuation) {
      const backwards = isBackwardMarker(info.continuation.marker.text);
      const cur = state.current;
      if (cur && !(backwards && bodyLength(cur) > 0)) addContinuation(cur, info);
      else state.pendingContinued.push(info);
      continue;
    }
    if (info.editorLabel || /^[【[]?\s*编者/u.test(line.text)) {
      const upTo = prefaceEnd(infos, i);
      if (upTo !== null && isPrefaceLabel(line.text) && !isAwaitingBody(state.current)) {
        state.pendingPreface = infos.slice(i, upTo);
        i = upTo - 1;
        continue;
      }
    }
    if (info.editorLabel && state.current) {
      // 编后, 链接, 记者手记: a labelled section of the article just read, signed or not.
      pushHeadParagraph(state.current, line);
      state.current.closed = false;
      continue;
    }
    // (常熟) on a line of its own reads as a writer's name, but after a paragraph that stopped
    // mid-sentence it is the place name of the text the column cut (金益成 | (常熟) | 精密科技…).
    const bareParen = info.byline !== null && parseByline(line) === null;
    if (bareParen && open && endsMidSentence(open)) {
      warnings.push(`第${line.lineNo}行:括号内的词接在未完的句子后,按正文处理而非署名`);
      fillBody(open, line, { join: true, allowSource: false });
      continue;
    }
    if (info.byline) {
      if (!state.current) warnings.push(`第${line.lineNo}行:署名前没有文章`);
      let target = state.current ?? startDraft(state, 'article');
      const caption = takeTrailingCaption(target, info.byline.bylines, { creditOnOwnLine: true });
      if (caption) {
        target = startDraft(state, 'photo');
        target.paragraphs.push(caption);
      }
      if (isCreditedPhoto(target, info.byline.bylines)) target.kind = 'photo';
      target.bylines.push(...info.byline.bylines);
      target.markup.push(...info.byline.markup);
      if (bodyLength(target) > 0) target.closed = true;
      continue;
    }
    if (info.standalone) {
      if (!open) warnings.push(`第${line.lineNo}行:正文前没有标题`);
      pushHeadParagraph(open ?? startDraft(state, state.briefMode ? 'brief' : 'article'), line);
      continue;
    }
    // Column break: the previous paragraph stopped mid-sentence, so this block is its second half,
    // unless it is plainly a new article's head (a head run leading to a source marker or byline).
    // A bulleted item or an editor's label always starts afresh, whatever the line before it lacks.
    // A word is never cut right before an opening quote: “… after a paragraph that stopped on a
    // character (not a comma) opens a paragraph of its own.
    const opensQuote =
      /^\u201C/u.test(line.text) && /\p{Script=Han}$/u.test(open?.paragraphs.at(-1)?.at(-1)?.text ?? '');
    const startsAfresh = info.source || info.bracketTitle || info.bullet || info.editorLabel || opensQuote;
    if (open && endsMidSentence(open) && !startsAfresh) {
      const run = info.headLike ? headRun(infos, i) : null;
      const isNewHead = run !== null && (run.next === 'source' || run.next === 'byline' || run.end - i >= 2);
      if (!isNewHead) {
        fillBody(open, line, { join: true, allowSource: false });
        continue;
      }
      warnings.push(`第${line.lineNo}行:上一段未以句末标点结束,但此行后接消息头,按新文章标题处理`);
    }
    // Heads and a byline or source are printed: what follows is the body, however short its first
    // line (前不久，全国政协委员、润泽 | 智算科技…; a one-line exclamation opening a feature).
    const waiting = state.current;
    if (
      info.headLike &&
      waiting &&
      isAwaitingBody(waiting) &&
      waiting.headline.length > 0 &&
      (waiting.bylines.length > 0 || waiting.source !== null) &&
      !info.bullet &&
      !info.bracketTitle
    ) {
      fillBody(waiting, line, { join: false, allowSource: true });
      continue;
    }
    if (info.headLike) {
      const run = headRun(infos, i);
      const lines = infos.slice(i, run.end).map((x) => x.line);
      placeHeadRun(state, lines, run.next, run.end);
      i = run.end - 1;
      continue;
    }
    placeBodyLine(state, info, i);
  }
  if (state.pendingContinued.length > 0) {
    warnings.push(`第${state.pendingContinued[0]?.line.lineNo ?? 0}行:接续标记后没有文章`);
    const last = state.drafts.at(-1);
    if (last) for (const p of state.pendingContinued) addContinuation(last, p);
    else startDraft(state, 'article'); // takes the pending markers itself
  }
  return { drafts: state.drafts, furniture: state.furniture, warnings };
}
