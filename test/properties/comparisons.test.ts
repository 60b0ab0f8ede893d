// Invariants of comparison verdicts over generated histograms, shares and bounds, on the real
// assessComparisons (the pure part the iteration step calls):
// - swapping two versions that observed the same thing never changes a verdict;
// - more samples of the same distributions never turn a satisfied comparison into an inconclusive one.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assessComparisons, type ComparedSide } from '../../src/analysis/comparisons.js';
import type { Comparison, ComparisonRecord, MetricComparisonKind } from '../../src/experiment/types.js';

const BOUNDS = [5, 10, 20, 40, 60, 80, 100, 150, 200, Number.POSITIVE_INFINITY];
const LATENCY = 'iter8-knative/mean-latency';
const ERRORS = 'iter8-knative/error-rate';

/** Per-bucket counts over BOUNDS. */
const bucketCounts = fc.array(fc.nat({ max: 400 }), { minLength: BOUNDS.length, maxLength: BOUNDS.length });

/** A side whose value is derived from its histogram (the mean at bucket midpoints), as a latency metric's would be. */
function latencySide(perBucket: readonly number[]): ComparedSide {
  let total = 0;
  let weighted = 0;
  const cumulative = perBucket.map((count, i) => {
    const upper = BOUNDS[i] ?? 0;
    const lower = i === 0 ? 0 : (BOUNDS[i - 1] ?? 0);
    weighted += count * (Number.isFinite(upper) ? (upper + lower) / 2 : lower * 2);
    return (total += count);
  });
  return {
    value: total === 0 ? { unavailable: 'no data (empty result)' } : weighted / total,
    sampleSize: total,
    buckets: { kind: 'buckets', buckets: { upperBounds: BOUNDS, cumulative } },
  };
}

function errorSide(errors: number, requests: number): ComparedSide {
  return {
    value: requests === 0 ? { unavailable: 'no data (empty result)' } : errors / requests,
    sampleSize: requests,
  };
}

const comparison = (metric: string): fc.Arbitrary<Comparison> =>
  fc.record(
    {
      metric: fc.constant(metric),
      maxRatio: fc.constantFrom('0.9', '1', '1.05', '1.1', '2'),
      maxIncrease: fc.constantFrom('0', '0.005', '0.01', '5'),
      minSamples: fc.integer({ min: 1, max: 500 }),
      confidence: fc.constantFrom('0.9', '0.95', '0.99'),
    },
    { requiredKeys: ['metric'] },
  );

/** One comparison of `tested` against `reference`, each with its own observations of both metrics. */
function judge(
  comparisons: readonly Comparison[],
  sides: Record<string, Record<string, ComparedSide>>,
  tested: string,
  reference: string,
): ComparisonRecord[] {
  const kinds: Record<string, { kind: MetricComparisonKind }> = {
    [LATENCY]: { kind: 'distribution' },
    [ERRORS]: { kind: 'proportion' },
  };
  return assessComparisons({
    comparisons,
    tested: [tested],
    reference,
    metrics: kinds,
    side: (metric, version) => sides[version]?.[metric] ?? { value: { unavailable: 'not fetched' } },
  });
}

const observation = fc.record({
  buckets: bucketCounts,
  errors: fc.nat({ max: 300 }),
  extra: fc.nat({ max: 3000 }),
});
const sidesOf = (o: { buckets: number[]; errors: number; extra: number }): Record<string, ComparedSide> => ({
  [LATENCY]: latencySide(o.buckets),
  [ERRORS]: errorSide(o.errors, o.errors + o.extra),
});

describe('comparison verdicts: properties', () => {
  it('swapping two versions that observed the same thing never changes a verdict', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(comparison(LATENCY), comparison(ERRORS)), { minLength: 1, maxLength: 4 }),
        observation,
        (comparisons, observed) => {
          const same = sidesOf(observed);
          const sides = { dark: same, live: structuredClone(same) };
          const forward = judge(comparisons, sides, 'dark', 'live').map((r) => r.verdict);
          const backward = judge(comparisons, sides, 'live', 'dark').map((r) => r.verdict);
          expect(backward).toEqual(forward);
          // Identical observations are never significantly worse than themselves (a bound below
          // 1x may still demand that the tested version be better).
          comparisons.forEach((c, index) => {
            if (c.maxRatio === undefined || Number(c.maxRatio) >= 1) expect(forward[index]).not.toBe('violated');
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('more samples of the same distributions never turn a satisfied comparison into an inconclusive one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(comparison(LATENCY), comparison(ERRORS)), { minLength: 1, maxLength: 4 }),
        observation,
        observation,
        fc.integer({ min: 2, max: 20 }),
        (comparisons, tested, reference, factor) => {
          const scale = (o: typeof tested) => ({
            buckets: o.buckets.map((c) => c * factor),
            errors: o.errors * factor,
            extra: o.extra * factor,
          });
          const before = judge(comparisons, { dark: sidesOf(tested), live: sidesOf(reference) }, 'dark', 'live');
          const after = judge(
            comparisons,
            { dark: sidesOf(scale(tested)), live: sidesOf(scale(reference)) },
            'dark',
            'live',
          );
          before.forEach((record, index) => {
            if (record.verdict === 'satisfied') expect(after[index]?.verdict).toBe('satisfied');
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
