import { strToU8, zipSync, type Zippable } from 'fflate';
import { gbtCitation } from './citation-gbt';
import type { ExportArticle } from './export-articles';
import { bylineText, pageLine, runsOf } from './export-articles';
import { highlightCss, lookOf } from './highlight-colours';
import { escapeXml } from './xml-text';
import { nameUuid } from './name-uuid';
import type { DocumentInfo } from './render-markdown';
import { articleUrn } from './render-w3c';

const CSS = `body { font-family: serif; line-height: 1.8; }
h1 { font-family: sans-serif; font-size: 1.4em; text-align: center; }
.meta, .cite { font-family: sans-serif; font-size: 0.8em; color: #666; text-align: center; }
.cite { text-align: left; margin-top: 2em; }
p.body { text-indent: 2em; margin: 0 0 0.4em; }
blockquote { margin: 0.8em 0; padding-left: 0.8em; border-left: 3px solid #d4a017; font-size: 0.9em; }
${highlightCss()}
`;

const xhtml = (lang: string, title: string, body: string) => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head><meta charset="utf-8"/><title>${escapeXml(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
${body}
</body>
</html>
`;

function chapter(a: ExportArticle): string {
  const marks = (i: number) =>
    runsOf(a, i)
      .map((r) =>
        r.colour !== null
          ? `<mark class="${lookOf(r.colour).className}">${escapeXml(r.text)}</mark>`
          : escapeXml(r.text),
      )
      .join('');
  const notes = a.annotations
    .filter((n) => n.note)
    .map(
      (n) =>
        `<blockquote><p><mark class="${lookOf(n.colour).className}">${escapeXml(n.exact)}</mark></p><p>批注:${escapeXml(n.note ?? '')}</p></blockquote>`,
    );
  const meta = [pageLine(a), bylineText(a)].filter((x) => x.length > 0).join(' · ');
  return xhtml(
    a.language,
    a.headline ?? '(无标题)',
    [
      ...(a.kicker ? [`<p class="meta">${escapeXml(a.kicker)}</p>`] : []),
      `<h1>${escapeXml(a.headline ?? '(无标题)')}</h1>`,
      ...(a.subheadline ? [`<p class="meta">${escapeXml(a.subheadline)}</p>`] : []),
      `<p class="meta">${escapeXml(meta)}</p>`,
      ...a.paragraphs.map((_, i) => `<p class="body">${marks(i)}</p>`),
      ...notes,
      `<p class="cite">${escapeXml(gbtCitation(a))}</p>`,
    ].join('\n'),
  );
}

/**
 * EPUB 3 of a collection, for e-readers and Calibre: one XHTML chapter per article (with its
 * `lang`), a navigation document as the table of contents, and Dublin Core metadata. The
 * identifier is a name-based UUID of the articles, so exporting the same collection again gives
 * the same book identity (readers then replace it rather than shelving a copy).
 */
export function renderEpub(articles: readonly ExportArticle[], info: DocumentInfo): Uint8Array {
  const lang = articles.length > 0 && articles.every((a) => a.language === 'zh-Hant') ? 'zh-Hant' : 'zh-Hans';
  const id = `urn:uuid:${nameUuid(`epub:${articles.map(articleUrn).join(',')}`)}`;
  const files = articles.map((a, i) => ({ href: `a${i + 1}.xhtml`, a }));
  const title = escapeXml(info.title);
  const nav = xhtml(
    lang,
    info.title,
    `<nav epub:type="toc" id="toc"><h1>${title}</h1><ol>${files
      .map((f) => `<li><a href="${f.href}">${escapeXml(f.a.headline ?? '(无标题)')}</a></li>`)
      .join('')}</ol></nav>`,
  );
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="bookid" xml:lang="${lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="bookid">${id}</dc:identifier>
<dc:title>${title}</dc:title>
<dc:language>${lang}</dc:language>
<dc:creator>剪报 Jianbao</dc:creator>
<dc:date>${escapeXml(info.exportedAt.slice(0, 10))}</dc:date>
<meta property="dcterms:modified">${escapeXml(info.exportedAt.replace(/\.\d+Z$/, 'Z'))}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="style.css" media-type="text/css"/>
${files.map((f, i) => `<item id="c${i + 1}" href="${f.href}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine>
<itemref idref="nav"/>
${files.map((_, i) => `<itemref idref="c${i + 1}"/>`).join('\n')}
</spine>
</package>
`;
  const container = `<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;
  // The OCF container requires `mimetype` first and stored uncompressed; object order is zip order.
  const zip: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(container),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/nav.xhtml': strToU8(nav),
    'OEBPS/style.css': strToU8(CSS),
  };
  for (const f of files) zip[`OEBPS/${f.href}`] = strToU8(chapter(f.a));
  return zipSync(zip, { mtime: new Date(info.exportedAt) });
}
