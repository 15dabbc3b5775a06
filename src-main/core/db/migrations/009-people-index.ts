import { registerPeopleFunctions } from '../../people/people-functions';
import type { Db } from '../db';

// One counted row per (article, person name, role), with the page details the report filters on
// copied in, from the article and its page as they are now. Views keep the three triggers that
// refill rows (article insert/update, page details update) to one definition.
const FACT_COLUMNS = `article_id, name, role, first, names, day, paper, page_label, section, kind, front, chars`;
const MONTH_KEY = (row: 'new' | 'old') =>
  `month = substr(${row}.day, 1, 7) AND paper = ${row}.paper AND kind = ${row}.kind AND role = ${row}.role
   AND first = ${row}.first AND name = ${row}.name`;

const YEAR_KEY = `year = substr(old.day, 1, 4) AND name = old.name AND role = old.role AND first = old.first`;

/**
 * The people index and the 稿件统计 counts, kept by triggers in the same transaction as every write:
 * - `persons` and `person_names`: each normalised byline name (people/person-name.ts) belongs to one
 *   person; merging aliases repoints names, so counts follow at once without touching articles.
 *   `person_names.pieces` counts the articles carrying the name. Names stay when their count falls to
 *   0, so a merge survives a re-import of the page.
 * - `article_bylines`: the facts, one row per (article, name, role); indexed by name (person pages,
 *   `person:` search) and by day (report edges).
 * - `byline_months`: the facts summed per (month, paper, kind, role, first, name): a report over
 *   whole months reads these instead of every byline (bench/report.bench.ts). `person_years` (per
 *   year, person name, role) and `person_months` (pieces per month and name) are the same sums
 *   without paper and kind, so an unfiltered report over years reads one row per person and year.
 * - `unsigned_articles`: articles with no counted byline, so the report can say how many and which.
 * Text fields use '' for "unknown" (undated page, no paper) so they can be part of keys.
 */
