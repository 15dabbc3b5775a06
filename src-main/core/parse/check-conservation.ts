/**
 * Conservation: every non-whitespace character of the decoded page lands in exactly one place.
 *
 * The rule, precisely:
 *  1. The spans of all fields (kicker, headline, subheadline, source, paragraphs, continued),
 *     all bylines, all markup and all furniture cover every non-whitespace character of
 *     `outcome.text` exactly once, and cover nothing else but whitespace.
 *  2. A text field equals the text under its spans, whitespace aside (so a column break
 *     rejoined with nothing and a two-line headline joined with a space both pass).
 *  3. A byline's spans hold its name (stored without spaces) plus printed role words only
 *     (记者, 本报记者, 摄, 文, 图…, see byline-roles.ts). The stored role may differ from the
 *     printed one (摄 → 摄影, 记者 X 摄 → 摄影, a bare photographer name → 摄影).
 *  4. Markup spans hold only MARKUP_CHARS: bullets, the byline □, brackets and parentheses
 *     around bylines, titles and continuation markers, and separators inside bylines.
 * Returns a list of violations; empty means the page conserves its text.
 */
import type { ArticleSpans, ParseOutcome, Span } from './parsed-page';
import { isRoleWordSequence } from './byline-roles';
import { makePiece, stripWhitespace } from './piece';
import { CREDIT_WORDS, parseCredit } from './photo-credits';

export const MARKUP_CHARS = new Set([...'■●◆▲★☆◇□▶►•【】()\uFF08\uFF09/\uFF0F:\uFF1A、,\uFF0C;\uFF1B']);

function textOf(text: string, spans: Span[]): string {
  return spans.map(([s, e]) => text.slice(s, e)).join('');
}

function checkField(
  problems: string[],
  where: string,
  text: string,
  value: string | null,
  spans: Span[],
): void {
  const under = stripWhitespace(textOf(text, spans));
  const stored = stripWhitespace(value ?? '');
  if (under !== stored) problems.push(`${where}: stored "${stored}" but spans hold "${under}"`);
}

function articleSpanList(s: ArticleSpans): Span[] {
  return [
    ...s.kicker,
    ...s.headline,
    ...s.subheadline,
    ...s.source,
    ...s.bylines.flat(),
    ...s.paragraphs.flat(),
    ...s.continued,
    ...s.markup,
    ...(s.credits ?? []).flat(),
  ];
}

export function checkConservation(outcome: ParseOutcome): string[] {
  const problems: string[] = [];
  const { text, parsed, spans } = outcome;
  const owner = new Int32Array(text.length).fill(-1);
  const claim = (span: Span, id: number, where: string): void => {
    for (let i = span[0]; i < span[1]; i++) {
      if (!/\s/u.test(text[i] ?? '') && owner[i] !== -1) problems.push(`${where}: offset ${i} claimed twice`);
      owner[i] = id;
    }
  };

  parsed.articles.forEach((a, n) => {
    const s = spans[n];
    if (!s) return void problems.push(`article ${n}: no spans`);
    const at = `article ${n}`;
    checkField(problems, `${at}.kicker`, text, a.kicker, s.kicker);
    checkField(problems, `${at}.headline`, text, a.headline, s.headline);
    checkField(problems, `${at}.subheadline`, text, a.subheadline, s.subheadline);
    checkField(problems, `${at}.source`, text, a.source, s.source);
    checkField(problems, `${at}.continued`, text, a.continued, s.continued);
    if (a.paragraphs.length !== s.paragraphs.length) problems.push(`${at}: paragraph/spans count differ`);
    a.paragraphs.forEach((p, k) =>
      checkField(problems, `${at}.paragraphs[${k}]`, text, p, s.paragraphs[k] ?? []),
    );
    if (a.bylines.length !== s.bylines.length) problems.push(`${at}: byline/spans count differ`);
    a.bylines.forEach((b, k) => {
      const under = stripWhitespace(textOf(text, s.bylines[k] ?? []));
      const at2 = under.indexOf(b.name);
      // A photographer's agency in brackets after 摄 (…摄（人民视觉）) is printed credit text.
      const agency = /[(\uFF08][^()\uFF08\uFF09]+[)\uFF09]$/u;
      const rest =
        at2 === -1 ? null : (under.slice(0, at2) + under.slice(at2 + b.name.length)).replace(agency, '');
      if (rest === null || !isRoleWordSequence(rest))
        problems.push(`${at}.bylines[${k}]: spans hold "${under}"`);
    });
    for (const c of s.credits ?? []) {
      const printed = stripWhitespace(textOf(text, c));
      const credited = parseCredit(makePiece(printed, 0)) ?? CREDIT_WORDS.some((w) => printed.startsWith(w));
      if (!credited) problems.push(`${at}: credit spans hold "${printed}"`);
    }
    for (const m of s.markup) {
      for (const c of stripWhitespace(text.slice(m[0], m[1]))) {
        if (!MARKUP_CHARS.has(c)) problems.push(`${at}: markup holds "${c}"`);
      }
    }
    for (const span of articleSpanList(s)) claim(span, n, at);
  });
  parsed.furniture.forEach((f, n) => {
    const fs = outcome.furnitureSpans[n] ?? [];
    checkField(problems, `furniture ${n}`, text, f.text, fs);
    for (const span of fs) claim(span, 100000 + n, `furniture ${n}`);
  });
  for (let i = 0; i < text.length; i++) {
    if (owner[i] === -1 && /\S/u.test(text[i] ?? '')) {
      problems.push(`offset ${i} ("${text.slice(i, i + 10)}…") is in no field`);
      break;
    }
  }
  return problems;
}
