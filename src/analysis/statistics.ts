// The test statistics behind comparisons (docs/comparisons.md#statistics). Only the statistics are
// written here; the normal distribution comes from @stdlib. Both tests are one-sided and ask "is
// the tested version worse (larger) than the reference beyond noise?".

import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

export interface TestResult {
  /** The standardised statistic. */
  z: number;
  /** One-sided p-value: the chance of a statistic this large if the tested version were no worse. */
  pValue: number;
}

/** P(Z >= z) for a standard normal Z, computed as the lower tail of -z to keep precision for large z. */
export function upperTailProbability(z: number): number {
  if (z === Number.POSITIVE_INFINITY) return 0;
  if (z === Number.NEGATIVE_INFINITY) return 1;
  return normalCdf(-z, 0, 1);
}

export interface RankTestResult extends TestResult {
  /** Mann-Whitney U of the tested sample: pairs (tested, reference) with tested larger, ties counting one half. */
  u: number;
  testedCount: number;
  referenceCount: number;
}

/**
 * Mann-Whitney U on grouped data: `tested[k]` and `reference[k]` count the observations of each
 * sample in the k-th of the same ordered categories (histogram buckets, smallest first). Every
 * observation in one category is tied with the others there. Normal approximation with the tie
 * correction of the variance and a continuity correction of 1/2; one-sided, the alternative being
 * that the tested sample is stochastically larger. Undefined when a sample is empty or every
 * observation falls in one category (no ranks to compare).
 */
export function mannWhitneyGrouped(
  tested: readonly number[],
  reference: readonly number[],
): RankTestResult | undefined {
  if (tested.length !== reference.length) {
    throw new RangeError(`tested has ${tested.length} categories and reference ${reference.length}; they must match`);
  }
  let u = 0;
  let referenceBelow = 0;
  let tieTerm = 0;
  for (let k = 0; k < tested.length; k++) {
    const t = tested[k] ?? 0;
    const r = reference[k] ?? 0;
    if (!(t >= 0 && r >= 0)) throw new RangeError(`counts must be non-negative numbers (category ${k})`);
    u += t * (referenceBelow + r / 2);
    referenceBelow += r;
    const group = t + r;
    tieTerm += group ** 3 - group;
  }
  const testedCount = tested.reduce((sum, t) => sum + t, 0);
  const referenceCount = referenceBelow;
  const total = testedCount + referenceCount;
  if (testedCount === 0 || referenceCount === 0) return undefined;
  const variance = ((testedCount * referenceCount) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  if (!(variance > 0)) return undefined;
  const mean = (testedCount * referenceCount) / 2;
  const deviation = u - mean;
  // The continuity correction moves the statistic half a unit toward the mean, never past it.
  const corrected = Math.sign(deviation) * Math.max(0, Math.abs(deviation) - 0.5);
  const z = corrected / Math.sqrt(variance);
  return { u, z, pValue: upperTailProbability(z), testedCount, referenceCount };
}

export interface ProportionSample {
  /** Observed share, 0..1. */
  proportion: number;
  /** Number of trials (requests). */
  count: number;
}

/**
 * Two-proportion z-test of H0: tested - reference <= margin against H1: tested - reference > margin.
 * With margin 0 the standard error uses the pooled proportion (the textbook test of equal shares);
 * with a positive margin the shares differ under H0, so each keeps its own variance (Wald, with
 * the Agresti-Caffo adjustment of binomialVariance).
 */
export function twoProportionIncrease(
  tested: ProportionSample,
  reference: ProportionSample,
  margin: number,
): TestResult | undefined {
  if (!validSample(tested) || !validSample(reference)) return undefined;
  const difference = tested.proportion - reference.proportion - margin;
  let variance: number;
  if (margin === 0) {
    const pooled =
      (tested.proportion * tested.count + reference.proportion * reference.count) / (tested.count + reference.count);
    variance = pooled * (1 - pooled) * (1 / tested.count + 1 / reference.count);
  } else {
    variance = binomialVariance(tested) + binomialVariance(reference);
  }
  return zTest(difference, variance);
}

/**
 * Two-proportion z-test of H0: tested <= ratio x reference against H1: tested > ratio x reference,
 * on the statistic tested - ratio x reference with the unpooled (Wald) variance of binomialVariance.
 */
export function twoProportionRatio(
  tested: ProportionSample,
  reference: ProportionSample,
  ratio: number,
): TestResult | undefined {
  if (!validSample(tested) || !validSample(reference) || !(ratio > 0)) return undefined;
  const difference = tested.proportion - ratio * reference.proportion;
  return zTest(difference, binomialVariance(tested) + ratio ** 2 * binomialVariance(reference));
}

function validSample(sample: ProportionSample): boolean {
  return sample.count > 0 && sample.proportion >= 0 && sample.proportion <= 1;
}

/**
 * The variance of an observed share, estimated from the share with one success and one failure
 * added (Agresti and Caffo's adjustment): a share of exactly 0 or 1 would otherwise claim no noise
 * at all, and make any difference look certain.
 */
function binomialVariance(sample: ProportionSample): number {
  const adjusted = (sample.proportion * sample.count + 1) / (sample.count + 2);
  return (adjusted * (1 - adjusted)) / (sample.count + 2);
}

/** A zero variance (the pooled share is 0 or 1) leaves no noise: a positive difference is certain, anything else is no evidence. */
function zTest(difference: number, variance: number): TestResult {
  if (!(variance > 0)) {
    return difference > 0 ? { z: Number.POSITIVE_INFINITY, pValue: 0 } : { z: Number.NEGATIVE_INFINITY, pValue: 1 };
  }
  const z = difference / Math.sqrt(variance);
  return { z, pValue: upperTailProbability(z) };
}
