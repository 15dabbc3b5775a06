/**
 * PDF bytes → per page: text runs with position, size and font, and the graphics drawn (rules,
 * boxes, images). Uses Mozilla's pdf.js (its Node-compatible legacy build), the same code under
 * the CLI, the browser host and Electron. Encrypted, damaged and text-less files are typed errors.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { err, ok, type Result } from '../../result';
import type { PdfPageContent, TextRun } from './pdf-content';
import { pageGraphics, type Matrix } from './pdf-graphics';

type PdfJs = typeof PdfJsModule;

let loaded: Promise<PdfJs> | null = null;
/** pdf.js is large; load it on the first PDF, not at start-up. */
const pdfjs = (): Promise<PdfJs> => (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Predefined CMaps (for CJK fonts that are not embedded) ship inside pdfjs-dist. */
function cMapUrl(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return pathToFileURL(join(dirname(pkg), 'cmaps') + '/').href;
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/**
 * Fonts that share one glyph between a Kangxi radical and its ideograph (Noto CJK) often map it back
 * to the radical (⼀ U+2F00 for 一): those code points never occur in running Chinese text.
 */
export function unifyRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/gu, (c) => SUPPLEMENT.get(c) ?? c.normalize('NFKC'));
}

/** CJK Radicals Supplement forms have no Unicode decomposition: the ideograph each one stands for. */
const SUPPLEMENT = new Map(
  (
    '⺠民⻝食⻟饣⻅见⻆角⻈讠⻉贝⻋车⻓长⻔门⻚页⻛风⻜飞⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟⻄西⻘青⺟母⻁虎⺬示⺝月⺼月⻌辶⻍辶⺁厂⺇几⺊卜⺗心⺯糸⺰纟⺻聿⻂衤⻑長⻗雨⻙韦⻡首⻪黾'.match(
      /../gu,
    ) ?? []
  ).map((pair) => [pair[0] as string, pair[1] as string]),
);

/**
 * Chromium turns CFF faces (Noto CJK, Debian's default) into Type 3 fonts whose ToUnicode comes
 * from the font's own character map, so a glyph the Simplified-Chinese form substitutes in reads
 * back as the code point that owns that glyph: 户 as 戶, the dash in 1—6月 as ―.
 */
const TYPE3_VARIANTS = new Map([
  ['\u6236', '\u6237'],
  ['\u2015', '\u2014'],
]);

export function unifyType3Variants(text: string): string {
  return text.replace(/[\u6236\u2015]/gu, (c) => TYPE3_VARIANTS.get(c) ?? c);
}

function runOf(item: RawItem, view: Matrix, type3: boolean): TextRun | null {
  if (item.str.trim().length === 0 && item.width <= 0) return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const x = view[0] * e + view[2] * f + view[4];
  const baseline = view[1] * e + view[3] * f + view[5];
  return {
    text: type3 ? unifyType3Variants(unifyRadicals(item.str)) : unifyRadicals(item.str),
    x,
    baseline,
    width: item.width,
    size: Math.hypot(c, d) || Math.hypot(a, b),
    font: item.fontName,
  };
}

function isType3(
  page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } },
  font: string,
): boolean {
  if (!page.commonObjs.has(font)) return false;
  return (page.commonObjs.get(font) as { isType3Font?: boolean } | null)?.isType3Font === true;
}

export type PdfFailure = 'pdf-encrypted' | 'pdf-broken';

/** Reads every page; `fileName` only names the file in errors. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<Result<PdfPageContent[]>> {
  const lib = await pdfjs();
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    // pdf.js rejects with its own exception classes, told apart by name.
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return err('pdf-encrypted', fileName);
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
      return err('pdf-broken', fileName);
    }
    throw e;
  }
  try {
    const pages: PdfPageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const view = viewport.transform as Matrix;
      // The operator list first: it loads every font, which the text extraction then reuses, and
      // tells which fonts are Type 3.
      const ops = await page.getOperatorList();
      const text = await page.getTextContent();
      const type3 = new Set(Object.keys(text.styles).filter((name) => isType3(page, name)));
      const runs = text.items.flatMap((item) =>
        'str' in item ? (runOf(item, view, type3.has(item.fontName)) ?? []) : [],
      );
      pages.push({
        pageNo: n,
        width: viewport.width,
        height: viewport.height,
        runs,
        graphics: pageGraphics(ops, lib.OPS, view),
      });
      page.cleanup();
    }
    return ok(pages);
  } catch (e) {
    // A file that opens but whose page streams are corrupt fails here.
    const name = e instanceof Error ? e.name : '';
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
      return err('pdf-broken', fileName);
    }
    throw e;
  } finally {
    await doc.destroy();
  }
}
