/**
 * What each line looks like on its own, before context decides: furniture, a continuation
 * marker, a byline, a source-marked body opening, a head (short, no sentence end) or body text.
 * The assembler combines these local readings with what came before and after.
 */
import type { FurnitureKind } from './parsed-page';
import type { Line } from './split-lines';
import { BRIEF_SECTION, classifyFurniture } from './detect-furniture';
import { matchContinuationLine, type Continuation } from './detect-continuation';
import {
  PAREN_NAME_ROLE,
  findTrailingByline,
  parseByline,
  type BylineMatch,
  type SplitByline,
} from './detect-byline';
import { matchSource } from './detect-source';
import { slicePiece, type Piece } from './piece';
import { isEditorLabel, startsWithEditorLabel } from './editor-labels';
import { MAX_CAPTION_LENGTH, isPictureRole } from './photo-credits';
import { isNeverHead } from './lead-fragment';
import { isFieldLine, isTableRow } from './standalone-lines';
import { ENUMERATOR, bulletLength, endsSentence, visibleLength } from './text-chars';

export interface LineInfo {
  line: Line;
  furniture: FurnitureKind | null;
  /** The line is a brief-section label (简讯, 快讯…). */
  briefSection: boolean;
  continuation: Continuation | null;
  /** The whole line is a byline with at least one role word. */
  byline: BylineMatch | null;
  /** Starts with a source marker (after an optional bullet). */
  source: boolean;
  /** Ends with a photographer credit (…。翟慧勇 / 记者 X 摄) and reads like a caption. */
  photoCredit: SplitByline | null;
  /** Leading bullet (■●◆…, not the byline □) or a 【title】. */
  bullet: boolean;
  bracketTitle: boolean;
  enumerated: boolean;
  /** The whole line is an editor's label (【编者按】, 编后, 链接): never a head or a brief title. */
  editorLabel: boolean;
  /** A table row or a notice's signature: its own paragraph, never joined, never a head. */
  standalone: boolean;
  headLike: boolean;
}

const MAX_HEAD_LENGTH = 48;
/** Interview turns: 记者:… 问:… 答:… 主持人:… (the speaker's name varies, these do not). */
export const QA_SPEAKER = /^(?:本报记者|记者|问|答|主持人|嘉宾|Q|A)\s*[:\uFF1A]/u;
const BRACKET_TITLE = /^【[^【】]{1,40}】/u;

const COLON_KICKER = /^[^,\uFF0C、:\uFF1A\s]{5,14}[:\uFF1A]$/u;
/** …进度如下: / 他表示: introduce what follows in the body. */
const COLON_CLAUSE =
  /(?:如下|以下|下列|表示|说|指出|介绍|认为|强调|提到|提出|称|道|问|答|是|为|有|包括)[:\uFF1A]$/u;

/** Short, no full stop inside, not ending like a sentence: could be a kicker, headline or label. */
export function looksLikeHead(text: string): boolean {
  const length = visibleLength(text, MAX_HEAD_LENGTH);
  if (length === 0 || length > MAX_HEAD_LENGTH) return false;
  // An unclosed quote or bracket (在崇川区“学田 | 片区”…) means a column broke mid-phrase.
  if (!bracketsBalanced(text)) return false;
  if (/[。;\uFF1B]/u.test(text)) return false;
  // A kicker naming its subject (返乡青年王小川：) ends on a colon; a clause that does is body.
  if (
    /[,\uFF0C、]$/u.test(text) ||
    (/[:\uFF1A]$/u.test(text) && (!COLON_KICKER.test(text) || COLON_CLAUSE.test(text)))
  )
    return false;
  // A question or answer in an interview (记者:…? / 答:…) is body text however short.
  if (QA_SPEAKER.test(text)) return false;
  if (isNeverHead(text)) return false;
  // A full stop between words (OCR's ASCII '.') or several clauses make a sentence, not a head.
  if (/[^\d\s.]\.\s*[^\s.]/u.test(text)) return false;
  if (length > 24 && (text.match(/[,\uFF0C]/gu)?.length ?? 0) >= 2) return false;
  // Headlines may end with ! ? or a closing quote; long ones that do are sentences.
  return !endsSentence(text) || length <= 24;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['《', '》'],
  ['(', ')'],
  ['\uFF08', '\uFF09'],
  ['『', '』'],
  ['「', '」'],
];

