/**
 * How each highlight colour looks outside Jianbao. CSS tints match the reader's (solid, since a
 * print has no page colour to blend with); Word offers only its fixed highlight palette, so each
 * colour takes the nearest one that keeps black text readable (purple has none: dark magenta with
 * white text). Unknown colours (a newer bundle) fall back to yellow.
 */
export interface HighlightLook {
  /** Class on `<mark>` and W3C `styleClass`. */
  className: string;
  css: string;
  word: 'yellow' | 'green' | 'cyan' | 'magenta' | 'darkMagenta';
  wordText?: string;
  /** Chinese name, for CSV/XLSX readers. */
  label: string;
}

const LOOKS: Record<string, HighlightLook> = {
  yellow: { className: 'hl-yellow', css: '#fdf0a6', word: 'yellow', label: '黄' },
  green: { className: 'hl-green', css: '#c6efc0', word: 'green', label: '绿' },
  blue: { className: 'hl-blue', css: '#c4dcf7', word: 'cyan', label: '蓝' },
  pink: { className: 'hl-pink', css: '#f9c6e0', word: 'magenta', label: '粉' },
  purple: { className: 'hl-purple', css: '#dcd2fb', word: 'darkMagenta', wordText: 'FFFFFF', label: '紫' },
};

export const lookOf = (colour: string): HighlightLook => LOOKS[colour] ?? LOOKS.yellow!;

/** CSS rules for every colour's class, for HTML, PDF, EPUB and the W3C `stylesheet`. */
export const highlightCss = (selector = 'mark'): string =>
  Object.values(LOOKS)
    .map((l) => `${selector}.${l.className} { background: ${l.css}; }`)
    .join('\n');
