import { describe, expect, it } from 'vitest';
import { metaFromFileName, resolvePageMeta } from './page-meta';

describe('page metadata', () => {
  it('reads paper, date and page from the file name', () => {
    expect(metaFromFileName('南通晚报_2024-07-10_A3.txt')).toEqual({
      paper: '南通晚报',
      date: '2024-07-10',
      pageLabel: 'A3',
      section: null,
    });
    expect(metaFromFileName('/in/江海日报-20240105-B2-要闻.txt')).toMatchObject({
      date: '2024-01-05',
      pageLabel: 'B2',
      section: '要闻',
    });
  });

  it('does not invent metadata from hash-like names', () => {
    expect(metaFromFileName('000_3497fb0fb16c1ff0.txt')).toEqual({
      paper: null,
      date: null,
      pageLabel: null,
      section: null,
    });
  });

  it('prefers options over header furniture over the file name', () => {
    const header = [
      { kind: 'header' as const, text: '江海晚报 2024年7月11日 星期四 A2 综合新闻 责任编辑 顾小川' },
    ];
    const fromHeader = resolvePageMeta(header, '南通晚报_2024-07-10_A3.txt', undefined);
    expect(fromHeader).toEqual({
      paper: '江海晚报',
      date: '2024-07-11',
      pageLabel: 'A2',
      section: '综合新闻',
    });
    const overridden = resolvePageMeta(header, '南通晚报_2024-07-10_A3.txt', {
      paper: '如皋日报',
      pageLabel: 'A1',
    });
    expect(overridden).toMatchObject({ paper: '如皋日报', pageLabel: 'A1', date: '2024-07-11' });
  });
});

describe('page label from a printed page number', () => {
  const folio = (text: string) => [{ kind: 'page-number' as const, text }];

  it('takes 第N版 and A5版 over the file name, since they name the page as printed', () => {
    expect(resolvePageMeta(folio('第5版'), 'x.txt', undefined).pageLabel).toBe('5');
    expect(resolvePageMeta(folio('A5版'), '南通晚报_2024-07-10_A3.txt', undefined).pageLabel).toBe('A5');
  });

  it('uses a bare -3- only when nothing better names the page', () => {
    expect(resolvePageMeta(folio('-3-'), 'x.txt', undefined).pageLabel).toBe('3');
    expect(resolvePageMeta(folio('-3-'), '南通晚报_2024-07-10_A3.txt', undefined).pageLabel).toBe('A3');
  });

  it('lets a header and import options win over the page number', () => {
    const header = { kind: 'header' as const, text: '南通晚报 2024年7月10日 星期三 A3 要闻' };
    expect(resolvePageMeta([header, ...folio('第5版')], 'x.txt', undefined).pageLabel).toBe('A3');
    expect(resolvePageMeta(folio('第5版'), 'x.txt', { pageLabel: 'B1' }).pageLabel).toBe('B1');
  });
});
