// What a report shows for "does version V satisfy objective i" (docs/iter8-behaviour.md#unavailable-shown-as-false).
// Shared by `iter8fn describe` and the function so both say the same thing about the same status.
//
// Deliberate difference from iter8ctl: iter8ctl printed versionAssessments[V][i] as it stood, and
// Iter8 analytics records `false` for an objective whose metric had no value yet. A reader could
// not tell "violated" from "not measured". Here a version with no value for the objective's metric
// shows `unavailable`; only a measured value shows the recorded true/false.

import { isQuantity, parseQuantity } from '../experiment/quantity.js';
import type { Verdict } from '../experiment/outcome.js';
import type { ExperimentStatus } from '../experiment/types.js';
import { field } from '../util/records.js';

// Status comes from user-supplied YAML as often as from our own code, so every step is checked at
// run time even where the static type promises more.
/**
 * The last aggregated value of `metric` for `version` in nano-units, or undefined when there is
 * none (no aggregatedMetrics, no entry for the metric or version, a null value, or a value that
 * is not a Kubernetes quantity). The metric is looked up by the reference exactly as written.
 */
export function aggregatedValueNanos(status: unknown, metric: string, version: string): bigint | undefined {
  const sections = field(field(field(status, 'analysis'), 'aggregatedMetrics'), 'data');
  const value = field(field(field(field(sections, metric), 'data'), version), 'value');
  if (!isQuantity(value)) return undefined;
  try {
    return parseQuantity(value);
  } catch {
    return undefined;
  }
}

/** Like {@link objectiveVerdict} but for a status of unknown shape (for example, piped-in YAML). */
export function objectiveVerdictOf(
  status: unknown,
  objectiveMetricRef: string,
  objectiveIndex: number,
  version: string,
): Verdict {
  if (aggregatedValueNanos(status, objectiveMetricRef, version) === undefined) return 'unavailable';
  const assessments = field(field(field(status, 'analysis'), 'versionAssessments'), 'data');
  const perVersion = field(assessments, version);
  if (!Array.isArray(perVersion) || !Number.isInteger(objectiveIndex) || objectiveIndex < 0) return 'unavailable';
  const verdict: unknown = perVersion[objectiveIndex];
  if (verdict === true) return 'satisfied';
  if (verdict === false) return 'violated';
  return 'unavailable';
}

/**
 * The verdict status.analysis.versionAssessments records (`true` is satisfied, `false` violated) for objective
 * `objectiveIndex` (spec order) and `version`; `unavailable` when that version has no value for
 * the objective's metric, or when the assessment has no entry for it (as iter8ctl showed).
 */
export function objectiveVerdict(
  status: ExperimentStatus | undefined,
  objectiveMetricRef: string,
  objectiveIndex: number,
  version: string,
): Verdict {
  return objectiveVerdictOf(status, objectiveMetricRef, objectiveIndex, version);
}
