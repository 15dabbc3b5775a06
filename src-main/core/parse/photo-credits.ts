/**
 * Picture credits that name no person: 新华社发, 视觉中国供图, 受访者供图, 图片由市城管局提供,
 * 图片来源:主办方, 资料图片. Papers print them under photos and graphics exactly where a
 * photographer's byline would go, so they are stored as bylines with role '图' and the agency
 * (or the whole phrase, for 资料图片) as the name. Without this they read as short head lines and
 * became the kicker of the next article.
 */
import type { Span } from './parsed-page';
import { slicePiece, spanOf, trimPiece, type Piece } from './piece';
import type { FoundByline } from './byline-atoms';

export const CREDIT_ROLE = '图';

/** Longest text that still reads as a photo caption rather than a credited article. */
export const MAX_CAPTION_LENGTH = 220;

/**
 * Printed words around the agency's name. They are not person roles (never in ROLE_WORDS, where
 * they would make 张三 发 a byline), but the conservation check must accept them in byline spans.
 */
export const CREDIT_WORDS = [
  'photo',
  '发',
  '供图',
  '图片由',
  '照片由',
  '提供',
  '图片来源',
  '图源',
  '来源',
  '图为',
];

const ORG = String.raw`\p{Script=Han}{2,14}`;
/** 发 is an ordinary verb: only a news agency (…社, …网, 人民视觉) "sends" a photo. */
const AGENCY = String.raw`\p{Script=Han}{1,6}(?:社|网|视觉)`;

interface Form {
  pattern: RegExp;
  /** Index of the capture group holding the name; 0 = the whole text is the name. */
  group: number;
}

const FORMS: Form[] = [
  // 资料图片 / 本报资料图片 / 资料照片: the whole phrase is what the editor needs to see.
  { pattern: /^(?:本报)?资料(?:图片|图|照片)$/u, group: 0 },
  { pattern: new RegExp(String.raw`^(${AGENCY})发$`, 'u'), group: 1 },
  // CFP, IC photo, 东方IC: photo agencies credited in Latin letters, with no 摄 or 发.
  { pattern: /^(CFP|IC|AFP|EPA|AP|Reuters|东方IC|视觉中国)(?:\s*photo)?$/u, group: 1 },
  { pattern: new RegExp(String.raw`^(${ORG}?)供图$`, 'u'), group: 1 },
  { pattern: new RegExp(String.raw`^(?:图片|照片)由(${ORG})提供$`, 'u'), group: 1 },
  { pattern: new RegExp(String.raw`^(?:图片来源|图源|来源)\s*([:\uFF1A])\s*(${ORG})$`, 'u'), group: 2 },
];

export interface CreditMatch {
  byline: FoundByline;
  markup: Span[];
}

/** The whole piece is a person-less picture credit. */
export function parseCredit(raw: Piece): CreditMatch | null {
  const piece = trimPiece(raw);
  if (piece.text.length > 24) return null;
  for (const { pattern, group } of FORMS) {
    const m = pattern.exec(piece.text);
    if (!m) continue;
    const name = m[group];
    if (!name || /\s/u.test(name)) continue;
    const markup: Span[] = [];
    let spans: Span[] = [spanOf(piece)];
    const colon = group === 2 ? /[:\uFF1A]/u.exec(piece.text) : null;
    if (colon) {
      // The colon is punctuation (markup); the span keeps the printed credit words and the name.
      const at = piece.start + colon.index;
      markup.push([at, at + 1]);
      spans = [
        [piece.start, at],
        [at + 1, piece.end],
      ];
    }
    return { byline: { role: CREDIT_ROLE, name, spans, credit: true }, markup };
  }
  return null;
}

/** 新华社发 张三 摄: a credit followed by a byline; returns the credit and the rest. */
export function splitLeadingCredit(piece: Piece): { credit: CreditMatch; rest: Piece } | null {
  const gap = /\s+/u.exec(piece.text);
  if (!gap || gap.index === 0) return null;
  const credit = parseCredit(slicePiece(piece, 0, gap.index));
  return credit ? { credit, rest: trimPiece(slicePiece(piece, gap.index)) } : null;
}

/** Roles that credit a picture rather than text: a short text credited only so is a photo item. */
export function isPictureRole(role: string): boolean {
  return role === '摄影' || role === CREDIT_ROLE;
}
