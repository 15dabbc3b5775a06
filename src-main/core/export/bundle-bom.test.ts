import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import { operations } from '../operations';
import { seedArchive } from '../../test-support/seed-archive';

describe('bundle with a byte order mark', () => {
  it('imports like the same bundle without one', async () => {
    const { db, ids } = seedArchive();
    const exported = await operations['export.run'](
      { db },
      { source: { kind: 'ids', ids }, format: 'json', deliver: 'return' },
    );
    if (!exported.ok) throw new Error(exported.error.code);
    const json = Buffer.from(exported.value.files[0]!.base64, 'base64').toString('utf8');
    const target = openArchive(':memory:').db;
    const r = await operations['bundle.import']({ db: target }, { json: '\uFEFF' + json });
    expect(r).toMatchObject({ ok: true, value: { pagesAdded: 1, articlesAdded: ids.length } });
  });
});
