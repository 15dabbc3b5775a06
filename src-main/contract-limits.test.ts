import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, operationNames } from './contract';

interface Def {
  type: string;
  [k: string]: unknown;
}
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** A regex with no unbounded repetition, anchored at both ends, bounds a string's length by itself. */
function boundedByPattern(s: z.ZodString): boolean {
  const checks = (defOf(s).checks ?? []) as { _zod: { def: { format?: string; pattern?: RegExp } } }[];
  return checks.some((c) => {
    const p = c._zod.def.pattern?.source;
    return p !== undefined && p.startsWith('^') && p.endsWith('$') && !/[*+]|\{\d+,\}/.test(p);
  });
}

/** Paths of every string an input schema accepts without a length limit. */
function unlimitedStrings(schema: unknown, path: string): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const s = schema as z.ZodString;
      return s.maxLength !== null || boundedByPattern(s) ? [] : [path];
    }
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) =>
        unlimitedStrings(v, `${path}.${k}`),
      );
    case 'array':
      return unlimitedStrings(def.element, `${path}[]`);
    case 'tuple':
      return (def.items as unknown[]).flatMap((v, i) => unlimitedStrings(v, `${path}[${i}]`));
    case 'union':
      return (def.options as unknown[]).flatMap((v, i) => unlimitedStrings(v, `${path}|${i}`));
    case 'optional':
    case 'nullable':
    case 'default':
      return unlimitedStrings(def.innerType, path);
    case 'pipe':
      return unlimitedStrings(def.in, path);
    case 'number':
    case 'boolean':
    case 'enum':
    case 'literal':
      return [];
    default:
      return [`${path} (unexpected ${def.type})`];
  }
}

describe('the contract limits every input', () => {
  it('every string field of every operation has a maximum length', () => {
    const found = operationNames.flatMap((name) => unlimitedStrings(contract[name].input, name));
    expect(found).toEqual([]);
  });

  it('the walker does find an unlimited string (so the check above can fail)', async () => {
    const { z } = await import('zod');
    expect(unlimitedStrings(z.object({ a: z.array(z.string().nullable()) }), 'x')).toEqual(['x.a[]']);
  });
});
