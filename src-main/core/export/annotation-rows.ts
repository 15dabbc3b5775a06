import type { ExportArticle } from './export-articles';
import { lookOf } from './highlight-colours';

/** Column headers of the annotation table, Chinese first (the CSV/XLSX header row). */
export const ANNOTATION_COLUMNS = [
  '引文 quote',
  '批注 note',
  '颜色 colour',
  '批注标签 tags',
  '标题 headline',
  '报纸 paper',
  '日期 date',
  '版次 page',
  '文章标签 article tags',
  '创建 created',
  '修改 modified',
  'id',
] as const;

/** One row per highlight, in article order: what editors sort and filter in a spreadsheet. */
export function annotationRows(articles: readonly ExportArticle[]): string[][] {
  return articles.flatMap((a) =>
    a.annotations.map((n) => [
      n.exact,
      n.note ?? '',
      lookOf(n.colour).label,
      n.tags.join('; '),
      a.headline ?? '',
      a.paper ?? '',
      a.date ?? '',
      a.pageLabel ?? '',
      a.tags.join('; '),
      n.createdAt,
      n.updatedAt,
      `urn:uuid:${n.uuid}`,
    ]),
  );
}
