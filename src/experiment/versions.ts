// The versions of an experiment, in order: the baseline, then the candidates; and the versions its
// comparisons test and test against (docs/comparisons.md).

import type { Experiment, VersionDetail } from './types.js';

export function experimentVersions(experiment: Experiment): VersionDetail[] {
  const info = experiment.spec.versionInfo;
  return info ? [info.baseline, ...(info.candidates ?? [])] : [];
}

/**
 * The version comparisons test against: versionInfo.reference, else the baseline (Canary, A/B,
 * A/B/N). Undefined when the experiment has no comparisons or nothing to compare with.
 */
export function comparisonReference(experiment: Experiment): VersionDetail | undefined {
  if ((experiment.spec.criteria?.comparisons ?? []).length === 0) return undefined;
  const info = experiment.spec.versionInfo;
  if (!info) return undefined;
  if (info.reference) return info.reference;
  return experiment.spec.strategy.testingPattern === 'Conformance' ? undefined : info.baseline;
}

/** The versions comparisons test: the baseline in Conformance, else the candidates. */
export function comparedVersions(experiment: Experiment): VersionDetail[] {
  const reference = comparisonReference(experiment);
  if (!reference) return [];
  const versions = experimentVersions(experiment);
  const tested = experiment.spec.strategy.testingPattern === 'Conformance' ? versions.slice(0, 1) : versions.slice(1);
  return tested.filter((version) => version.name !== reference.name);
}

/** Every version whose metrics an iteration reads: the experiment's versions plus a separate reference. */
export function fetchedVersions(experiment: Experiment): VersionDetail[] {
  const versions = experimentVersions(experiment);
  const reference = comparisonReference(experiment);
  return reference && !versions.some((v) => v.name === reference.name) ? [...versions, reference] : versions;
}
