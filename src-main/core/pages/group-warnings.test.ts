import { describe, expect, it } from 'vitest';
import { groupWarnings } from './group-warnings';

describe('grouped import warnings', () => {
  it('counts the same doubt once with its lines, keeping first-seen order', () => {
    expect(
      groupWarnings([
        '第4行:两行短标题按一个主题合并,也可能是引题加主题',
        '第7行:正文前没有标题',
        '第9行:两行短标题按一个主题合并,也可能是引题加主题',
        '第17行:两行短标题按一个主题合并,也可能是引题加主题',
      ]),
    ).toEqual(['3 处(第4、9、17行):两行短标题按一个主题合并,也可能是引题加主题', '第7行:正文前没有标题']);
  });
  it('keeps warnings without a line as they are, counting repeats', () => {
    expect(groupWarnings(['全页只有版面信息', '全页只有版面信息', 'x'])).toEqual([
      '2 处:全页只有版面信息',
      'x',
    ]);
  });
  it('shows at most eight line numbers', () => {
    const many = Array.from({ length: 300 }, (_, i) => `第${i + 1}行:短行后没有正文`);
    expect(groupWarnings(many)).toEqual(['300 处(第1、2、3、4、5、6、7、8…行):短行后没有正文']);
  });
});
