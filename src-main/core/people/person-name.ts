import { canonicalRole, MULTI_CHAR_ROLE_WORDS } from '../parse/byline-roles';
import { normalize } from '../search/normalize-text';

/** The role a byline without a role word is counted under. */
export const AUTHOR_ROLE = '作者';

// Search's per-character folding (NFKC, Traditional → Simplified), then whatever is not part of a
// name: spaces (陆 薇), brackets and punctuation around it. Middle dots of transliterated names stay.
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const DOTS = /[•・‧∙]/gu;

/**
 * The key one byline name is counted under: 陸 薇, 陆薇 and 本报记者陆薇 are one person. Role words
 * left in the name (an editor typed 本报记者 into the name field) are stripped, longest first.
 * Null when nothing of a name is left.
 */
export function personKey(raw: string): string | null {
  let name = normalize(raw).replace(/\s+/gu, '').replace(DOTS, '·').replace(EDGE_PUNCTUATION, '');
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const word of MULTI_CHAR_ROLE_WORDS) {
      if (name.length > word.length && name.startsWith(word)) {
        name = name.slice(word.length);
        stripped = true;
      }
    }
  }
  return name === '' ? null : name;
}

/** 本报记者 → 记者, 攝影 → 摄影; an empty role counts as 作者; an unknown word is kept as typed. */
export function roleKey(raw: string): string {
  const role = normalize(raw).replace(/\s+/gu, '');
  if (role === '') return AUTHOR_ROLE;
  return canonicalRole(role) ?? role;
}

/**
 * A1, 第1版, A01, 01, 1版, 第一版 are the front page; B1 (a section's first page) is not: 考核
 * counts 头版 pieces of the paper, not of each section.
 */
export function isFrontPage(label: string | null): boolean {
  if (label === null) return false;
  const s = label
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .toUpperCase()
    .replace(/^第/u, '')
    .replace(/版$/u, '');
  return /^A?0*1$/u.test(s) || s === '一' || s === '头';
}

/** Body characters an article counts for: every paragraph's characters, whitespace not counted. */
export function bodyChars(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) for (const ch of p) if (!/\s/u.test(ch)) n++;
  return n;
}
