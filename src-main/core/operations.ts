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
import { articleNeighbours } from './library/article-neighbours';
import { libraryGroups } from './library/library-groups';
import { adjacentIssue, libraryIssues } from './library/issues';
import { discardDraft, listDrafts, saveDraft } from './drafts/drafts';
import { getSession, saveSession } from './drafts/editor-session';
import { libraryPage, libraryPages } from './library/library-pages';
import { listCollections } from './collections/list-collections';
import { collectionArticles } from './collections/collection-articles';
import { reorderCollection } from './collections/reorder-collection';
import { deleteSearch, renameSearch, saveSearch } from './collections/saved-searches';
import { citeArticle } from './export/cite-article';
import { exportCancel, exportProgress, runExportOperation } from './export/deliver-export';
import { importBundle, parseBundle } from './export/import-bundle';
import type { HostServices } from './host-services';
import { annotateTag, applyTag, removeTag } from './tags/apply-tag';
import { createTag, recolorTag } from './tags/create-tag';
import { listTags, tagsOfArticle } from './tags/list-tags';
import { deleteTag, mergeTags, renameTag } from './tags/move-tag';
import { undoTagChange } from './tags/undo-tag-change';
import { listDeletedTags } from './tags/list-deleted-tags';
import { restoreDeletedTag } from './tags/restore-deleted-tag';
import { updatePageMeta } from './pages/update-page-meta';
import { historyState, redo, undo } from './undo/undo-log';
import { countArticles, searchArticles } from './search/search-articles';
import { searchInArticle } from './search/search-in-article';
import { bylineReport } from './people/byline-report';
import { exportReport } from './people/export-report';
import { listPeople } from './people/list-people';
import { mergePeople, splitPerson } from './people/merge-people';
import { undoPeopleChange } from './people/people-undo';
import { personPieces } from './people/person-pieces';
import { unsignedPieces } from './people/unsigned-pieces';
import { listTrash } from './trash/list-trash';
import { deleteArticle, deletePage } from './trash/move-to-trash';
import { emptyTrash, restoreFromTrash } from './trash/restore-from-trash';
import { pageLayout } from './page-view/page-layout';
import { pagePdf } from './page-view/page-pdf';
import { restructurePage } from './page-view/restructure-page';
import { pagesToReview } from './page-view/pages-to-review';

export interface CoreContext {
  db: Db;
  /** Services only some hosts have (Electron's save dialog and printToPDF); see host-services.ts. */
  host?: HostServices;
}

type Operations = {
  [N in OperationName]: (ctx: CoreContext, input: Input<N>) => Result<Output<N>> | Promise<Result<Output<N>>>;
};

/** Name → core function. `satisfies` makes a contract entry without an implementation a compile error. */
export const operations = {
  'library.list': (ctx) => listLibrary(ctx.db),
  'library.groups': (ctx, input) => libraryGroups(ctx.db, input),
  'library.pages': (ctx, input) => libraryPages(ctx.db, input),
  'library.page': (ctx, input) => libraryPage(ctx.db, input),
  'articles.neighbours': (ctx, input) => articleNeighbours(ctx.db, input),
  'article.get': (ctx, input) => getArticle(ctx.db, input),
  'archive.stats': (ctx) => archiveStats(ctx.db),
  'search.query': (ctx, input) => searchArticles(ctx.db, input),
  'search.count': (ctx, input) => countArticles(ctx.db, input),
  'search.inArticle': (ctx, input) => searchInArticle(ctx.db, input),
  'pages.import': (ctx, input) => importFiles(ctx.db, input),
  'pages.updateMeta': (ctx, input) => updatePageMeta(ctx.db, input),
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
  'drafts.save': (ctx, input) => saveDraft(ctx.db, input),
  'drafts.list': (ctx, input) => listDrafts(ctx.db, input),
  'drafts.discard': (ctx, input) => discardDraft(ctx.db, input),
  'session.get': (ctx) => getSession(ctx.db),
  'session.save': (ctx, input) => saveSession(ctx.db, input),
  'library.issues': (ctx, input) => libraryIssues(ctx.db, input),
  'library.adjacentIssue': (ctx, input) => adjacentIssue(ctx.db, input),
  'pages.delete': (ctx, input) => deletePage(ctx.db, input),
  'article.delete': (ctx, input) => deleteArticle(ctx.db, input),
  'trash.list': (ctx) => listTrash(ctx.db),
  'trash.restore': (ctx, input) => restoreFromTrash(ctx.db, input),
  'trash.empty': (ctx, input) => emptyTrash(ctx.db, input),
  'history.undo': (ctx) => undo(ctx.db),
  'history.redo': (ctx) => redo(ctx.db),
  'history.state': (ctx) => historyState(ctx.db),
  'tags.list': (ctx) => listTags(ctx.db),
  'tags.ofArticle': (ctx, input) => tagsOfArticle(ctx.db, input),
  'tags.create': (ctx, input) => createTag(ctx.db, input),
  'tags.recolor': (ctx, input) => recolorTag(ctx.db, input),
  'tags.apply': (ctx, input) => applyTag(ctx.db, input),
  'tags.remove': (ctx, input) => removeTag(ctx.db, input),
  'tags.annotate': (ctx, input) => annotateTag(ctx.db, input),
  'tags.rename': (ctx, input) => renameTag(ctx.db, input),
  'tags.merge': (ctx, input) => mergeTags(ctx.db, input),
  'tags.delete': (ctx, input) => deleteTag(ctx.db, input),
  'tags.undo': (ctx, input) => undoTagChange(ctx.db, input),
  'tags.deleted': (ctx) => listDeletedTags(ctx.db),
  'tags.restoreDeleted': (ctx, input) => restoreDeletedTag(ctx.db, input),
  'collections.list': (ctx) => listCollections(ctx.db),
  'collections.saveSearch': (ctx, input) => saveSearch(ctx.db, input),
  'collections.renameSearch': (ctx, input) => renameSearch(ctx.db, input),
  'collections.deleteSearch': (ctx, input) => deleteSearch(ctx.db, input),
  'collections.articles': (ctx, input) => collectionArticles(ctx.db, input),
  'collections.reorder': (ctx, input) => reorderCollection(ctx.db, input),
  'export.run': (ctx, input) => runExportOperation(ctx.db, ctx.host, input),
  'export.progress': (_ctx, input) => exportProgress(input),
  'export.cancel': (_ctx, input) => exportCancel(input),
  'export.citation': (ctx, input) => citeArticle(ctx.db, input),
  'bundle.import': (ctx, input) => {
    const bundle = parseBundle(input.json);
    return bundle.ok ? importBundle(ctx.db, bundle.value) : bundle;
  },
  'people.list': (ctx, input) => listPeople(ctx.db, input),
  'people.get': (ctx, input) => personPieces(ctx.db, input),
  'people.merge': (ctx, input) => mergePeople(ctx.db, input),
  'people.split': (ctx, input) => splitPerson(ctx.db, input),
  'people.undo': (ctx, input) => undoPeopleChange(ctx.db, input),
  'report.bylines': (ctx, input) => bylineReport(ctx.db, input),
  'report.unsigned': (ctx, input) => unsignedPieces(ctx.db, input),
  'report.export': (ctx, input) => exportReport(ctx.db, ctx.host, input),
  'pages.layout': (ctx, input) => pageLayout(ctx.db, input),
  'library.review': (ctx, input) => pagesToReview(ctx.db, input),
  'pages.pdf': (ctx, input) => pagePdf(ctx.db, input),
  'pages.restructure': (ctx, input) => restructurePage(ctx.db, input),
} satisfies Operations as Operations;

export type { Contract };
