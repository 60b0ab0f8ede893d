// The cluster the benchmarks run the function against: the test API server (test/support) with the
// shipped RBAC, Knative Services for the experiments' targets, and the seed experiment
// (samples/mirroring/experiment.yaml) under other names. Experiments are put "mid-run": their
// status is the one the function itself wrote after a first iteration a minute ago, so the next
// tick is an ordinary, due iteration (start tasks done, metrics resolved), as most ticks are.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createClusterFunction } from '../src/function/cluster.js';
import { readFunctionConfig } from '../src/function/config.js';
import { EventType } from '../src/function/events.js';
import type { KubeObject } from '../test/support/kube-api-server.js';
import type { KubeApiInput, KubeApiReady } from './kube-api-main.js';
import type { SeedFixtureReady } from './seed-fixture-main.js';
import { projectRoot, startDaemon, tempDir, type Daemon } from './support.js';

export const EXPERIMENTS = 'experiments.iter8.tools';
/** The function's bearer token: authorized with config/rbac/cluster.yaml, as in a cluster. */
export const FUNCTION_TOKEN = 'iter8fn';
/** How long ago the template experiment started and last iterated. */
export const STARTED_AGO_MS = 60_000;

export interface BenchCluster {
  /** The API server's base URL. */
  url: string;
  /** A kubeconfig file for the function's service account. */
  kubeconfig: string;
  /** The API server's process id (it runs in a process of its own: kube-api-main.ts). */
  pid: number;
  /** Creates or replaces objects as given, status included. */
  put(...objects: KubeObject[]): Promise<void>;
  get(resource: string, namespace: string, name: string): Promise<KubeObject | undefined>;
  /** Several objects of one namespace at once (undefined where there is none). */
  getMany(resource: string, namespace: string, names: string[]): Promise<Array<KubeObject | undefined>>;
  remove(resource: string, namespace: string, ...names: string[]): Promise<void>;
  close(): Promise<void>;
}

/** Objects travel to the API server process in batches of this many: one IPC message each. */
const BATCH = 500;

export async function startCluster(): Promise<BenchCluster> {
  const daemon = await startDaemon<KubeApiReady>('kube-api-main', { token: FUNCTION_TOKEN } satisfies KubeApiInput);
  const kubeconfig = path.join(tempDir('kube'), 'kubeconfig');
  writeFileSync(kubeconfig, daemon.ready.kubeconfig);
  const getMany = async (
    resource: string,
    namespace: string,
    names: string[],
  ): Promise<Array<KubeObject | undefined>> => {
    const found: Array<KubeObject | undefined> = [];
    for (let i = 0; i < names.length; i += BATCH) {
      const args = { resource, namespace, names: names.slice(i, i + BATCH) };
      const batch = (await daemon.call('get', args)) as Array<KubeObject | null>;
      found.push(...batch.map((object) => object ?? undefined));
    }
    return found;
  };
  return {
    url: daemon.ready.url,
    kubeconfig,
    pid: daemon.child.pid as number,
    put: async (...objects) => {
      for (let i = 0; i < objects.length; i += BATCH) await daemon.call('put', objects.slice(i, i + BATCH));
    },
    get: async (resource, namespace, name) => (await getMany(resource, namespace, [name]))[0],
    getMany,
    remove: async (resource, namespace, ...names) => {
      for (let i = 0; i < names.length; i += BATCH)
        await daemon.call('remove', { resource, namespace, names: names.slice(i, i + BATCH) });
    },
    close: () => daemon.stop(),
  };
}

/** A Knative Service with a live revision taking all traffic and a dark latest one, Ready. */
export function knativeService(namespace: string, name: string, live: string, dark: string): KubeObject {
  const template = (revision: string, colour: string) => ({
    metadata: { name: revision },
    spec: {
      containers: [
        { image: `gcr.io/knative-samples/knative-route-demo:${colour}`, env: [{ name: 'T_VERSION', value: colour }] },
      ],
    },
  });
  return {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: { name, namespace },
    spec: {
      template: template(dark, 'green'),
      traffic: [
        { revisionName: live, percent: 100 },
        { latestRevision: true, percent: 0 },
      ],
    },
    status: {
      conditions: ['Ready', 'ConfigurationsReady', 'RoutesReady'].map((type) => ({ type, status: 'True' })),
      traffic: [
        { revisionName: live, percent: 100, latestRevision: false },
        { revisionName: dark, percent: 0, latestRevision: true },
      ],
    },
  };
}

