// Comparisons (docs/comparisons.md): each tested version against the reference version, on the same
// window. Pure: values, sample counts and bucket counts come in, one record per comparison and
// tested version goes out.
//
// Verdicts:
// - satisfied: the observed value is within every bound the comparison sets;
// - violated: beyond a bound, and the one-sided test of that bound is significant at `confidence`;
// - unavailable (shown as inconclusive): too few samples on a side, no value, a zero reference for a
//   ratio, or beyond a bound without significance. The record's reason says which.

import { numberToQuantity, quantityToNumber } from '../experiment/quantity.js';
import type {
  Comparison,
  ComparisonRecord,
  ComparisonTest,
  ComparisonVerdict,
  MetricComparisonKind,
} from '../experiment/types.js';
import { DEFAULT_CONFIDENCE, DEFAULT_MIN_SAMPLES } from '../experiment/types.js';
import type { BucketCounts, BucketOutcome } from '../metrics/providers/provider.js';
import { mannWhitneyGrouped, twoProportionIncrease, twoProportionRatio, type TestResult } from './statistics.js';

/** What one side of a comparison knows about one metric and version. */
export interface ComparedSide {
  /** The metric's value, or why there is none. */
  value: number | { unavailable: string };
  /** The metric's sampleSize value, when the metric names one and it has a value. */
  sampleSize?: number;
  /** distribution metrics: the histogram over the same window. */
  buckets?: BucketOutcome;
}

export interface ComparisonMetricInfo {
  /** How the metric is tested for significance; undefined: it cannot be. */
  kind?: MetricComparisonKind;
}

export interface ComparisonInput {
  comparisons: readonly Comparison[];
  /** The versions under test, in spec order. */
  tested: readonly string[];
  reference: string;
  /** By the metric reference as the comparison wrote it. */
  metrics: Readonly<Record<string, ComparisonMetricInfo>>;
  /** Looks up one side: metric reference as written, version name. */
  side(metric: string, version: string): ComparedSide;
}

export function assessComparisons(input: ComparisonInput): ComparisonRecord[] {
  const records: ComparisonRecord[] = [];
  for (const comparison of input.comparisons) {
    for (const version of input.tested) {
      records.push(
        assessOne(
          comparison,
          version,
          input.reference,
          input.metrics[comparison.metric] ?? {},
          input.side(comparison.metric, version),
          input.side(comparison.metric, input.reference),
        ),
      );
    }
  }
  return records;
}

