import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from './open';
import { automaticBackups, rollBackups } from './rolling-backups';

describe('rolling automatic backups', () => {
  it('makes one copy a day and keeps only the last few', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jianbao-roll-')), 'archive.db');
    const { db, close } = openArchive(file);
    const day = 24 * 60 * 60 * 1000;
    const policy = { everyMs: day, keep: 3 };
    const start = new Date('2026-01-01T09:00:00Z');
    expect(rollBackups(db, file, policy, start)).not.toBeNull();
    // Same day: nothing new.
    expect(rollBackups(db, file, policy, new Date(start.getTime() + 3600_000))).toBeNull();
    for (let d = 1; d <= 5; d++) {
      expect(rollBackups(db, file, policy, new Date(start.getTime() + d * day))).not.toBeNull();
    }
    const kept = automaticBackups(file);
    expect(kept).toHaveLength(3);
    expect(kept[0]!.madeAt.toISOString()).toBe('2026-01-06T09:00:00.000Z');
    expect(rollBackups(db, file, { everyMs: day, keep: 0 })).toBeNull();
    close();
  });
});
