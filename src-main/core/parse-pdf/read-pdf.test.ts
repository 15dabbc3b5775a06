import { describe, expect, it } from 'vitest';
import { unifyRadicals, unifyType3Variants } from './read-pdf';

describe('characters fonts map back wrongly', () => {
  it('reads Kangxi and supplement radicals as the ideographs they stand for', () => {
    expect(unifyRadicals('⼀⼊⽴⺠⻝⻓⻆⽂⻩')).toBe('一入立民食长角文黄');
    expect(unifyRadicals('市民在滨江步道')).toBe('市民在滨江步道');
  });

  it('reads the Type 3 variants back as the Simplified forms', () => {
    expect(unifyType3Variants('2.3万戶,1―6月')).toBe('2.3万户,1—6月');
  });
});
