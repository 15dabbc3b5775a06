import type { Db } from '../db';

/**
 * `library_days`: pages and articles per (paper, day), kept by triggers, so the library tree
 * (paper → month → day) answers with counts from a few thousand rows instead of grouping every
 * article of the archive (a GROUP BY over 1M articles takes ~0.5 s; this table holds one row per
 * paper-day). Unknown paper or date is stored as '' (NOT NULL keeps the primary key an upsert
 * target); editors can never save '' because blank page details become NULL.
 *
 * A page is counted BEFORE it is deleted: SQLite deletes the row first and cascades to its articles
 * afterwards, so the article triggers then find no page and change nothing.
 */
export function up(db: Db): void {
  const day = (row: 'new' | 'old') => `coalesce(${row}.paper, '') AND date = coalesce(${row}.date, '')`;
  const dayOfPage = (pageId: string) =>
    `(paper, date) = (SELECT coalesce(paper, ''), coalesce(date, '') FROM pages WHERE id = ${pageId})`;
  db.exec(`
    CREATE TABLE library_days (
      paper TEXT NOT NULL,
      date TEXT NOT NULL,
      pages INTEGER NOT NULL,
      articles INTEGER NOT NULL,
      PRIMARY KEY (paper, date)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO library_days (paper, date, pages, articles)
      SELECT coalesce(p.paper, ''), coalesce(p.date, ''), count(*), sum(
        (SELECT count(*) FROM articles a WHERE a.page_id = p.id))
      FROM pages p GROUP BY 1, 2;

    CREATE TRIGGER library_days_page_insert AFTER INSERT ON pages BEGIN
      INSERT INTO library_days (paper, date, pages, articles)
        VALUES (coalesce(new.paper, ''), coalesce(new.date, ''), 1, 0)
        ON CONFLICT (paper, date) DO UPDATE SET pages = pages + 1;
    END;
    CREATE TRIGGER library_days_page_delete BEFORE DELETE ON pages BEGIN
      UPDATE library_days SET pages = pages - 1,
        articles = articles - (SELECT count(*) FROM articles WHERE page_id = old.id)
        WHERE paper = ${day('old')};
      DELETE FROM library_days WHERE paper = ${day('old')} AND pages <= 0;
    END;
    CREATE TRIGGER library_days_page_move AFTER UPDATE OF paper, date ON pages
      WHEN old.paper IS NOT new.paper OR old.date IS NOT new.date BEGIN
      UPDATE library_days SET pages = pages - 1,
        articles = articles - (SELECT count(*) FROM articles WHERE page_id = old.id)
        WHERE paper = ${day('old')};
      DELETE FROM library_days WHERE paper = ${day('old')} AND pages <= 0;
      INSERT INTO library_days (paper, date, pages, articles)
        VALUES (coalesce(new.paper, ''), coalesce(new.date, ''), 1,
          (SELECT count(*) FROM articles WHERE page_id = new.id))
        ON CONFLICT (paper, date) DO UPDATE SET pages = pages + 1, articles = articles + excluded.articles;
    END;

    CREATE TRIGGER library_days_article_insert AFTER INSERT ON articles BEGIN
      UPDATE library_days SET articles = articles + 1 WHERE ${dayOfPage('new.page_id')};
    END;
    CREATE TRIGGER library_days_article_delete AFTER DELETE ON articles BEGIN
      UPDATE library_days SET articles = articles - 1 WHERE ${dayOfPage('old.page_id')};
    END;
    CREATE TRIGGER library_days_article_move AFTER UPDATE OF page_id ON articles
      WHEN old.page_id IS NOT new.page_id BEGIN
      UPDATE library_days SET articles = articles - 1 WHERE ${dayOfPage('old.page_id')};
      UPDATE library_days SET articles = articles + 1 WHERE ${dayOfPage('new.page_id')};
    END;

    -- The library lists a day's pages by label then file name (keyset-paged): one index walk.
    CREATE INDEX pages_library_order ON pages(paper, date, coalesce(page_label, ''), file_name, id);
  `);
}