export function up(db: Db): void {
  registerPeopleFunctions(db);
  db.exec(`
    CREATE TABLE persons (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL
    ) STRICT;

    CREATE TABLE person_names (
      name TEXT PRIMARY KEY,
      person_id INTEGER NOT NULL REFERENCES persons(id),
      pieces INTEGER NOT NULL DEFAULT 0
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX person_names_by_person ON person_names(person_id);

    CREATE TABLE article_bylines (
      article_id INTEGER NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      first INTEGER NOT NULL,
      names INTEGER NOT NULL,
      day TEXT NOT NULL,
      paper TEXT NOT NULL,
      page_label TEXT NOT NULL,
      section TEXT NOT NULL,
      kind TEXT NOT NULL,
      front INTEGER NOT NULL,
      chars INTEGER NOT NULL,
      -- Clustered by day: a report's edge days are one range of the table, not index lookups.
      PRIMARY KEY (day, article_id, name, role)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX article_bylines_by_article ON article_bylines(article_id);
    CREATE INDEX article_bylines_by_name ON article_bylines(name, day);

    CREATE TABLE byline_months (
      month TEXT NOT NULL,
      paper TEXT NOT NULL,
      kind TEXT NOT NULL,
      role TEXT NOT NULL,
      first INTEGER NOT NULL,
      name TEXT NOT NULL,
      pieces INTEGER NOT NULL,
      shared INTEGER NOT NULL,
      chars INTEGER NOT NULL,
      -- Characters divided evenly among a piece's names, in thousandths: integer sums stay exact
      -- when rows are subtracted again.
      chars_split INTEGER NOT NULL,
      front INTEGER NOT NULL,
      PRIMARY KEY (month, paper, kind, role, first, name)
    ) STRICT, WITHOUT ROWID;

    -- The same sums over every paper and kind, per year: an unfiltered report over whole years
    -- reads one row per person, role and year.
    CREATE TABLE person_years (
      year TEXT NOT NULL,
      name TEXT NOT NULL,
      role TEXT NOT NULL,
      first INTEGER NOT NULL,
      pieces INTEGER NOT NULL,
      shared INTEGER NOT NULL,
      chars INTEGER NOT NULL,
      chars_split INTEGER NOT NULL,
      front INTEGER NOT NULL,
      photos INTEGER NOT NULL,
      PRIMARY KEY (year, name, role, first)
    ) STRICT, WITHOUT ROWID;

    -- Pieces per person and month over every paper, kind and role: the report's month columns.
    CREATE TABLE person_months (
      month TEXT NOT NULL,
      name TEXT NOT NULL,
      pieces INTEGER NOT NULL,
      PRIMARY KEY (month, name)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE unsigned_articles (
      article_id INTEGER PRIMARY KEY,
      day TEXT NOT NULL,
      paper TEXT NOT NULL,
      page_label TEXT NOT NULL,
      section TEXT NOT NULL,
      kind TEXT NOT NULL
    ) STRICT;
    CREATE INDEX unsigned_articles_by_day ON unsigned_articles(day);

    CREATE TABLE person_undo (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      before TEXT NOT NULL,
      after TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE VIEW article_byline_facts AS
      SELECT a.id AS article_id, b.value ->> 'name' AS name, b.value ->> 'role' AS role,
        b.value ->> 'first' AS first, b.value ->> 'names' AS names,
        coalesce(p.date, '') AS day, coalesce(p.paper, '') AS paper, coalesce(p.page_label, '') AS page_label,
        coalesce(p.section, '') AS section, a.kind AS kind, jb_front_page(p.page_label) AS front,
        jb_body_chars(a.paragraphs) AS chars
      FROM articles a JOIN pages p ON p.id = a.page_id, json_each(jb_byline_rows(a.bylines)) b;
    CREATE VIEW unsigned_article_facts AS
      SELECT a.id AS article_id, coalesce(p.date, '') AS day, coalesce(p.paper, '') AS paper,
        coalesce(p.page_label, '') AS page_label, coalesce(p.section, '') AS section, a.kind AS kind
      FROM articles a JOIN pages p ON p.id = a.page_id
      WHERE jb_byline_rows(a.bylines) = '[]';

    CREATE TRIGGER people_article_insert AFTER INSERT ON articles BEGIN
      INSERT INTO article_bylines (${FACT_COLUMNS})
        SELECT ${FACT_COLUMNS} FROM article_byline_facts WHERE article_id = new.id;
      INSERT INTO unsigned_articles SELECT * FROM unsigned_article_facts WHERE article_id = new.id;
    END;
    CREATE TRIGGER people_article_delete AFTER DELETE ON articles BEGIN
      DELETE FROM article_bylines WHERE article_id = old.id;
      DELETE FROM unsigned_articles WHERE article_id = old.id;
    END;
    CREATE TRIGGER people_article_update AFTER UPDATE OF id, page_id, kind, bylines, paragraphs ON articles
      WHEN old.id IS NOT new.id OR old.page_id IS NOT new.page_id OR old.kind IS NOT new.kind
        OR old.bylines IS NOT new.bylines OR old.paragraphs IS NOT new.paragraphs BEGIN
      DELETE FROM article_bylines WHERE article_id = old.id;
      DELETE FROM unsigned_articles WHERE article_id = old.id;
      INSERT INTO article_bylines (${FACT_COLUMNS})
        SELECT ${FACT_COLUMNS} FROM article_byline_facts WHERE article_id = new.id;
      INSERT INTO unsigned_articles SELECT * FROM unsigned_article_facts WHERE article_id = new.id;
    END;
    CREATE TRIGGER people_page_update AFTER UPDATE OF date, paper, page_label, section ON pages
      WHEN old.date IS NOT new.date OR old.paper IS NOT new.paper OR old.page_label IS NOT new.page_label
        OR old.section IS NOT new.section BEGIN
      DELETE FROM article_bylines WHERE article_id IN (SELECT id FROM articles WHERE page_id = new.id);
      DELETE FROM unsigned_articles WHERE article_id IN (SELECT id FROM articles WHERE page_id = new.id);
      INSERT INTO article_bylines (${FACT_COLUMNS})
        SELECT ${FACT_COLUMNS} FROM article_byline_facts
        WHERE article_id IN (SELECT id FROM articles WHERE page_id = new.id);
      INSERT INTO unsigned_articles SELECT * FROM unsigned_article_facts
        WHERE article_id IN (SELECT id FROM articles WHERE page_id = new.id);
    END;

    -- A new name becomes a new person. Inside a trigger program last_insert_rowid() is the row the
    -- program itself just inserted, and both inserts run under the same NOT EXISTS.
    CREATE TRIGGER people_byline_insert AFTER INSERT ON article_bylines BEGIN
      INSERT INTO persons (name) SELECT new.name
        WHERE NOT EXISTS (SELECT 1 FROM person_names WHERE name = new.name);
      INSERT INTO person_names (name, person_id) SELECT new.name, last_insert_rowid()
        WHERE NOT EXISTS (SELECT 1 FROM person_names WHERE name = new.name);
      UPDATE person_names SET pieces = pieces + new.first WHERE name = new.name;
      INSERT INTO byline_months (month, paper, kind, role, first, name, pieces, shared, chars, chars_split, front)
        VALUES (substr(new.day, 1, 7), new.paper, new.kind, new.role, new.first, new.name, 1, new.names > 1,
          new.chars, (new.chars * 1000 + new.names / 2) / new.names, new.front)
        ON CONFLICT DO UPDATE SET pieces = pieces + 1, shared = shared + excluded.shared,
          chars = chars + excluded.chars, chars_split = chars_split + excluded.chars_split,
          front = front + excluded.front;
      INSERT INTO person_years (year, name, role, first, pieces, shared, chars, chars_split, front, photos)
        VALUES (substr(new.day, 1, 4), new.name, new.role, new.first, 1, new.names > 1, new.chars,
          (new.chars * 1000 + new.names / 2) / new.names, new.front, new.kind = 'photo')
        ON CONFLICT DO UPDATE SET pieces = pieces + 1, shared = shared + excluded.shared,
          chars = chars + excluded.chars, chars_split = chars_split + excluded.chars_split,
          front = front + excluded.front, photos = photos + excluded.photos;
      INSERT INTO person_months (month, name, pieces) SELECT substr(new.day, 1, 7), new.name, 1 WHERE new.first = 1
        ON CONFLICT DO UPDATE SET pieces = pieces + 1;
    END;
    CREATE TRIGGER people_byline_delete AFTER DELETE ON article_bylines BEGIN
      UPDATE person_names SET pieces = pieces - old.first WHERE name = old.name;
      UPDATE byline_months SET pieces = pieces - 1, shared = shared - (old.names > 1), chars = chars - old.chars,
          chars_split = chars_split - (old.chars * 1000 + old.names / 2) / old.names, front = front - old.front
        WHERE ${MONTH_KEY('old')};
      DELETE FROM byline_months WHERE ${MONTH_KEY('old')} AND pieces = 0;
      UPDATE person_years SET pieces = pieces - 1, shared = shared - (old.names > 1), chars = chars - old.chars,
          chars_split = chars_split - (old.chars * 1000 + old.names / 2) / old.names, front = front - old.front,
          photos = photos - (old.kind = 'photo')
        WHERE ${YEAR_KEY};
      DELETE FROM person_years WHERE ${YEAR_KEY} AND pieces = 0;
      UPDATE person_months SET pieces = pieces - 1
        WHERE old.first = 1 AND month = substr(old.day, 1, 7) AND name = old.name;
      DELETE FROM person_months WHERE month = substr(old.day, 1, 7) AND name = old.name AND pieces = 0;
    END;

    INSERT INTO article_bylines (${FACT_COLUMNS}) SELECT ${FACT_COLUMNS} FROM article_byline_facts;
    INSERT INTO unsigned_articles SELECT * FROM unsigned_article_facts;
  `);
}
