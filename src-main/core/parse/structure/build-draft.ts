/**
 * Rebuilds one article from its lines and the roles an editor fixed, with the parser's own field
 * readers: a source line through the source-marker reader, a byline line through the byline
 * reader, body lines through the same body filler (which still peels a trailing byline or a
 * continuation marker off a paragraph). A line the parser had rejoined with the one before it
 * (a column break) stays joined.
 */
import { bodyLength, newDraft, type ArticleDraft } from '../article-draft';
import { parseByline } from '../detect-byline';
import { matchSource } from '../detect-source';
import { fillBody } from '../fill-body';
import type { ArticleKind } from '../parsed-page';
import { spanOf } from '../piece';
import type { Line } from '../split-lines';
import type { Group } from './regroup-lines';

export function buildDraft(
  group: Group,
  lines: readonly Line[],
  joined: ReadonlySet<number>,
  originKind: ArticleKind,
): ArticleDraft {
  const captions = group.lines.some((l) => l.role === 'caption');
  const bodies = group.lines.some((l) => l.role === 'body');
  const kind: ArticleKind = captions && !bodies ? 'photo' : originKind === 'photo' ? 'article' : originKind;
  const d = newDraft(kind);
  let previousBody = -2;
  for (const { index, role } of group.lines) {
    const line = lines[index];
    if (!line) continue;
    const body = (allowSource: boolean): void => {
      fillBody(d, line, { join: joined.has(index) && previousBody === index - 1, allowSource });
      d.closed = false;
      previousBody = index;
    };
    switch (role) {
      case 'kicker':
      case 'headline':
      case 'subheadline':
        d[role].push(line);
        break;
      case 'source': {
        if (d.source !== null) {
          body(false);
          break;
        }
        const found = matchSource(line);
        if (!found) {
          d.source = line;
          break;
        }
        d.source = found.source;
        d.bylines.push(...found.bylines);
        d.markup.push(...found.markup);
        if (found.rest.text.length > 0) {
          fillBody(d, found.rest, { join: false, allowSource: false });
          previousBody = index;
        }
        break;
      }
      case 'byline': {
        const found = parseByline(line);
        if (found) {
          d.bylines.push(...found.bylines);
          d.markup.push(...found.markup);
        } else {
          // The editor says it is a byline though no role word is printed: the whole line is the name.
          d.bylines.push({ role: '', name: line.text.replace(/\s+/gu, ''), spans: [spanOf(line)] });
        }
        break;
      }
      case 'body':
      case 'caption':
        body(d.source === null && bodyLength(d) === 0);
        break;
      case 'furniture':
        break;
    }
  }
  return d;
}
