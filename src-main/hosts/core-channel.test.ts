import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../core/db/open';
import { importSeedsIfNew } from '../core/pages/import-seeds';
import { CoreClient, type FromCore, type ToCore } from './core-channel';
import { serveCore } from './core-serve';

/** Client and core joined by queued messages, as the two processes are (never a direct call). */
function connect(services: ConstructorParameters<typeof CoreClient>[1] = {}) {
  const { db, created } = openArchive(':memory:');
  importSeedsIfNew(db, created, 'seeds');
  const sent: (ToCore | FromCore)[] = [];
  const toClient: ((m: FromCore) => void)[] = [];
  const toCore = serveCore(
    { db },
    (m) => {
      sent.push(m);
      queueMicrotask(() => toClient[0]!(structuredClone(m)));
    },
    () => {},
  );
  const client = new CoreClient((m) => {
    sent.push(m);
    queueMicrotask(() => toCore(structuredClone(m)));
  }, services);
  toClient.push((m) => client.receive(m));
  client.receive({ kind: 'ready' });
  return { client, sent, db };
}

describe('core channel', () => {
  it('answers an operation across the channel as dispatch does, typed errors included', async () => {
    const { client, sent } = connect();
    const papers = await client.call('library.groups', { level: 'papers' });
    expect(papers).toEqual({ ok: true, value: [{ key: null, pages: 1, articles: 5 }] });
    expect(await client.invoke('library.groups', { level: 'planets' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await client.invoke('no.such', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-operation' },
    });
    expect(sent.map((m) => m.kind)).toEqual(['call', 'result', 'call', 'result', 'call', 'result']);
  });

  it('lends main-process services to the core: an export saved where the dialog says', async () => {
    const asked: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-core-channel-'));
    const { client } = connect({
      chooseSavePath: async (name) => {
        asked.push(name);
        return `${dir}/${name}`;
      },
    });
    const r = await client.call('export.run', {
      source: { kind: 'query', query: '南通' },
      format: 'md',
      deliver: 'save-dialog',
    });
    expect(asked).toHaveLength(1);
    expect(r).toMatchObject({ ok: true, value: { savedTo: `${dir}/${asked[0]}` } });
    expect(readFileSync(`${dir}/${asked[0]}`, 'utf8')).toContain('南通');
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds calls until the core is ready, then sends them in order', () => {
    const posted: ToCore[] = [];
    const client = new CoreClient((m) => posted.push(m), {});
    void client.invoke('archive.stats', {});
    void client.invoke('tags.list', {});
    expect(posted).toEqual([]);
    client.receive({ kind: 'ready' });
    expect(posted.map((m) => m.kind === 'call' && m.name)).toEqual(['archive.stats', 'tags.list']);
  });

  it('ends waiting calls with unavailable when the core process exits', async () => {
    const client = new CoreClient(() => {}, {});
    const waiting = client.invoke('archive.stats', {});
    client.fail('core exited (1)');
    expect(await waiting).toEqual({ ok: false, error: { code: 'unavailable', detail: 'core exited (1)' } });
  });
});
