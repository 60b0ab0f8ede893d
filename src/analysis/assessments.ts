// versionAssessments (docs/iter8-behaviour.md#version-assessments): one boolean per objective per version, true when
// the
// version's metric value lies within the objective's limits.
//
// Deliberate choices:
// - Limits are inclusive, as in Iter8: a value equal to its limit passes.
// - The comparison is exact. The value is converted to nano-units (the precision at which it is
//   written back into status as a Quantity) and compared with the limit parsed as a Quantity,
//   so 0.01 satisfies upperLimit "10m" instead of losing to binary floating point.
// - An unavailable value (undefined, NaN or ±Infinity) is never a pass: it is `false` in the
//   Iter8-compatible data and 'unavailable' in the verdicts, so callers can tell "no data yet"
//   from "violated" without changing the wire format.

import { numberToNanos, parseQuantity } from '../experiment/quantity.js';
import type { Verdict } from '../experiment/outcome.js';
import type { Objective } from '../experiment/types.js';
import type { AnalysisMessages } from './messages.js';

/** Metric values by metric reference, then by version name. `undefined` means unavailable. */
export type MetricValues = Readonly<Record<string, Readonly<Record<string, number | undefined>>>>;

export interface ObjectiveAssessments {
  /** Iter8's versionAssessments.data: version -> one boolean per objective, in spec order. */
  data: Record<string, boolean[]>;
  /** The same grid, distinguishing unavailable data from a violated limit. */
  verdicts: Record<string, Verdict[]>;
}

/** A value that can be compared: finite numbers only; everything else means "no data". */
export function availableValue(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** Looks a value up without trusting prototype keys (a version named `constructor`, say). */
export function lookupValue(values: MetricValues, metric: string, version: string): number | undefined {
  const byVersion = ownEntry(values, metric);
  return byVersion === undefined ? undefined : availableValue(ownEntry(byVersion, version));
}

export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * Assesses every version against every objective. With no objectives (criteria or objectives
 * absent) the data is `{}`, which winner assessment reads as "every version is feasible".
 * Limits are assumed valid Quantities (validated when the experiment is parsed); an invalid one
 * throws QuantityError.
 */
export function assessObjectives(
  objectives: readonly Objective[] | undefined,
  versions: readonly string[],
  values: MetricValues,
  messages: AnalysisMessages,
): ObjectiveAssessments {
  const data: Record<string, boolean[]> = {};
  const verdicts: Record<string, Verdict[]> = {};
  if (objectives === undefined) return { data, verdicts };

  const grid = versions.map(() => objectives.map((): Verdict => 'unavailable'));

  // Objective-major order, so warnings appear in the same order as Iter8's.
  objectives.forEach((objective, objectiveIndex) => {
    const upperLimit = objective.upperLimit === undefined ? undefined : parseQuantity(objective.upperLimit);
    const lowerLimit = objective.lowerLimit === undefined ? undefined : parseQuantity(objective.lowerLimit);
    if (ownEntry(values, objective.metric) === undefined) {
      messages.warning(`Aggregated metric object for ${objective.metric} metric is unavailable.`);
      return;
    }
    versions.forEach((version, versionIndex) => {
      const value = lookupValue(values, objective.metric, version);
      const row = grid[versionIndex];
      if (row === undefined) return;
      if (value === undefined) {
        messages.warning(`Value for ${objective.metric} metric and ${version} version is unavailable.`);
        return;
      }
      const nanos = numberToNanos(value);
      const withinUpper = upperLimit === undefined || nanos <= upperLimit;
      const withinLower = lowerLimit === undefined || nanos >= lowerLimit;
      row[objectiveIndex] = withinUpper && withinLower ? 'satisfied' : 'violated';
    });
  });

  versions.forEach((version, versionIndex) => {
    const row = grid[versionIndex] ?? [];
    verdicts[version] = row;
    data[version] = row.map((verdict) => verdict === 'satisfied');
  });
  return { data, verdicts };
}
