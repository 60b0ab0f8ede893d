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
import { iter8KnativeQuery } from '../src/local/knative-queries.js';
import { firstValue } from '../src/local/prometheus.js';
import { grantsFromRbacYaml, KubeApiServer, type KubeObject } from '../test/support/kube-api-server.js';
import { startKnativeFixture, type KnativeFixture } from '../test/support/prometheus.js';
import { projectRoot, tempDir } from './support.js';

export const EXPERIMENTS = 'experiments.iter8.tools';
/** The function's bearer token: authorized with config/rbac/cluster.yaml, as in a cluster. */
export const FUNCTION_TOKEN = 'iter8fn';
/** How long ago the template experiment started and last iterated. */
export const STARTED_AGO_MS = 60_000;

export interface BenchCluster {
  kube: KubeApiServer;
  /** A kubeconfig file for the function's service account. */
  kubeconfig: string;
  close(): Promise<void>;
}

export async function startCluster(): Promise<BenchCluster> {
  const rbac = readFileSync(path.join(projectRoot, 'config/rbac/cluster.yaml'), 'utf8');
  const kube = await KubeApiServer.start({
    rbac: {
      [FUNCTION_TOKEN]: {
        user: 'system:serviceaccount:iter8-system:iter8fn',
        grants: grantsFromRbacYaml(rbac, { namespace: 'iter8-system', name: 'iter8fn' }),
      },
    },
  });
  const kubeconfig = path.join(tempDir('kube'), 'kubeconfig');
  writeFileSync(kubeconfig, kube.kubeconfig(FUNCTION_TOKEN));
  return { kube, kubeconfig, close: () => kube.close() };
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
  const status = cluster.kube.get(EXPERIMENTS, namespace, name)?.status as Record<string, unknown> | undefined;
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

/** The HTTP headers and body of a binary-mode ping, for sending over the wire. */
export function pingRequest(experiment: string, id: string): { headers: Record<string, string>; body: string } {
  return {
    headers: {
      'ce-id': id,
      'ce-type': 'dev.knative.sources.ping',
      'ce-source': '/apis/v1/namespaces/iter8-system/pingsources/bench',
      'ce-specversion': '1.0',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ experiment }),
  };
}

/**
 * The seed's world for one experiment: a real Prometheus scraping sample-app-v1 (live) and
 * sample-app-v2 (dark) under steady traffic, and their Knative Service in the cluster. Resolves once
 * the dark revision has samples; stops what it started if it cannot get there.
 */
export async function startSeedFixture(cluster: BenchCluster): Promise<KnativeFixture> {
  const fixture = await startKnativeFixture({
    revisions: [
      { name: 'sample-app-v1', rps: 8 },
      { name: 'sample-app-v2', rps: 4 },
    ],
    traffic: { maxRequests: 1_000_000, maxDurationMs: 15 * 60_000 },
  });
  try {
    await fixture.prometheus.waitFor(
      iter8KnativeQuery('request-count', 'sample-app-v2', 30),
      (r) => (firstValue(r) ?? 0) > 0,
      20_000,
    );
  } catch (err) {
    await fixture.stop();
    throw err;
  }
  cluster.kube.put(knativeService('default', 'sample-app', 'sample-app-v1', 'sample-app-v2'));
  return fixture;
}
