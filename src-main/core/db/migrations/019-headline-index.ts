import { registerSearchFunctions } from '../../search/index-article';
import type { Db } from '../db';

const doc = (row: 'new' | 'articles') =>
  `jb_index_headline(${row}.kicker, ${row}.headline, ${row}.subheadline)`;

/**
 * A second, small full-text index over the headline column alone (kicker, headline, subheadline),
 * with the same tokens as `articles_fts`'s headline column.
 *
 * Why: a large result is ranked headline hits first (search/rank-common.ts), and finding them in
 * `articles_fts` with `headline : (…)` reads the word's whole doclist, body positions and all.
 * When headline hits are rare among the candidates (two words together, or a selective filter),
 * that read covers most of the archive: 5–6 ms at 100k articles, ten times that at 1M. This
 * index's doclists hold headline occurrences only, about 1% of the main index's bytes, so the
 * same walk reads a few hundred small entries.
 */
export function up(db: Db): void {
  registerSearchFunctions(db);
  db.exec(`
    CREATE VIRTUAL TABLE articles_headline_fts USING fts5(
      headline,
      content = '', contentless_delete = 1, tokenize = 'ascii',
      -- As articles_fts: one-character queries are 4-digit prefixes.
      prefix = '4'
    );
    CREATE TRIGGER articles_headline_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_headline_fts (rowid, headline) VALUES (new.id, ${doc('new')});
    END;
    CREATE TRIGGER articles_headline_fts_delete AFTER DELETE ON articles BEGIN
      DELETE FROM articles_headline_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER articles_headline_fts_update
      AFTER UPDATE OF id, kicker, headline, subheadline ON articles BEGIN
      DELETE FROM articles_headline_fts WHERE rowid = old.id;
      INSERT INTO articles_headline_fts (rowid, headline) VALUES (new.id, ${doc('new')});
    END;

    INSERT INTO articles_headline_fts (rowid, headline) SELECT id, ${doc('articles')} FROM articles;
  `);
}
