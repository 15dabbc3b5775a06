import type { BylineReportT, ReportFiltersT } from '../contract';
import { ReportFilters } from '../contract';
import type { CoreContext } from '../core/operations';
import { renderReportFile } from '../core/people/export-report';
import { writeFileAtomic } from '../core/export/write-atomic';
import { err, ok, type Result } from '../result';
import { call } from './dispatch';

export interface ReportArgs {
  from?: string;
  to?: string;
  paper?: string;
  page?: string;
  section?: string;
  role?: string;
  kind?: string;
  chars?: string;
  format?: string;
  out?: string;
  json?: boolean;
}

/** What `report bylines --json` prints: exactly the issue's shape, people sorted by pieces. */
export function reportJson(r: BylineReportT) {
  return {
    from: r.from,
    to: r.to,
    people: r.people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      roles: p.roles,
      pieces: p.pieces,
      shared: p.shared,
      chars: p.chars,
      photos: p.photos,
      frontPage: p.frontPage,
      byMonth: p.byMonth,
    })),
  };
}

function humanTable(r: BylineReportT): string {
  const lines = [`稿件统计 / bylines ${r.from ?? '…'} – ${r.to ?? '…'}: ${r.people.length} 人 people`];
  for (const p of r.people) {
    const roles = Object.entries(p.roles)
      .map(([role, n]) => `${role} ${n}`)
      .join(', ');
    const aka = p.aliases.length > 0 ? ` (${p.aliases.join('、')})` : '';
    lines.push(
      `  ${p.name}${aka}: ${p.pieces} 篇 (${roles}); 合署 ${p.shared}; ${p.chars} 字; 头版 ${p.frontPage}`,
    );
  }
  lines.push(`无署名 / without a byline: ${r.unsigned}`);
  return lines.join('\n') + '\n';
}

/**
 * `report bylines [--from] [--to] [--paper] [--page] [--section] [--role] [--kind] [--chars full]
 * [--json | --format csv|xlsx|pdf|html --out PATH]`. Filters go through the contract's schema,
 * so a bad date is the same typed error as in the window.
 */
export async function cliReport(
  ctx: CoreContext,
  kind: string | undefined,
  args: ReportArgs,
): Promise<Result<string>> {
  if (kind !== 'bylines') return err('invalid-input', `report ${kind ?? ''}: 只有 bylines / only bylines`);
  const parsed = ReportFilters.safeParse({
    from: args.from,
    to: args.to,
    paper: args.paper,
    pageLabel: args.page,
    section: args.section,
    role: args.role,
    kind: args.kind,
    chars: args.chars,
  });
  if (!parsed.success)
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        detail: parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '),
      },
    };
  const filters: ReportFiltersT = parsed.data;
  if (args.format !== undefined) {
    if (!['csv', 'xlsx', 'pdf', 'html'].includes(args.format))
      return err('invalid-input', `--format ${args.format}`);
    if (!args.out) return err('invalid-input', '--format 需要 --out / --format needs --out');
    const file = await renderReportFile(ctx.db, {
      filters,
      format: args.format as 'csv' | 'xlsx' | 'pdf' | 'html',
    });
    if (!file.ok) return file;
    try {
      writeFileAtomic(args.out, file.value.bytes);
    } catch (e) {
      if (e instanceof Error && 'code' in e && typeof e.code === 'string')
        return err('io-failed', `${e.code}: ${args.out}`);
      throw e;
    }
    return ok(
      args.json
        ? JSON.stringify({ path: args.out, people: file.value.people }, null, 2) + '\n'
        : `已导出 / exported → ${args.out}\n`,
    );
  }
  const r = await call(ctx, 'report.bylines', filters);
  if (!r.ok) return r;
  return ok(args.json ? JSON.stringify(reportJson(r.value), null, 2) + '\n' : humanTable(r.value));
}
