/**
 * HTML escaping for every field that reaches an HTML or EPUB (XHTML) export. Text and attribute
 * values both go through `escapeHtml`, which also drops code points XML forbids, so the same
 * string is safe in HTML, in XHTML and inside a `<meta content="…">`.
 */
import { xmlSafe } from './xml-text';

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (s: string): string => xmlSafe(s).replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
