/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (value or object key) holding a lone surrogate, or null.
 *
 * Why at the boundary: SQLite stores such a string as invalid UTF-8, and a tag named that way
 * could then never be found again by name to rename or delete it. JSON from any host may carry
 * them (`"\ud800"`), so dispatch refuses them for every operation before the core sees the input.
 */
export function loneSurrogatePath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path.join('.') || '(input)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = loneSurrogatePath(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (LONE_SURROGATE.test(k)) return [...path, '(key)'].join('.');
      const found = loneSurrogatePath(v, [...path, k]);
      if (found !== null) return found;
    }
  }
  return null;
}
