import { describe, expect, it, vi } from 'vitest';
import type { BylineReportT, Input } from '../../../../src-main/contract';

const asked: Input<'report.bylines'>[] = [];
const person = (
  personId: number,
  name: string,
  pieces: number,
  chars: number,
  byMonth: Record<string, number>,
) => ({
  personId,
  name,
  aliases: [],
  roles: { 记者: pieces },
  pieces,
  shared: 0,
  chars,
  photos: 0,
  frontPage: 0,
  byMonth,
});
const answer: BylineReportT = {
  from: '2024-07-01',
  to: '2024-08-31',
  months: ['2024-07', '2024-08'],
  unsigned: 0,
  // The core's order: pieces, then characters.
  people: [
    person(1, '朱文君', 3, 900, { '2024-07': 1, '2024-08': 2 }),
    person(2, '陆薇', 2, 500, { '2024-07': 2 }),
    person(3, '陈尔灿', 2, 100, { '2024-08': 2 }),
  ],
};
vi.mock('../../api', () => ({
  call: vi.fn(async (_name: string, input: Input<'report.bylines'>) => {
    asked.push(input);
    return { ok: true, value: answer };
  }),
}));
vi.mock('../export/exporter.svelte', () => ({ download: vi.fn() }));

const { BylineReport, monthRange } = await import('./report.svelte');

describe('BylineReport', () => {
  it('a month is its first to last day, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2023-12')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('asks with the filters set, cleared ones left out', async () => {
    const r = new BylineReport();
    await r.set({ from: '2024-07-01', to: '2024-08-31', paper: '南通晚报' });
    await r.set({ paper: '' });
    expect(asked.at(-1)).toEqual({ from: '2024-07-01', to: '2024-08-31' });
  });

  it('sorts by any column; ties keep the core order; a second click reverses', async () => {
    const r = new BylineReport();
    await r.load();
    const names = () => r.rows.map((p) => p.name);
    expect(names()).toEqual(['朱文君', '陆薇', '陈尔灿']);
    r.sortBy('month:2024-08');
    expect(names()).toEqual(['朱文君', '陈尔灿', '陆薇']);
    r.sortBy('name');
    expect(names()).toEqual(['陈尔灿', '陆薇', '朱文君']);
    r.sortBy('name');
    expect(names()).toEqual(['朱文君', '陆薇', '陈尔灿']);
    r.sortBy('chars');
    expect(names()).toEqual(['朱文君', '陆薇', '陈尔灿']);
    r.sortBy('chars');
    expect(names()).toEqual(['陈尔灿', '陆薇', '朱文君']);
  });
});
