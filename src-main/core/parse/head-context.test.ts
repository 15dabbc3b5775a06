import { describe, expect, it } from 'vitest';
import { classifyLine, looksLikeHead } from './classify-lines';
import { markColonKickers } from './head-context';
import { splitLines } from './split-lines';

describe('head readings', () => {
  it.each([
    ['记者：赛前有没有感到紧张？', false],
    ['问:“村晚”为何能火起来?', false],
    ['市住建局负责人表示,接下来将重点推进建设,计划年内新建20', false],
    ['其中,街区接待游客量位居前列.记者 王芳', false],
    ['台风“格美”过境 我市有序应对', true],
    ['吴新明领衔督办市政协重点提案,开展现场调研', true],
  ])('%s → head-like %s', (text, expected) => {
    expect(looksLikeHead(text)).toBe(expected);
  });

  it('takes a colon-ended line as a kicker only on top of a head run', () => {
    const infos = splitLines('返乡青年王小川:\n\n让家乡的桃子飞出大山\n\n本报记者 沈佳\n\n他说:\n\n好。').map(
      classifyLine,
    );
    markColonKickers(infos);
    expect(infos.map((i) => i.headLike)).toEqual([true, true, false, false, false]);
  });
});
