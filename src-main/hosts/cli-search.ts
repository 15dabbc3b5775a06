import type { SearchHitT } from '../contract';
import type { CoreContext } from '../core/operations';
import type { AppError } from '../result';
import { call } from './dispatch';

/** One IPC-sized page at a time: `--limit 0` pages through every hit without a giant request. */
const PAGE = 500;

export interface CliSearchOptions {
  /** 0 = every hit. */
  limit: number;
  json: boolean;
}

export type CliSearchOutcome = { ok: true; text: string } | { ok: false; error: AppError };

/** `search "<query>" [--json] [--limit N]`: hits in rank order, through the same dispatch as the windows. */
export async function cliSearch(
  ctx: CoreContext,
  query: string,
  opts: CliSearchOptions,
): Promise<CliSearchOutcome> {
  const want = opts.limit === 0 ? Infinity : opts.limit;
  const hits: SearchHitT[] = [];
  let total = 0;
  let estimated = false;
  while (hits.length < want) {
    const limit = Math.min(PAGE, want - hits.length);
    const r = await call(ctx, 'search.query', { query, limit, offset: hits.length });
    if (!r.ok) return r;
    total = r.value.total;
    estimated = r.value.totalIsEstimate === true;
    hits.push(...r.value.hits);
    if (r.value.hits.length < limit) break;
  }
  if (estimated) {
    // A script wants the exact count: the first page's total was extrapolated.
    const exact = await call(ctx, 'search.count', { query });
    if (!exact.ok) return exact;
    total = exact.value.total;
  }
  if (opts.json) {
    const shown = hits.map((h) => ({
      id: h.id,
      headline: h.headline,
      kind: h.kind,
      page: h.page,
      date: h.date,
      bylines: h.bylines,
      snippet: h.snippet,
      score: h.score,
    }));
    return { ok: true, text: JSON.stringify({ total, hits: shown }, null, 2) + '\n' };
  }
  const lines = [
    `共 ${total} 篇 / ${total} hits${hits.length < total ? `,显示 / showing ${hits.length}` : ''}`,
  ];
  for (const h of hits) {
    const facts = [`[${h.kind}]`, h.paper, h.date, h.page, ...h.bylines.map((b) => `${b.role}${b.name}`)];
    lines.push(
      '',
      `#${h.id} ${h.headline ?? '(无标题)'}  ${facts.filter((x) => x).join(' ')}`,
      `    ${h.snippet}`,
    );
  }
  return { ok: true, text: lines.join('\n') + '\n' };
}
