/**
 * Lines in reading order → articles, photos, briefs and furniture. Each line's local reading
 * (classify-lines) is combined with its neighbours: a head run is a new article only when a body
 * follows; a body block continues the previous paragraph when that one stopped mid-sentence
 * (column break); a byline closes an article; a caption with a photographer credit is a photo
 * item, and its title may be the short line after it (not the next article's kicker).
 */
import type { FurnitureItem, Span } from './parsed-page';
import type { Line } from './split-lines';
import type { LineInfo } from './classify-lines';
import {
  bodyLength,
  endsMidSentence,
  isAwaitingBody,
  newDraft,
  pushHeadParagraph,
  type ArticleDraft,
} from './article-draft';
import { isPrefaceLabel } from './editor-labels';
import { resolveHeads } from './resolve-heads';
import { fillBody, takeBullet } from './fill-body';
import { isBracketTitle, stripBracketTitle, stripBriefTitle, takeInlineTitle } from './brief-title';
import { spanOf } from './piece';
import { FRAGMENT_START, dropFalseCaptions, isCreditedPhoto } from './photo-items';
import { markColonKickers } from './head-context';
import { isGenreHead, opensLikeLead } from './lead-fragment';
import { markSignatures } from './standalone-lines';
import { isBackwardMarker } from './detect-continuation';
import { parseByline } from './detect-byline';
import { bodyHasByline, captionFollows, headRun, prefaceEnd, type NextKind } from './line-runs';

export interface Assembled {
  drafts: ArticleDraft[];
  furniture: { item: FurnitureItem; spans: Span[] }[];
  warnings: string[];
}

