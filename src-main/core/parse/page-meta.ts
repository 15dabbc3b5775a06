/**
 * Page metadata (paper, date, page label, section). Precedence: import options (the editor said
 * so) > the page's own header furniture > the file name (南通晚报_2024-07-10_A3_要闻.txt).
 */
import type { FurnitureItem, PageMeta } from './parsed-page';
import { DATE_CN, DATE_ISO, PAGE_LABEL, PAPER, SECTIONS } from './detect-furniture';

const EMPTY: PageMeta = { paper: null, date: null, pageLabel: null, section: null };

function isoDate(y: string, m: string, d: string): string | null {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateIn(text: string): string | null {
  const m = DATE_CN.exec(text) ?? DATE_ISO.exec(text) ?? /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/u.exec(text);
  return m?.[1] && m[2] && m[3] ? isoDate(m[1], m[2], m[3]) : null;
}

function pageLabelIn(text: string): string | null {
  const m = PAGE_LABEL.exec(text);
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? null;
}

function sectionIn(text: string): string | null {
  // Longest name first, so 综合新闻 is not read as 综合.
  const names = [...SECTIONS].sort((a, b) => b.length - a.length);
  return names.find((s) => text.includes(s)) ?? null;
}

export function metaFromFurniture(items: FurnitureItem[]): PageMeta {
  const meta: PageMeta = { ...EMPTY };
  for (const { kind, text } of items) {
    if (kind === 'header') {
      meta.paper ??= PAPER.exec(text)?.[0] ?? null;
      meta.date ??= dateIn(text);
      meta.pageLabel ??= pageLabelIn(text);
      // Staff credits (本版编辑) are not section names; only look before them. The paper's own
      // name is not one either (经济日报 is not the 经济 page).
      const beforeStaff = text.split(/责任编辑|责编|编辑|美编|校对/u)[0] ?? '';
      meta.section ??= sectionIn(beforeStaff.replace(PAPER, ''));
    } else if (kind === 'section') {
      meta.pageLabel ??= pageLabelIn(text);
      if (!/简讯|快讯|短讯/u.test(text)) meta.section ??= sectionIn(text);
    }
  }
  return meta;
}

/** 南通晚报_2024-07-10_A3.txt, 南通晚报-20240710-A3-要闻.txt; any part may be missing. */
export function metaFromFileName(fileName: string): PageMeta {
  const base = fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  const meta: PageMeta = { ...EMPTY };
  for (const part of base.split(/[_\s]+|(?<=\D)-|-(?=\D)/u)) {
    if (!part) continue;
    const date = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{8}$|^\d{4}年\d{1,2}月\d{1,2}日$/u.test(part)
      ? dateIn(part)
      : null;
    if (date) meta.date ??= date;
    else if (/^[A-Z]{1,2}\d{1,2}$|^[1-9]\d?$/u.test(part)) meta.pageLabel ??= part;
    // 人民日报_2024-09-03_01.txt: file names pad page numbers; the printed page is 1.
    else if (/^0[1-9]$/u.test(part)) meta.pageLabel ??= part.slice(1);
    else if (/^第\d{1,2}版$/u.test(part)) meta.pageLabel ??= part.replace(/\D/gu, '');
    else if (PAPER.test(part) && PAPER.exec(part)?.[0] === part) meta.paper ??= part;
    else if (SECTIONS.includes(part)) meta.section ??= part;
  }
  return meta;
}

/**
 * The label a printed page number gives (第5版 → 5, A5版 → A5, -3- → 3) and how much to trust it.
 * A lettered or 第N版 number names the page as the paper does, so it outranks the file name; a bare
 * -3- is the sheet's folio (A3 of section A prints -3-), so a file name's A3 is the better label.
 */
export function labelFromPageNumbers(items: FurnitureItem[]): { label: string; strong: boolean } | null {
  for (const { kind, text } of items) {
    if (kind !== 'page-number') continue;
    const lettered = /([A-Z]{1,2})\s*(\d{1,2})/u.exec(text);
    if (lettered?.[1] && lettered[2]) return { label: `${lettered[1]}${Number(lettered[2])}`, strong: true };
    const numbered = /第\s*(\d{1,3})\s*版/u.exec(text);
    if (numbered?.[1]) return { label: String(Number(numbered[1])), strong: true };
    const bare = /\d{1,3}/u.exec(text);
    if (bare) return { label: String(Number(bare[0])), strong: false };
  }
  return null;
}

export function resolvePageMeta(
  furniture: FurnitureItem[],
  fileName: string,
  overrides: Partial<PageMeta> | undefined,
): PageMeta {
  const fromHeader = metaFromFurniture(furniture);
  const fromName = metaFromFileName(fileName);
  const pick = <K extends keyof PageMeta>(key: K): PageMeta[K] =>
    overrides?.[key] ?? fromHeader[key] ?? fromName[key] ?? null;
  const folio = labelFromPageNumbers(furniture);
  const pageLabel =
    overrides?.pageLabel ??
    fromHeader.pageLabel ??
    (folio?.strong ? folio.label : null) ??
    fromName.pageLabel ??
    folio?.label ??
    null;
  return { paper: pick('paper'), date: pick('date'), pageLabel, section: pick('section') };
}
