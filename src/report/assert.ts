// `iter8fn assert`: iter8ctl's `assert -c completed -c winnerFound` (docs/iter8-behaviour.md#iter8ctl-assert), for
// CI pipelines that gate promotion on an experiment's outcome.
//
// Like describe, the experiment is read as `unknown` (piped-in YAML), and a missing or odd field
// simply makes the condition false.

import { isCompleted as isStatusCompleted } from '../iteration/conditions.js';
import { field } from '../util/records.js';

export const ASSERT_CONDITIONS = ['completed', 'winnerFound'] as const;
export type AssertCondition = (typeof ASSERT_CONDITIONS)[number];

export interface AssertResult {
  ok: boolean;
  /** What to print on stdout, one entry per line; on failure the caller exits 1. */
  lines: string[];
}

const FAILURE_MESSAGE: Record<AssertCondition, string> = {
  completed: 'experiment has not completed',
  winnerFound: 'no winner found in experiment',
};

/** The condition `completed`: the experiment's status says Completed (isCompleted of conditions.ts). */
export const isCompleted = (experiment: unknown): boolean => isStatusCompleted(field(experiment, 'status'));

export function isWinnerFound(experiment: unknown): boolean {
  const assessment = field(field(field(experiment, 'status'), 'analysis'), 'winnerAssessment');
  return field(field(assessment, 'data'), 'winnerFound') === true;
}

/**
 * Checks the conditions in the order given and reports the first that fails, as iter8ctl did
 * (it printed one error and exited 1), or `All conditions satisfied.`.
 */
export function assertConditions(experiment: unknown, conditions: readonly AssertCondition[]): AssertResult {
  // iter8ctl refused an assert without conditions rather than vacuously passing it.
  if (conditions.length === 0) return { ok: false, lines: ['One or more conditions must be specified with assert'] };
  for (const condition of conditions) {
    const holds =
      condition === 'completed'
        ? isCompleted(experiment)
        : condition === 'winnerFound'
          ? isWinnerFound(experiment)
          : undefined;
    // Callers are typed, but the list may come straight from the command line.
    if (holds === undefined) return { ok: false, lines: ['unsupported condition found in assertion'] };
    if (!holds) return { ok: false, lines: [FAILURE_MESSAGE[condition]] };
  }
  return { ok: true, lines: ['All conditions satisfied.'] };
}
