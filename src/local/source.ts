// The ExperimentSource the function handler uses in local mode: one experiment, kept in a state
// file (FileExperimentStore on a copy of the tutorial's experiment.yaml), metrics from the local
// Prometheus, and knative/init-experiment played against the local revisions.

import type { Experiment, VersionDetail } from '../experiment/types.js';
import type { ExperimentRef } from '../function/events.js';
import type { ExperimentSource } from '../function/handler.js';
import type { ExperimentStore, StoredExperiment, TaskRun, TaskRunner } from '../iteration/ports.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import type { PackOptions } from '../metrics/pack-checks.js';
import { FileExperimentStore } from '../store/file-store.js';
import type { KnativeRoute } from './destinations.js';
import { fillVersionInfo, runInitExperimentActions, type Filled } from '../knative/init-experiment.js';

/** What init-experiment needs to know about a local revision. */
export interface RevisionProbe {
  /** undefined when the revision answers; otherwise why not. */
  (revisionName: string, namespace: string): Promise<string | undefined>;
}

/** A store for an experiment that is not the one being played: it does not exist. */
const MISSING_STORE: ExperimentStore = {
  read: async (): Promise<StoredExperiment | undefined> => undefined,
  writeStatus: async () => {
    throw new Error('no such experiment');
  },
};

export class LocalExperimentSource implements ExperimentSource {
  private readonly experimentStore: FileExperimentStore;

  constructor(
    readonly ref: ExperimentRef,
    stateFile: string,
    readonly catalog: MetricCatalog,
    readonly tasks: TaskRunner,
    /** The built-in names find their pack in the local Prometheus, as in a cluster (docs/metric-packs.md). */
    readonly packs: PackOptions = {},
  ) {
    this.experimentStore = new FileExperimentStore(stateFile);
  }

  store(ref: ExperimentRef): ExperimentStore {
    return ref.namespace === this.ref.namespace && ref.name === this.ref.name ? this.experimentStore : MISSING_STORE;
  }

  async *pages(namespace?: string): AsyncIterable<ExperimentRef[]> {
    if (namespace === undefined || namespace === this.ref.namespace) yield [this.ref];
  }
}

/** The revision a version selects: its `revision` variable, else its name (metrics/args.ts does the same). */
export function versionRevision(version: VersionDetail): string {
  return version.variables?.find((v) => v.name === 'revision')?.value ?? version.name;
}

/**
 * knative/init-experiment (docs/iter8-behaviour.md#the-init-experiment-task) against the local
 * "cluster": the target must be a Knative Service of the tutorial, its revisions must be running
 * and answer, and each version's `revision` must be one the Service routes to (0% included, as in
 * ksvc.status.traffic). Conformance gets the `namespace` variable; Canary also gets each version's
 * weightObjRef. Local mode never shifts weights, so that is where Canary stops being played.
 *
 * The function writes only status, so what the task derives into the spec is derived again on
 * every later tick (`prepare`, as the cluster's runner does); only the first tick probes.
 */
export class LocalStartTaskRunner implements TaskRunner {
  constructor(
    private readonly services: ReadonlyMap<string, KnativeRoute>,
    private readonly probe: RevisionProbe,
  ) {}

  runStart(experiment: Experiment): Promise<TaskRun> {
    return runInitExperimentActions(experiment, true, (e) => this.initExperiment(e, true), 'not played locally');
  }

  prepare(experiment: Experiment): Promise<TaskRun> {
    return runInitExperimentActions(experiment, false, (e) => this.initExperiment(e, false), 'not played locally');
  }

  private async initExperiment(experiment: Experiment, probe: boolean): Promise<Filled> {
    const failed = (failure: string): Filled => ({ failure });
    const parts = experiment.spec.target.split('/');
    const [namespace, name] = parts;
    if (parts.length !== 2 || !namespace || !name)
      return failed('unable to parse target into name and namespace of the ksvc');
    const route = this.services.get(`${namespace}/${name}`);
    if (!route)
      return failed(
        `knative service ${namespace}/${name} not found (service.yaml defines ${[...this.services.keys()].join(', ')})`,
      );
    const routed = route.traffic.map((t) => t.revisionName);
    for (const revision of probe ? routed : []) {
      const problem = await this.probe(revision, namespace);
      if (problem) return failed(`knative service is not ready: revision ${revision}: ${problem}`);
    }
    // The same derivation as in a cluster, from the Service as service.yaml declares it: every
    // routed revision (0% included) is in its traffic, and the local revisions are its status.
    const traffic = route.traffic.map((t) => ({ revisionName: t.revisionName, percent: t.percent }));
    const filled = fillVersionInfo(experiment, {
      metadata: { namespace, name },
      spec: { traffic },
      status: { traffic },
    });
    if ('failure' in filled) return filled;
    const shifts = experiment.spec.strategy.testingPattern !== 'Conformance';
    return {
      experiment: filled.experiment,
      summary: `${filled.summary}; ${routed.join(', ')} answer locally${shifts ? ' (weights are not shifted locally)' : ''}`,
    };
  }
}
