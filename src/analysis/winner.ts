// winnerAssessment (docs/iter8-behaviour.md#winner-assessment), with Iter8's rules and message texts per testing
// pattern.
//
// A version is feasible when every one of its objective assessments is true. An empty
// assessment map (no objectives in the experiment) makes every version feasible; a version
// missing from a non-empty map is treated as infeasible (Iter8 would have crashed instead).

import type { ComparisonRecord, Reward, TestingPattern, WinnerAssessmentData } from '../experiment/types.js';
import { availableValue, ownEntry, type MetricValues } from './assessments.js';
import { comparisonShortfalls } from './comparisons.js';
import type { AnalysisMessages } from './messages.js';

export interface WinnerInput {
  testingPattern: TestingPattern;
  baseline: string;
  candidates: readonly string[];
  rewards?: readonly Reward[];
  /** versionAssessments.data: version -> one boolean per objective. */
  assessments: Readonly<Record<string, readonly boolean[]>>;
  values: MetricValues;
  messages: AnalysisMessages;
  /** iter8fn comparisons: a tested version is feasible only with all of its comparisons satisfied. */
  comparisons?: readonly ComparisonRecord[];
}

export const NO_REWARD_MESSAGE =
  'No reward metric in experiment. Winner assessment cannot be computed for ab or abn experiments without reward metric.';

export function assessWinner(input: WinnerInput): WinnerAssessmentData {
  const comparisons = input.comparisons ?? [];
  if (comparisons.length === 0) return assessByPattern(input);
  // Comparisons narrow feasibility: the objectives' grid gains `false` for a version whose
  // comparisons are not all satisfied, and the message says what it lacked.
  const assessments: Record<string, boolean[]> = {};
  const versions = [input.baseline, ...input.candidates];
  for (const version of versions) {
    const shortfalls = comparisonShortfalls(comparisons, version);
    const row = ownEntry(input.assessments, version);
    const objectivesMet = Object.keys(input.assessments).length === 0 || (row !== undefined && row.every(Boolean));
    if (shortfalls.length > 0 && objectivesMet)
      input.messages.info(`${version} is not the winner: ${shortfalls.join('; ')}`);
    assessments[version] = [...(row ?? []), shortfalls.length === 0];
  }
  return assessByPattern({ ...input, assessments });
}

function assessByPattern(input: WinnerInput): WinnerAssessmentData {
  switch (input.testingPattern) {
    case 'Conformance':
      return assessConformance(input);
    case 'Canary':
      return assessCanary(input);
    case 'A/B':
    case 'A/B/N':
      return assessByReward(input);
  }
}

function isFeasible(assessments: WinnerInput['assessments'], version: string): boolean {
  if (Object.keys(assessments).length === 0) return true;
  const row = ownEntry(assessments, version);
  return row !== undefined && row.every((passed) => passed);
}

function winnerIs(version: string): WinnerAssessmentData {
  return { winnerFound: true, winner: version, bestVersions: [version] };
}

function noWinner(bestVersions: string[] = []): WinnerAssessmentData {
  return { winnerFound: false, bestVersions };
}

function assessConformance({ baseline, assessments, messages }: WinnerInput): WinnerAssessmentData {
  if (!isFeasible(assessments, baseline)) return noWinner();
  messages.info('baseline satisfies all objectives');
  return winnerIs(baseline);
}

// The candidate wins whenever it meets its objectives: Canary never compares it with the
// baseline. Only the first candidate takes part, as in Iter8.
function assessCanary({ baseline, candidates, assessments, messages }: WinnerInput): WinnerAssessmentData {
  const candidate = candidates[0];
  if (candidate !== undefined && isFeasible(assessments, candidate)) {
    messages.info('candidate satisfies all objectives');
    return winnerIs(candidate);
  }
  if (isFeasible(assessments, baseline)) {
    messages.info('baseline satisfies all objectives; candidate does not');
    return winnerIs(baseline);
  }
  return noWinner();
}

// A/B and A/B/N: the feasible version(s) with the best value of the first reward metric.
function assessByReward({
  baseline,
  candidates,
  rewards,
  assessments,
  values,
  messages,
}: WinnerInput): WinnerAssessmentData {
  const reward = rewards?.[0];
  if (reward === undefined) {
    messages.warning(NO_REWARD_MESSAGE);
    return noWinner();
  }
  const rewardValues = ownEntry(values, reward.metric);
  if (rewardValues === undefined) {
    messages.warning('reward metric values are not available');
    return noWinner();
  }

  const feasibleVersions = [baseline, ...candidates].filter((version) => isFeasible(assessments, version));
  if (feasibleVersions.length === 0) messages.info('no version satisfies all objectives');

  let bestValue: number | undefined;
  let bestVersions: string[] = [];
  for (const version of feasibleVersions) {
    const value = availableValue(ownEntry(rewardValues, version));
    if (value === undefined) {
      messages.warning(`reward value for feasible version ${version} is not available`);
      continue;
    }
    if (bestValue === undefined || isBetter(value, bestValue, reward.preferredDirection)) {
      bestValue = value;
      bestVersions = [version];
    } else if (value === bestValue) {
      bestVersions.push(version);
    }
  }

  if (bestVersions.length === 1 && bestVersions[0] !== undefined) {
    messages.info('found unique winner');
    return winnerIs(bestVersions[0]);
  }
  if (bestVersions.length > 1) {
    messages.info('no unique winner; two or more feasible versions with same reward value');
  }
  return noWinner(bestVersions);
}

function isBetter(value: number, than: number, direction: Reward['preferredDirection']): boolean {
  return direction === 'High' ? value > than : value < than;
}
