/**
 * Entry of the desktop core process (Electron `utilityProcess.fork`, see electron.ts): opens the
 * archive and serves operations from main over the parent port, so a long import or listing runs
 * here and the window's main thread never waits on SQLite. Unverified on the build machines
 * (Electron cannot be downloaded there); the protocol itself is tested in core-channel.test.ts.
 */
import { importSeedsIfNew } from '../core/pages/import-seeds';
import { DAILY_KEEP_7, rollBackups } from '../core/db/rolling-backups';
import { CORE_ENV, type FromCore, type ToCore } from './core-channel';
import { serveCore } from './core-serve';
import { openContext } from './open-context';

const dbPath = process.env[CORE_ENV.db];
const port = process.parentPort;
if (!dbPath || !port) throw new Error('core-process runs only as the desktop core (utilityProcess.fork)');
const nativeBinding = process.env[CORE_ENV.native] || undefined;
const opened = openContext(dbPath, nativeBinding ? { nativeBinding } : {});
if (!opened.ok) {
  // Main shows the typed error in a dialog and quits.
  port.postMessage({ kind: 'startup-failed', error: opened.error } satisfies FromCore);
} else {
  const archive = opened.value;
  const seeds = process.env[CORE_ENV.seeds];
  if (!archive.readOnly) {
    if (seeds) importSeedsIfNew(archive.ctx.db, archive.created, seeds);
    // Daily copies, the last 7 kept (JIANBAO_AUTO_BACKUPS=N keeps N; 0 turns them off).
    const keep = Number(process.env.JIANBAO_AUTO_BACKUPS ?? DAILY_KEEP_7.keep);
    rollBackups(archive.ctx.db, dbPath, {
      ...DAILY_KEEP_7,
      keep: Number.isInteger(keep) ? keep : DAILY_KEEP_7.keep,
    });
  }
  const receive = serveCore(archive.ctx, (message) => port.postMessage(message));
  port.on('message', (event) => receive(event.data as ToCore));
  process.on('exit', () => archive.close());
  port.postMessage({ kind: 'ready' } satisfies FromCore);
}
