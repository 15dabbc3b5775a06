/** Page order for collections and exports: dated pages oldest first, then paper, page, position. */
export const ARTICLE_ORDER_SQL = 'p.date IS NULL, p.date, p.paper, p.page_label, p.file_name, a.ordinal';
