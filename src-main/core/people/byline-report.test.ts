import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportPersonT } from '../../contract';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { seedArchive } from '../../test-support/seed-archive';
import { openArchive } from '../db/open';
import { storePage } from '../pages/store-page';
import type { ParsedPage } from '../parse/parsed-page';
import { bylineReport } from './byline-report';

const FIXTURES = join(process.cwd(), 'src-main/core/parse/fixtures');

const brief = (p: ReportPersonT) => ({ name: p.name, pieces: p.pieces, shared: p.shared, roles: p.roles });

describe('稿件统计 on the sample page', () => {
  it('lists every byline name with its role, shared pieces marked', () => {
    const { db } = seedArchive();
    const r = bylineReport(db, {});
    if (!r.ok) throw new Error(r.error.code);
    // Sorted by pieces; ties follow characters written, then name.
    expect(r.value.people[0]?.name).toBe('朱文君');
    expect(r.value.people.map(brief)).toEqual(
      expect.arrayContaining([
        { name: '朱文君', pieces: 2, shared: 0, roles: { 记者: 2 } },
        { name: '李彤', pieces: 1, shared: 0, roles: { 记者: 1 } },
        { name: '陆薇', pieces: 1, shared: 1, roles: { 记者: 1 } },
        { name: '陈尔灿', pieces: 1, shared: 1, roles: { 通讯员: 1 } },
        { name: '翟慧勇', pieces: 1, shared: 0, roles: { 摄影: 1 } },
      ]),
    );
    expect(r.value.people).toHaveLength(5);
    expect(r.value.people.find((p) => p.name === '翟慧勇')?.photos).toBe(1);
    expect(r.value.unsigned).toBe(0);
  });
});

/** Counts per person derived straight from the fixtures' expected JSON, without the people code. */
function expectedCounts(pages: ParsedPage[], from: string | null, to: string | null) {
  const people = new Map<
    string,
    {
      pieces: number;
      shared: number;
      photos: number;
      frontPage: number;
      chars: number;
      roles: Record<string, number>;
      byMonth: Record<string, number>;
    }
  >();
  let unsigned = 0;
  for (const page of pages) {
    const date = page.meta.date;
    if ((from || to) && (date === null || (from && date < from) || (to && date > to))) continue;
    const label = page.meta.pageLabel ?? '';
    const front = label === '1' || label === 'A1' || label === '01';
    for (const a of page.articles) {
      const key = (n: string) => n.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
      const names = [...new Set(a.bylines.map((b) => key(b.name)))];
      if (names.length === 0) unsigned++;
      const chars = a.paragraphs.join('').replace(/\s/g, '').length;
      for (const name of names) {
        const p = people.get(name) ?? {
          pieces: 0,
          shared: 0,
          photos: 0,
          frontPage: 0,
          chars: 0,
          roles: {},
          byMonth: {},
        };
        people.set(name, p);
        p.pieces++;
        if (names.length > 1) p.shared++;
        if (a.kind === 'photo') p.photos++;
        if (front) p.frontPage++;
        p.chars += chars;
        for (const role of new Set(a.bylines.filter((b) => key(b.name) === name).map((b) => b.role)))
          p.roles[role] = (p.roles[role] ?? 0) + 1;
        if (date) p.byMonth[date.slice(0, 7)] = (p.byMonth[date.slice(0, 7)] ?? 0) + 1;
      }
    }
  }
  return { people, unsigned };
}

describe('稿件统计 on every parser fixture', () => {
  const pages = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as ParsedPage)
    .map((p) => ({ ...p, warnings: p.warnings ?? [] }));
  // Stored from the expected JSON, not re-parsed: the counts must follow the bylines as recorded.
  const { db } = openArchive(':memory:');
  pages.forEach((parsed, i) =>
    storePage(db, new TextEncoder().encode(`fixture ${i}`), {
      ...sampleOutcome(),
      parsed,
      // Each page its own text: pages with the same text are one page (duplicate detection).
      text: `fixture ${i}`,
      spans: [],
    }),
  );

  it.each([
    [null, null],
    ['2024-07-01', '2024-07-31'],
    ['2024-07-10', '2024-09-04'],
    ['2024-09-01', null],
    ['2024-01-01', '2024-12-31'],
    ['2023-12-01', '2024-08-31'],
    [null, '2024-08-14'],
  ] as const)('matches the expected JSON from %s to %s', (from, to) => {
    const want = expectedCounts(pages, from, to);
    const r = bylineReport(db, { ...(from ? { from } : {}), ...(to ? { to } : {}), chars: 'full' });
    if (!r.ok) throw new Error(r.error.code);
    const got = new Map(
      r.value.people.map((p) => [
        p.name,
        {
          pieces: p.pieces,
          shared: p.shared,
          photos: p.photos,
          frontPage: p.frontPage,
          chars: p.chars,
          roles: p.roles,
          byMonth: p.byMonth,
        },
      ]),
    );
    expect(got).toEqual(want.people);
    expect(r.value.unsigned).toBe(want.unsigned);
    const pieces = r.value.people.map((p) => p.pieces);
    expect(pieces).toEqual([...pieces].sort((a, b) => b - a));
  });

  it('per-paper and per-kind reports add up to the unfiltered one (month, year and row paths)', () => {
    const papers = [...new Set(pages.map((p) => p.meta.paper).filter((p) => p !== null))];
    const total = (reports: ReturnType<typeof bylineReport>[]) => {
      const sum = new Map<string, number>();
      for (const r of reports)
        if (r.ok) for (const p of r.value.people) sum.set(p.name, (sum.get(p.name) ?? 0) + p.pieces);
      return sum;
    };
    // Dated ranges only: the undated seed page has no paper, so no paper filter finds it.
    for (const range of [
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2024-07-05', to: '2024-09-10' },
    ]) {
      const all = bylineReport(db, range);
      if (!all.ok) throw new Error(all.error.code);
      const want = new Map(all.value.people.map((p) => [p.name, p.pieces]));
      expect(total(papers.map((paper) => bylineReport(db, { ...range, paper })))).toEqual(want);
      expect(
        total((['article', 'photo', 'brief'] as const).map((kind) => bylineReport(db, { ...range, kind }))),
      ).toEqual(want);
    }
  });
});
