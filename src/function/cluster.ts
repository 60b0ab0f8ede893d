// Assembly of the cluster function: configuration from the environment, the Kubernetes-backed
// ExperimentSource (store, Metric catalog, secrets, knative/init-experiment, traffic weights), and
// the shared event handler (handler.ts) with PingSource-aware timing. No decisions are made here.
//
// functions/index.ts re-exports handle/init/shutdown for faas-js-runtime. The Kubernetes client is
// loaded by init() (or the first event), not when this module is imported.

import type { ExperimentRef, InvocationContext } from './events.js';
import type { ExperimentSource, HandlerOptions } from './handler.js';
import type { Reply } from './reply.js';
import { createHandler } from './handler.js';
import type { FunctionConfig } from './config.js';
import { readFunctionConfig } from './config.js';
import { pingDuePolicy } from '../eventing/schedule.js';
import { isCompleted } from '../iteration/conditions.js';
import { StoreUnavailableError } from '../iteration/ports.js';
import { KnativeTaskRunner, liveRevisionsOf } from '../knative/init-experiment.js';
import { targetArgs } from '../metrics/args.js';
import type { Experiment } from '../experiment/types.js';
import { KnativeTrafficController } from '../knative/weights.js';
import type { NamespaceScope } from '../store/kubernetes-metrics.js';
import { clusterMetricCatalog, inScope, KubernetesSecretReader } from '../store/kubernetes-metrics.js';
import type { KubeObject, KubernetesApi } from '../store/kubernetes-api.js';
import { EXPERIMENTS, KNATIVE_SERVICES } from '../store/kubernetes-api.js';
import { connectKubernetes, KubernetesExperimentStore, unavailable } from '../store/kubernetes-store.js';
import { errorMessage } from '../util/errors.js';
import { attachToRuntimeRegistry, FunctionTelemetry } from './telemetry.js';

export interface ClusterFunction {
  handle: (context: InvocationContext, event?: unknown) => Promise<Reply>;
  source: ExperimentSource;
}

/** For tests and embedding: a ready KubernetesApi, a clock, a log. */
export interface ClusterOverrides {
  api?: KubernetesApi;
  clock?: () => number;
  log?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** Where the ticks are recorded for /metrics. */
  telemetry?: FunctionTelemetry;
}

/** A ref from a list call, carrying the object listed so the tick need not GET it again. */
interface ListedExperimentRef extends ExperimentRef {
  listed: KubeObject;
}

const byName = (a: string, b: string): number => a.localeCompare(b);

const isListed = (ref: ExperimentRef): ref is ListedExperimentRef =>
  typeof (ref as Partial<ListedExperimentRef>).listed === 'object';

export function clusterSource(api: KubernetesApi, config: FunctionConfig): ExperimentSource {
  const scope: NamespaceScope = config.namespaces ? new Set(config.namespaces) : undefined;
  // Namespaces in the order of their names, as a cluster-wide LIST returns them.
  const namespaces = (namespace?: string): Array<string | undefined> =>
    namespace !== undefined ? [namespace] : scope ? [...scope].sort(byName) : [undefined];
  return {
    store: (ref) => new KubernetesExperimentStore(api, ref, isListed(ref) ? ref.listed : undefined),
    // A scan advances unfinished experiments; completed ones never change again.
    async *pages(namespace?: string): AsyncIterable<ExperimentRef[]> {
      for (const ns of namespaces(namespace)) {
        const listed = api.listPages(EXPERIMENTS, ns)[Symbol.asyncIterator]();
        for (;;) {
          let page: IteratorResult<KubeObject[]>;
          try {
            page = await listed.next();
          } catch (err) {
            throw unavailable(err, 'listing experiments');
          }
          if (page.done) break;
          const refs: ListedExperimentRef[] = [];
          for (const object of page.value) {
            const { name, namespace: objectNamespace } = object.metadata ?? {};
            if (!name || !objectNamespace || isCompleted(object.status)) continue;
            refs.push({ namespace: objectNamespace, name, listed: object });
          }
          // The API server sends each page in key order already; this keeps replies stable anyway.
          yield refs.sort((a, b) => byName(`${a.namespace}/${a.name}`, `${b.namespace}/${b.name}`));
        }
      }
    },
    catalog: clusterMetricCatalog(api, {
      scope,
      ...(config.prometheusUrl ? { prometheusUrl: config.prometheusUrl } : {}),
    }),
    tasks: new KnativeTaskRunner(api, { readyTimeoutMs: config.readyTimeoutMs, scope }),
    fetch: {
      timeoutMs: config.queryTimeoutMs,
      secrets: new KubernetesSecretReader(api, scope),
      ...(config.allowedMetricUrls ? { allowedUrls: config.allowedMetricUrls } : {}),
    },
    traffic: new KnativeTrafficController(api, scope),
    packs: {
      ...(config.metricPack ? { pin: { name: config.metricPack, source: 'ITER8FN_METRIC_PACK' } } : {}),
      liveRevisions: (experiment) => liveRevisions(api, scope, experiment),
      timeoutMs: config.queryTimeoutMs,
    },
    allows: (namespace) => inScope(scope, namespace),
  };
}

