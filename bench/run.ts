/**
 * `npm run bench [-- <name...>] [--json] [--size N] [--reps N] [--only LABEL]`: speed goals live here, never in tests.
 * Each bench measures Jianbao beside a baseline in the same run, so ratios survive a noisy machine.
 * Benches register below; each module exports one async function returning a plain object.
 */
import { parseArgs } from 'node:util';

type Bench = (opts: { size?: number; dir?: string; reps?: number; only?: string }) => Promise<unknown>;

const benches: Record<string, () => Promise<Bench>> = {
  parse: async () => (await import('./parse.bench')).benchParse as Bench,
  search: async () => (await import('./search.bench')).benchSearch as Bench,
  anchoring: async () => (await import('./anchoring.bench')).benchAnchoring as Bench,
  tags: async () => (await import('./tags.bench')).benchTags as Bench,
  pdf: async () => (await import('./pdf.bench')).benchPdf as Bench,
  'parse-corpus': async () => (await import('./parse-corpus.bench')).benchParseCorpus as Bench,
  report: async () => (await import('./report.bench')).benchReport as Bench,
  app: async () => (await import('./app.bench')).benchApp as Bench,
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    size: { type: 'string' },
    reps: { type: 'string' },
    only: { type: 'string' },
  },
});

// `parse-corpus DIR`: the one bench that takes a folder; everything after its name is that folder.
const corpusAt = positionals.indexOf('parse-corpus');
const dir = corpusAt >= 0 ? positionals[corpusAt + 1] : undefined;
const named = corpusAt >= 0 ? positionals.slice(0, corpusAt + 1) : positionals;
const chosen = named.length > 0 ? named : Object.keys(benches);
const results: Record<string, unknown> = {};
for (const name of chosen) {
  const load = benches[name];
  if (!load) {
    process.stderr.write(`unknown bench: ${name} (known: ${Object.keys(benches).join(', ')})\n`);
    process.exit(2);
  }
  if (!values.json) process.stderr.write(`▶ bench ${name}…\n`);
  let run: Bench;
  try {
    run = await load();
  } catch (e) {
    // A bench whose module is not written yet is reported, not fatal: the others still run.
    results[name] = { error: `not available: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
    continue;
  }
  results[name] = await run({
    ...(values.size ? { size: Number(values.size) } : {}),
    // Timed repetitions where a bench takes medians (search): 1 makes a 1M run take an hour, not three.
    ...(values.reps ? { reps: Number(values.reps) } : {}),
    ...(dir ? { dir } : {}),
    // search: only the queries whose label contains this (say `filter`, `exclude`).
    ...(values.only ? { only: values.only } : {}),
  });
  if (!values.json) process.stdout.write(`${name}: ${JSON.stringify(results[name], null, 2)}\n`);
}
if (values.json)
  process.stdout.write(JSON.stringify(chosen.length === 1 ? results[chosen[0]!] : results, null, 2) + '\n');
