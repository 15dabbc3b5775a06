import { describe, expect, it, vi } from 'vitest';

vi.mock('../../api', () => ({ call: vi.fn() }));
const { batches, isPageFile } = await import('./import-files.svelte');

describe('import file choice', () => {
  it('takes page text files and PDFs, nothing else', () => {
    const files = [
      { name: '江海晚报_A3.txt', type: 'text/plain' },
      { name: '南通日报_A2.PDF', type: '' },
      { name: 'e-paper download', type: 'application/pdf' },
      { name: 'photo.jpg', type: 'image/jpeg' },
      { name: 'page.expected.json', type: 'application/json' },
    ];
    expect(files.filter(isPageFile).map((f) => f.name)).toEqual([
      '江海晚报_A3.txt',
      '南通日报_A2.PDF',
      'e-paper download',
    ]);
  });

  it('sends at most 10 files and about 24 MB per request, a bigger PDF alone', () => {
    const mb = 1024 * 1024;
    const sizes = (bs: { size: number }[][]) => bs.map((b) => b.map((f) => f.size / mb));
    expect(sizes(batches([10, 10, 10, 30, 1].map((n) => ({ size: n * mb }))))).toEqual([
      [10, 10],
      [10],
      [30],
      [1],
    ]);
    expect(batches(Array.from({ length: 23 }, () => ({ size: 1 }))).map((b) => b.length)).toEqual([
      10, 10, 3,
    ]);
  });
});
