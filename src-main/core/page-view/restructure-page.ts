/**
 * A structure edit from the page view (设为正文, 从这里开始新文章, 并入上一篇, 移到文章…): the
 * decision is saved against the selected lines by content, the page is parsed again from its
 * source with every saved decision, and the articles the edit changed are rebuilt (rebuild-articles).
 * One transaction, one step of undo/redo: the decisions and the page's warnings are part of the step.
 */
import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import { annotationIdsOf } from '../corrections/write-content';
import { pageArticleIds } from '../corrections/page-ordinals';
import type { Db } from '../db/db';
import { parseDecodedText } from '../parse/parse-page';
import type { ParseOutcome, ParserLine } from '../parse/parsed-page';
import type { StructureDecision } from '../parse/structure/structure-types';
import { recordChange } from '../undo/undo-log';
import { articleLineSet } from './article-lines';
import { readSpans } from './stored-spans';
import { addDecisions, readDecisions } from './page-structure-store';
import { rebuildArticles } from './rebuild-articles';
import { SourceLines } from './source-lines';
import { SOURCE_TEXT_COLUMNS, sourceTextOf, type StoredSourceText } from '../pages/source-text';

type Restructured = Output<'pages.restructure'>;

interface PageRow {
  id: number;
  file_name: string;
  encoding: string;
  warnings: string;
}

/** The page with its source text unpacked once for the parses and line sets below. */
type Page = PageRow & { text: string };

function parseWith(page: Page, structure: readonly StructureDecision[]): Result<ParseOutcome> {
  return parseDecodedText(page.text, page.encoding, page.file_name, { structure });
}

/** The parser line holding the first line of a stored article (the target of 移到文章…). */
function firstLineOf(db: Db, page: Page, lines: readonly ParserLine[], articleId: number): ParserLine | null {
  const row = db
    .prepare('SELECT kind, spans FROM articles WHERE id = ? AND page_id = ?')
    .get(articleId, page.id) as { kind: string; spans: string } | undefined;
  if (!row) return null;
  const set = articleLineSet(new SourceLines(page.text), readSpans(row.spans), row.kind);
  const first = Math.min(...set);
  return lines.find((l) => first >= l.from && first <= l.to) ?? null;
}

function decide(
  db: Db,
  page: Page,
  lines: readonly ParserLine[],
  input: Input<'pages.restructure'>,
): Result<StructureDecision[]> {
  const selected = lines.filter((l) => input.lines.some((n) => n >= l.from && n <= l.to));
  const first = selected[0];
  if (!first) return err('invalid-input', '所选的行没有文字 / the selected lines are blank');
  const action = input.action;
  switch (action.type) {
    case 'role':
      return ok(selected.map((l) => ({ action: 'role', line: l.key, role: action.role })));
    case 'start':
      return ok([{ action: 'start', line: first.key }]);
    case 'merge':
      return ok([{ action: 'merge', line: first.key }]);
    case 'move': {
      const target = firstLineOf(db, page, lines, action.articleId);
      if (!target) return err('not-found', `#${action.articleId}`);
      return ok(selected.map((l) => ({ action: 'move', line: l.key, target: target.key })));
    }
  }
}

export function restructurePage(
  db: Db,
  input: Input<'pages.restructure'>,
  now = new Date(),
): Result<Restructured> {
  const row = db
    .prepare(`SELECT id, file_name, ${SOURCE_TEXT_COLUMNS}, encoding, warnings FROM pages WHERE id = ?`)
    .get(input.pageId) as (PageRow & StoredSourceText) | undefined;
  if (!row) return err('not-found', `#${input.pageId}`);
  const page: Page = {
    id: row.id,
    file_name: row.file_name,
    encoding: row.encoding,
    warnings: row.warnings,
    text: sourceTextOf(row),
  };
  if (db.prepare('SELECT 1 FROM page_pdf WHERE page_id = ?').get(page.id))
    return err(
      'unavailable',
      'PDF 版面的文章区域来自版面上的分隔线,不能按行调整 / PDF pages are divided by their rules',
    );
  const existing = readDecisions(db, page.file_name);
  const previous = parseWith(page, existing);
  if (!previous.ok) return previous;
  const decided = decide(db, page, previous.value.lines ?? [], input);
  if (!decided.ok) return decided;
  const next = parseWith(page, [...existing, ...decided.value]);
  if (!next.ok) return next;

  const ids = pageArticleIds(db, page.id);
  const scope = {
    articleIds: ids,
    annotationIds: annotationIdsOf(db, ids),
    page: { id: page.id, fileName: page.file_name },
  };
  const at = now.toISOString();
  return recordChange(
    db,
    'pages.restructure',
    scope,
    () => {
      addDecisions(db, page.file_name, decided.value, at);
      const rebuilt = rebuildArticles(
        db,
        page.id,
        new SourceLines(page.text),
        previous.value,
        next.value,
        at,
      );
      // Warnings the parse did not write (how the file was decoded) stay; the parse's own are renewed.
      const parseWarnings = new Set(previous.value.parsed.warnings);
      const kept = (JSON.parse(page.warnings) as string[]).filter((w) => !parseWarnings.has(w));
      db.prepare('UPDATE pages SET warnings = ?, furniture = ? WHERE id = ?').run(
        JSON.stringify([...next.value.parsed.warnings, ...kept]),
        JSON.stringify(next.value.parsed.furniture),
        page.id,
      );
      return ok({ pageId: page.id, ...rebuilt });
    },
    (v) => ({ articleIds: v.created }),
  ) as Result<Restructured & { created: number[] }>;
}
