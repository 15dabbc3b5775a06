import type { Contract, Input, OperationName, Output } from '../contract';
import type { Result } from '../result';
import { createAnnotation } from './annotations/create-annotation';
import { listAnnotations } from './annotations/list-annotations';
import { reattachAnnotation } from './annotations/reattach-annotation';
import { deleteAnnotation, restoreAnnotation } from './annotations/trash-annotation';
import { updateAnnotation } from './annotations/update-annotation';
import { articleHistory } from './corrections/article-history';
import { correctArticle } from './corrections/correct-article';
import { mergeArticles } from './corrections/merge-articles';
import { revertArticle } from './corrections/revert-article';
import { splitArticle } from './corrections/split-article';
import type { Db } from './db/db';
import { archiveStats } from './pages/archive-stats';
import { getArticle } from './pages/get-article';
import { importFiles } from './pages/import-files';
import { listLibrary } from './pages/list-library';
import { redo, undo } from './undo/undo-log';
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
  'annotations.list': (ctx, input) => listAnnotations(ctx.db, input),
  'annotations.create': (ctx, input) => createAnnotation(ctx.db, input),
  'annotations.update': (ctx, input) => updateAnnotation(ctx.db, input),
  'annotations.delete': (ctx, input) => deleteAnnotation(ctx.db, input),
  'annotations.restore': (ctx, input) => restoreAnnotation(ctx.db, input),
  'annotations.reattach': (ctx, input) => reattachAnnotation(ctx.db, input),
  'article.correct': (ctx, input) => correctArticle(ctx.db, input),
  'article.history': (ctx, input) => articleHistory(ctx.db, input),
  'article.revert': (ctx, input) => revertArticle(ctx.db, input),
  'article.split': (ctx, input) => splitArticle(ctx.db, input),
  'article.merge': (ctx, input) => mergeArticles(ctx.db, input),
  'history.undo': (ctx) => undo(ctx.db),
  'history.redo': (ctx) => redo(ctx.db),
} satisfies Operations as Operations;

export type { Contract };