export function assembleArticles(infos: LineInfo[]): Assembled {
  const drafts: ArticleDraft[] = [];
  const furniture: Assembled['furniture'] = [];
  const warnings: string[] = [];
  let current: ArticleDraft | null = null;
  let briefMode = false;
  // How items of the current brief section are marked; a plain head after bulleted items ends it.
  let briefBulleted: boolean | null = null;
  let pendingContinued: LineInfo[] = [];
  // An editor's note (编者按) printed above the heads it introduces: held for the next article.
  let pendingPreface: LineInfo[] = [];

  dropFalseCaptions(infos);
  markSignatures(infos);
  markColonKickers(infos);

  const start = (kind: ArticleDraft['kind']): ArticleDraft => {
    const d = newDraft(kind);
    for (const p of pendingContinued) addContinuation(d, p);
    pendingContinued = [];
    for (const p of pendingPreface) {
      if (p.editorLabel) pushHeadParagraph(d, p.line);
      else fillBody(d, p.line, { join: false, allowSource: false });
    }
    d.preface = d.paragraphs.length;
    d.closed = false;
    pendingPreface = [];
    drafts.push(d);
    current = d;
    return d;
  };

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (!info) continue;
    const { line } = info;
    const open: ArticleDraft | null = current !== null && !(current as ArticleDraft).closed ? current : null;

    if (info.furniture) {
      furniture.push({ item: { kind: info.furniture, text: line.text }, spans: [spanOf(line)] });
      if (info.furniture === 'section') {
        briefMode = info.briefSection;
        briefBulleted = null;
        if (current) (current as ArticleDraft).closed = true;
      }
      continue;
    }
    if (info.continuation) {
      const backwards = isBackwardMarker(info.continuation.marker.text);
      if (current && !(backwards && bodyLength(current as ArticleDraft) > 0)) addContinuation(current, info);
      else pendingContinued.push(info);
      continue;
    }
    if (info.editorLabel || /^[【[]?\s*编者/u.test(line.text)) {
      const upTo = prefaceEnd(infos, i);
      if (upTo !== null && isPrefaceLabel(line.text) && !isAwaitingBody(current)) {
        pendingPreface = infos.slice(i, upTo);
        i = upTo - 1;
        continue;
      }
    }
    if (info.editorLabel && current) {
      // 编后, 链接, 记者手记: a labelled section of the article just read, signed or not.
      pushHeadParagraph(current, line);
      (current as ArticleDraft).closed = false;
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
      if (!current) warnings.push(`第${line.lineNo}行:署名前没有文章`);
      const target = current ?? start('article');
      if (isCreditedPhoto(target, info.byline.bylines)) target.kind = 'photo';
      target.bylines.push(...info.byline.bylines);
      target.markup.push(...info.byline.markup);
      if (bodyLength(target) > 0) target.closed = true;
      continue;
    }
    if (info.standalone) {
      const target = current && !(current as ArticleDraft).closed ? (current as ArticleDraft) : null;
      if (!target) warnings.push(`第${line.lineNo}行:正文前没有标题`);
      pushHeadParagraph(target ?? start(briefMode ? 'brief' : 'article'), line);
      continue;
    }
    // Column break: the previous paragraph stopped mid-sentence, so this block is its second half,
    // unless it is plainly a new article's head (a head run leading to a source marker or byline).
    // A bulleted item or an editor's label always starts afresh, whatever the line before it lacks.
    const startsAfresh = info.source || info.bracketTitle || info.bullet || info.editorLabel;
    if (open && endsMidSentence(open) && !startsAfresh) {
      const run = info.headLike ? headRun(infos, i) : null;
      const isNewHead = run !== null && (run.next === 'source' || run.next === 'byline' || run.end - i >= 2);
      if (!isNewHead) {
        fillBody(open, line, { join: true, allowSource: false });
        continue;
      }
      warnings.push(`第${line.lineNo}行:上一段未以句末标点结束,但此行后接消息头,按新文章标题处理`);
    }
    if (info.headLike) {
      const run = headRun(infos, i);
      handleHeadRun(
        infos.slice(i, run.end).map((x) => x.line),
        run.next,
        run.end,
      );
      i = run.end - 1;
      continue;
    }
    handleBody(info, i);
  }
  if (pendingContinued.length > 0) {
    warnings.push(`第${pendingContinued[0]?.line.lineNo ?? 0}行:接续标记后没有文章`);
    const last = drafts.at(-1);
    if (last) for (const p of pendingContinued) addContinuation(last, p);
    else start('article'); // takes the pending markers itself
  }
  return { drafts, furniture, warnings };

  function handleHeadRun(run: Line[], next: NextKind, headEnd: number): void {
    const cur = current as ArticleDraft | null;
    const first = run[0];
    if (!first) return;
    // A photo whose caption is done but which has no title yet takes the first short line after it.
    if (cur?.kind === 'photo' && cur.closed && cur.headline.length === 0) {
      if (run.length >= 2 || next === 'end' || next === 'caption') {
        cur.headline.push(first);
        handleHeadRun(run.slice(1), next, headEnd);
        return;
      }
      warnings.push(`第${first.lineNo}行:图片说明后只有一行短标题,按下一篇文章的标题处理,图片无标题`);
    }
    // 南通港集装箱吞吐量创新高 | 今年前8个月 | 南通港…: the body's first line, cut by the column edge.
    const last = run.at(-1);
    if (run.length >= 2 && next === 'body' && last && opensLikeLead(last.text)) {
      warnings.push(`第${last.lineNo}行:标题下的短行像被分栏截断的正文首行,并入正文`);
      handleHeadRun(run.slice(0, -1), next, headEnd);
      const target = current as ArticleDraft | null;
      if (target) fillBody(target, last, { join: false, allowSource: true });
      return;
    }
    const openArticle = cur && !cur.closed && bodyLength(cur) > 0 ? cur : null;
    if (next === 'end') {
      if (openArticle) {
        for (const l of run) pushHeadParagraph(openArticle, l);
        warnings.push(`第${first.lineNo}行:短行后没有正文,可能是标题也可能是正文片段,归入上一篇正文`);
      } else {
        const d = start(briefMode ? 'brief' : 'article');
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
      !briefMode &&
      !signedElsewhere &&
      !isGenreHead(first.text)
    ) {
      if (captionFollows(infos, headEnd)) {
        warnings.push(`第${first.lineNo}行:短行后是带摄影署名的短文,按图片标题处理而非小标题`);
        Object.assign(start('photo'), resolveHeads(run, warnings));
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
    if (briefMode && !bulleted && (run.length >= 2 || briefBulleted === true || next === 'caption'))
      briefMode = false;
    if (briefMode || bulleted) briefBulleted ??= bulleted;
    const kind = next === 'caption' ? 'photo' : briefMode || bulleted ? 'brief' : 'article';
    if (kind === 'brief') briefMode = true;
    const d = start(kind);
    const heads = resolveHeads(
      kind === 'brief' ? run.map((l) => stripBriefTitle(l, d.markup)) : run,
      warnings,
    );
    Object.assign(d, heads);
  }

  function handleBody(info: LineInfo, i: number): void {
    const { line } = info;
    const cur = current as ArticleDraft | null;
    if (cur && isAwaitingBody(cur)) {
      fillBody(cur, line, { join: false, allowSource: true });
      return;
    }
    if (info.bracketTitle || (info.bullet && !info.headLike)) {
      const d = start('brief');
      briefMode = true;
      briefBulleted ??= true;
      const rest = info.bracketTitle ? stripBracketTitle(d, line) : takeInlineTitle(d, takeBullet(d, line));
      fillBody(d, rest, { join: false, allowSource: true });
      return;
    }
    if (info.source) {
      if (!briefMode) warnings.push(`第${line.lineNo}行:消息头前没有标题`);
      fillBody(start(briefMode ? 'brief' : 'article'), line, { join: false, allowSource: true });
      return;
    }
    const nextInfo = infos[i + 1];
    const captionEndsRegion =
      !nextInfo || nextInfo.headLike || nextInfo.furniture !== null || nextInfo.photoCredit !== null;
    if (info.photoCredit && (!cur || cur.closed || captionEndsRegion)) {
      fillBody(start('photo'), line, { join: false, allowSource: false });
      return;
    }
    if (cur && !cur.closed) {
      if (FRAGMENT_START.test(line.text))
        warnings.push(`第${line.lineNo}行:段落从句子中间开始,可能是错位的分栏片段`);
      fillBody(cur, line, { join: false, allowSource: false });
      return;
    }
    if (briefMode) {
      fillBody(start('brief'), line, { join: false, allowSource: true });
      return;
    }
    if (cur && cur.kind !== 'photo') {
      warnings.push(`第${line.lineNo}行:署名之后仍有正文,归入上一篇`);
      cur.closed = false;
      fillBody(cur, line, { join: false, allowSource: false });
      return;
    }
    // A jump page (上接A1版) starts with the body of an article whose heads are on another page.
    const jumped = pendingContinued.some((p) => isBackwardMarker(p.line.text)) || isBackwardMarker(line.text);
    if (!jumped) warnings.push(`第${line.lineNo}行:正文前没有标题`);
    fillBody(start('article'), line, { join: false, allowSource: true });
  }
}

function addContinuation(d: ArticleDraft, info: LineInfo): void {
  if (!info.continuation) return;
  d.continued.push(info.continuation.marker);
  d.markup.push(...info.continuation.markup);
}
