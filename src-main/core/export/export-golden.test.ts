import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { applyTag } from '../tags/apply-tag';
import { startJob } from './export-jobs';
import { renderExport, type ExportRequest } from './run-export';

/**
 * Golden files for the formats editors read directly. On an intended change, regenerate with
 * UPDATE_GOLDEN=1 and review the diff like any other code change.
 */
const GOLDEN = join(__dirname, 'fixtures');

async function exported(format: ExportRequest['format']): Promise<string> {
  const { db, ids } = seedArchive();
  const tag = applyTag(db, { tag: '测试专题', articleIds: [ids[0]!, ids[3]!] });
  applyTag(db, { tag: '人物/吴新明', articleIds: [ids[0]!] });
  if (!tag.ok) throw new Error('tag failed');
  const paragraphs = JSON.parse(
    db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(ids[0]) as string,
  ) as string[];
  const exact = '共建长江口产业创新协同区';
  const start = paragraphs[0]!.indexOf(exact);
  const note = createAnnotation(db, {
    articleId: ids[0]!,
    start,
    end: start + exact.length,
    exact,
    colour: 'yellow',
    note: '核实提案编号',
  });
  if (!note.ok) throw new Error(`annotation failed: ${note.error.code}`);
  const out = await renderExport(
    db,
    {
      source: { kind: 'collection', collection: { kind: 'tag', tagId: tag.value.tag.id } },
      format,
      exportedAt: '2024-07-11T09:30:00.000Z',
    },
    startJob(undefined),
  );
  if (!out.ok) throw new Error(`export failed: ${out.error.code}`);
  // ignoreBOM keeps the BOM in the string, so the test sees the bytes Excel sees.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(out.value.files[0]!.bytes);
}

async function golden(name: string, actual: string): Promise<void> {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('export golden files on the seed page', () => {
  it('Markdown: front matter, headline, meta line, ==highlight== and its note', async () => {
    const md = await exported('md');
    expect(md).toContain('==共建长江口产业创新协同区==');
    expect(md).toContain('批注:核实提案编号');
    await golden('seed.md', md);
  });

  it('CSV: BOM, header, one row per article with tags and annotation count', async () => {
    const csv = await exported('csv');
    expect(
      csv.startsWith('\uFEFFid,date,page,kind,headline,bylines,tags,text_length,annotation_count\r\n'),
    ).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
    await golden('seed.csv', csv);
  });

  it('HTML: self-contained, CJK font stacks, 2em indents, no scripts or remote resources', async () => {
    const html = await exported('html');
    expect(html).toContain('text-indent: 2em');
    expect(html).toContain('Noto Serif CJK SC');
    expect(html).not.toMatch(/<script|<link|src=|url\(/);
    expect(html).toContain('<mark class="hl-yellow">共建长江口产业创新协同区</mark>');
    await golden('seed.html', html);
  });
});