function assessOne(
  comparison: Comparison,
  version: string,
  reference: string,
  info: ComparisonMetricInfo,
  testedSide: ComparedSide,
  referenceSide: ComparedSide,
): ComparisonRecord {
  const minSamples = comparison.minSamples ?? DEFAULT_MIN_SAMPLES;
  const confidenceText = String(comparison.confidence ?? DEFAULT_CONFIDENCE);
  const confidence = quantityToNumber(confidenceText);
  const maxRatio = comparison.maxRatio === undefined ? undefined : quantityToNumber(comparison.maxRatio);
  const maxIncrease = comparison.maxIncrease === undefined ? undefined : quantityToNumber(comparison.maxIncrease);
  const record: ComparisonRecord = {
    metric: comparison.metric,
    version,
    reference,
    ...(comparison.maxRatio !== undefined ? { maxRatio: String(comparison.maxRatio) } : {}),
    ...(comparison.maxIncrease !== undefined ? { maxIncrease: String(comparison.maxIncrease) } : {}),
    minSamples,
    confidence: confidenceText,
    verdict: 'unavailable',
  };
  const finish = (verdict: ComparisonVerdict, reason?: string): ComparisonRecord => {
    record.verdict = verdict;
    if (reason !== undefined) record.reason = reason;
    return record;
  };

  const testedCount = sampleCount(info, testedSide);
  const referenceCount = sampleCount(info, referenceSide);
  if (testedCount !== undefined) record.testedSamples = testedCount;
  if (referenceCount !== undefined) record.referenceSamples = referenceCount;

  const testedValue = testedSide.value;
  const referenceValue = referenceSide.value;
  if (typeof testedValue === 'number') record.testedValue = numberToQuantity(testedValue);
  if (typeof referenceValue === 'number') record.referenceValue = numberToQuantity(referenceValue);
  if (typeof testedValue !== 'number')
    return finish('unavailable', `no value for ${version}: ${testedValue.unavailable}`);
  if (typeof referenceValue !== 'number')
    return finish('unavailable', `no value for ${reference}: ${referenceValue.unavailable}`);

  if (testedCount === undefined || referenceCount === undefined) {
    const missing = testedCount === undefined ? version : reference;
    return finish(
      'unavailable',
      `needs ${minSamples} requests per version, and the samples of ${missing} are unknown (${comparison.metric} has no sample count)`,
    );
  }
  if (testedCount < minSamples || referenceCount < minSamples) {
    return finish(
      'unavailable',
      `needs ${minSamples} requests per version, had ${testedCount} (${version}) and ${referenceCount} (${reference})`,
    );
  }

  const beyond: Array<{ text: string; test: () => TestResult | undefined }> = [];
  const within: string[] = [];
  const proportion = (value: number, count: number) => ({ proportion: value, count });
  if (maxRatio !== undefined) {
    if (referenceValue === 0) {
      return finish('unavailable', `the value of ${reference} is 0, so ${version} / ${reference} has no ratio`);
    }
    const ratio = testedValue / referenceValue;
    record.ratio = significant(ratio, 6);
    const text = `${version} / ${reference} = ${fixed(ratio)} (${ratio <= maxRatio ? '<=' : '>'} ${fixed(maxRatio)})`;
    if (ratio <= maxRatio) within.push(text);
    else
      beyond.push({
        text,
        test: () =>
          info.kind === 'proportion'
            ? twoProportionRatio(
                proportion(testedValue, testedCount),
                proportion(referenceValue, referenceCount),
                maxRatio,
              )
            : rankTest(testedSide, referenceSide),
      });
  }
  if (maxIncrease !== undefined) {
    const difference = testedValue - referenceValue;
    record.difference = significant(difference, 6);
    const text = `${version} - ${reference} = ${fixed(difference)} (${difference <= maxIncrease ? '<=' : '>'} ${fixed(maxIncrease)})`;
    if (difference <= maxIncrease) within.push(text);
    else
      beyond.push({
        text,
        test: () =>
          info.kind === 'proportion'
            ? twoProportionIncrease(
                proportion(testedValue, testedCount),
                proportion(referenceValue, referenceCount),
                maxIncrease,
              )
            : rankTest(testedSide, referenceSide),
      });
  }
  if (beyond.length === 0) return finish('satisfied');

  const test = testName(info.kind);
  if (test === undefined) {
    return finish(
      'unavailable',
      `beyond the bound (${beyond.map((b) => b.text).join(', ')}) but ${comparison.metric} declares no comparison kind, so no test can tell it from noise`,
    );
  }
  record.test = test;
  if (
    info.kind === 'distribution' &&
    (testedSide.buckets?.kind !== 'buckets' || referenceSide.buckets?.kind !== 'buckets')
  ) {
    const missing = testedSide.buckets?.kind !== 'buckets' ? testedSide : referenceSide;
    const why = missing.buckets?.kind === 'unavailable' ? missing.buckets.reason : 'not fetched';
    return finish(
      'unavailable',
      `beyond the bound (${beyond.map((b) => b.text).join(', ')}) but the buckets are unavailable: ${why}`,
    );
  }
  // The bound with the strongest evidence decides: violated when any exceeded bound is significant.
  let strongest: { text: string; result: TestResult } | undefined;
  for (const entry of beyond) {
    const result = entry.test();
    if (result && (!strongest || result.pValue < strongest.result.pValue)) strongest = { text: entry.text, result };
  }
  if (!strongest) {
    return finish(
      'unavailable',
      `beyond the bound (${beyond.map((b) => b.text).join(', ')}) but the samples leave nothing to test (all in one bucket, or empty)`,
    );
  }
  record.pValue = significant(strongest.result.pValue, 4);
  const alpha = 1 - confidence;
  const p = formatPValue(strongest.result.pValue);
  if (strongest.result.pValue < alpha) {
    const worse = info.kind === 'distribution' ? 'slower' : 'worse';
    return finish(
      'violated',
      `${version} is ${worse} than ${reference}: ${comparison.metric} ${strongest.text}, p = ${p} < ${fixed(alpha)}`,
    );
  }
  return finish(
    'unavailable',
    `beyond the bound (${comparison.metric} ${strongest.text}) but not significant at ${confidenceText} (p = ${p})`,
  );
}

