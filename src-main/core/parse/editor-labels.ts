/**
 * Labels editors print inside or around an article rather than as a head of their own:
 * 编者按 (a note introducing the article or series below it), 编后/记者手记/链接… (a closing or
 * side section of the article). They never start a brief, even printed as 【编者按】, and a
 * short label line is an internal subhead without the usual "could be a headline" doubt.
 */
const LABELS = [
  '编者按',
  '编者的话',
  '编后',
  '编后语',
  '编后记',
  '记者手记',
  '采访手记',
  '记者观察',
  '记者追踪',
  '记者回访',
  '链接',
  '相关链接',
  '新闻链接',
  '背景链接',
  '知识链接',
  '延伸阅读',
  '相关新闻',
  '相关阅读',
  '背景',
  '小贴士',
  '温馨提示',
  '短评',
  '点评',
  '快评',
];
const LABEL = `(?:${LABELS.join('|')})`;
const LABEL_LINE = new RegExp(String.raw`^[【\[]?\s*${LABEL}\s*[】\]]?\s*[:\uFF1A]?$`, 'u');
const LABEL_START = new RegExp(String.raw`^[【\[]?\s*${LABEL}\s*[】\]]?\s*[:\uFF1A]?`, 'u');
const PREFACE = /^[【[]?\s*(?:编者按|编者的话)/u;

/** The whole line is a label (【编者按】, 编后, 链接:). */
export function isEditorLabel(text: string): boolean {
  return LABEL_LINE.test(text);
}

/** The line starts with a label, alone or followed by its text (编者按:乡村振兴…). */
export function startsWithEditorLabel(text: string): boolean {
  return LABEL_START.test(text);
}

/** An editor's note that introduces what follows it, so it belongs to the next article. */
export function isPrefaceLabel(text: string): boolean {
  return PREFACE.test(text);
}
