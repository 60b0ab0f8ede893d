// Template arguments of one version (docs/iter8-behaviour.md#query-templates): name, its variables, elapsedTime
// (written last,
// so it wins). iter8fn adds `revision`, defaulting to the version name, so the built-in Knative pack
// (which selects `revision_name='$revision'`) serves both seed-style versions (`current` with a
// `revision` variable) and versions named after their revision.

import type { VersionDetail } from '../experiment/types.js';

export function versionArgs(version: VersionDetail, elapsedSeconds: number): Record<string, string> {
  const args: Record<string, string> = { name: version.name, revision: version.name };
  for (const variable of version.variables ?? []) args[variable.name] = variable.value;
  args.elapsedTime = String(elapsedSeconds);
  return args;
}

/** Whole seconds since the experiment started, at least 1 (Iter8 #795: clock skew must not go negative). */
export function elapsedSeconds(startTime: string | undefined, now: number): number {
  const start = startTime ? Date.parse(startTime) : now;
  if (Number.isNaN(start)) return 1;
  return Math.max(1, Math.floor((now - start) / 1000));
}
