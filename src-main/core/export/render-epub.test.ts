import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hostileArticles } from '../../test-support/hostile-articles';
import { renderEpub } from './render-epub';

const INFO = { title: '专题 <&> `x`', exportedAt: '2024-07-11T09:30:00.000Z' };

describe('EPUB', () => {
  it('property: mimetype first and stored, every XML file well-formed, one chapter and TOC entry per article', () => {
    fc.assert(
      fc.property(hostileArticles, (articles) => {
        const bytes = renderEpub(articles, INFO);
        // OCF: the first local file header names `mimetype`, stored (method 0), its bytes right after.
        const head = strFromU8(bytes.subarray(30, 38 + 20));
        expect(head.startsWith('mimetypeapplication/epub+zip')).toBe(true);
        expect(bytes[8]).toBe(0);
        const files = unzipSync(bytes);
        for (const [name, data] of Object.entries(files))
          if (/\.(xml|opf|xhtml)$/.test(name))
            expect(XMLValidator.validate(strFromU8(data)), name).toBe(true);
        const opf = strFromU8(files['OEBPS/content.opf']!);
        expect(opf).toMatch(/<dc:identifier id="bookid">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
        expect(opf).toContain('<dc:language>zh-Hans</dc:language>');
        expect(opf.match(/<itemref /g)).toHaveLength(articles.length + 1);
        const nav = strFromU8(files['OEBPS/nav.xhtml']!);
        expect(nav.match(/<li>/g)).toHaveLength(articles.length);
        articles.forEach((_, i) => expect(files[`OEBPS/a${i + 1}.xhtml`]).toBeDefined());
      }),
      { numRuns: 40 },
    );
  });
});
