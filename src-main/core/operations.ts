import type { Contract, Input, OperationName, Output } from '../contract';
import type { Result } from '../result';
import type { Db } from './db/db';
import { archiveStats } from './pages/archive-stats';
import { getArticle } from './pages/get-article';
import { importFiles } from './pages/import-files';
import { listLibrary } from './pages/list-library';
import { searchArticles } from './search/search-articles';
import { searchInArticle } from './search/search-in-article';

export interface CoreContext {
  db: Db;
}

type Operations = {
  [N in OperationName]: (ctx: CoreContext, input: Input<N>) => Result<Output<N>> | Promise<Result<Output<N>>>;
};

/** Name → core function. `satisfies` makes a contract entry without an implementation a compile error. */
export const operations = {
  'library.list': (ctx) => listLibrary(ctx.db),
  'article.get': (ctx, input) => getArticle(ctx.db, input),
  'archive.stats': (ctx) => archiveStats(ctx.db),
  'search.query': (ctx, input) => searchArticles(ctx.db, input),
  'search.inArticle': (ctx, input) => searchInArticle(ctx.db, input),
  'pages.import': (ctx, input) => importFiles(ctx.db, input),
} satisfies Operations as Operations;

export type { Contract };
