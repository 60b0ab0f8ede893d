// The `knative/init-experiment` start task in a cluster (docs/iter8-behaviour.md#the-init-experiment-task): wait
// (bounded) until the
// target Knative Service is Ready, check that every version's revision is in its status.traffic,
// and fill in each version's `namespace` variable and, when traffic is shifted, its weightObjRef
// (`.spec.traffic[i].percent` of the entry serving that revision). What a version already has is kept.
//
// Iter8 wrote the result into the Experiment's spec. The function may write only /status (least
// privilege), so the same derivation runs again, in memory and without waiting, on every later tick
// (`prepare`): it is deterministic given the Service, so every tick sees the values the first saw.
// Without traffic shifting (Conformance) a later tick needs only the `namespace` variable, which is
// the target's namespace, so it reads no Service (namespaceFromTarget).
// A later tick that would use none of it (a Conformance experiment, so no weights, whose metric
// queries never mention $namespace) skips it, and with it a read of the Service: a fleet tick
// would otherwise read one Service per experiment for nothing.

import type { Experiment, VersionDetail } from '../experiment/types.js';
import type { TaskReport, TaskRun, TaskRunner } from '../iteration/ports.js';
import { StoreUnavailableError } from '../iteration/ports.js';
import type { NamespaceScope } from '../store/kubernetes-metrics.js';
import { inScope } from '../store/kubernetes-metrics.js';
import type { KubeObject, KubernetesApi } from '../store/kubernetes-api.js';
import { KNATIVE_SERVICES } from '../store/kubernetes-api.js';
import { placeholderNames } from '../metrics/template.js';
import { errorMessage } from '../util/errors.js';
import { KNATIVE_SERVING_API_VERSION } from './weights.js';

export const INIT_EXPERIMENT_TASK = 'knative/init-experiment';

/** The conditions Iter8 waited for. */
export const READY_CONDITIONS = ['Ready', 'ConfigurationsReady', 'RoutesReady'] as const;

export interface KnativeTaskOptions {
  /** How long the first tick waits for the Service to become Ready (Iter8: 10 x 18 s). */
  readyTimeoutMs: number;
  /** Pause between readiness checks; default a tenth of the timeout, between 50 ms and 2 s. */
  pollMs?: number;
  scope?: NamespaceScope;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
}

interface TrafficEntry {
  revisionName?: string;
  latestRevision?: boolean;
  percent?: number;
}

/** The experiment with what init-experiment derives filled in, and a summary; or why not. */
export type Filled = { experiment: Experiment; summary: string } | { failure: string };

/**
 * Pure: the experiment with namespace variables and weightObjRefs filled in from the Service, or
 * why that is impossible. A version's revision is its `revision` variable, else its name (as the
 * metric templates read it).
 */
const UNPARSED_TARGET = 'unable to parse target into name and namespace of the ksvc';

/** `spec.target` as the Knative Service it names (`namespace/name`), undefined when it is not one. */
function targetService(experiment: Experiment): { namespace: string; name: string } | undefined {
  const [namespace, name, ...rest] = experiment.spec.target.split('/');
  return namespace && name && rest.length === 0 ? { namespace, name } : undefined;
}

/** A version's variables with a `namespace` variable; one it already has is kept. */
function withNamespaceVariable(
  variables: VersionDetail['variables'],
  namespace: string,
): NonNullable<VersionDetail['variables']> {
  const all = [...(variables ?? [])];
  if (!all.some((v) => v.name === 'namespace')) all.push({ name: 'namespace', value: namespace });
  return all;
}

