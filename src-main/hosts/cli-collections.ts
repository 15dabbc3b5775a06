import { readFileSync } from 'node:fs';
import type { ExportFormatT, ExportSourceT } from '../contract';
import { ExportFormat } from '../contract';
import { queryArticles } from '../core/collections/article-query';
import { findSearchByName } from '../core/collections/saved-searches';
import { exportToPath } from '../core/export/deliver-export';
import type { CoreContext } from '../core/operations';
import { findTag } from '../core/tags/tag-store';
import { err, ok, type Result } from '../result';
import { call } from './dispatch';

export interface CliExportOptions {
  collection?: string | undefined;
  query?: string | undefined;
  ids?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  layout?: string | undefined;
  title?: string | undefined;
  mark?: string | undefined;
  onProgress?: (done: number, total: number) => void;
}

export class CliUsage extends Error {}

/** `--ids 1,2,3` → ids; a typo is a usage error, not a silently shorter selection. */
export function parseIds(text: string): number[] {
  const ids = text.split(',').map((s) => Number(s.trim()));
  if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n <= 0))
    throw new CliUsage(`--ids 应为逗号分隔的编号 / --ids must be comma-separated ids: ${text}`);
  return ids;
}

/** A collection named on the command line: a tag name first, then a saved search of that name. */
function collectionSource(ctx: CoreContext, name: string): Result<ExportSourceT> {
  const tag = findTag(ctx.db, name);
  if (tag) return ok({ kind: 'collection', collection: { kind: 'tag', tagId: tag.id } });
  const search = findSearchByName(ctx.db, name);
  if (search !== undefined)
    return ok({ kind: 'collection', collection: { kind: 'search', searchId: search } });
  return err('not-found', name);
}

/** `export --collection NAME|--query Q|--ids 1,2 --format F --out PATH [--layout folder] [--title T]`. */
export async function cliExport(
  ctx: CoreContext,
  o: CliExportOptions,
): Promise<Result<{ path: string; articles: number }>> {
  const format = ExportFormat.safeParse(o.format);
  if (!format.success) throw new CliUsage(`--format 应为 / must be one of ${ExportFormat.options.join('|')}`);
  if (!o.out) throw new CliUsage('export 需要 --out PATH / export needs --out PATH');
  const chosen = [o.collection, o.query, o.ids].filter((x) => x !== undefined);
  if (chosen.length !== 1)
    throw new CliUsage('export 需要 --collection、--query 或 --ids 之一 / one source needed');
  let source: ExportSourceT;
  if (o.collection !== undefined) {
    const s = collectionSource(ctx, o.collection);
    if (!s.ok) return s;
    source = s.value;
  } else if (o.query !== undefined) source = { kind: 'query', query: o.query };
  else source = { kind: 'ids', ids: parseIds(o.ids!) };
  if (o.layout !== undefined && o.layout !== 'single' && o.layout !== 'folder')
    throw new CliUsage('--layout 应为 single|folder');
  if (o.mark !== undefined && o.mark !== 'equals' && o.mark !== 'html')
    throw new CliUsage('--mark 应为 equals|html');
  return exportToPath(
    ctx.db,
    { source, format: format.data as ExportFormatT, layout: o.layout, title: o.title, mark: o.mark },
    o.out,
    o.onProgress,
  );
}

/** `import-bundle FILE`: through the same operation the windows use. */
export async function cliImportBundle(ctx: CoreContext, file: string) {
  return call(ctx, 'bundle.import', { json: readFileSync(file, 'utf8') });
}

/** `tag --query Q|--ids 1,2 --add TAG | --remove TAG`. */
export async function cliTag(
  ctx: CoreContext,
  o: {
    query?: string | undefined;
    ids?: string | undefined;
    add?: string | undefined;
    remove?: string | undefined;
  },
): Promise<Result<{ tag: string; changed: number; articles: number }>> {
  if ((o.add === undefined) === (o.remove === undefined))
    throw new CliUsage('tag 需要 --add 或 --remove 之一');
  if ((o.query === undefined) === (o.ids === undefined)) throw new CliUsage('tag 需要 --query 或 --ids 之一');
  let ids: number[];
  if (o.ids !== undefined) ids = parseIds(o.ids);
  else {
    const found = queryArticles(ctx.db, o.query!);
    if (!found.ok) return found;
    ids = found.value;
  }
  const name = (o.add ?? o.remove)!;
  if (ids.length === 0) return ok({ tag: name, changed: 0, articles: 0 });
  if (o.add !== undefined) {
    const r = await call(ctx, 'tags.apply', { tag: o.add, articleIds: ids });
    return r.ok ? ok({ tag: r.value.tag.name, changed: r.value.added, articles: ids.length }) : r;
  }
  const tag = findTag(ctx.db, name);
  if (!tag) return err('not-found', name);
  const r = await call(ctx, 'tags.remove', { tagId: tag.id, articleIds: ids });
  return r.ok ? ok({ tag: tag.name, changed: r.value.removed, articles: ids.length }) : r;
}
