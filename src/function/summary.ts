// One experiment's tick as replies, logs and progress events report it.

import type { TickResultName, Verdict } from '../experiment/outcome.js';
import { STEP_RESULT } from '../experiment/outcome.js';
import type { ComparisonVerdict, Experiment } from '../experiment/types.js';
import type { TaskReport } from '../iteration/ports.js';
import type { TickResult } from '../iteration/tick.js';
import type { ExperimentRef } from './events.js';
import { formatRef } from './events.js';

/** The outcome of one experiment's tick, as it appears in replies and logs. */
export interface TickSummary extends Record<string, unknown> {
  experiment: string;
  result: TickResultName;
  iteration?: number;
  stage?: string;
  message?: string;
  /** Per version, one verdict per objective (satisfied / violated / unavailable). */
  verdicts?: Record<string, Verdict[]>;
  /** iter8fn comparisons with the reference: one per comparison and tested version (status.analysis.comparisons). */
  comparisons?: Array<{
    metric: string;
    version: string;
    reference: string;
    verdict: ComparisonVerdict;
    ratio?: number;
    difference?: number;
    pValue?: number;
    samples: [tested: number | null, reference: number | null];
    reason?: string;
  }>;
  dueAt?: string;
  /** Start tasks run (first tick) or re-derived (later ticks), when there were any. */
  tasks?: TaskReport[];
  /** Traffic: the weights recommended, the objects patched, the weights read back, or why not applied. */
  weights?: {
    recommended: Array<{ name: string; value: number }>;
    patched: string[];
    observed?: Array<{ name: string; value: number }>;
    error?: string;
  };
}

export function summarize(ref: ExperimentRef, result: TickResult): TickSummary {
  const experiment = formatRef(ref);
  switch (result.kind) {
    case 'not-found':
      return { experiment, result: 'not-found', message: `experiment ${experiment} not found` };
    case 'invalid':
      return { experiment, result: 'invalid', message: result.message };
    case 'conflict':
      return {
        experiment,
        result: 'conflict',
        message: 'another delivery updated the experiment first; nothing counted twice',
      };
    case 'not-due':
      return {
        experiment,
        result: 'not-due',
        dueAt: new Date(result.dueAt).toISOString(),
        ...progress(result.experiment),
      };
    case 'already-completed':
      return { experiment, result: 'already-completed', ...progress(result.experiment) };
    case 'stepped': {
      const outcome = result.step.outcome;
      const traffic = result.traffic;
      const base = {
        experiment,
        ...progress(result.experiment),
        verdicts: result.step.verdicts,
        ...comparisonSummary(result.experiment),
        ...(result.tasks.length > 0 ? { tasks: result.tasks } : {}),
        ...(traffic
          ? {
              weights: {
                recommended: result.experiment.status?.analysis?.weights?.data ?? [],
                patched: traffic.patched,
                ...(traffic.observed ? { observed: traffic.observed } : {}),
                ...(traffic.error ? { error: traffic.error } : {}),
              },
            }
          : {}),
      };
      const stepResult = STEP_RESULT[outcome.kind];
      switch (outcome.kind) {
        case 'iteration-completed':
        case 'experiment-completed':
          return { ...base, result: stepResult, iteration: outcome.iteration };
        case 'iteration-errored':
          return { ...base, result: stepResult, message: outcome.error.message };
        case 'experiment-failed':
          return { ...base, result: stepResult, message: outcome.message };
      }
    }
  }
}

function progress(experiment: Experiment): Pick<TickSummary, 'iteration' | 'stage' | 'message'> {
  const status = experiment.status;
  return {
    ...(status?.completedIterations !== undefined ? { iteration: status.completedIterations } : {}),
    ...(status?.stage ? { stage: status.stage } : {}),
    ...(status?.message ? { message: status.message } : {}),
  };
}

function comparisonSummary(experiment: Experiment): Pick<TickSummary, 'comparisons'> {
  const records = experiment.status?.analysis?.comparisons?.data;
  if (!records || records.length === 0) return {};
  return {
    comparisons: records.map((r) => ({
      metric: r.metric,
      version: r.version,
      reference: r.reference,
      verdict: r.verdict,
      ...(r.ratio !== undefined ? { ratio: r.ratio } : {}),
      ...(r.difference !== undefined ? { difference: r.difference } : {}),
      ...(r.pValue !== undefined ? { pValue: r.pValue } : {}),
      samples: [r.testedSamples ?? null, r.referenceSamples ?? null],
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
    })),
  };
}
