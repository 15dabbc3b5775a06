import { err, ok, type Result } from '../../result';
import { personKey } from '../people/person-name';
import { normalizeTagName } from '../tags/tag-name';
import { normalize } from './normalize-text';

/**
 * The query language, as documented in the search help popover:
 *   南通 政协        both (AND)              南通 OR 如皋      either
 *   -人大            exclude                 "长江口 产业"     exact phrase (spaces inside kept)
 *   econ*            Latin prefix (every match is already a substring match, so `*` only documents intent)
 *   headline:南通 / 标题:南通   byline:吴新明 / 作者:吴新明
 *   kind:photo / 类型:图片      date:2024-07..2024-08 / 日期:2024-07-10
 *   tag:经济 / 标签:经济        the tag or any descendant (经济/长三角); -tag:经济 excludes them
 *   person:朱文君 / 人物:朱文君   signed by that person under any of their merged names
 * OR binds the two words beside it, tighter than AND. AND is implied and NOT is the same as `-`.
 * Nothing the user types is passed to FTS5 as syntax: terms become normalised text here and
 * quoted tokens in compile-query.ts.
 */

export type TextField = 'any' | 'headline' | 'byline';
export type KindName = 'article' | 'photo' | 'brief';

export interface TextTerm {
  field: TextField;
  /** Normalised, whitespace collapsed to single spaces, trimmed; never empty. */
  text: string;
}

export interface ParsedQuery {
  /** AND of groups; each group is an OR of terms. */
  all: TextTerm[][];
  /** Articles matching any of these are excluded. */
  none: TextTerm[];
  /** Empty = every kind. */
  kinds: KindName[];
  notKinds: KindName[];
  /** Inclusive bounds compared against page dates (YYYY, YYYY-MM or YYYY-MM-DD prefixes). */
  dateFrom: string | null;
  dateTo: string | null;
  /** Tag names (normalised like stored names); an article needs every one, or a descendant of it. */
  tags: string[];
  /** Articles tagged with any of these, or a descendant, are excluded. */
  notTags: string[];
  /** Normalised byline names (people/person-name.ts); an article needs a byline of each person. */
  persons: string[];
  notPersons: string[];
}

export const MAX_TERMS = 64;

const FIELDS: Record<string, 'headline' | 'byline' | 'kind' | 'date' | 'tag' | 'person'> = {
  headline: 'headline',
  title: 'headline',
  标题: 'headline',
  byline: 'byline',
  author: 'byline',
  作者: 'byline',
  kind: 'kind',
  类型: 'kind',
  date: 'date',
  日期: 'date',
  tag: 'tag',
  标签: 'tag',
  person: 'person',
  人物: 'person',
};

const KINDS: Record<string, KindName> = {
  article: 'article',
  文章: 'article',
  photo: 'photo',
  图片: 'photo',
  brief: 'brief',
  简讯: 'brief',
};

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface Item {
  negate: boolean;
  field: string | null;
  value: string;
  /** Quoted values are phrases; bare `OR`/`AND`/`NOT` are operators only when unquoted. */
  quoted: boolean;
}

/** Splits raw input into items. Never fails: an unclosed quote runs to the end of the input. */
export function lexQuery(input: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  const n = input.length;
  const space = (c: string | undefined) => c !== undefined && /\s/u.test(c);
  while (i < n) {
    while (i < n && space(input[i])) i++;
    if (i >= n) break;
    let negate = false;
    if (input[i] === '-' && i + 1 < n && !space(input[i + 1])) {
      negate = true;
      i++;
    }
    let field: string | null = null;
    const fm = /^([a-z]+|[\u4e00-\u9fff]{2})[:：]/iu.exec(input.slice(i, i + 12));
    if (fm?.[1] && FIELDS[fm[1].toLowerCase()]) {
      field = FIELDS[fm[1].toLowerCase()]!;
      i += fm[0].length;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close < 0 ? n : close;
      items.push({ negate, field, value: input.slice(i + 1, end), quoted: true });
      i = close < 0 ? n : close + 1;
    } else {
      const start = i;
      while (i < n && !space(input[i])) i++;
      items.push({ negate, field, value: input.slice(start, i), quoted: false });
    }
  }
  return items;
}

