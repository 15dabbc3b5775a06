/**
 * Reader DOM ↔ offsets in an article's canonical text (body paragraphs joined by "\n\n", the same
 * definition as core/annotations/article-text.ts). Each body paragraph is a `[data-para=i]` element;
 * its text nodes, minus the source label (`[data-field=source]`), spell the paragraph. Search <mark>s
 * and any other wrappers are transparent to this, so highlights and search marks coexist.
 */
const SEPARATOR = 2;

function paragraphStart(paragraphs: readonly string[], i: number): number {
  let at = 0;
  for (let k = 0; k < i; k++) at += (paragraphs[k]?.length ?? 0) + SEPARATOR;
  return at;
}

function textNodes(p: Element): Text[] {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('[data-field="source"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Characters of layout whitespace before the paragraph's own text inside its element. */
function leadOf(nodes: Text[], paragraph: string): number {
  const lead = nodes
    .map((n) => n.data)
    .join('')
    .indexOf(paragraph);
  return lead < 0 ? 0 : lead;
}

function paragraphOf(node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest<HTMLElement>('[data-para]') ?? null;
}

/** Canonical offset of a DOM point (a selection end, a caret), or null outside the body text. */
export function offsetAt(
  root: Element,
  paragraphs: readonly string[],
  node: Node,
  offset: number,
): number | null {
  const p = paragraphOf(node);
  if (!p || !root.contains(p)) return null;
  const i = Number(p.dataset.para);
  const paragraph = paragraphs[i];
  if (paragraph === undefined) return null;
  const upTo = document.createRange();
  upTo.setStart(p, 0);
  upTo.setEnd(node, offset);
  const before = upTo.cloneContents();
  for (const source of before.querySelectorAll('[data-field="source"]')) source.remove();
  const nodes = textNodes(p);
  const count = before.textContent?.length ?? 0;
  const local = Math.min(paragraph.length, Math.max(0, count - leadOf(nodes, paragraph)));
  return paragraphStart(paragraphs, i) + local;
}

export interface TextSelection {
  start: number;
  end: number;
  exact: string;
}

export function selectionIn(root: Element, paragraphs: readonly string[]): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  const start = offsetAt(root, paragraphs, r.startContainer, r.startOffset);
  const end = offsetAt(root, paragraphs, r.endContainer, r.endOffset);
  if (start === null || end === null || end <= start) return null;
  const exact = paragraphs.join('\n\n').slice(start, end);
  return exact.trim() ? { start, end, exact } : null;
}

function pointAt(root: Element, paragraphs: readonly string[], at: number): [Node, number] | null {
  let i = 0;
  while (i < paragraphs.length - 1 && at > paragraphStart(paragraphs, i) + (paragraphs[i]?.length ?? 0)) i++;
  const p = root.querySelector(`[data-para="${i}"]`);
  const paragraph = paragraphs[i];
  if (!p || paragraph === undefined) return null;
  const nodes = textNodes(p);
  let local =
    leadOf(nodes, paragraph) + Math.max(0, Math.min(paragraph.length, at - paragraphStart(paragraphs, i)));
  for (const n of nodes) {
    if (local <= n.length) return [n, local];
    local -= n.length;
  }
  const last = nodes[nodes.length - 1];
  return last ? [last, last.length] : null;
}

/** A live DOM Range over canonical [start, end), for painting and scrolling. */
export function rangeOf(
  root: Element,
  paragraphs: readonly string[],
  start: number,
  end: number,
): Range | null {
  const a = pointAt(root, paragraphs, start);
  const b = pointAt(root, paragraphs, end);
  if (!a || !b) return null;
  const r = document.createRange();
  r.setStart(a[0], a[1]);
  r.setEnd(b[0], b[1]);
  return r;
}
