import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { applyTag } from '../tags/apply-tag';
import { startJob } from './export-jobs';
import { chromiumPath } from './print-pdf';
import { renderExport } from './run-export';

const has = (cmd: string, args: string[]): boolean => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    // Not installed: the test below says so and skips.
    return false;
  }
};

const ready = chromiumPath() !== null && has('pdffonts', ['-v']) && has('pdftotext', ['-v']);
if (!ready) console.log('PDF checks skipped: needs Chromium and poppler-utils (pdffonts, pdftotext)');
/** A TrueType-outline CJK font Chromium embeds as a CID font (see PRINT_FONTS in render-html.ts). */
const trueTypeCjk =
  ready &&
  /WenQuanYi|AR PL UMing|AR PL UKai/.test(execFileSync('fc-list', [':lang=zh', 'family']).toString());

describe.skipIf(!ready)('PDF export through headless Chromium', () => {
  it('gives the text back, embeds CID fonts, has page numbers and an outline of articles', async () => {
    const { db, ids } = seedArchive();
    const tag = applyTag(db, { tag: '测试专题', articleIds: [ids[0]!, ids[3]!] });
    if (!tag.ok) throw new Error('tag');
    const out = await renderExport(
      db,
      { source: { kind: 'collection', collection: { kind: 'tag', tagId: tag.value.tag.id } }, format: 'pdf' },
      startJob(undefined),
    );
    if (!out.ok) throw new Error(out.error.code);
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-test-'));
    try {
      const file = join(dir, 'x.pdf');
      const bytes = out.value.files[0]!.bytes;
      writeFileSync(file, bytes);
      const text = execFileSync('pdftotext', [file, '-']).toString();
      expect(text).toContain('推进高水平跨江融合 共建长江口产业创新协同区');
      expect(text).toContain('[N].');
      expect(text).toMatch(/^1 ?\/ ?\d+$/m);
      expect(Buffer.from(bytes).includes('/Outlines')).toBe(true);
      const fonts = execFileSync('pdffonts', [file]).toString();
      if (trueTypeCjk) {
        expect(fonts).toContain('CID TrueType');
        expect(fonts).not.toContain('Type 3');
      } else console.log('CID font check skipped: no TrueType CJK font (WenQuanYi, AR PL) installed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
