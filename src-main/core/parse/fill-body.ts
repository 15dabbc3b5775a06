/**
 * Adding one body line to an article: peel off what is glued to it (a □ byline at the start,
 * a continuation marker, a byline or photo credit at the end, a source marker) and store the
 * rest as a new paragraph or as the second half of a column-broken one.
 */
import { PAREN_NAME_ROLE, findLeadingByline, findTrailingByline } from './detect-byline';
import { splitContinuation } from './detect-continuation';
import { matchSource } from './detect-source';
import { slicePiece, type Piece } from './piece';
import type { ArticleDraft } from './article-draft';
import { bulletLength } from './text-chars';

export interface FillOptions {
  /** Append to the last paragraph (column break) instead of starting a new one. */
  join: boolean;
  /** Look for a source marker at the start (only where an article body may begin). */
  allowSource: boolean;
}

function takeContinuation(draft: ArticleDraft, piece: Piece): Piece {
  const split = splitContinuation(piece);
  if (!split) return piece;
  draft.continued.push(split.continuation.marker);
  draft.markup.push(...split.continuation.markup);
  return split.rest;
}

/** Strips a leading bullet (■ ● ◆…) into markup; the byline box □ is left for byline parsing. */
export function takeBullet(draft: ArticleDraft, piece: Piece): Piece {
  const length = bulletLength(piece.text);
  if (length === 0) return piece;
  draft.markup.push([piece.start, piece.start + 1]);
  return slicePiece(piece, length);
}

export function fillBody(draft: ArticleDraft, line: Piece, options: FillOptions): void {
  let piece = takeContinuation(draft, line);
  if (options.allowSource && draft.source === null) {
    const source = matchSource(piece);
    if (source) {
      draft.source = source.source;
      draft.bylines.push(...source.bylines);
      draft.markup.push(...source.markup);
      piece = source.rest;
    }
  }
  const lead = findLeadingByline(piece);
  if (lead) {
    draft.bylines.push(...lead.match.bylines);
    draft.markup.push(...lead.match.markup);
    piece = lead.rest;
  }
  piece = takeContinuation(draft, piece);
  const tail = findTrailingByline(piece, {
    bareRole: draft.kind === 'photo' ? '摄影' : null,
    parenRole: PAREN_NAME_ROLE,
  });
  if (tail && tail.body.text.length > 0) {
    draft.bylines.push(...tail.match.bylines);
    draft.markup.push(...tail.match.markup);
    piece = takeContinuation(draft, tail.body);
    draft.closed = true;
  }
  if (piece.text.length === 0) return;
  const last = draft.paragraphs.at(-1);
  if (options.join && last) last.push(piece);
  else draft.paragraphs.push([piece]);
}