export function fillVersionInfo(experiment: Experiment, ksvc: KubeObject): Filled {
  const info = experiment.spec.versionInfo;
  if (!info) return { failure: 'no versionInfo in experiment' };
  const namespace = ksvc.metadata?.namespace ?? 'default';
  const name = ksvc.metadata?.name ?? '';
  const service = `knative service ${namespace}/${name}`;
  const statusTraffic = trafficOf((ksvc.status as { traffic?: unknown } | undefined)?.traffic);
  const specTraffic = trafficOf((ksvc.spec as { traffic?: unknown } | undefined)?.traffic);
  const shifts = experiment.spec.strategy.testingPattern !== 'Conformance';

  const fill = (version: VersionDetail): VersionDetail | string => {
    const variables = withNamespaceVariable(version.variables, namespace);
    const revision = variables.find((v) => v.name === 'revision')?.value ?? version.name;
    const served = statusTraffic.find((t) => t.revisionName === revision);
    if (!served) {
      const known = statusTraffic
        .map((t) => t.revisionName)
        .filter(Boolean)
        .join(', ');
      return `revision ${revision} (version ${version.name}) is not in the traffic of ${service} (status.traffic has: ${known || 'nothing'})`;
    }
    const filled: VersionDetail = { ...version, variables };
    if (shifts && !version.weightObjRef) {
      let index = specTraffic.findIndex((t) => t.revisionName === revision);
      if (index < 0 && served.latestRevision === true) index = specTraffic.findIndex((t) => t.latestRevision === true);
      if (index < 0)
        return `revision ${revision} (version ${version.name}) has no entry in spec.traffic of ${service}, so its weight cannot be set`;
      filled.weightObjRef = {
        apiVersion: KNATIVE_SERVING_API_VERSION,
        kind: 'Service',
        namespace,
        name,
        fieldPath: `.spec.traffic[${index}].percent`,
      };
    }
    return filled;
  };

  const baseline = fill(info.baseline);
  if (typeof baseline === 'string') return { failure: baseline };
  const candidates: VersionDetail[] = [];
  for (const candidate of info.candidates ?? []) {
    const filled = fill(candidate);
    if (typeof filled === 'string') return { failure: filled };
    candidates.push(filled);
  }
  const versionInfo = { ...info, baseline, ...(info.candidates ? { candidates } : {}) };
  const summary = [baseline, ...candidates]
    .map(
      (v) =>
        `${v.name} -> ${v.variables?.find((x) => x.name === 'revision')?.value ?? v.name}${v.weightObjRef?.fieldPath ? ` (${v.weightObjRef.fieldPath})` : ''}`,
    )
    .join(', ');
  return {
    experiment: { ...experiment, spec: { ...experiment.spec, versionInfo } },
    summary: `${service} is ready; ${summary}`,
  };
}

/**
 * What init-experiment gives a Conformance experiment after its first tick: each version's
 * `namespace` variable, the namespace of the target Service (the first tick checked the revisions).
 */
export function namespaceFromTarget(experiment: Experiment): Filled {
  const info = experiment.spec.versionInfo;
  if (!info) return { failure: 'no versionInfo in experiment' };
  const namespace = targetService(experiment)?.namespace;
  if (!namespace) return { failure: UNPARSED_TARGET };
  const fill = (version: VersionDetail): VersionDetail => ({
    ...version,
    variables: withNamespaceVariable(version.variables, namespace),
  });
  const versionInfo = {
    ...info,
    baseline: fill(info.baseline),
    ...(info.candidates ? { candidates: info.candidates.map(fill) } : {}),
  };
  return {
    experiment: { ...experiment, spec: { ...experiment.spec, versionInfo } },
    summary: `namespace ${namespace} from the target`,
  };
}

function trafficOf(value: unknown): TrafficEntry[] {
  return Array.isArray(value) ? value.filter((t): t is TrafficEntry => typeof t === 'object' && t !== null) : [];
}

/** The revisions a Service's status.traffic sends a share of requests to. */
export function liveRevisionsOf(ksvc: KubeObject): string[] {
  const traffic = trafficOf((ksvc.status as { traffic?: unknown } | undefined)?.traffic);
  return [
    ...new Set(traffic.filter((t) => (t.percent ?? 0) > 0 && t.revisionName).map((t) => t.revisionName as string)),
  ];
}

/** Why the Service is not Ready, or undefined when every condition Iter8 waited for is True. */
export function notReadyReason(ksvc: KubeObject): string | undefined {
  const conditions = (ksvc.status as { conditions?: unknown } | undefined)?.conditions;
  const list = Array.isArray(conditions)
    ? (conditions as Array<{ type?: string; status?: string; reason?: string; message?: string }>)
    : [];
  for (const type of READY_CONDITIONS) {
    const condition = list.find((c) => c.type === type);
    if (condition?.status !== 'True') {
      const detail = condition?.message ?? condition?.reason;
      return `${type} is ${condition?.status ?? 'unknown'}${detail ? ` (${detail})` : ''}`;
    }
  }
  return undefined;
}

/**
 * Whether a later tick of `experiment` would use what init-experiment derives: weightObjRefs (when
 * traffic is shifted) or a `namespace` variable some version lacks and a metric query refers to.
 * Unknown until the metrics are resolved (status.metrics), so then it is used.
 */
