/**
 * Parser warnings as an import report shows them: the same doubt on many lines is one entry with
 * its count and the lines (3 处(第4、9、17行):两行短标题按一个主题合并…), so 300 identical warnings
 * do not bury the one that matters.
 */
const LINE = /^第(\d+)行[:\uFF1A](.*)$/su;
const SHOWN_LINES = 8;

export function groupWarnings(warnings: readonly string[]): string[] {
  const groups = new Map<string, number[]>();
  const order: string[] = [];
  for (const w of warnings) {
    const m = LINE.exec(w);
    const key = m?.[2] ?? w;
    const lines = groups.get(key);
    if (lines) {
      if (m) lines.push(Number(m[1]));
      else lines.push(-1);
    } else {
      groups.set(key, [m ? Number(m[1]) : -1]);
      order.push(key);
    }
  }
  return order.map((key) => {
    const lines = groups.get(key) ?? [];
    const numbered = lines.filter((n) => n >= 0);
    if (lines.length === 1) return numbered.length === 1 ? `第${numbered[0]}行:${key}` : key;
    const shown = numbered.slice(0, SHOWN_LINES).join('、');
    const more = numbered.length > SHOWN_LINES ? '…' : '';
    return numbered.length > 0
      ? `${lines.length} 处(第${shown}${more}行):${key}`
      : `${lines.length} 处:${key}`;
  });
}
