// The soak run of scripts/soak.ts, short enough for every `npm test`: 20 experiments ticking every
// second for 30 s through the built function (a process of its own) against a real Prometheus and
// the test API server. The same checks as `npm run soak` (5 minutes, 100 experiments): every due
// iteration exactly once, nothing failed, no file descriptor left open. Memory is sampled too, but
// 30 s is mostly warm-up, so only a runaway (50%) fails here; the 10% bound is the full run's.

import { describe, expect, it } from '@jest/globals';
import { formatReport, runSoak } from '../../scripts/soak.js';

describe('soak (short)', () => {
  it('20 experiments ticking every second for 30 s: every due iteration once, no descriptor leak', async () => {
    const report = await runSoak({
      experiments: 20,
      scanned: 5,
      durationMs: 30_000,
      warmUpMs: 10_000,
      sampleEveryMs: 2000,
      maxRssGrowth: 0.5,
      idleSettleMs: 7000,
      log: () => undefined,
    });
    process.stdout.write(`${formatReport(report)}\n`);
    expect(report.problems).toEqual([]);
    expect(report.ticksSent).toBeGreaterThanOrEqual(29);
    // One-second intervals, ticks every second: nearly every tick is due (a tick answered not-due was early, which is checked).
    expect(report.iterated).toBeGreaterThan(report.experiments * report.ticksSent * 0.8);
    expect(report.statusWrites).toBe(report.iterated);
  }, 120_000);
});
