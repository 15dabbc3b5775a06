import { Converter as toTraditionalConverter } from 'opencc-js/cn2t';
import { Converter as toSimplifiedConverter } from 'opencc-js/t2cn';

const toSimplified = toSimplifiedConverter({ from: 't', to: 'cn' });
const toTraditional = toTraditionalConverter({ from: 'cn', to: 't' });

/**
 * `zh-Hant` when the text has more characters that exist only in Traditional form than only in
 * Simplified form, else `zh-Hans`. Hong Kong, Taiwan and Macau papers reach editors as clippings
 * too, and a reader's font and hyphenation choice depend on the right tag (`zh-CN` on Traditional
 * text makes browsers pick Simplified glyph shapes). Characters shared by both count for neither.
 */
export function articleScript(text: string): 'zh-Hans' | 'zh-Hant' {
  let traditional = 0;
  let simplified = 0;
  // A sample is enough to decide and keeps large exports fast.
  for (const ch of [...text].slice(0, 2000)) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    if (toSimplified(ch) !== ch) traditional++;
    else if (toTraditional(ch) !== ch) simplified++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

/** The language of an article as exports tag it: its headline and body decide. */
export const articleLanguage = (a: { headline: string | null; paragraphs: readonly string[] }) =>
  articleScript(`${a.headline ?? ''}${a.paragraphs.join('')}`);
