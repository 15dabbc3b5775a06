import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffHunks, mapEnd, mapStart } from './text-change';

/** Rebuilds `after` from `before` and the hunks: the hunks must describe the edit completely. */
function replay(before: string, after: string): string {
  let out = '';
  let at = 0;
  for (const h of diffHunks(before, after)) {
    out += before.slice(at, h.oldStart) + after.slice(h.newStart, h.newEnd);
    at = h.oldEnd;
  }
  return out + before.slice(at);
}

describe('diffHunks', () => {
  it('finds separate hunks for separate fixes, so text between them maps exactly', () => {
    const before = '等級制度。中间的文字不变。PM_{2.5}浓度';
    const after = '等级制度。中间的文字不变。PM2.5浓度';
    const hunks = diffHunks(before, after);
    expect(hunks).toHaveLength(3); // 級→级, and "_{" and "}" removed around 2.5
    const s = before.indexOf('中间');
    expect(after.slice(mapStart(hunks, s), mapEnd(hunks, s + 6))).toBe('中间的文字不');
  });

  it('places an inserted sentence after the sentence end, not one character early', () => {
    const before = '甲乙。丙丁。';
    const after = '甲乙。新句子。丙丁。';
    expect(diffHunks(before, after)).toEqual([{ oldStart: 3, oldEnd: 3, newStart: 3, newEnd: 7 }]);
  });

  it('property: hunks always replay to the new text', () => {
    const chars = fc.constantFrom(...'的了。,南通上海\n');
    fc.assert(
      fc.property(
        fc.string({ unit: chars, maxLength: 60 }),
        fc.string({ unit: chars, maxLength: 60 }),
        (a, b) => {
          expect(replay(a, b)).toBe(b);
        },
      ),
      { numRuns: 500 },
    );
  });
});
