/**
 * The fault suite reports what it did, not just pass/fail: one line per figure on stdout
 * (`[faults] kills survived: 9/9`), so a run's log says how hard the archive was pushed.
 */
export function figure(name: string, value: string | number): void {
  process.stdout.write(`[faults] ${name}: ${value}\n`);
}

/** mulberry32, seeded per test so a failing run can be replayed exactly. */
export { rng as seeded } from '../../bench/corpus';
