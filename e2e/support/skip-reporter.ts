import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Lists every skipped test with its reason at the end, so "skipped" never hides why. */
export default class SkipReasonReporter implements Reporter {
  private skipped: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.skipped.push(`${test.titlePath().filter(Boolean).join(' › ')}: ${reason}`);
  }

  onEnd(_result: FullResult): void {
    for (const line of this.skipped) process.stdout.write(`  skipped — ${line}\n`);
  }
}
