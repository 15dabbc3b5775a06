import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import { importSources } from '../pages/import-files';
import { pagesToReview } from './pages-to-review';
import { restructurePage } from './restructure-page';

const NAME = '南通晚报_2024-07-12_A2.txt';

describe('pages to review (待核对)', () => {
  it('lists pages with warnings, with the implausibility reason; a page whose doubt was settled leaves the list', () => {
    const { db } = openArchive(':memory:');
    const clean =
      '南通晚报\n2024年7月11日 星期四\nA1 要闻\n\n市民公园完成改造\n本报讯 经过半年施工，市民公园近日完成改造并重新开放。\n';
    // Items that are all one short line: the parser flags the page as implausible.
    const heads = ['青石镇举办芦苇节', '河湾社区新建图书角', '晨光小学开设木工课', '东堤公园完成绿化改造'];
    const doubtful = [...heads, ...heads.map((h) => `${h}续`)]
      .map((h, k) => `${h}\n本报讯 活动吸引居民${k + 2}百人参加。\n`)
      .join('\n');
    importSources(db, [
      { name: NAME, bytes: readFileSync(join(__dirname, 'fixtures', NAME)) },
      { name: '南通晚报_2024-07-11_A1.txt', bytes: Buffer.from(clean) },
      { name: '南通晚报_2024-07-10_A9.txt', bytes: Buffer.from(doubtful) },
    ]);
    const r = pagesToReview(db, { offset: 0, limit: 50 });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.total).toBe(2);
    expect(r.value.pages.map((p) => p.fileName)).toEqual([NAME, '南通晚报_2024-07-10_A9.txt']);
    expect(r.value.pages[0]?.review).toBeNull();
    expect(r.value.pages[0]?.warnings[0]).toContain('第7行');
    expect(r.value.pages[1]?.review).not.toBeNull();

    const pageId = r.value.pages[0]!.id;
    expect(restructurePage(db, { pageId, lines: [7], action: { type: 'role', role: 'body' } }).ok).toBe(true);
    const after = pagesToReview(db, { offset: 0, limit: 50 });
    expect(after.ok && after.value.pages.map((p) => p.fileName)).toEqual(['南通晚报_2024-07-10_A9.txt']);
  });
});
