// The versions of an experiment, in order: the baseline, then the candidates.

import type { Experiment, VersionDetail } from './types.js';

export function experimentVersions(experiment: Experiment): VersionDetail[] {
  const info = experiment.spec.versionInfo;
  return info ? [info.baseline, ...(info.candidates ?? [])] : [];
}
