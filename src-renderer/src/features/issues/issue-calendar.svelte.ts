import type { IssueT, LibraryGroupT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { SvelteMap } from 'svelte/reactivity';
import { call } from '../../api';
import { firstOfMonth, lastOfMonth, monthOf } from './calendar-grid';

/**
 * The calendar of one paper's issues: the focused day, the issues of the month shown (one query
 * by key range, cached per month) and the paper's months with pages for the year strip. Nothing
 * here grows with the archive: a month holds at most 31 issues, a paper's months a few hundred.
 */
export class IssueCalendar {
  paper = $state<string | null>(null);
  /** The day under the keyboard focus (YYYY-MM-DD). */
  focused = $state('');
  months = $state.raw<LibraryGroupT[]>([]);
  readonly issues = new SvelteMap<string, Map<string, IssueT>>();
  error = $state<AppError | null>(null);
  /** Said after "go to date" landed on another day than asked. */
  notice = $state<string | null>(null);

  readonly month = $derived(monthOf(this.focused));
  readonly shown = $derived(this.issues.get(`${this.paper ?? ''}|${this.month}`) ?? null);

  /** Opens on a paper, at a day (or at the paper's newest month when no day is given). */
  async show(paper: string | null, day: string | null): Promise<void> {
    this.paper = paper;
    this.notice = null;
    const months = await call('library.groups', { level: 'months', paper });
    if (!months.ok) {
      this.error = months.error;
      return;
    }
    this.months = months.value.filter((m) => m.key !== null);
    const newest = this.months[0]?.key;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once for today's date, never kept
    const today = new Date().toISOString().slice(0, 10);
    this.focused = day ?? (newest ? firstOfMonth(newest) : today);
    await this.loadMonth();
  }

  /** Moves the focus; a new month loads its issues. */
  async focus(day: string): Promise<void> {
    this.focused = day;
    await this.loadMonth();
  }

  issueOn(day: string): IssueT | null {
    return this.shown?.get(day) ?? null;
  }

  async loadMonth(): Promise<void> {
    const key = `${this.paper ?? ''}|${this.month}`;
    if (this.issues.has(key)) return;
    const r = await call('library.issues', {
      paper: this.paper,
      from: firstOfMonth(this.month),
      to: lastOfMonth(this.month),
    });
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.error = null;
    // A month's issues are replaced whole, never changed in place: a plain Map inside the SvelteMap.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.issues.set(key, new Map(r.value.map((i) => [i.date, i])));
  }

  /** The issue on a day, else the nearest one; null when the paper has no dated pages. */
  async nearest(day: string): Promise<IssueT | null> {
    const r = await call('library.adjacentIssue', { paper: this.paper, date: day, direction: 'nearest' });
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    return r.value;
  }
}
