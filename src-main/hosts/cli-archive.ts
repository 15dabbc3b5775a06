/**
 * The CLI's archive care commands: backup, restore and check. They work on the file, so they run
 * beside the operations rather than through dispatch.
 */
import { resolve } from 'node:path';
import { copyArchive, datedBackupPath } from '../core/db/backup';
import { checkArchive, type ArchiveCheck } from '../core/db/check-archive';
import { restoreArchive } from '../core/db/restore-archive';
import { ok, type Result } from '../result';
import { openContext } from './open-context';

export function cliBackup(dbPath: string, out: string | undefined): Result<{ path: string }> {
  const opened = openContext(dbPath);
  if (!opened.ok) return opened;
  try {
    return ok({
      path: copyArchive(opened.value.ctx.db, out ? resolve(out) : datedBackupPath(dbPath, 'backup')),
    });
  } finally {
    opened.value.close();
  }
}

export function cliRestore(
  dbPath: string,
  from: string,
): Result<{ replacedKeptAt: string | null; pages: number }> {
  const restored = restoreArchive(resolve(from), dbPath);
  if (!restored.ok) return restored;
  // Opening migrates an older backup (keeping a copy first) and proves the result is usable.
  const opened = openContext(dbPath);
  if (!opened.ok) return opened;
  try {
    const pages = opened.value.ctx.db.prepare('SELECT count(*) FROM pages').pluck().get() as number;
    return ok({ replacedKeptAt: restored.value.replacedKeptAt, pages });
  } finally {
    opened.value.close();
  }
}

export function cliCheck(dbPath: string): Result<ArchiveCheck> {
  const opened = openContext(dbPath);
  if (!opened.ok) return opened;
  try {
    return ok(checkArchive(opened.value.ctx.db));
  } finally {
    opened.value.close();
  }
}

export function describeCheck(c: ArchiveCheck): string {
  const mark = (good: boolean) => (good ? '✓' : '✗');
  return [
    `${mark(c.integrity.join() === 'ok')} 文件完整性 / file integrity: ${c.integrity.slice(0, 5).join('; ')}`,
    `${mark(c.searchIndex === 'ok')} 搜索索引 / search index: ${c.searchIndex}`,
    `${mark(c.indexedArticles === c.articles)} 已索引 / indexed: ${c.indexedArticles} / ${c.articles} 篇 articles`,
    `${mark(c.danglingReferences === 0)} 失效引用 / dangling references: ${c.danglingReferences}`,
    c.ok ? '档案完好 / the archive is sound' : '档案有问题,请从备份恢复 / problems found: restore a backup',
  ].join('\n');
}
