import { describe, expect, it } from 'vitest';
import { contract } from '../../contract';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { openArchive } from '../db/open';
import { storePage } from './store-page';
import { updatePageMeta } from './update-page-meta';

describe('updatePageMeta', () => {
  it('changes only the given fields and clears blanks', () => {
    const { db } = openArchive(':memory:');
    const { pageId } = storePage(db, new TextEncoder().encode('x'), sampleOutcome());
    const input = contract['pages.updateMeta'].input.parse({
      pageId,
      meta: { date: '2024-07-11', section: '' },
    });
    const r = updatePageMeta(db, input);
    expect(r.ok && r.value.meta).toEqual({
      paper: '南通晚报',
      date: '2024-07-11',
      pageLabel: 'A1',
      section: null,
    });
  });

  it('rejects a malformed date at the boundary and a missing page in the core', () => {
    expect(
      contract['pages.updateMeta'].input.safeParse({ pageId: 1, meta: { date: '7月10日' } }).success,
    ).toBe(false);
    const { db } = openArchive(':memory:');
    expect(updatePageMeta(db, { pageId: 5, meta: { paper: '南通日报' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
