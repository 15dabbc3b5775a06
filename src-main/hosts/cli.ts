/**
 * The command-line host: human commands over the same dispatch as the windows.
 * With --json, stdout carries exactly one JSON document and nothing else (logs go to stderr),
 * so `npm run -s cli -- … --json | jq` always works.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importAnySources } from '../core/pages/import-files';
import { isPdf, parsePdf } from '../core/parse-pdf/parse-pdf';
import { readPageFiles } from '../core/pages/read-files';
import { parsePages } from '../core/parse/parse-page';
import type { PageShape } from '../core/parse/parsed-page';
import { messageFor, type AppError } from '../result';
import { cliServe, ServeUsage } from './cli-serve';
import { cliReport } from './cli-report';
import { cliSearch } from './cli-search';
import { CliUsage, cliExport, cliImportBundle, cliTag } from './cli-collections';
import { call } from './dispatch';
import { ArchiveOpenFailed, openContext } from './open-context';
import { cliBackup, cliCheck, cliRestore, describeCheck } from './cli-archive';
import { storageError } from '../core/db/storage-error';
import { resolveDbPath } from './paths';

const USAGE = `剪报 Jianbao 命令行 / command line

  import <files|dirs...> [--paper P] [--date YYYY-MM-DD] [--page A1]   导入版面文件(.txt/.pdf) / import page files
  stats [--json]                                                      档案统计 / archive statistics
  search "<query>" [--json] [--limit N]                               全文搜索 / full-text search (--limit 0: all; -word: after --)
  export --collection NAME|--query Q|--ids 1,2 --out PATH --format md|html|pdf|docx|csv|json|w3c|
         csl|ris|bibtex|epub|xlsx|annotations-csv [--layout single|folder] [--title T]
         [--mark equals|html]                                          导出 / export
  import-bundle <file.jianbao.json> [--json]                          导入数据包 / import a bundle
  tag --query Q|--ids 1,2 --add TAG | --remove TAG [--json]           批量标签 / tag many articles
  parse <file> [--json] [--shape para|wrapped|layout]                 解析但不导入 / parse without importing (shape detected unless given)
  serve [--port N] [--new-token] [--no-seed]                          启动浏览器端 / start the browser host
        (固定网址,令牌存于 ~/.config/jianbao / a stable address, token kept in the user's config; --port 0: a throwaway one)
  report bylines [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--paper P] [--page A1] [--section S]
         [--role 记者] [--kind photo] [--chars full] [--json | --format csv|xlsx|pdf|html --out PATH]
                                                                      稿件统计 / byline report
  backup [--out FILE]                                                 备份档案 / back the archive up (default: backups/ beside it)
  restore <backup.db>                                                 从备份恢复 / restore (checks it first; keeps the replaced archive)
  check [--json]                                                      检查档案与搜索索引 / check the archive and its search index

  --db FILE  档案文件 / archive file (or JIANBAO_DB; default $XDG_DATA_HOME/jianbao/archive.db)`;

class UsageError extends Error {}

const ARCHIVE_COMMANDS = new Set(['import', 'search', 'export', 'import-bundle', 'tag', 'stats', 'report']);
const CARE_COMMANDS = new Set(['backup', 'restore', 'check']);

function fail(error: AppError): never {
  process.stderr.write(`错误 / error: ${messageFor(error)} (${error.code})\n`);
  process.exit(1);
}

function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      port: { type: 'string' },
      limit: { type: 'string' },
      paper: { type: 'string' },
      date: { type: 'string' },
      page: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      'new-token': { type: 'boolean', default: false },
      collection: { type: 'string' },
      query: { type: 'string' },
      ids: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      layout: { type: 'string' },
      shape: { type: 'string' },
      title: { type: 'string' },
      mark: { type: 'string' },
      add: { type: 'string' },
      remove: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      section: { type: 'string' },
      role: { type: 'string' },
      kind: { type: 'string' },
      chars: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const meta = {
    ...(values.paper ? { paper: values.paper } : {}),
    ...(values.date ? { date: values.date } : {}),
    ...(values.page ? { pageLabel: values.page } : {}),
  };

  if (command === 'parse') {
    const file = args[0];
    if (!file) throw new UsageError('parse 需要一个文件 / parse needs a file');
    const bytes = readFileSync(file);
    const shape = parseShapeOption(values.shape);
    // A PDF gives one page per PDF page, a form-feed text file one per page: one object for a
    // single page, an array for several.
    const outcome = isPdf(file, bytes)
      ? await parsePdf(bytes, basename(file), { meta })
      : parsePages(bytes, basename(file), { meta, ...(shape ? { shape } : {}) });
    if (!outcome.ok) fail(outcome.error);
    const pages = outcome.value;
    if (values.json) return printJson(pages.length === 1 ? pages[0]?.parsed : pages.map((o) => o.parsed));
    for (const o of pages) {
      const p = o.parsed;
      process.stdout.write(
        `${p.page} (${p.encoding}, ${SHAPE_NAMES[o.shape]}): ${p.articles.length} 篇 / items\n`,
      );
      for (const a of p.articles) process.stdout.write(`  [${a.kind}] ${a.headline ?? '(无标题)'}\n`);
      for (const w of p.warnings) process.stderr.write(`  ⚠ ${w}\n`);
    }
    return;
  }

  // Checked before the archive is opened: a typo must never create or migrate an archive.
  if (command !== 'serve' && !ARCHIVE_COMMANDS.has(command) && !CARE_COMMANDS.has(command))
    throw new UsageError(`未知命令 / unknown command: ${command}`);
  const dbPath = resolveDbPath(values.db);
  if (command === 'serve')
    return cliServe(dbPath, { port: values.port, seed: !values['no-seed'], newToken: values['new-token'] });

  if (CARE_COMMANDS.has(command)) return archiveCare(command, args, dbPath, values);

  const open = openContext(dbPath);
  if (!open.ok) fail(open.error);
  const opened = open.value;
  try {
    if (command === 'import') {
      if (args.length === 0) throw new UsageError('import 需要文件或文件夹 / import needs files or folders');
      const report = await importAnySources(opened.ctx.db, readPageFiles(args), meta, (n) => {
        if (!values.json && process.stderr.isTTY) process.stderr.write(`\r已处理 / processed ${n}`);
      });
      if (!values.json && process.stderr.isTTY) process.stderr.write('\n');
      if (values.json) return printJson(report);
      process.stdout.write(
        `导入 / imported: ${report.pages} 版 pages, ${report.articles} 篇 items; 未变 / unchanged: ${report.skipped}; 替换 / replaced: ${report.replaced}\n`,
      );
      for (const f of report.files) {
        if (f.error) process.stdout.write(`  ✗ ${f.name}: ${f.error}\n`);
        for (const w of f.warnings) process.stdout.write(`  ⚠ ${f.name}: ${w}\n`);
      }
      if (report.files.some((f) => f.status === 'failed')) process.exitCode = 1;
      return;
    }
    if (command === 'search') {
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 0)
        throw new UsageError(`--limit 无效 / bad --limit: ${values.limit}`);
      const out = await cliSearch(opened.ctx, args.join(' '), { limit, json: values.json });
      if (!out.ok) fail(out.error);
      process.stdout.write(out.text);
      return;
    }
    if (command === 'export') {
      const r = await cliExport(opened.ctx, {
        ...values,
        onProgress: (done, total) => {
          if (!values.json && process.stderr.isTTY)
            process.stderr.write(`\r导出 / exporting ${done}/${total}`);
        },
      });
      if (!values.json && process.stderr.isTTY) process.stderr.write('\n');
      if (!r.ok) fail(r.error);
      if (values.json) return printJson(r.value);
      process.stdout.write(`已导出 / exported ${r.value.articles} 篇 → ${r.value.path}\n`);
      return;
    }
    if (command === 'import-bundle') {
      const file = args[0];
      if (!file) throw new UsageError('import-bundle 需要一个文件 / import-bundle needs a file');
      const r = await cliImportBundle(opened.ctx, file);
      if (!r.ok) fail(r.error);
      if (values.json) return printJson(r.value);
      const v = r.value;
      process.stdout.write(
        `新增 / added: ${v.pagesAdded} 版 pages, ${v.articlesAdded} 篇 items, ${v.tagsCreated} 标签 tags, ${v.tagLinksAdded} 标注 links, ${v.annotationsAdded} 批注 annotations; 更新 / updated: ${v.annotationsUpdated} 批注 annotations; 已有 / existing pages: ${v.pagesExisting}\n`,
      );
      for (const c of v.conflicts)
        process.stdout.write(
          `  ⚠ 冲突 / conflict (${c.kind === 'annotation' ? '批注 annotation' : '更正 correction'}) 《${c.article}》 ${c.detail}: 保留本地,数据包版本存入历史 / kept local, bundle's in history\n`,
        );
      return;
    }
    if (command === 'tag') {
      const r = await cliTag(opened.ctx, values);
      if (!r.ok) fail(r.error);
      if (values.json) return printJson(r.value);
      process.stdout.write(`${r.value.tag}: ${r.value.changed} / ${r.value.articles} 篇已更改 / changed\n`);
      return;
    }
    if (command === 'report') {
      const r = await cliReport(opened.ctx, args[0], values);
      if (!r.ok) fail(r.error);
      process.stdout.write(r.value);
      return;
    }
    if (command === 'stats') {
      const r = await call(opened.ctx, 'archive.stats', {});
      if (!r.ok) fail(r.error);
      if (values.json) return printJson(r.value);
      const s = r.value;
      process.stdout.write(
        `${s.pages} 版 pages, ${s.articles} 篇 items (文章 article ${s.byKind.article}, 图片 photo ${s.byKind.photo}, 简讯 brief ${s.byKind.brief})\n`,
      );
      return;
    }
    throw new UsageError(`未知命令 / unknown command: ${command}`);
  } finally {
    opened.close();
  }
}

const SHAPE_NAMES: Record<PageShape, string> = {
  para: '每段一行 / paragraph per line',
  wrapped: '按栏宽折行 / hard-wrapped',
  layout: '多栏并排 / columns side by side',
};

function parseShapeOption(value: string | undefined): PageShape | undefined {
  if (value === undefined) return undefined;
  if (value === 'para' || value === 'wrapped' || value === 'layout') return value;
  throw new UsageError(
    `--shape 应为 para、wrapped 或 layout / --shape must be para, wrapped or layout: ${value}`,
  );
}

function archiveCare(
  command: string,
  args: string[],
  dbPath: string,
  values: { out?: string; json: boolean },
): void {
  if (command === 'backup') {
    const r = cliBackup(dbPath, values.out);
    if (!r.ok) fail(r.error);
    return values.json
      ? printJson(r.value)
      : void process.stdout.write(`已备份 / backed up → ${r.value.path}\n`);
  }
  if (command === 'restore') {
    const file = args[0];
    if (!file) throw new UsageError('restore 需要一个备份文件 / restore needs a backup file');
    const r = cliRestore(dbPath, file);
    if (!r.ok) fail(r.error);
    if (values.json) return printJson(r.value);
    const kept = r.value.replacedKeptAt
      ? `; 原档案保存在 / replaced archive kept at ${r.value.replacedKeptAt}`
      : '';
    return void process.stdout.write(`已恢复 / restored: ${r.value.pages} 版 pages${kept}\n`);
  }
  const r = cliCheck(dbPath);
  if (!r.ok) fail(r.error);
  if (values.json) printJson(r.value);
  else process.stdout.write(describeCheck(r.value) + '\n');
  if (!r.value.ok) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (
    e instanceof UsageError ||
    e instanceof CliUsage ||
    e instanceof ServeUsage ||
    (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    process.stderr.write(`${e.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (e instanceof ArchiveOpenFailed) fail(e.error);
  // A full disk or a damaged archive found mid-command: one line, never a stack trace.
  const storage = storageError(e);
  if (storage) fail(storage);
  if (e instanceof Error && 'code' in e && (e.code === 'ENOENT' || e.code === 'EACCES')) {
    process.stderr.write(`错误 / error: ${messageFor({ code: 'io-failed', detail: e.message })}\n`);
    process.exit(1);
  }
  // A bug: still one line for the editor; JIANBAO_DEBUG=1 prints the stack for a bug report.
  if (process.env.JIANBAO_DEBUG) console.error(e);
  fail({ code: 'internal', detail: e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200) });
});
