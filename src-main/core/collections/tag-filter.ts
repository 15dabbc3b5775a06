import { descendantRange } from '../tags/tag-name';

/**
 * The `tag:` hook for search: a SQL condition on an articles alias matching articles tagged with
 * `name` or any descendant (a parent shows its children's articles). Parameters stay bound.
 */
export function tagCondition(articleAlias: string, name: string): { sql: string; params: string[] } {
  const [from, to] = descendantRange(name);
  return {
    sql: `${articleAlias}.id IN (SELECT at.article_id FROM article_tags at JOIN tags tg ON tg.id = at.tag_id
           WHERE tg.name = ? OR (tg.name >= ? AND tg.name < ?))`,
    params: [name, from, to],
  };
}
