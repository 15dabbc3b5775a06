/**
 * The `person:` hook for search: a SQL condition on an articles alias matching articles signed
 * with any name of the person that `name` (a normalised byline name, people/person-name.ts)
 * belongs to, so 朱文君 finds the pieces signed with a merged alias too. Parameters stay bound.
 */
export function personCondition(articleAlias: string, name: string): { sql: string; params: string[] } {
  return {
    sql: `${articleAlias}.id IN (SELECT ab.article_id FROM article_bylines ab WHERE ab.name IN (
           SELECT n2.name FROM person_names n1 JOIN person_names n2 ON n2.person_id = n1.person_id
           WHERE n1.name = ?))`,
    params: [name],
  };
}