function testName(kind: MetricComparisonKind | undefined): ComparisonTest | undefined {
  if (kind === 'distribution') return 'mann-whitney';
  if (kind === 'proportion') return 'two-proportion';
  return undefined;
}

/** Requests on one side: the histogram's total for distributions, else the metric's sampleSize. */
function sampleCount(info: ComparisonMetricInfo, side: ComparedSide): number | undefined {
  if (info.kind === 'distribution' && side.buckets?.kind === 'buckets') {
    const total = side.buckets.buckets.cumulative.at(-1);
    if (total !== undefined) return Math.max(0, Math.round(total));
  }
  return side.sampleSize === undefined ? undefined : Math.max(0, Math.round(side.sampleSize));
}

function rankTest(tested: ComparedSide, reference: ComparedSide): TestResult | undefined {
  if (tested.buckets?.kind !== 'buckets' || reference.buckets?.kind !== 'buckets') return undefined;
  const [testedCounts, referenceCounts] = alignBuckets(tested.buckets.buckets, reference.buckets.buckets);
  return mannWhitneyGrouped(testedCounts, referenceCounts);
}

/**
 * Per-bucket counts of both sides over the union of their bucket bounds. A bound one side lacks
 * holds that side's count at its next lower bound; counts are whole (Prometheus's increase()
 * extrapolates to fractions) and never negative (a reset between two bounds' samples).
 */
export function alignBuckets(a: BucketCounts, b: BucketCounts): [number[], number[]] {
  const bounds = [...new Set([...a.upperBounds, ...b.upperBounds])].sort((x, y) => x - y);
  const perBucket = (side: BucketCounts): number[] => {
    const cumulative = bounds.map((bound) => {
      let count = 0;
      side.upperBounds.forEach((own, index) => {
        if (own <= bound) count = Math.max(count, side.cumulative[index] ?? 0);
      });
      return Math.round(count);
    });
    return cumulative.map((count, index) => Math.max(0, count - (index === 0 ? 0 : (cumulative[index - 1] ?? 0))));
  };
  return [perBucket(a), perBucket(b)];
}

function significant(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

/** Two decimals for ratios and bounds, more for small values such as error rates. */
export function fixed(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.1) return String(significant(value, 2));
  return value.toFixed(2);
}

export function formatPValue(p: number): string {
  if (p === 0) return '0';
  return p < 0.001 ? p.toExponential(1) : String(significant(p, 2));
}

/** Whether every comparison of `version` is satisfied (no comparisons: true). */
export function comparisonsSatisfied(records: readonly ComparisonRecord[], version: string): boolean {
  return records.filter((r) => r.version === version).every((r) => r.verdict === 'satisfied');
}

/** What keeps `version` from winning on its comparisons, in words; empty when nothing does. */
export function comparisonShortfalls(records: readonly ComparisonRecord[], version: string): string[] {
  return records
    .filter((r) => r.version === version && r.verdict !== 'satisfied')
    .map((r) =>
      r.verdict === 'violated'
        ? (r.reason ?? `${r.metric} violated`)
        : `${r.metric} of ${version} is inconclusive: ${r.reason ?? 'no reason recorded'}`,
    );
}
