import type { Db } from '../db';

/**
 * `search_order_generation`: one counter that triggers bump whenever search's recency order can
 * change, i.e. an article appears, disappears or moves page, or a page's date changes. The cached
 * order (core/search/recency-order.ts) compares it instead of counting every write on the
 * connection, so tagging, annotating or correcting text no longer forces a rebuild (~1 s at 1M).
 * A deleted page takes its articles with it by cascade, which fires the article trigger.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE search_order_generation (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      generation INTEGER NOT NULL
    ) STRICT;
    INSERT INTO search_order_generation (id, generation) VALUES (1, 0);

    CREATE TRIGGER search_order_article_insert AFTER INSERT ON articles BEGIN
      UPDATE search_order_generation SET generation = generation + 1 WHERE id = 1;
    END;
    CREATE TRIGGER search_order_article_delete AFTER DELETE ON articles BEGIN
      UPDATE search_order_generation SET generation = generation + 1 WHERE id = 1;
    END;
    CREATE TRIGGER search_order_article_move AFTER UPDATE OF id, page_id ON articles
      WHEN old.id IS NOT new.id OR old.page_id IS NOT new.page_id BEGIN
      UPDATE search_order_generation SET generation = generation + 1 WHERE id = 1;
    END;
    CREATE TRIGGER search_order_page_date AFTER UPDATE OF date ON pages
      WHEN old.date IS NOT new.date BEGIN
      UPDATE search_order_generation SET generation = generation + 1 WHERE id = 1;
    END;
  `);
}
