import { describe, expect, it } from 'vitest';
import type { ImportReportT } from '../../../../src-main/contract';
import { groupReportWarnings, isBundleFile } from './report-groups';

const file = (name: string, pageId: number | null, warnings: string[]): ImportReportT['files'][number] => ({
  name,
  status: 'imported',
  pageId,
  articles: 1,
  warnings,
  error: null,
});

describe('import report warnings', () => {
  it('folds the same doubt over many files into one entry with its count and its pages', () => {
    const files = Array.from({ length: 300 }, (_, i) =>
      file(`p${i}.txt`, i + 1, ['未能从页眉或文件名识别日期']),
    );
    files.push(file('a.txt', 900, ['3 处(第4、9、17行):两行短标题按一个主题合并', '第2行:疑似页眉']));
    files.push(file('b.txt', 901, ['第8行:两行短标题按一个主题合并']));
    const groups = groupReportWarnings(files);
    expect(groups.map((g) => [g.text, g.count, g.files.length])).toEqual([
      ['未能从页眉或文件名识别日期', 300, 300],
      ['两行短标题按一个主题合并', 4, 2],
      ['疑似页眉', 1, 1],
    ]);
    expect(groups[1]?.files).toEqual([
      { name: 'a.txt', pageId: 900, count: 3 },
      { name: 'b.txt', pageId: 901, count: 1 },
    ]);
  });

  it('keeps a failed file’s warnings with no page to link', () => {
    expect(groupReportWarnings([file('x.txt', null, ['编码存疑'])])).toEqual([
      { text: '编码存疑', count: 1, files: [{ name: 'x.txt', pageId: null, count: 1 }] },
    ]);
  });

  it('knows a bundle by its name', () => {
    expect(isBundleFile('july.jianbao.json')).toBe(true);
    expect(isBundleFile('page.txt')).toBe(false);
  });
});
