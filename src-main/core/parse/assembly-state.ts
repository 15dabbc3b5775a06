/**
 * The state the assembler carries from line to line, shared by the per-line placement modules
 * (place-head-run, place-body-line). Kept as one object rather than closure variables so each
 * step can live in its own module and TypeScript can narrow `current` without casts.
 */
import type { FurnitureItem, Span } from './parsed-page';
import type { LineInfo } from './classify-lines';
import { newDraft, pushHeadParagraph, type ArticleDraft } from './article-draft';
import { fillBody } from './fill-body';

export interface AssemblyState {
  infos: LineInfo[];
  drafts: ArticleDraft[];
  furniture: { item: FurnitureItem; spans: Span[] }[];
  warnings: string[];
  current: ArticleDraft | null;
  briefMode: boolean;
  /** How items of the current brief section are marked; a plain head after bulleted items ends it. */
  briefBulleted: boolean | null;
  /** Continuation markers (上接A1版) seen before the article they belong to. */
  pendingContinued: LineInfo[];
  /** An editor's note (编者按) printed above the heads it introduces: held for the next article. */
  pendingPreface: LineInfo[];
}

export function newAssemblyState(infos: LineInfo[]): AssemblyState {
  return {
    infos,
    drafts: [],
    furniture: [],
    warnings: [],
    current: null,
    briefMode: false,
    briefBulleted: null,
    pendingContinued: [],
    pendingPreface: [],
  };
}

/** The current article while it still takes body text (no closing byline yet). */
export function openDraft(state: AssemblyState): ArticleDraft | null {
  return state.current !== null && !state.current.closed ? state.current : null;
}

/** Starts a new article, giving it any held continuation markers and editor's note. */
export function startDraft(state: AssemblyState, kind: ArticleDraft['kind']): ArticleDraft {
  const d = newDraft(kind);
  for (const p of state.pendingContinued) addContinuation(d, p);
  state.pendingContinued = [];
  for (const p of state.pendingPreface) {
    if (p.editorLabel) pushHeadParagraph(d, p.line);
    else fillBody(d, p.line, { join: false, allowSource: false });
  }
  d.preface = d.paragraphs.length;
  d.closed = false;
  state.pendingPreface = [];
  state.drafts.push(d);
  state.current = d;
  return d;
}

export function addContinuation(d: ArticleDraft, info: LineInfo): void {
  if (!info.continuation) return;
  d.continued.push(info.continuation.marker);
  d.markup.push(...info.continuation.markup);
}
