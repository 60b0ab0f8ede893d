// Template arguments of one version (docs/iter8-behaviour.md#query-templates): name, its variables,
// elapsedTime (written last, so it wins). iter8fn adds `revision`, defaulting to the version name, so
// the built-in packs (which select the revision with `$revision`) serve both seed-style versions
// (`current` with a `revision` variable) and versions named after their revision; and `namespace` and
// `service`, from the experiment's target `namespace/service`, which the newer packs select on too.
// A version's own variables override all three.

import type { Experiment, VersionDetail } from '../experiment/types.js';

/** Where the versions run: the target's namespace and service name. */
export interface TargetArgs {
  namespace: string;
  service: string;
}

export function targetArgs(experiment: Experiment): TargetArgs {
  const target = experiment.spec.target;
  const slash = target.indexOf('/');
  return slash >= 0
    ? { namespace: target.slice(0, slash), service: target.slice(slash + 1) }
    : { namespace: experiment.metadata.namespace ?? 'default', service: target };
}

export function versionArgs(
  version: VersionDetail,
  elapsedSeconds: number,
  target?: TargetArgs,
): Record<string, string> {
  const args: Record<string, string> = {
    ...(target ? { namespace: target.namespace, service: target.service } : {}),
    name: version.name,
    revision: version.name,
  };
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
