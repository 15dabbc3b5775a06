/**
 * A realistic search corpus (issue 12): articles recombined from real-shaped text rather than
 * random bigrams. Clauses come from the fictional fixture pages' parsed articles and, when the
 * folder exists, from plain-text files in ../shared/corpus (real text, read at bench time only,
 * never committed). Each article draws 300–3,000 characters of sentences made of those clauses (log-uniform, so most
 * are short as in print), numbers redrawn, with a headline, bylines and source from the pools.
 * Same seed → same corpus.
 *
 * Two things recombination alone gets wrong, corrected against the real pages:
 * - the long tail. Real text keeps meeting names, places and terms it has not seen: in the 12 real
 *   pages of ../shared/corpus, 90% of bigram types (43% of characters) occur on one page only;
 *   recombined clauses reuse their words, 47% (17%). So a share of characters (TAIL_SHARE) is
 *   redrawn, from the pool's characters and from the whole CJK block, which gives 72% (40%) on the
 *   same measure: rare words are rare, and a LIKE scan for one reads the archive as it would;
 * - dates. An archive is imported a day at a time, so ids follow dates: ARTICLES_PER_DAY
 *   articles a day (three papers of ~50), from 2007-01-01 on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rng, type CorpusArticle } from './corpus';

const FIXTURES = join(import.meta.dirname, '..', 'src-main', 'core', 'parse', 'fixtures');
/** ../shared/corpus beside the checkout (as parse-corpus reads it), or JIANBAO_CORPUS (a worktree elsewhere). */
const SHARED = process.env.JIANBAO_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
/** Hard-wrapped copies cut clauses at line ends, and truth files are not text: read neither. */
const SKIP_DIRS = new Set(['wrapped', 'truth']);
const MIN_CHARS = 300;
const MAX_CHARS = 3000;
const TAIL_SHARE = 0.12;
const ARTICLES_PER_DAY = 150;

interface FixtureArticle {
  kind: CorpusArticle['kind'];
  kicker: string | null;
  headline: string | null;
  source: string | null;
  bylines: { role: string; name: string }[];
  paragraphs: string[];
}

export interface RealisticCorpus {
  names: string[];
  /** Where the sentences came from, for the report. */
  origin: { fixtureArticles: number; sharedFiles: number; clauses: number };
  article: (i: number) => CorpusArticle & { paper: string };
}

/** Clauses: the text between sentence and clause punctuation, kept when at least four characters. */
const clausesOf = (text: string): string[] =>
  text
    .split(/[。!?!?\n,,;;、::]+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP_DIRS.has(name) ? [] : textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

export function makeRealisticCorpus(seed = 20241231): RealisticCorpus {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .flatMap(
      (f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { articles: FixtureArticle[] }).articles,
    );
  const shared = textFiles(SHARED);
  const clauses = [
    ...fixtures.flatMap((a) => a.paragraphs.flatMap(clausesOf)),
    ...shared.flatMap((f) => clausesOf(readFileSync(f, 'utf8'))),
  ];
  const headlines = fixtures.map((a) => a.headline).filter((h): h is string => !!h && h.length >= 4);
  const kickers = fixtures.map((a) => a.kicker).filter((k): k is string => !!k);
  const sources = fixtures.map((a) => a.source).filter((s): s is string => !!s);
  const bylines = fixtures.flatMap((a) => a.bylines).filter((b) => b.name.length >= 2);
  const names = [...new Set(bylines.map((b) => b.name))];
  const poolChars = [...new Set(clauses.join('').match(/\p{Script=Han}/gu) ?? [])].sort();
  const papers = ['南通晚报', '江海晚报', '扬子晚报', '人民日报', '光明日报'];
  const logMin = Math.log(MIN_CHARS);
  const logMax = Math.log(MAX_CHARS);

  return {
    names,
    origin: { fixtureArticles: fixtures.length, sharedFiles: shared.length, clauses: clauses.length },
    article(i) {
      const a = rng(seed ^ Math.imul(i + 1, 0x9e3779b1));
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(a() * xs.length)]!;
      // A third of redrawn characters from the whole CJK block: names and places use characters
      // that no clause in the pool has.
      const rareChar = () =>
        a() < 1 / 3 ? String.fromCodePoint(0x4e00 + Math.floor(a() * 0x5000)) : pick(poolChars);
      const redraw = (s: string) =>
        s
          .replace(/[0-9]/g, () => String(Math.floor(a() * 10)))
          .replace(/\p{Script=Han}/gu, (ch) => (a() < TAIL_SHARE ? rareChar() : ch));
      // A sentence is one to four clauses from anywhere in the pool, numbers redrawn.
      const sentence = () =>
        Array.from({ length: 1 + Math.floor(a() * 4) }, () => redraw(pick(clauses))).join(',') + '。';
      const target = Math.round(Math.exp(logMin + a() * (logMax - logMin)));
      const paragraphs: string[] = [];
      let length = 0;
      while (length < target) {
        let paragraph = '';
        const n = 1 + Math.floor(a() * 4);
        for (let k = 0; k < n && length + paragraph.length < target; k++) paragraph += sentence();
        // Never past the longest article: the last paragraph is cut at a character boundary.
        paragraph = paragraph.slice(0, MAX_CHARS - length);
        paragraphs.push(paragraph);
        length += paragraph.length;
      }
      const roll = a();
      const kind = roll < 0.8 ? 'article' : roll < 0.9 ? 'photo' : 'brief';
      const headline = a() < 0.25 ? `${pick(headlines)} ${pick(headlines)}` : pick(headlines);
      const day = Math.floor(i / ARTICLES_PER_DAY);
      return {
        kind,
        kicker: a() < 0.2 && kickers.length > 0 ? pick(kickers) : null,
        headline,
        subheadline: null,
        source: a() < 0.5 && sources.length > 0 ? pick(sources) : null,
        bylines: Array.from({ length: 1 + Math.floor(a() * 2) }, () => pick(bylines)),
        paragraphs,
        date: new Date(Date.UTC(2007, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
        paper: pick(papers),
      };
    },
  };
}
