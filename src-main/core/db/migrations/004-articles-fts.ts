import { registerSearchFunctions } from '../../search/index-article';
import type { Db } from '../db';

const doc = (row: 'new' | 'articles') =>
  (['headline', 'byline', 'body'] as const)
    .map(
      (c) =>
        `jb_index_column('${c}', ${row}.kicker, ${row}.headline, ${row}.subheadline, ${row}.source, ` +
        `${row}.bylines, ${row}.paragraphs)`,
    )
    .join(', ');

/**
 * Full-text index over articles (see core/search/index-tokens.ts for the token scheme).
 * Contentless: the text already lives in `articles`; snippets are cut from there. contentless_delete
 * lets triggers delete by rowid without re-supplying the old tokens.
 */
export function up(db: Db): void {
  registerSearchFunctions(db);
  db.exec(`
    CREATE VIRTUAL TABLE articles_fts USING fts5(
      headline, byline, body,
      content = '', contentless_delete = 1, tokenize = 'ascii',
      -- A one-character query is a prefix of 4 base-36 digits: this index answers it with one
      -- lookup instead of merging every bigram that starts with the character (4–20× faster on
      -- common characters in bench/search.bench.ts, for ~1.6× the index size).
      prefix = '4'
    );
    -- Headline hits outrank byline hits outrank body hits.
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(8.0, 4.0, 1.0)');

    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts (rowid, headline, byline, body) VALUES (new.id, ${doc('new')});
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      DELETE FROM articles_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER articles_fts_update
      AFTER UPDATE OF id, kicker, headline, subheadline, source, bylines, paragraphs ON articles BEGIN
      DELETE FROM articles_fts WHERE rowid = old.id;
      INSERT INTO articles_fts (rowid, headline, byline, body) VALUES (new.id, ${doc('new')});
    END;

    INSERT INTO articles_fts (rowid, headline, byline, body) SELECT id, ${doc('articles')} FROM articles;
  `);
}
