import type { Db } from '../db/db';
import { bylineRows } from './byline-rows';
import { bodyChars, isFrontPage } from './person-name';

const textOr = (x: unknown, fallback: string): string => (typeof x === 'string' ? x : fallback);

/**
 * Registers the functions the people triggers (migration people-index) call:
 * - `jb_byline_rows(bylines)`: the article's counted bylines as JSON [{name, role, first, names}];
 * - `jb_body_chars(paragraphs)`: body characters, whitespace not counted;
 * - `jb_front_page(page_label)`: 1 for A1/第1版.
 *
 * As with search (index-article.ts), triggers rather than store functions keep the byline facts:
 * every write to `articles` or to a page's details — import, correction, split, merge, revert,
 * bundle import, undo — updates the counts in its own statement and transaction, and no new write
 * path can forget it. Every connection that writes articles must register these (openArchive does).
 */
export function registerPeopleFunctions(db: Db): void {
  // The insert trigger asks twice per article (rows, then "none?"): answer the second from memory.
  let last: string | null = null;
  let lastJson = '[]';
  db.function('jb_byline_rows', { deterministic: true }, (bylines: unknown) => {
    const text = textOr(bylines, '[]');
    if (text !== last) {
      lastJson = JSON.stringify(bylineRows(text));
      last = text;
    }
    return lastJson;
  });
  db.function('jb_body_chars', { deterministic: true }, (paragraphs: unknown) => {
    try {
      const parsed: unknown = JSON.parse(textOr(paragraphs, '[]'));
      return Array.isArray(parsed) ? bodyChars(parsed.filter((p): p is string => typeof p === 'string')) : 0;
    } catch (e) {
      if (e instanceof SyntaxError) return 0; // written by our own code; never block the write
      throw e;
    }
  });
  db.function('jb_front_page', { deterministic: true }, (label: unknown) =>
    isFrontPage(typeof label === 'string' ? label : null) ? 1 : 0,
  );
}
