import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { updateAnnotation } from '../annotations/update-annotation';
import { openArchive } from '../db/open';
import type { Db } from '../db/db';
import { applyTag } from '../tags/apply-tag';
import { findTag } from '../tags/tag-store';
import { startJob } from './export-jobs';
import { importBundle, parseBundle } from './import-bundle';
import { renderExport } from './run-export';

async function exported(db: Db, format: 'json' | 'w3c'): Promise<string> {
  const tag = findTag(db, '测试专题')!;
  const out = await renderExport(
    db,
    {
      source: { kind: 'collection', collection: { kind: 'tag', tagId: tag.id } },
      format,
      exportedAt: '2024-07-11T09:30:00.000Z',
    },
    startJob(undefined),
  );
  if (!out.ok) throw new Error(out.error.code);
  return new TextDecoder().decode(out.value.files[0]!.bytes);
}

function importText(db: Db, text: string, now = new Date('2024-08-01T00:00:00.000Z')) {
  const bundle = parseBundle(text);
  if (!bundle.ok) throw new Error(JSON.stringify(bundle.error));
  const report = importBundle(db, bundle.value, now);
  if (!report.ok) throw new Error(JSON.stringify(report.error));
  return report.value;
}

/** Archive A: the seed page, two articles in a collection, one highlight with a note. */
function archiveA(): { db: Db; annotationId: number } {
  const { db, ids } = seedArchive();
  applyTag(db, { tag: '测试专题', articleIds: [ids[0]!, ids[3]!] });
  const text = (
    JSON.parse(
      db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(ids[0]) as string,
    ) as string[]
  ).join('\n\n');
  const exact = '共建长江口产业创新协同区';
  const start = text.indexOf(exact);
  const made = createAnnotation(
    db,
    { articleId: ids[0]!, start, end: start + exact.length, exact, colour: 'green', note: '初稿批注' },
    new Date('2024-07-10T10:00:00.000Z'),
  );
  if (!made.ok) throw new Error(made.error.code);
  return { db, annotationId: made.value.id };
}

const live = (db: Db) =>
  db.prepare('SELECT id, note, colour, uuid FROM annotations WHERE deleted_at IS NULL').all() as {
    id: number;
    note: string;
    colour: string;
    uuid: string;
  }[];
const history = (db: Db) =>
  db.prepare('SELECT note, reason FROM annotation_versions ORDER BY id').all() as {
    note: string;
    reason: string;
  }[];
const w3cIds = async (db: Db) =>
  (JSON.parse(await exported(db, 'w3c')) as { first: { items: { id: string }[] } }).first.items.map(
    (i) => i.id,
  );

describe('stable identity across archives', () => {
  it('A → B, edit the note in A, bundle again: B has one highlight with the new note, the old in history, same W3C ids', async () => {
    const { db: a, annotationId } = archiveA();
    const { db: b } = openArchive(':memory:');
    expect(importText(b, await exported(a, 'json'))).toMatchObject({ annotationsAdded: 1, conflicts: [] });

    const edited = updateAnnotation(
      a,
      { id: annotationId, note: '核实后的批注', colour: 'purple' },
      new Date('2024-07-12T08:00:00.000Z'),
    );
    expect(edited.ok).toBe(true);
    const report = importText(b, await exported(a, 'json'));
    expect(report).toMatchObject({ annotationsAdded: 0, annotationsUpdated: 1, conflicts: [] });

    const [only, ...more] = live(b);
    expect(more).toEqual([]);
    expect(only).toMatchObject({ note: '核实后的批注', colour: 'purple', uuid: live(a)[0]!.uuid });
    expect(history(b)).toEqual([{ note: '初稿批注', reason: 'replaced-by-bundle' }]);
    expect(await w3cIds(b)).toEqual(await w3cIds(a));
    expect((await w3cIds(a)).some((id) => id === `urn:uuid:${only!.uuid}`)).toBe(true);

    // The same bundle again changes nothing.
    expect(importText(b, await exported(a, 'json'))).toMatchObject({
      annotationsAdded: 0,
      annotationsUpdated: 0,
      conflicts: [],
    });
    expect(history(b)).toHaveLength(1);
  });

  it('a local edit newer than the bundle stays; the bundle’s older edit is kept in history and reported once', async () => {
    const { db: a, annotationId } = archiveA();
    const { db: b } = openArchive(':memory:');
    importText(b, await exported(a, 'json'));
    updateAnnotation(a, { id: annotationId, note: 'A 的修改' }, new Date('2024-07-12T08:00:00.000Z'));
    const mine = live(b)[0]!;
    updateAnnotation(b, { id: mine.id, note: 'B 的修改' }, new Date('2024-07-13T08:00:00.000Z'));

    const report = importText(b, await exported(a, 'json'));
    expect(report.annotationsUpdated).toBe(0);
    expect(report.conflicts).toEqual([
      expect.objectContaining({ kind: 'annotation', id: mine.uuid, detail: '共建长江口产业创新协同区' }),
    ]);
    expect(live(b).map((r) => r.note)).toEqual(['B 的修改']);
    expect(history(b)).toEqual([{ note: 'A 的修改', reason: 'bundle-older' }]);
    expect(importText(b, await exported(a, 'json')).conflicts).toEqual([]);
  });

  it('tolerates a byte-order mark and names a bad record and field', async () => {
    const { db: a } = archiveA();
    const text = await exported(a, 'json');
    expect(parseBundle(`\uFEFF${text}`).ok).toBe(true);

    const bad = JSON.parse(text) as { annotations: Record<string, unknown>[] };
    bad.annotations[0]!.colour = 'red';
    const refused = parseBundle(JSON.stringify(bad));
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('invalid-input');
      expect(refused.error.detail).toContain('annotations[0]');
      expect(refused.error.detail).toContain('colour');
    }
  });
});
