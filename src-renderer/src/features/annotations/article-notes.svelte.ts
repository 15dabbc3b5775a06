import type { AnnotationT, ColourT, DraftT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';
import type { TextSelection } from './text-offsets';

/**
 * The open article's annotations (anchored and orphaned) and what the editor is doing with them.
 * Every change is written at once by main (one transaction each); this only mirrors the archive.
 */
export class ArticleNotes {
  articleId = $state<number | null>(null);
  items = $state.raw<AnnotationT[]>([]);
  orphans = $state.raw<AnnotationT[]>([]);
  /** The annotation the editor is looking at (clicked highlight or card). */
  focusId = $state<number | null>(null);
  /** Note editor open for this annotation. */
  editingId = $state<number | null>(null);
  /** An orphan waiting for the editor to select its new place. */
  reattachId = $state<number | null>(null);
  error = $state<AppError | null>(null);
  /** Bumped after every write so views listing annotations elsewhere refresh. */
  revision = $state(0);
  /** Unsaved forms of this article kept in the archive (its correction, its notes). */
  drafts = $state.raw<DraftT[]>([]);

  /** The kept draft of the correction form, or of one annotation's note. */
  draftOf(kind: DraftT['body']['kind'], targetId: number): DraftT | null {
    return this.drafts.find((d) => d.body.kind === kind && d.targetId === targetId) ?? null;
  }

  async loadDrafts(): Promise<void> {
    const articleId = this.articleId;
    if (articleId === null) return;
    const r = await call('drafts.list', { articleId });
    if (r.ok && this.articleId === articleId) this.drafts = r.value;
  }

  async load(articleId: number): Promise<void> {
    if (this.articleId !== articleId) {
      // Another article: its forms start closed; what was typed in this one waits as a draft.
      this.drafts = [];
      this.editingId = null;
    }
    this.articleId = articleId;
    void this.loadDrafts();
    const [active, orphans] = await Promise.all([
      call('annotations.list', { view: 'active', articleId, limit: 10_000 }),
      call('annotations.list', { view: 'orphans', articleId, limit: 10_000 }),
    ]);
    if (this.articleId !== articleId) return;
    if (active.ok) this.items = active.value;
    if (orphans.ok) this.orphans = orphans.value;
    this.error = active.ok ? (orphans.ok ? null : orphans.error) : active.error;
  }

  async reload(): Promise<void> {
    if (this.articleId !== null) await this.load(this.articleId);
    this.revision++;
  }

  async create(sel: TextSelection, colour: ColourT, withNote = false): Promise<void> {
    if (this.articleId === null) return;
    const r = await call('annotations.create', { articleId: this.articleId, ...sel, colour });
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.focusId = r.value.id;
    if (withNote) this.editingId = r.value.id;
    await this.reload();
  }

  /** True when the change was written (a note's draft may then be dropped). */
  async update(id: number, patch: { colour?: ColourT; note?: string }): Promise<boolean> {
    const r = await call('annotations.update', { id, ...patch });
    if (!r.ok) this.error = r.error;
    if (patch.note !== undefined && r.ok) this.editingId = null;
    await this.reload();
    return r.ok;
  }

  async remove(id: number): Promise<void> {
    const r = await call('annotations.delete', { id });
    if (!r.ok) this.error = r.error;
    await this.reload();
  }

  /** Puts a tag on one annotation (or takes it off); the tag is created on first use, like on articles. */
  async tag(id: number, tag: string, remove = false): Promise<boolean> {
    const r = await call('tags.annotate', { tag, annotationIds: [id], ...(remove ? { remove } : {}) });
    if (!r.ok) this.error = r.error;
    await this.reload();
    return r.ok;
  }

  async reattach(sel: TextSelection): Promise<void> {
    if (this.reattachId === null || this.articleId === null) return;
    const r = await call('annotations.reattach', { id: this.reattachId, articleId: this.articleId, ...sel });
    if (!r.ok) this.error = r.error;
    this.reattachId = null;
    await this.reload();
  }
}
