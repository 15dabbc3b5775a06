/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No operation's input nests deeper than a few levels; 5,000 nested arrays only exhaust the stack. */
const MAX_DEPTH = 32;

export interface InputProblem {
  path: string;
  message: string;
}

/**
 * The first thing in a raw input that no operation accepts whatever its schema: a string (value or
 * key) holding a lone surrogate, or nesting deeper than MAX_DEPTH. Walked without recursion.
 *
 * Why lone surrogates at the boundary: SQLite stores such a string as invalid UTF-8, and a tag
 * named that way could then never be found again by name to rename or delete it. JSON from any
 * host may carry them (`"\ud800"`), so dispatch refuses them for every operation.
 */
export function inputProblem(input: unknown): InputProblem | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const at = () => path.join('.') || '(input)';
    if (path.length > MAX_DEPTH) return { path: at(), message: '嵌套过深 / nested too deeply' };
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value))
        return { path: at(), message: '文字含有无效字符(孤立代理项)/ text holds a lone surrogate' };
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, String(i)] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (LONE_SURROGATE.test(k))
          return {
            path: [...path, '(key)'].join('.'),
            message: '键名含有无效字符 / a key holds a lone surrogate',
          };
        stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return null;
}