export function derivationUsed(experiment: Experiment): boolean {
  if (experiment.spec.strategy.testingPattern !== 'Conformance') return true;
  const info = experiment.spec.versionInfo;
  const versions = info ? [info.baseline, ...(info.candidates ?? [])] : [];
  if (versions.every((v) => v.variables?.some((variable) => variable.name === 'namespace'))) return false;
  const snapshots = experiment.status?.metrics;
  if (!snapshots || snapshots.length === 0) return true;
  // Version variables reach only the query parameters and the body (metrics/providers/http.ts).
  return snapshots.some(({ metricObj: { spec } }) =>
    [...(spec.params ?? []).map((p) => p.value), ...(spec.body !== undefined ? [spec.body] : [])].some((template) =>
      placeholderNames(template).has('namespace'),
    ),
  );
}

/**
 * The start actions as every runner plays them, with `derive` doing init-experiment. Any other task
 * is skipped (validateForIteration then fails the experiment on it). The first tick reports every
 * task and stops at a failure; later ticks only re-derive, and there a failure is reported as
 * skipped: mid-experiment the Service may be rolling out or re-routed by hand, so it keeps iterating.
 */
export async function runInitExperimentActions(
  experiment: Experiment,
  first: boolean,
  derive: (experiment: Experiment) => Promise<Filled>,
  unknownTaskMessage: string,
): Promise<TaskRun> {
  const reports: TaskReport[] = [];
  let current = experiment;
  for (const task of experiment.spec.strategy.actions?.start ?? []) {
    if (task.task !== INIT_EXPERIMENT_TASK) {
      if (first) reports.push({ task: task.task, outcome: 'skipped', message: unknownTaskMessage });
      continue;
    }
    const outcome = await derive(current);
    if ('failure' in outcome) {
      if (first) {
        reports.push({ task: task.task, outcome: 'failed', message: outcome.failure });
        return { experiment: current, reports };
      }
      reports.push({ task: task.task, outcome: 'skipped', message: `not re-derived this tick: ${outcome.failure}` });
      continue;
    }
    current = outcome.experiment;
    if (first) reports.push({ task: task.task, outcome: 'done', message: outcome.summary });
  }
  return { experiment: current, reports };
}

export class KnativeTaskRunner implements TaskRunner {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => number;

  constructor(
    private readonly api: KubernetesApi,
    private readonly options: KnativeTaskOptions,
  ) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.clock = options.clock ?? Date.now;
  }

  runStart(experiment: Experiment): Promise<TaskRun> {
    return runInitExperimentActions(experiment, true, (e) => this.initExperiment(e, true), 'unknown task');
  }

  prepare(experiment: Experiment): Promise<TaskRun> {
    if (!derivationUsed(experiment)) return Promise.resolve({ experiment, reports: [] });
    // Without traffic shifting, all a later tick takes from the Service is its namespace, which is
    // the target's: no read of the Service (one request of seven in a tick otherwise).
    const derive =
      experiment.spec.strategy.testingPattern === 'Conformance'
        ? async (e: Experiment) => namespaceFromTarget(e)
        : (e: Experiment) => this.initExperiment(e, false);
    return runInitExperimentActions(experiment, false, derive, 'unknown task');
  }

  private async initExperiment(experiment: Experiment, waitForReady: boolean): Promise<Filled> {
    const target = targetService(experiment);
    if (!target) return { failure: UNPARSED_TARGET };
    const { namespace, name } = target;
    if (!inScope(this.options.scope, namespace))
      return { failure: `the target's namespace ${namespace} is not one the function may read` };
    const service = `knative service ${namespace}/${name}`;
    const deadline = this.clock() + (waitForReady ? this.options.readyTimeoutMs : 0);
    const poll = this.options.pollMs ?? Math.min(2000, Math.max(50, this.options.readyTimeoutMs / 10));
    for (;;) {
      let ksvc: KubeObject | undefined;
      try {
        ksvc = await this.api.get(KNATIVE_SERVICES, namespace, name);
      } catch (err) {
        throw new StoreUnavailableError(errorMessage(err));
      }
      // Later ticks only re-derive: a Service briefly not Ready (a new revision rolling out) is no failure.
      const problem = !ksvc ? 'not found' : waitForReady ? notReadyReason(ksvc) : undefined;
      if (ksvc && problem === undefined) return fillVersionInfo(experiment, ksvc);
      if (this.clock() >= deadline) {
        return { failure: ksvc ? `knative service is not ready: ${service}: ${problem}` : `${service} not found` };
      }
      await this.sleep(Math.min(poll, Math.max(0, deadline - this.clock())));
    }
  }
}