export function clusterHandlerOptions(config: FunctionConfig, overrides: ClusterOverrides = {}): HandlerOptions {
  return {
    errorLimit: config.errorLimit,
    scanConcurrency: config.scanConcurrency,
    logTicks: config.logTicks,
    ...(config.sink
      ? {
          fanOut: {
            sink: config.sink,
            inlineMax: config.scanInlineMax,
            ...(config.sinkExtensions ? { extensions: config.sinkExtensions } : {}),
          },
        }
      : {}),
    due: pingDuePolicy(),
    ...(overrides.clock ? { clock: overrides.clock } : {}),
    ...(overrides.log ? { log: overrides.log } : {}),
    ...(overrides.telemetry ? { onTick: overrides.telemetry.record.bind(overrides.telemetry) } : {}),
  };
}

export async function createClusterFunction(
  config: FunctionConfig,
  overrides: ClusterOverrides = {},
): Promise<ClusterFunction> {
  const api =
    overrides.api ??
    (await connectKubernetes({
      ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
      timeoutMs: config.kubeTimeoutMs,
      ...(overrides.env ? { env: overrides.env } : {}),
    }));
  const source = clusterSource(api, config);
  return { handle: createHandler(source, clusterHandlerOptions(config, overrides)), source };
}

// ---- the module faas-js-runtime loads (through functions/index.ts) ----

let instance: Promise<ClusterFunction> | undefined;
const telemetry = new FunctionTelemetry();

function fromEnvironment(): Promise<ClusterFunction> {
  // A bad configuration rejects here, so init() stops the function at start, naming every problem.
  instance ??= (async () => createClusterFunction(readFunctionConfig(process.env), { telemetry }))();
  return instance;
}

/** Called by faas-js-runtime before it listens (and before it makes the registry /metrics serves). */
export async function init(): Promise<void> {
  attachToRuntimeRegistry(telemetry);
  await fromEnvironment();
}

export async function handle(context: InvocationContext, event?: unknown): Promise<Reply> {
  let fn: ClusterFunction;
  try {
    fn = await fromEnvironment();
  } catch (err) {
    throw new StoreUnavailableError(`the function is not configured: ${errorMessage(err)}`);
  }
  return fn.handle(context, event);
}

/** Called by faas-js-runtime on SIGTERM; every delivery is idempotent, so nothing needs saving. */
export async function shutdown(): Promise<void> {
  instance = undefined;
}

/** The revisions the target Knative Service routes traffic to now; undefined when it cannot be read. */
async function liveRevisions(
  api: KubernetesApi,
  scope: NamespaceScope,
  experiment: Experiment,
): Promise<string[] | undefined> {
  const { namespace, service } = targetArgs(experiment);
  if (!inScope(scope, namespace)) return undefined;
  try {
    const ksvc = await api.get(KNATIVE_SERVICES, namespace, service);
    return ksvc ? liveRevisionsOf(ksvc) : undefined;
  } catch {
    // Only a better message is lost: the no-traffic check falls back to the other revisions' series.
    return undefined;
  }
}
