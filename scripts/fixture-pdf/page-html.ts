/**
 * Page blocks + a seeded style → one newspaper-like HTML page for Chromium's print-to-PDF:
 * header and footer lines with rules, rows of ruled cells, heads in large type above body text
 * set in CSS columns, bylines in another face, grey photo boxes with captions.
 */
import type { ArticleBlock, PageBlocks, Paragraph } from './page-blocks';
import { chooseStyle, type LayoutStyle } from './layout-style';
import { planRows, type Cell } from './plan-rows';
import type { Random } from './seeded-random';

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const PT_PER_MM = 72 / 25.4;

function paragraphHtml(p: Paragraph, st: LayoutStyle, caption: boolean): string {
  const runs = p.segments
    .map((s) => {
      if (s.face === 'source') return `<b style="font-family:${st.headFace}">${esc(s.text)}</b>`;
      if (s.face === 'title') return `<b style="font-family:${st.headFace}">${esc(s.text)}</b>`;
      if (s.face === 'byline') return `<span style="font-family:${st.bylineFace}">${esc(s.text)}</span>`;
      return esc(s.text);
    })
    .join('');
  const cls = p.bylineOnly ? 'byline' : caption ? 'caption' : 'para';
  return `<p class="${cls}">${runs}</p>`;
}

function headSize(text: string, cellMm: number, st: LayoutStyle): number {
  const widthPt = cellMm * PT_PER_MM - 16;
  return Math.max(28, Math.min(st.maxHeadPt, Math.floor((widthPt * 0.96) / Math.max(1, text.length))));
}

function blockHtml(b: ArticleBlock, cellMm: number, st: LayoutStyle): string {
  const parts: string[] = [];
  if (b.label) parts.push(`<div class="label">${esc(b.label)}</div>`);
  if (b.kind === 'photo') {
    const title = b.headline ? `<div class="ptitle">${esc(b.headline)}</div>` : '';
    const box = `<div class="photo" style="height:${Math.round(Math.min(cellMm * 0.55, 70))}mm"></div>`;
    parts.push(st.photoTitleAbove ? title + box : box + title);
    parts.push(...b.paragraphs.map((p) => paragraphHtml(p, st, true)));
    return `<div class="block">${parts.join('')}</div>`;
  }
  if (b.kicker) parts.push(`<div class="kicker">${esc(b.kicker)}</div>`);
  if (b.headline) {
    const size = headSize(b.headline, cellMm, st);
    parts.push(`<h1 style="font-size:${size}pt">${esc(b.headline)}</h1>`);
  }
  if (b.subheadline) parts.push(`<div class="sub">${esc(b.subheadline)}</div>`);
  const columns = Math.max(1, Math.round(cellMm / st.columnMm));
  const body = b.paragraphs.map((p) => paragraphHtml(p, st, false)).join('');
  parts.push(`<div class="body" style="column-count:${columns}">${body}</div>`);
  return `<div class="block">${parts.join('')}</div>`;
}

function cellHtml(cell: Cell, contentMm: number, st: LayoutStyle): string {
  const cellMm = (contentMm * cell.units) / 12 - 4;
  const blocks = cell.blocks.map((b) => blockHtml(b, cellMm, st));
  const sep = st.stackRules ? '<div class="stackrule"></div>' : '<div class="stackgap"></div>';
  return `<div class="cell" style="flex:${cell.units} 1 0">${blocks.join(sep)}</div>`;
}

function css(st: LayoutStyle): string {
  const rule = `${st.rulePt}pt solid #111`;
  return `
  @page { margin: 0 }
  * { box-sizing: border-box }
  /* Synthetic bold would come out as unnamed Type 3 glyphs; papers use a heavier face instead. */
  body { font-synthesis: none; margin: 0; width: ${st.pageWidthMm}mm; padding: ${st.marginMm}mm; font-family: ${st.bodyFace};
         font-size: ${st.bodyPt}pt; line-height: ${st.leading}; color: #111; background: #fff }
  .masthead { display: flex; flex-direction: ${st.headerRow ? 'row' : 'column'}; justify-content: space-between;
              font-family: ${st.headFace}; font-size: 9pt; padding-bottom: 2mm; border-bottom: ${st.rulePt * 2}pt solid #111 }
  .footer { display: flex; justify-content: space-between; font-size: 8.5pt; margin-top: 3mm;
            padding-top: 1.5mm; border-top: ${rule} }
  .row { display: flex; border-top: ${rule}; padding: 3mm 0 }
  .row:first-of-type { border-top: none }
  .cell { padding: 0 2mm; min-width: 0 }
  .cell + .cell { border-left: ${rule} }
  .stackrule { border-top: ${rule}; margin: 3mm 0 }
  .stackgap { height: 7mm }
  .label { display: inline-block; background: #222; color: #fff; font-family: ${st.headFace};
           font-weight: bold; font-size: 11pt; padding: 0.5mm 2mm; margin-bottom: 2mm }
  .kicker { font-family: ${st.headFace}; font-size: ${st.kickerPt}pt; line-height: 1.3; text-align: ${st.headAlign}; margin-bottom: 1mm }
  h1 { font-family: ${st.headFace}; font-weight: bold; line-height: 1.2; margin: 0 0 1.5mm; text-align: ${st.headAlign};
       line-break: anywhere }
  .sub { font-family: ${st.subFace}; font-size: ${st.subPt}pt; line-height: 1.3; text-align: ${st.headAlign}; margin-bottom: 1mm }
  .body { margin-top: 3mm; column-gap: 5mm; column-fill: balance;
          ${st.columnRules ? 'column-rule: 0.5pt solid #777;' : ''} }
  p { margin: 0; text-align: justify }
  p.para { text-indent: 2em }
  p.byline { text-align: right; font-family: ${st.bylineFace} }
  p.caption { font-family: ${st.captionFace}; font-size: ${st.bodyPt - 0.5}pt }
  .photo { background: #b9b9b9; margin: 1mm 0 2mm }
  .ptitle { font-family: ${st.headFace}; font-weight: bold; font-size: ${st.bodyPt + 2}pt; margin-bottom: 1mm }
  `;
}

export function pageHtml(page: PageBlocks, rng: Random, faces: 'truetype' | 'noto' = 'truetype'): string {
  const st = chooseStyle(rng, faces);
  const contentMm = st.pageWidthMm - 2 * st.marginMm;
  const rows = planRows(page.blocks, contentMm, rng);
  const header = page.header.map((h) => `<div>${esc(h)}</div>`).join('');
  const footer = page.footer.map((h) => `<div>${esc(h)}</div>`).join('');
  const body = rows
    .map((row) => `<div class="row">${row.map((c) => cellHtml(c, contentMm, st)).join('')}</div>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css(st)}</style></head><body>
  ${header ? `<div class="masthead">${header}</div>` : ''}
  <main>${body}</main>
  ${footer ? `<div class="footer">${footer}</div>` : ''}
  </body></html>`;
}
