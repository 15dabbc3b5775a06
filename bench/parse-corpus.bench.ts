/**
 * `npm run -s bench -- parse-corpus [DIR] --json`: scores the parser against every folder of
 * pages with a `truth/` beside them under DIR (default ../shared/corpus), grouped by the folder's
 * name (para, wrapped, …). Real newspaper text stays outside the repository: it is read here, at
 * bench time, and never copied into fixtures.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parsePage } from '../src-main/core/parse/parse-page';
import { scorePage, type TruthItem } from './parse-corpus/score-page';

interface Truth {
  page: string;
  articles: TruthItem[];
}

function truthFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (existsSync(join(dir, 'truth')) && statSync(join(dir, 'truth')).isDirectory()) return [dir];
  return readdirSync(dir)
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory())
    .flatMap(truthFolders);
}

/** Line (1-based) of the page where a truth item's text first appears, for a miss an editor can find. */
function lineOf(text: string, item: TruthItem): number | null {
  const probe = (item.headline || item.paragraphs[0] || '').replace(/\s+/gu, '').slice(0, 6);
  if (!probe) return null;
  const squeezed: number[] = [];
  let flat = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k] ?? '';
    if (/\s/u.test(c)) continue;
    flat += c;
    squeezed.push(k);
  }
  const at = flat.indexOf(probe);
  if (at < 0) return null;
  return text.slice(0, squeezed[at]).split('\n').length;
}

export async function benchParseCorpus(opts: { dir?: string }): Promise<unknown> {
  const dir = resolve(opts.dir ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
  const folders = truthFolders(dir);
  if (folders.length === 0) return { error: `no page folders with truth/ under ${dir}` };
  const shapes: Record<string, { articleF1: number; fieldAccuracy: number; pages: number }> = {};
  const misses: unknown[] = [];
  const totals = new Map<
    string,
    { tp: number; fp: number; fn: number; ok: number; all: number; pages: number }
  >();
  for (const folder of folders.sort()) {
    const shape = basename(folder);
    const t = totals.get(shape) ?? { tp: 0, fp: 0, fn: 0, ok: 0, all: 0, pages: 0 };
    totals.set(shape, t);
    for (const name of readdirSync(join(folder, 'truth'))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const truth = JSON.parse(readFileSync(join(folder, 'truth', name), 'utf8')) as Truth;
      const file = join(folder, truth.page);
      const parsed = parsePage(readFileSync(file), truth.page);
      t.pages++;
      if (!parsed.ok) {
        t.fn += truth.articles.length;
        misses.push({
          shape,
          page: truth.page,
          line: null,
          field: 'page',
          expected: 'parsed',
          got: parsed.error.code,
        });
        continue;
      }
      const s = scorePage(truth.articles, parsed.value.parsed.articles as TruthItem[]);
      t.tp += s.matched;
      t.fp += s.predicted - s.matched;
      t.fn += s.truth - s.matched;
      t.ok += s.fieldsOk;
      t.all += s.fieldsAll;
      for (const m of s.misses) {
        const item = truth.articles[m.item];
        misses.push({ shape, page: truth.page, line: item ? lineOf(parsed.value.text, item) : null, ...m });
      }
    }
  }
  for (const [shape, t] of totals) {
    const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
    const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    shapes[shape] = { articleF1: round(f1), fieldAccuracy: round(t.all ? t.ok / t.all : 0), pages: t.pages };
  }
  return { dir, shapes, misses };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
