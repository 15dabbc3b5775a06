import { describe, expect, it } from 'vitest';
import { findLine, lineKeys } from './line-keys';
import { regroupLines } from './regroup-lines';
import type { LinePlacement } from './structure-types';
import type { Line } from '../split-lines';

const line = (text: string, lineNo: number): Line => ({
  text,
  start: 0,
  end: text.length,
  lineNo,
  blankBefore: false,
});

// Two articles: 0 = lines 0–2 (headline, body, body), 1 = lines 3–5 (headline, body, byline); line 6 furniture.
const placed: LinePlacement[] = [
  { article: 0, role: 'headline' },
  { article: 0, role: 'body' },
  { article: 0, role: 'body' },
  { article: 1, role: 'headline' },
  { article: 1, role: 'body' },
  { article: 1, role: 'byline' },
  { article: null, role: 'furniture' },
];
const SHORT: Record<string, string> = { headline: 'h', subheadline: 's', body: 'b', byline: 'y' };
const shape = (groups: ReturnType<typeof regroupLines>) =>
  groups.map((g) => [g.origin, g.lines.map((l) => `${l.index}${SHORT[l.role] ?? '?'}`).join(' ')]);

describe('line keys', () => {
  it('name a line by its text and which repeat of it, and find it again after lines moved', () => {
    const keys = lineKeys([line('责任编辑', 1), line('正文', 2), line('责任编辑', 9)]);
    expect(keys[2]).toEqual({ text: '责任编辑', occurrence: 1, lineNo: 9 });
    const moved = lineKeys([line('新增一行', 1), line('责任编辑', 2), line('正文', 3), line('责任编辑', 10)]);
    expect(findLine(moved, keys[2]!)).toBe(3);
    expect(findLine(moved, { text: '不存在', occurrence: 0, lineNo: 1 })).toBeNull();
    // Fewer repeats now: the one nearest the old place.
    const fewer = lineKeys([line('正文', 1), line('责任编辑', 8)]);
    expect(findLine(fewer, keys[2]!)).toBe(1);
  });
});

describe('regrouping lines', () => {
  it('a headline set to body leaves its article headless, so it joins the one above', () => {
    expect(shape(regroupLines(placed, [{ action: 'role', line: 3, role: 'body' }]))).toEqual([
      [0, '0h 1b 2b 3b 4b 5y'],
    ]);
  });
  it('a role that keeps a head keeps the article apart', () => {
    expect(shape(regroupLines(placed, [{ action: 'role', line: 3, role: 'subheadline' }]))).toEqual([
      [0, '0h 1b 2b'],
      [1, '3s 4b 5y'],
    ]);
  });
  it('start splits from the line on; merge joins with heads as body; move carries one line', () => {
    expect(shape(regroupLines(placed, [{ action: 'start', line: 2 }]))).toEqual([
      [0, '0h 1b'],
      [0, '2b'],
      [1, '3h 4b 5y'],
    ]);
    expect(shape(regroupLines(placed, [{ action: 'merge', line: 4 }]))).toEqual([[0, '0h 1b 2b 3b 4b 5y']]);
    expect(shape(regroupLines(placed, [{ action: 'merge', line: 0 }]))).toEqual(
      shape(regroupLines(placed, [])),
    );
    expect(shape(regroupLines(placed, [{ action: 'move', line: 5, target: 0 }]))).toEqual([
      [0, '0h 1b 2b 5y'],
      [1, '3h 4b'],
    ]);
  });
  it('furniture leaves its article; a furniture line given a role joins the article around it', () => {
    expect(shape(regroupLines(placed, [{ action: 'role', line: 5, role: 'furniture' }]))).toEqual([
      [0, '0h 1b 2b'],
      [1, '3h 4b'],
    ]);
    expect(shape(regroupLines(placed, [{ action: 'role', line: 6, role: 'byline' }]))).toEqual([
      [0, '0h 1b 2b'],
      [1, '3h 4b 5y 6y'],
    ]);
  });
});
