import { describe, expect, it } from 'vitest';
import type { TextRun } from './pdf-content';
import { collapseLetterSpacing } from './line-text';
import { textLines } from './text-lines';

const run = (text: string, x: number, baseline: number, size = 10, font = 'f1'): TextRun => ({
  text,
  x,
  baseline,
  size,
  font,
  width: [...text].length * size,
});

describe('collapseLetterSpacing', () => {
  it.each([
    ['的 雨 水 管 网 , 预 计', '的雨水管网,预计'],
    ['今 年 全 省 4300 万 亩 以 上 ， 其 中', '今年全省4300万亩以上，其中'],
    ['全 市 GDP 5,612.3 亿 元', '全市GDP 5,612.3亿元'],
  ])('removes the letter-spacing of a justified line: %s', (input, want) => {
    expect(collapseLetterSpacing(input)).toBe(want);
  });

  it.each(['本版责编：李 岩 张 凯 版式设计：蔡华伟', '台风“格美”过境 我市有序应对', '记者 陈晓岚'])(
    'keeps real spaces: %s',
    (text) => expect(collapseLetterSpacing(text)).toBe(text),
  );
});

describe('textLines', () => {
  it('joins runs on one baseline in x order, with a space only where the gap is one', () => {
    const lines = textLines([
      run('陈晓岚', 65, 100),
      run('本报讯', 0, 100.4, 10, 'hei'),
      run('(记者', 30, 100),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['本报讯(记者 陈晓岚']);
    expect(lines[0]).toMatchObject({ x: 0, size: 10, font: 'f1' });
  });

  it('keeps neighbouring columns apart even on the same baseline', () => {
    const lines = textLines([run('第一栏的一行字', 0, 100), run('第二栏', 85, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['第一栏的一行字', '第二栏']);
  });

  it('never joins across a vertical rule', () => {
    const wall = { x: 72, y: 80, width: 0.5, height: 40 };
    expect(textLines([run('左栏文字', 30, 100), run('右', 75, 100)], [wall]).map((l) => l.text)).toEqual([
      '左栏文字',
      '右',
    ]);
  });

  it('orders lines top to bottom', () => {
    expect(textLines([run('下', 0, 130), run('上', 0, 100)]).map((l) => l.text)).toEqual(['上', '下']);
  });
});
