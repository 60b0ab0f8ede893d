// The comparison statistics pinned to published worked examples.

import { describe, expect, it } from '@jest/globals';
import {
  mannWhitneyGrouped,
  twoProportionIncrease,
  twoProportionRatio,
  upperTailProbability,
} from '../../src/analysis/statistics.js';

/** Counts per distinct value (ascending) of two raw samples: the grouped form buckets give. */
function grouped(a: readonly number[], b: readonly number[]): [number[], number[]] {
  const values = [...new Set([...a, ...b])].sort((x, y) => x - y);
  return [values.map((v) => a.filter((x) => x === v).length), values.map((v) => b.filter((x) => x === v).length)];
}

describe('Mann-Whitney U on grouped data', () => {
  // NAG Library, routine G08AHF, example program results: group 1 (16 values) against group 2
  // (23 values), with ties. Published: U = 86, normal statistic -2.8039, lower-tail probability 0.0025.
  const nagGroup1 = [13, 6, 12, 7, 12, 7, 10, 7, 10, 7, 16, 7, 10, 8, 9, 8];
  const nagGroup2 = [17, 6, 10, 8, 15, 8, 15, 10, 15, 10, 14, 10, 14, 11, 14, 11, 13, 12, 13, 12, 13, 12, 12];

  it('NAG G08AHF example: U = 86, z = -2.8039, lower tail 0.0025 (tie and continuity corrections)', () => {
    const [tested, reference] = grouped(nagGroup1, nagGroup2);
    const result = mannWhitneyGrouped(tested, reference);
    expect(result?.u).toBe(86);
    expect(result?.z).toBeCloseTo(-2.8039, 4);
    // Our test is upper-tailed; NAG's lower tail is its complement.
    expect(1 - (result?.pValue ?? Number.NaN)).toBeCloseTo(0.0025, 4);
    expect(result?.testedCount).toBe(16);
    expect(result?.referenceCount).toBe(23);
  });

  it('NAG G08AHF example, samples swapped: the upper tail of the other sample is the same 0.0025', () => {
    const [tested, reference] = grouped(nagGroup2, nagGroup1);
    const result = mannWhitneyGrouped(tested, reference);
    expect(result?.u).toBe(16 * 23 - 86);
    expect(result?.z).toBeCloseTo(2.8039, 4);
    expect(result?.pValue).toBeCloseTo(0.0025, 4);
  });

  it('identical bucket counts give z = 0 and p = 0.5', () => {
    const result = mannWhitneyGrouped([10, 30, 50, 10], [10, 30, 50, 10]);
    expect(result?.z).toBe(0);
    expect(result?.pValue).toBe(0.5);
  });

  it('has no result when every observation is in one bucket or a side is empty', () => {
    expect(mannWhitneyGrouped([0, 40, 0], [0, 60, 0])).toBeUndefined();
    expect(mannWhitneyGrouped([0, 0, 0], [5, 6, 7])).toBeUndefined();
  });

  it('refuses bucket lists of different lengths and negative counts', () => {
    expect(() => mannWhitneyGrouped([1, 2], [1, 2, 3])).toThrow('they must match');
    expect(() => mannWhitneyGrouped([1, -2], [1, 2])).toThrow('non-negative');
  });
});

describe('two-proportion z-test', () => {
  // HyperStat Online (D. M. Lane), "Tests of Differences between Proportions": 73 of 85 graduated
  // with early intervention, 43 of 82 without. Published: difference 0.344, standard error 0.0713, z = 4.69.
  const intervention = { proportion: 73 / 85, count: 85 };
  const control = { proportion: 43 / 82, count: 82 };

  it('HyperStat early-intervention example: pooled z = 4.69, p < 0.0001', () => {
    const result = twoProportionIncrease(intervention, control, 0);
    expect(result?.z).toBeCloseTo(4.69, 2);
    expect(result?.pValue).toBeLessThan(0.0001);
  });

  // Agresti-Caffo: each share's variance from (x + 1) / (n + 2), over n + 2.
  const adjustedVariance = (x: number, n: number) => (((x + 1) / (n + 2)) * (1 - (x + 1) / (n + 2))) / (n + 2);
  const se = Math.sqrt(adjustedVariance(73, 85) + adjustedVariance(43, 82));

  it('a margin moves the null hypothesis: z = (difference - margin) / unpooled standard error', () => {
    const result = twoProportionIncrease(intervention, control, 0.3);
    expect(result?.z).toBeCloseTo((intervention.proportion - control.proportion - 0.3) / se, 10);
    expect(result?.pValue).toBeGreaterThan(0.05);
  });

  it('the ratio form tests tested - ratio x reference; ratio 1 equals the unpooled difference test', () => {
    const ratioOne = twoProportionRatio(intervention, control, 1);
    expect(ratioOne?.z).toBeCloseTo((intervention.proportion - control.proportion) / se, 10);
    expect(twoProportionRatio(intervention, control, 2)?.pValue).toBeGreaterThan(0.9);
  });

  it('shares of exactly 0 or 1 still carry noise: 100% against 100% is no evidence against a 0.9 ratio on 10 requests', () => {
    const all = { proportion: 1, count: 10 };
    expect(twoProportionRatio(all, all, 0.9)?.pValue).toBeGreaterThan(0.05);
    expect(
      twoProportionIncrease({ proportion: 1, count: 500 }, { proportion: 0, count: 500 }, 0.5)?.pValue,
    ).toBeLessThan(1e-6);
  });

  it('a pooled share of 0 leaves no noise: nothing observed is no evidence', () => {
    expect(twoProportionIncrease({ proportion: 0, count: 50 }, { proportion: 0, count: 50 }, 0)?.pValue).toBe(1);
  });

  it('has no result for empty samples or shares outside 0..1', () => {
    expect(twoProportionIncrease({ proportion: 0.1, count: 0 }, control, 0)).toBeUndefined();
    expect(twoProportionRatio({ proportion: 1.5, count: 10 }, control, 1)).toBeUndefined();
  });
});

describe('normal tail from @stdlib', () => {
  it('P(Z >= 1.959964) = 0.025 and keeps precision far in the tail', () => {
    expect(upperTailProbability(1.959964)).toBeCloseTo(0.025, 6);
    expect(upperTailProbability(10)).toBeGreaterThan(0);
    expect(upperTailProbability(10)).toBeLessThan(1e-20);
    expect(upperTailProbability(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