/** `2024-07..2024-08`, `2024-07..`, `..2024-08` or a single `2024-07-10`. */
function parseDate(value: string): { from: string | null; to: string | null } | null {
  const [a = '', b, ...rest] = value.split('..');
  if (rest.length > 0) return null;
  const from = a === '' ? null : a;
  const to = b === undefined ? from : b === '' ? null : b;
  if ((from && !DATE.test(from)) || (to && !DATE.test(to)) || (!from && !to)) return null;
  return { from, to };
}

function termText(value: string, quoted: boolean): string {
  // A trailing * marks a Latin prefix; matches are substrings anyway, so it only has to go.
  const raw = quoted ? value : value.replace(/\*+$/u, '');
  return normalize(raw).replace(/ +/gu, ' ').trim();
}

export function parseQuery(input: string): Result<ParsedQuery> {
  const q: ParsedQuery = {
    all: [],
    none: [],
    kinds: [],
    notKinds: [],
    dateFrom: null,
    dateTo: null,
    tags: [],
    notTags: [],
    persons: [],
    notPersons: [],
  };
  let pendingOr = false;
  let pendingNot = false;
  let lastWasPositiveText = false;
  let terms = 0;
  for (const item of lexQuery(input)) {
    if (!item.quoted && !item.negate && item.field === null) {
      if (item.value === 'OR' || item.value === '|') {
        pendingOr = lastWasPositiveText;
        continue;
      }
      if (item.value === 'AND' || item.value === '&') continue;
      if (item.value === 'NOT') {
        pendingNot = true;
        continue;
      }
    }
    const negate = item.negate || pendingNot;
    pendingNot = false;
    const or = pendingOr;
    pendingOr = false;
    lastWasPositiveText = false;
    // `kind:` with nothing after it yet (search-as-you-type) asks for nothing: ignore, don't scold.
    if ((item.field === 'kind' || item.field === 'date') && item.value.trim() === '') continue;
    if (item.field === 'kind') {
      const kind = KINDS[item.value.trim().toLowerCase()];
      if (!kind) return err('bad-query', `kind:${item.value.slice(0, 20)}`);
      (negate ? q.notKinds : q.kinds).push(kind);
      continue;
    }
    if (item.field === 'date') {
      const range = negate ? null : parseDate(item.value.trim());
      if (!range) return err('bad-query', `date:${item.value.slice(0, 30)}`);
      q.dateFrom = range.from;
      q.dateTo = range.to;
      continue;
    }
    if (item.field === 'tag') {
      // `tag:` alone is still being typed: ignore it like `kind:`.
      if (item.value.trim() === '') continue;
      // Stored names are normalised (`经济 / 长三角` is `经济/长三角`), so the query must be too.
      const tag = normalizeTagName(item.value);
      if (!tag) return err('bad-query', `tag:${item.value.slice(0, 40)}`);
      (negate ? q.notTags : q.tags).push(tag);
      continue;
    }
    if (item.field === 'person') {
      if (item.value.trim() === '') continue; // still being typed, like `tag:`
      const name = personKey(item.value);
      if (!name) return err('bad-query', `person:${item.value.slice(0, 40)}`);
      (negate ? q.notPersons : q.persons).push(name);
      continue;
    }
    const text = termText(item.value, item.quoted);
    if (!text) continue; // `"`, `*`, `-` alone: nothing to look for
    if (++terms > MAX_TERMS) return err('bad-query', `> ${MAX_TERMS}`);
    const term: TextTerm = {
      field: item.field === 'headline' || item.field === 'byline' ? item.field : 'any',
      text,
    };
    if (negate) {
      q.none.push(term);
      continue;
    }
    const last = q.all.at(-1);
    if (or && last) last.push(term);
    else q.all.push([term]);
    lastWasPositiveText = true;
  }
  return ok(q);
}

/** True when the query asks for nothing at all (the caller shows no results rather than all). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return (
    q.all.length === 0 &&
    q.none.length === 0 &&
    q.kinds.length === 0 &&
    q.notKinds.length === 0 &&
    q.dateFrom === null &&
    q.dateTo === null &&
    q.tags.length === 0 &&
    q.notTags.length === 0 &&
    q.persons.length === 0 &&
    q.notPersons.length === 0
  );
}
