import type { BylineReportT, ReportFiltersT, ReportPersonT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';
import { download } from '../export/exporter.svelte';

export type SortKey =
  'name' | 'pieces' | 'shared' | 'chars' | 'photos' | 'frontPage' | `role:${string}` | `month:${string}`;

const collator = new Intl.Collator('zh-Hans-CN');

function valueOf(p: ReportPersonT, key: SortKey): number | string {
  if (key === 'name') return p.name;
  if (key.startsWith('role:')) return p.roles[key.slice(5)] ?? 0;
  if (key.startsWith('month:')) return p.byMonth[key.slice(6)] ?? 0;
  return p[key as 'pieces' | 'shared' | 'chars' | 'photos' | 'frontPage'];
}

/** First and last day of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * The 稿件统计 view's state: filters, the last report the core answered, the table's sort, and
 * exports. Every filter change asks the core again (the report is answered from maintained sums,
 * so this is cheap); answers that arrive out of order are dropped.
 */
export class BylineReport {
  filters = $state<ReportFiltersT>({});
  report = $state.raw<BylineReportT | null>(null);
  error = $state<AppError | null>(null);
  loading = $state(false);
  sortKey = $state<SortKey>('pieces');
  descending = $state(true);
  exporting = $state(false);
  savedTo = $state<string | null>(null);
  #asked = 0;

  readonly rows = $derived.by((): ReportPersonT[] => {
    const people = this.report?.people ?? [];
    const key = this.sortKey;
    const sign = this.descending ? -1 : 1;
    // Ties keep the core's order (pieces, then characters written, then name).
    const rank: Record<number, number> = Object.fromEntries(people.map((p, i) => [p.personId, i]));
    return [...people].sort((a, b) => {
      const x = valueOf(a, key);
      const y = valueOf(b, key);
      const c = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
      return sign * c || rank[a.personId]! - rank[b.personId]!;
    });
  });

  async load(): Promise<void> {
    const asked = ++this.#asked;
    this.loading = true;
    const r = await call('report.bylines', $state.snapshot(this.filters));
    if (asked !== this.#asked) return;
    this.loading = false;
    if (r.ok) {
      this.report = r.value;
      this.error = null;
    } else this.error = r.error;
  }

  /** Sets filters (undefined clears one) and reloads. */
  async set(change: Partial<Record<keyof ReportFiltersT, string | undefined>>): Promise<void> {
    const next: Record<string, string | undefined> = { ...$state.snapshot(this.filters), ...change };
    for (const k of Object.keys(next)) if (next[k] === undefined || next[k] === '') delete next[k];
    this.filters = next as ReportFiltersT;
    await this.load();
  }

  sortBy(key: SortKey): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = key !== 'name';
    }
  }

  async export(format: 'csv' | 'xlsx' | 'pdf'): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    this.savedTo = null;
    try {
      const desktop = window.jianbao !== undefined;
      const r = await call('report.export', {
        filters: $state.snapshot(this.filters),
        format,
        deliver: desktop ? 'save-dialog' : 'return',
      });
      if (!r.ok) {
        if (r.error.code !== 'cancelled') this.error = r.error;
        return;
      }
      this.savedTo = r.value.savedTo;
      for (const f of r.value.files) download(f.name, f.mime, f.base64);
    } finally {
      this.exporting = false;
    }
  }
}
