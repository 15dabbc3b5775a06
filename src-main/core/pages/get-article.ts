import type { ArticleT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { contentOf } from '../corrections/article-content';
import { pageMetaOf, type ArticleRow, type PageRow } from './rows';

export function getArticle(db: Db, input: { id: number }): Result<ArticleT> {
  const a = db.prepare('SELECT * FROM articles WHERE id = ?').get(input.id) as ArticleRow | undefined;
  if (!a) return err('not-found', `#${input.id}`);
  const p = db
    .prepare('SELECT id, file_name, paper, date, page_label, section FROM pages WHERE id = ?')
    .get(a.page_id) as PageRow;
  return ok({
    id: a.id,
    pageId: a.page_id,
    ordinal: a.ordinal,
    kind: a.kind,
    ...contentOf(a),
    continued: a.continued,
    page: { id: p.id, fileName: p.file_name, meta: pageMetaOf(p) },
  });
}
