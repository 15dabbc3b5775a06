/**
 * Source markers that open an article body: 晚报讯, 本报讯, 新华社北京7月9日电, 本报南京7月9日讯,
 * 据新华社电, optionally followed by a parenthesised byline (记者 X 通讯员 Y). The marker is stored as
 * `source`, the byline as bylines, and whatever follows is the first paragraph.
 */
import type { Span } from './parsed-page';
import { slicePiece, trimPiece, type Piece } from './piece';
import { findLeadingByline, parseByline, type FoundByline } from './detect-byline';

const ORG = String.raw`(?:新华社|中新社|中新网|人民网|央视网|央广网|本报|晚报|早报|日报|商报|\p{Script=Han}{1,6}?(?:日报|晚报|早报|商报|报|社|网|台))`;
const PLACE = String.raw`\p{Script=Han}{0,8}?`;
const DATE = String.raw`(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?`;
const SOURCE = new RegExp(String.raw`^据?${ORG}${PLACE}${DATE}(?:电|讯)(?![\p{Script=Han}]{0,1}[报社])`, 'u');
const PAREN_GROUP = /^\s*[(\uFF08][^()\uFF08\uFF09\n]{1,40}[)\uFF09]/u;

export interface SourceMatch {
  source: Piece;
  bylines: FoundByline[];
  markup: Span[];
  /** Text after the marker (and its byline): the start of the first paragraph; may be empty. */
  rest: Piece;
}

export function matchSource(piece: Piece): SourceMatch | null {
  const m = SOURCE.exec(piece.text);
  if (!m) return null;
  const source = slicePiece(piece, 0, m[0].length);
  let rest = slicePiece(piece, m[0].length);
  let bylines: FoundByline[] = [];
  let markup: Span[] = [];
  const paren = PAREN_GROUP.exec(rest.text);
  if (paren) {
    const group = trimPiece(slicePiece(rest, 0, paren[0].length));
    const match = parseByline(group);
    if (match) {
      bylines = match.bylines;
      markup = match.markup;
      rest = slicePiece(rest, paren[0].length);
    }
  } else {
    // 本报讯 记者 张三 通讯员 李四 昨天… — an unbracketed byline, delimited by spaces.
    const lead = findLeadingByline(trimPiece(rest), { needBox: false });
    if (lead && lead.rest.text.length > 0) {
      bylines = lead.match.bylines;
      markup = lead.match.markup;
      rest = lead.rest;
    }
  }
  // 本报讯:昨天… — the colon belongs to the marker's punctuation, not to the paragraph.
  const colon = /^\s*[:\uFF1A]/u.exec(rest.text);
  if (colon) {
    markup.push([rest.start + colon[0].length - 1, rest.start + colon[0].length]);
    rest = slicePiece(rest, colon[0].length);
  }
  return { source, bylines, markup, rest: trimPiece(rest) };
}
