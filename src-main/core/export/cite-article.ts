import type { Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { gbtCitation, quoteWithCitation } from './citation-gbt';
import { loadExportArticles } from './export-articles';

/** The reader's 复制引用: the article's GB/T 7714 reference, after the selected words when given. */
export function citeArticle(
  db: Db,
  input: Input<'export.citation'>,
): Result<{ citation: string; text: string }> {
  const [article] = loadExportArticles(db, [input.articleId]);
  if (!article) return err('not-found', `#${input.articleId}`);
  const citation = gbtCitation(article);
  const quote = input.quote?.trim();
  return ok({ citation, text: quote ? quoteWithCitation(quote, article) : citation });
}
