/**
 * Role words printed in bylines and the role stored for each. The stored roles are the six the
 * archive knows (记者, 通讯员, 摄影, 文, 图, 编辑) plus 实习生, 评论员 and 读者 (letters); prefixes such as
 * 本报/新华社 are part of the printed role word, so conservation can account for them.
 * Traditional forms (記者, 通訊員…) come from OCR of traditional-character pages and old scans.
 */
import { CREDIT_WORDS } from './photo-credits';

export const ROLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['本报特约评论员', '评论员'],
  ['特约评论员', '评论员'],
  ['评论员', '评论员'],
  ['本報記者', '记者'],
  ['記者', '记者'],
  ['通訊員', '通讯员'],
  ['攝影', '摄影'],
  ['編輯', '编辑'],
  ['攝', '摄影'],
  ['圖', '图'],
  ['本报记者', '记者'],
  ['本报通讯员', '通讯员'],
  ['本报实习生', '实习生'],
  ['本报摄影记者', '摄影'],
  ['新华社记者', '记者'],
  ['中新社记者', '记者'],
  ['特约记者', '记者'],
  ['见习记者', '记者'],
  ['实习记者', '记者'],
  ['首席记者', '记者'],
  ['融媒记者', '记者'],
  ['摄影记者', '摄影'],
  ['特约通讯员', '通讯员'],
  ['通讯员', '通讯员'],
  ['实习生', '实习生'],
  // A letter's writer (读者 王女士): signs the item like a byline.
  ['读者', '读者'],
  ['记者', '记者'],
  ['摄影', '摄影'],
  ['编辑', '编辑'],
  ['文字', '文'],
  ['图片', '图'],
  ['摄', '摄影'],
  ['文', '文'],
  ['图', '图'],
]);

/** Longest first, so 本报记者 wins over 记者 when scanning. */
export const MULTI_CHAR_ROLE_WORDS = [...ROLE_WORDS.keys()]
  .filter((w) => w.length > 1)
  .sort((a, b) => b.length - a.length);

export function canonicalRole(word: string): string | null {
  return ROLE_WORDS.get(word) ?? null;
}

const PRINTED_WORDS = [...ROLE_WORDS.keys(), ...CREDIT_WORDS];

/**
 * True if `text` is a concatenation of printed role words or picture-credit words
 * (used by the conservation check).
 */
export function isRoleWordSequence(text: string): boolean {
  if (text === '') return true;
  for (const w of PRINTED_WORDS) {
    if (text.startsWith(w) && isRoleWordSequence(text.slice(w.length))) return true;
  }
  return false;
}
