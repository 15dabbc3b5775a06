import type { Db } from '../db/db';
import { canonicalText } from './article-text';

export interface ArticleBody {
  id: number;
  pageId: number;
  textVersion: number;
  paragraphs: string[];
  text: string;
}

/** An article's body as annotations see it, or null when the article does not exist. */
export function readArticleBody(db: Db, articleId: number): ArticleBody | null {
  const row = db
    .prepare('SELECT id, page_id, text_version, paragraphs FROM articles WHERE id = ?')
    .get(articleId) as { id: number; page_id: number; text_version: number; paragraphs: string } | undefined;
  if (!row) return null;
  const paragraphs = JSON.parse(row.paragraphs) as string[];
  return {
    id: row.id,
    pageId: row.page_id,
    textVersion: row.text_version,
    paragraphs,
    text: canonicalText(paragraphs),
  };
}
