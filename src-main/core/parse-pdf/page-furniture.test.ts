import { describe, expect, it } from 'vitest';
import { line } from './line-fixture';
import { splitFurniture } from './page-furniture';

const page = { width: 800, height: 1000 };
const rule = (y: number) => ({ x: 20, y, width: 760, height: 1 });

describe('splitFurniture', () => {
  const header = line('南通晚报 2024年7月10日', 20, 30, 9);
  const headline = line('我市筑牢城区排涝', 20, 100, 36);
  const body = [line('正文一二三', 20, 130), line('正文四五六', 20, 145)];
  const folio = line('-3-', 390, 980, 9);

  it('takes the lines above the top rule and below the bottom rule', () => {
    const s = splitFurniture([header, headline, ...body, folio], [rule(40), rule(960)], page, 10);
    expect(s.header).toEqual([header]);
    expect(s.footer).toEqual([folio]);
    expect(s.body).toEqual([headline, ...body]);
  });

  it('does not take an article under a row rule for a header', () => {
    const s = splitFurniture([headline, ...body], [rule(120)], page, 10);
    expect(s.header).toEqual([]);
  });

  it('without rules, takes small type standing apart at the edge, but not an article’s last lines', () => {
    expect(splitFurniture([headline, ...body, folio], [], page, 10).footer).toEqual([folio]);
    expect(splitFurniture([headline, ...body], [], page, 10).footer).toEqual([]);
  });
});
