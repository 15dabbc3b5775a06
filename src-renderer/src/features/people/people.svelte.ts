import type { Output, PersonSummaryT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

type PersonPage = Output<'people.get'>;

const PAGE = 200;

/**
 * The people index: persons by pieces, a name search, ticked persons to merge (the first ticked
 * keeps the main name), one open person page, and the last merge or split for undo. `revision`
 * counts changes so the report re-reads after one.
 */
export class People {
  query = $state('');
  people = $state.raw<PersonSummaryT[]>([]);
  total = $state(0);
  selected = $state.raw<number[]>([]);
  person = $state.raw<PersonPage | null>(null);
  error = $state<AppError | null>(null);
  /** The last change, for the undo button: its message and undo id. */
  last = $state.raw<{ message: string; undoId: number } | null>(null);
  revision = $state(0);
  #asked = 0;

  async load(more = false): Promise<void> {
    const asked = ++this.#asked;
    const q = this.query.trim();
    const r = await call('people.list', {
      ...(q ? { query: q } : {}),
      limit: PAGE,
      offset: more ? this.people.length : 0,
    });
    if (asked !== this.#asked) return;
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.error = null;
    this.people = more ? [...this.people, ...r.value.people] : r.value.people;
    this.total = r.value.total;
  }

  toggle(id: number): void {
    this.selected = this.selected.includes(id)
      ? this.selected.filter((x) => x !== id)
      : [...this.selected, id];
  }

  get target(): PersonSummaryT | undefined {
    return this.people.find((p) => p.id === this.selected[0]);
  }

  async merge(message: (n: number, name: string) => string): Promise<void> {
    const [targetId, ...sourceIds] = this.selected;
    if (targetId === undefined || sourceIds.length === 0) return;
    const r = await call('people.merge', { targetId, sourceIds });
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.last = { message: message(sourceIds.length, r.value.person.name), undoId: r.value.undoId };
    this.selected = [];
    await this.changed();
  }

  async split(name: string, message: (name: string) => string): Promise<void> {
    if (!this.person) return;
    const r = await call('people.split', { personId: this.person.person.id, name });
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.last = { message: message(name), undoId: r.value.undoId };
    await this.changed();
  }

  async undo(): Promise<void> {
    if (!this.last) return;
    const r = await call('people.undo', { undoId: this.last.undoId });
    this.last = null;
    if (!r.ok) this.error = r.error;
    await this.changed();
  }

  async open(personId: number, more = false): Promise<void> {
    const offset = more && this.person ? this.person.pieces.length : 0;
    const r = await call('people.get', { personId, limit: PAGE, offset });
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.error = null;
    this.person =
      more && this.person ? { ...r.value, pieces: [...this.person.pieces, ...r.value.pieces] } : r.value;
  }

  close(): void {
    this.person = null;
  }

  async changed(): Promise<void> {
    this.revision++;
    // A merged-away person's page no longer exists: fall back to the list.
    if (this.person) {
      const id = this.person.person.id;
      const r = await call('people.get', { personId: id, limit: PAGE });
      this.person = r.ok ? r.value : null;
    }
    await this.load();
  }
}