const PAIR_DELTA = new Map<string, readonly [number, number]>(
  PAIRS.flatMap(([open, close], k): [string, readonly [number, number]][] => [
    [open, [k, 1]],
    [close, [k, -1]],
  ]),
);

export function bracketsBalanced(text: string): boolean {
  // One pass over the line rather than two splits per pair: this runs on every line.
  const depth = PAIRS.map(() => 0);
  for (const c of text) {
    const delta = PAIR_DELTA.get(c);
    if (delta) depth[delta[0]] = (depth[delta[0]] ?? 0) + delta[1];
  }
  return depth.every((d) => d === 0);
}

function stripBullet(piece: Piece): Piece {
  return slicePiece(piece, bulletLength(piece.text));
}

export function photoCreditOf(piece: Piece): SplitByline | null {
  if (visibleLength(piece.text, MAX_CAPTION_LENGTH) > MAX_CAPTION_LENGTH) return null;
  const found = findTrailingByline(piece, { bareRole: '摄影' });
  if (!found || found.body.text.length === 0) return null;
  // A bare name (no 摄/记者 printed) is weak evidence: accept only the usual 2–3 characters.
  const bare = found.match.bylines.some((b) => b.spans.length === 1 && [...b.name].length > 3);
  return !bare && found.match.bylines.every((b) => isPictureRole(b.role)) ? found : null;
}

/** (陈静) on a line of its own: the writer of the item above (see PAREN_NAME_ROLE). */
function parenthesisedName(line: Line): BylineMatch | null {
  if (!/^[(\uFF08][^()\uFF08\uFF09]+[)\uFF09]$/u.test(line.text)) return null;
  return parseByline(line, { bareRole: PAREN_NAME_ROLE });
}

/**
 * （读者点题·共同关注） under a headline is the column's label, not a reader signing: letters are
 * signed 读者 王女士, never in brackets.
 */
function notColumnLabel(line: Line, match: BylineMatch | null): BylineMatch | null {
  if (!match || !/^[(\uFF08].*[)\uFF09]$/u.test(line.text)) return match;
  return match.bylines.every((b) => b.role === '读者') ? null : match;
}

export function classifyLine(line: Line): LineInfo {
  const text = line.text;
  const furniture = classifyFurniture(text);
  const bullet = bulletLength(text) > 0;
  const bracketTitle = BRACKET_TITLE.test(text) && !startsWithEditorLabel(text);
  const continuation = furniture ? null : matchContinuationLine(line);
  const byline =
    furniture || continuation ? null : notColumnLabel(line, parseByline(line) ?? parenthesisedName(line));
  const source = matchSource(stripBullet(line)) !== null;
  const photoCredit = furniture || byline || source ? null : photoCreditOf(line);
  const editorLabel = isEditorLabel(text);
  const standalone =
    !furniture && !continuation && !byline && !source && (isTableRow(text) || isFieldLine(text));
  const headLike =
    !standalone &&
    !editorLabel &&
    !furniture &&
    !continuation &&
    !byline &&
    !source &&
    !photoCredit &&
    !bracketTitle &&
    looksLikeHead(text);
  return {
    line,
    furniture,
    briefSection: furniture === 'section' && BRIEF_SECTION.test(text),
    continuation,
    byline,
    source,
    photoCredit,
    bullet,
    bracketTitle,
    enumerated: ENUMERATOR.test(text),
    editorLabel,
    standalone,
    headLike,
  };
}
