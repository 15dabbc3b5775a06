import { descendantRange } from '../tags/tag-name';

/**
 * The `tag:` hook for search: a SQL condition on an articles alias matching articles tagged with
 * `name` or any descendant (a parent shows its children's articles). Parameters stay bound.
 */
export function tagCondition(articleAlias: string, name: string): { sql: string; params: string[] } {
  const tagged = taggedIds(name);
  return { sql: `${articleAlias}.id IN (${tagged.sql})`, params: tagged.params };
}

/** Ids (each once) of the articles tagged `name` or a descendant, from article_tags alone (no article rows). */
export function taggedIds(name: string): { sql: string; params: string[] } {
  const [from, to] = descendantRange(name);
  return {
    sql: `SELECT DISTINCT at.article_id FROM article_tags at JOIN tags tg ON tg.id = at.tag_id
           WHERE tg.name = ? OR (tg.name >= ? AND tg.name < ?)`,
    params: [name, from, to],
  };
}