export interface SeedExperimentOptions {
  name: string;
  namespace?: string;
  /** `namespace/name` of the Knative Service; default the seed's default/sample-app. */
  target?: string;
  /** The dark revision the experiment measures; default the seed's sample-app-v2. */
  revision?: string;
  /** Raised above the seed's 10 where a benchmark iterates one experiment many times. */
  iterationsPerLoop?: number;
  status?: Record<string, unknown>;
}

/** samples/mirroring/experiment.yaml (the seed's Conformance experiment) under another name. */
export function seedExperiment(options: SeedExperimentOptions): KubeObject {
  const seed = parseYaml(readFileSync(path.join(projectRoot, 'samples/mirroring/experiment.yaml'), 'utf8')) as {
    spec: {
      target: string;
      duration: { intervalSeconds: number; iterationsPerLoop: number };
      versionInfo: { baseline: { name: string; variables: Array<{ name: string; value: string }> } };
    } & Record<string, unknown>;
  };
  const spec = structuredClone(seed.spec);
  if (options.target) spec.target = options.target;
  if (options.iterationsPerLoop) spec.duration.iterationsPerLoop = options.iterationsPerLoop;
  if (options.revision) spec.versionInfo.baseline.variables = [{ name: 'revision', value: options.revision }];
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: options.name, namespace: options.namespace ?? 'default' },
    spec,
    ...(options.status ? { status: options.status } : {}),
  };
}

export const SEED_INTERVAL_MS = 10_000;

/**
 * The status the function writes after the first iteration of `experiment`, run in this process
 * with a clock STARTED_AGO_MS behind: the next tick at real time is due. The experiment must be in
 * the cluster, with its target.
 */
export async function firstIterationStatus(
  cluster: BenchCluster,
  prometheusUrl: string,
  experiment: KubeObject,
): Promise<Record<string, unknown>> {
  const fn = await createClusterFunction(
    readFunctionConfig({ KUBECONFIG: cluster.kubeconfig, ITER8FN_PROMETHEUS_URL: prometheusUrl }),
    {
      clock: () => Date.now() - STARTED_AGO_MS,
      log: () => undefined,
    },
  );
  const name = experiment.metadata?.name ?? '';
  const namespace = experiment.metadata?.namespace ?? 'default';
  const reply = await fn.handle({ cloudevent: pingEvent({ experiment: `${namespace}/${name}` }) });
  const status = (await cluster.get(EXPERIMENTS, namespace, name))?.status as Record<string, unknown> | undefined;
  if (!status || status.completedIterations !== 1) {
    throw new Error(
      `the first iteration of ${namespace}/${name} did not complete: ${JSON.stringify(replyData(reply)).slice(0, 400)}`,
    );
  }
  return status;
}

/** A binary-mode PingSource event as faas-js-runtime hands it to the handler. */
export function pingEvent(
  data: Record<string, string>,
  id = `bench-${Math.random().toString(36).slice(2)}`,
): Record<string, unknown> {
  return {
    id,
    type: 'dev.knative.sources.ping',
    source: '/apis/v1/namespaces/iter8-system/pingsources/bench',
    specversion: '1.0',
    datacontenttype: 'application/json',
    data,
  };
}

/** The data of a handler reply: a CloudEvent's data, or an HTTP reply's body. */
export function replyData(reply: unknown): Record<string, unknown> {
  const record = (typeof reply === 'object' && reply !== null ? reply : {}) as Record<string, unknown>;
  const data = record.data ?? record.body;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/**
 * The HTTP headers and body of a binary-mode event, for sending over the wire: a PingSource tick by
 * default, or a forced iteration (EventType.IterationRequested: the same work, without the due check).
 */
export function eventRequest(
  data: Record<string, string>,
  id: string,
  type: string = EventType.Ping,
): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify(data);
  return {
    headers: {
      'ce-id': id,
      'ce-type': type,
      'ce-source': '/apis/v1/namespaces/iter8-system/pingsources/bench',
      'ce-specversion': '1.0',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    },
    body,
  };
}

/**
 * The seed's world for one experiment: a real Prometheus scraping sample-app-v1 (live) and
 * sample-app-v2 (dark) under steady traffic, in a process of its own (seed-fixture-main.ts), and
 * their Knative Service in the cluster. Resolves once the dark revision has samples.
 */
export async function startSeedFixture(cluster: BenchCluster): Promise<Daemon<SeedFixtureReady>> {
  const fixture = await startDaemon<SeedFixtureReady>('seed-fixture-main', {}, 60_000);
  await cluster.put(knativeService('default', 'sample-app', 'sample-app-v1', 'sample-app-v2'));
  return fixture;
}
