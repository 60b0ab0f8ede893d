// Recommended traffic weights (docs/iter8-behaviour.md#weights), with two Iter8 bugs fixed
// (docs/iter8-behaviour.md#bugs-fixed):
//
// 1. Current weights are matched BY VERSION NAME. Iter8 read currentWeightDistribution by
//    position, so a list observed as [candidate, baseline] let a candidate skip its increment cap.
//    The current weight only matters for a candidate: it is the starting point of the
//    maxCandidateWeightIncrement cap (the baseline's current weight is never used). A candidate
//    absent from `current` therefore counts as 0, whether `current` is absent altogether
//    (Iter8's default [100, 0, …]: all traffic on the baseline) or merely lacks that version.
//    0 is the conservative reading: the candidate can then grow by at most one increment.
//    Entries naming versions that are not in the experiment are ignored.
//
// 2. Rounding is DETERMINISTIC. Iter8 rounded randomly (gen_round). Here the weights are
//    computed in exact rational arithmetic (bigint) and rounded by the largest-remainder method:
//    every version gets the floor of its share, and the percentage points still missing to reach
//    100 go to the versions with the largest fractional parts; equal fractional parts are broken
//    by version order, baseline first. The result always sums to exactly 100 and never depends on
//    floating-point noise (thirds compare equal as thirds).
//
// Beyond Iter8: versions named in bestVersions that are not in the experiment are ignored (so
// the exploitation share always sums to 1), and a candidate's cap never takes it below 0.

import { numberToNanos } from '../experiment/quantity.js';
import type { TestingPattern, VersionWeight, WinnerAssessmentData } from '../experiment/types.js';
import type { AnalysisMessages } from './messages.js';

/** Iter8's AdvancedParameters.exploration_traffic_percentage. */
export const EXPLORATION_TRAFFIC_PERCENT = 10n;

export const CONFORMANCE_WEIGHTS_MESSAGE = 'weight computation is not applicable to a conformance experiment';

export interface WeightConstraints {
  maxCandidateWeight: number;
  maxCandidateWeightIncrement: number;
}

export interface WeightsInput {
  testingPattern: TestingPattern;
  /** Baseline first, then the candidates in spec order. */
  versions: readonly string[];
  bestVersions: readonly string[];
  /** status.currentWeightDistribution, in any order. */
  current?: readonly VersionWeight[];
  /** spec.strategy.weights with defaults applied; absent means no capping at all. */
  constraints?: WeightConstraints;
  messages: AnalysisMessages;
}

const NANOS_PER_UNIT = 1_000_000_000n;

export function recommendWeights(input: WeightsInput): VersionWeight[] {
  const { testingPattern, versions, messages } = input;
  if (testingPattern === 'Conformance') {
    // Iter8 wrote this text as the bare message; here it is the Info entry of the usual format.
    messages.info(CONFORMANCE_WEIGHTS_MESSAGE);
    return [];
  }
  if (versions.length === 0) return [];

  const versionCount = BigInt(versions.length);
  const isBest = versions.map((version) => input.bestVersions.includes(version));
  const bestCount = BigInt(isBest.filter(Boolean).length);
  // With no best version, all exploitation traffic goes to the baseline.
  const exploited = bestCount > 0n ? isBest : versions.map((_, index) => index === 0);
  const exploitedCount = bestCount > 0n ? bestCount : 1n;

  // Every quantity below is an integer number of `unit`s, where one percentage point is
  // versionCount * exploitedCount * 1e9 units: exact for the 1/n and 1/b shares and for
  // constraints and current weights given to nano precision.
  const unitsPerPercent = versionCount * exploitedCount * NANOS_PER_UNIT;
  const percent = (value: number): bigint => numberToNanos(value) * versionCount * exploitedCount;

  // mix = exploration% * (1/n) + (100 - exploration%) * (1/b for exploited versions)
  const weights = exploited.map(
    (isExploited) =>
      (EXPLORATION_TRAFFIC_PERCENT * exploitedCount +
        (isExploited ? (100n - EXPLORATION_TRAFFIC_PERCENT) * versionCount : 0n)) *
      NANOS_PER_UNIT,
  );

  const { constraints } = input;
  if (constraints !== undefined) {
    const currentByName = new Map<string, number>();
    for (const entry of input.current ?? []) {
      if (!currentByName.has(entry.name)) currentByName.set(entry.name, entry.value);
    }
    const maxWeight = percent(constraints.maxCandidateWeight);
    const maxIncrement = percent(constraints.maxCandidateWeightIncrement);
    for (let index = 1; index < versions.length; index += 1) {
      const version = versions[index] as string;
      const proposed = weights[index] as bigint;
      const currentWeight = percent(currentByName.get(version) ?? 0);
      // Excess is measured against the unconstrained proposal and moved to the baseline.
      const excess = minBig(proposed, maxBig(0n, proposed - currentWeight - maxIncrement, proposed - maxWeight));
      weights[index] = proposed - excess;
      weights[0] = (weights[0] as bigint) + excess;
    }
  }

  const rounded = roundLargestRemainder(weights, unitsPerPercent);
  messages.info('all ok');
  return versions.map((name, index) => ({ name, value: rounded[index] as number }));
}

/**
 * Integer percentages summing to exactly 100 from exact shares summing to 100 * unitsPerPercent.
 * Ties in the fractional part go to the earlier version (baseline first).
 */
function roundLargestRemainder(shares: readonly bigint[], unitsPerPercent: bigint): number[] {
  const floors = shares.map((share) => share / unitsPerPercent);
  const remainders = shares.map((share) => share % unitsPerPercent);
  let missing = 100n - floors.reduce((sum, floor) => sum + floor, 0n);
  const order = shares
    .map((_, index) => index)
    .sort((left, right) => {
      const a = remainders[left] as bigint;
      const b = remainders[right] as bigint;
      return a === b ? left - right : a > b ? -1 : 1;
    });
  for (const index of order) {
    if (missing <= 0n) break;
    floors[index] = (floors[index] as bigint) + 1n;
    missing -= 1n;
  }
  return floors.map(Number);
}

function maxBig(first: bigint, ...rest: bigint[]): bigint {
  return rest.reduce((max, value) => (value > max ? value : max), first);
}

function minBig(first: bigint, ...rest: bigint[]): bigint {
  return rest.reduce((min, value) => (value < min ? value : min), first);
}

/**
 * status.versionRecommendedForPromotion (docs/iter8-behaviour.md#version-recommended-for-promotion): the winner if
 * found, else the baseline.
 */
export function recommendedVersion(winner: WinnerAssessmentData | undefined, baseline: string): string {
  return winner?.winnerFound === true && winner.winner !== undefined ? winner.winner : baseline;
}
