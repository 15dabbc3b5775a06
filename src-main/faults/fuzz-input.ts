/**
 * Seeded inputs for the API fuzz: mostly shaped by each operation's zod schema (so requests reach
 * the core, not just the validator), with hostile values mixed in at any depth.
 */
interface Def {
  type: string;
  [k: string]: unknown;
}
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

const NASTY: unknown[] = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff孤',
  '%E4%B8',
  '../../etc/passwd',
  '"; DROP TABLE pages; --',
  '<script>alert(1)</script>',
  'headline:',
  '"unclosed',
  'OR OR -',
  '*',
  '标'.repeat(5000),
  'x'.repeat(70_000),
  -1,
  0,
  1.5,
  2 ** 53,
  -(2 ** 31),
  Number.MAX_VALUE,
  null,
  true,
  [],
  {},
  { __proto__: { polluted: true } },
  [[[[[[[[[[]]]]]]]]]],
];

const WORDS = ['政协', '长三角', '芦苇', '编号', '经济/长三角', '吴新明', 'a', '的', '#ff0000', '2024-07-10'];

export interface FuzzOptions {
  /** Enum values never generated (e.g. 'pdf', which starts a browser and legitimately takes seconds). */
  skipEnum: string[];
}

export function fuzzValue(schema: unknown, rand: () => number, opts: FuzzOptions, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  if (rand() < 0.08 || depth > 6) return pick(NASTY);
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const r = rand();
      if (r < 0.5) return pick(WORDS);
      if (r < 0.7) return pick(WORDS) + String(Math.floor(rand() * 100));
      if (r < 0.85) return Buffer.from(String(rand())).toString('base64');
      return String.fromCharCode(
        ...Array.from({ length: Math.floor(rand() * 40) }, () => Math.floor(rand() * 0xffff)),
      );
    }
    case 'number':
      return rand() < 0.8 ? 1 + Math.floor(rand() * 12) : pick([0, -5, 1e9, 3.7]);
    case 'boolean':
      return rand() < 0.5;
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>).filter(
        (v) => !opts.skipEnum.includes(v),
      );
      return rand() < 0.9 ? pick(values) : 'not-a-value';
    }
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array':
      return Array.from({ length: Math.floor(rand() * 4) }, () =>
        fuzzValue(def.element, rand, opts, depth + 1),
      );
    case 'tuple':
      return (def.items as unknown[]).map((i) => fuzzValue(i, rand, opts, depth + 1));
    case 'union':
      return fuzzValue(pick(def.options as unknown[]), rand, opts, depth + 1);
    case 'optional':
      return rand() < 0.3 ? undefined : fuzzValue(def.innerType, rand, opts, depth + 1);
    case 'nullable':
      return rand() < 0.2 ? null : fuzzValue(def.innerType, rand, opts, depth + 1);
    case 'default':
      return rand() < 0.3 ? undefined : fuzzValue(def.innerType, rand, opts, depth + 1);
    case 'pipe':
      return fuzzValue(def.in, rand, opts, depth + 1);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        const value = fuzzValue(v, rand, opts, depth + 1);
        if (value !== undefined) out[k] = value;
      }
      if (rand() < 0.05) out.unexpected = pick(NASTY);
      return out;
    }
    default:
      return pick(NASTY);
  }
}

/** Request bodies that are not an operation's input at all. */
export function junkBody(rand: () => number): string {
  const forms = [
    () => '{',
    () => '{"a":',
    () => 'null',
    () => '[1,2,3]',
    () => '"string"',
    () => '\uFEFF{}',
    () => '{"__proto__":{"x":1}}',
    () => '['.repeat(5000) + ']'.repeat(5000),
    () => Buffer.from(Array.from({ length: 64 }, () => Math.floor(rand() * 256))).toString('latin1'),
    () => `{"name":"${'\\ud800'}"}`,
  ];
  return forms[Math.floor(rand() * forms.length)]!();
}

/** Paths a broken or hostile client might send. */
export const JUNK_PATHS = [
  '/api/%',
  '/api/%E4%B8',
  '/api/tags.create%ZZ',
  '/api/..%2f..%2fetc%2fpasswd',
  '/api/',
  '/api/__proto__',
  '/api/constructor',
  '/api/' + 'x'.repeat(5000),
  '/%',
  '/%E4',
  '/..%2f..%2fetc/passwd',
  '/assets/%00',
  '//api/tags.list',
];
