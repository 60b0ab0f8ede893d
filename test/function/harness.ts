// What the function tests share: a real Prometheus scraping local revisions, the test Kubernetes
// API server enforcing the shipped RBAC, and the cluster function served by faas-js-runtime on an
// ephemeral port, with a clock the tests advance one interval per tick.

import { CloudEvent, HTTP } from 'cloudevents';
import faas from 'faas-js-runtime';
import { randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { createClusterFunction } from '../../src/function/cluster.js';
import { EVENT_BODY_LIMIT_BYTES, readFunctionConfig } from '../../src/function/config.js';
import { firstValue } from '../../src/local/prometheus.js';
import type { ExperimentSpec, ExperimentStatus } from '../../src/experiment/types.js';
import type { TickSummary } from '../../src/function/summary.js';
import { grantsFromRbacYaml, KubeApiServer, type KubeObject } from '../support/kube-api-server.js';
import { iter8KnativeQuery, startKnativeFixture, type KnativeFixture } from '../support/prometheus.js';
import { projectRoot, seedExperimentYaml } from '../support/seeds.js';

const { start } = faas;

export const EXPERIMENTS = 'experiments.iter8.tools';
export const FUNCTION_USER = 'system:serviceaccount:iter8-system:iter8fn';
/** Bearer tokens of the function: the cluster-wide and the namespaced RBAC of config/rbac. */
export const TOKENS = { cluster: 'fn', namespaced: 'fn-namespaced' } as const;

export interface Reply {
  status: number;
  type: string | null;
  /** The parsed JSON body (the text when it is not JSON); a scan's entries and a plain-JSON reply's data nest. */
  body: ReplyBody;
}

/** A reply body as the tests read it: any field of a tick summary or scan reply may be there. */
export type ReplyBody = Partial<TickSummary> & {
  event?: string;
  error?: string;
  experiments?: TickSummary[];
  type?: string;
  data?: ReplyBody;
};

export interface RunningFunction {
  port: number;
  logs: string[];
  close(): Promise<void>;
}

/** The function's clock: tests advance it by an interval instead of waiting one. */
export const clock = {
  now: Date.parse('2026-11-21T10:00:00Z'),
  advance(ms: number): void {
    this.now += ms;
  },
};

const tempDirs: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-function-'));
  tempDirs.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
}

const readProjectFile = (relative: string): string => readFileSync(path.join(projectRoot, relative), 'utf8');

/** A test API server whose function tokens carry exactly the shipped RBAC. */
export async function startKube(): Promise<KubeApiServer> {
  const account = { namespace: 'iter8-system', name: 'iter8fn' };
  const kube = await KubeApiServer.start({
    rbac: {
      [TOKENS.cluster]: {
        user: FUNCTION_USER,
        grants: grantsFromRbacYaml(readProjectFile('config/rbac/cluster.yaml'), account),
      },
      [TOKENS.namespaced]: {
        user: FUNCTION_USER,
        grants: grantsFromRbacYaml(readProjectFile('config/rbac/namespaced.yaml'), account),
      },
    },
  });
  kube.put(sampleAppService());
  return kube;
}

/** Revisions v1 (live) and v2 (dark) answering traffic, scraped by a real Prometheus that has data for v2. */
export async function startPrometheusFixture(): Promise<KnativeFixture> {
  const fixture = await startKnativeFixture({
    revisions: [
      { name: 'sample-app-v1', rps: 8 },
      { name: 'sample-app-v2', rps: 4 },
    ],
  });
  await fixture.prometheus.waitFor(
    iter8KnativeQuery('request-count', 'sample-app-v2', 30),
    (r) => (firstValue(r) ?? 0) > 0,
    20_000,
  );
  return fixture;
}

/** The function as faas-js-runtime serves it, on an ephemeral port, configured by `env`. */
export async function serveFunction(
  kube: KubeApiServer,
  token: string,
  env: Record<string, string>,
): Promise<RunningFunction> {
  const kubeconfig = path.join(await tempDir(), 'kubeconfig');
  await fs.writeFile(kubeconfig, kube.kubeconfig(token));
  const logs: string[] = [];
  const fn = await createClusterFunction(
    readFunctionConfig({ KUBECONFIG: kubeconfig, ITER8FN_KUBE_TIMEOUT_MS: '2000', ...env }),
    {
      clock: () => clock.now,
      log: (line) => logs.push(line),
    },
  );
  // The string '0' is an ephemeral port (a number 0 would mean 8080): docs/tooling.md#faas-js-runtime.
  // faas-js-runtime listens on '::' (it cannot be told otherwise); the tests connect to 127.0.0.1.
  // The body limit `npm start` and func.yaml configure (faas-js-runtime's own default is 1 MiB); the
  // runtime reads bodyLimit although its InvokerOptions type does not declare it.
  const options = { port: '0' as unknown as number, logLevel: 'silent' as never, bodyLimit: EVENT_BODY_LIMIT_BYTES };
  const server: Server = await start(fn.handle, options);
  return {
    port: (server.address() as AddressInfo).port,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What most function tests run against: a real Prometheus, the test API server, and the function. */
export interface FunctionWorld {
  fixture: KnativeFixture;
  kube: KubeApiServer;
  fn: RunningFunction;
  close(): Promise<void>;
}

/** Starts a FunctionWorld with the cluster-wide service account; close() stops all and removes temp folders. */
export async function startFunctionWorld(): Promise<FunctionWorld> {
  const fixture = await startPrometheusFixture();
  const kube = await startKube();
  const fn = await serveFunction(kube, TOKENS.cluster, {
    ITER8FN_PROMETHEUS_URL: fixture.prometheus.url,
    ITER8FN_READY_TIMEOUT_SECONDS: '1',
  });
  return {
    fixture,
    kube,
    fn,
    close: async () => {
      await fn.close();
      await kube.close();
      await fixture.stop();
      await removeTempDirs();
    },
  };
}

export function cloudEvent(type: string, data: unknown, id: string = randomUUID()): CloudEvent<unknown> {
  return new CloudEvent({
    id,
    type,
    source: '/apis/v1/namespaces/iter8-system/pingsources/test',
    datacontenttype: 'application/json',
    data,
  });
}

export async function post(port: number, headers: Record<string, string>, body: string): Promise<Reply> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, type: response.headers.get('ce-type'), body: parsed as ReplyBody };
}

export async function send(
  port: number,
  event: CloudEvent<unknown>,
  mode: 'binary' | 'structured' = 'binary',
): Promise<Reply> {
  const message = mode === 'binary' ? HTTP.binary(event) : HTTP.structured(event);
  return post(port, message.headers as Record<string, string>, message.body as string);
}

export const ping = (
  port: number,
  data: unknown,
  mode: 'binary' | 'structured' = 'binary',
  id?: string,
): Promise<Reply> => send(port, cloudEvent('dev.knative.sources.ping', data, id), mode);

export const requestIteration = (port: number, experiment: string): Promise<Reply> =>
  send(port, cloudEvent('tools.iter8.iteration.requested', { experiment }));

/** The seed's sample-app as applied (samples/mirroring/service.yaml) and reconciled: Ready, v2 the dark latest revision. */
export function sampleAppService(): KubeObject {
  const documents = parseAllDocuments(readProjectFile('samples/mirroring/service.yaml')).map(
    (d) => d.toJS() as KubeObject,
  );
  const applied = documents[documents.length - 1] as KubeObject;
  return {
    ...applied,
    status: {
      conditions: ['Ready', 'ConfigurationsReady', 'RoutesReady'].map((type) => ({ type, status: 'True' })),
      traffic: [
        { revisionName: 'sample-app-v1', percent: 100, latestRevision: false },
        { revisionName: 'sample-app-v2', percent: 0, latestRevision: true },
      ],
    },
  };
}

/** The seed experiment (page 000, as written) under another name or namespace. */
export function seedExperiment(name: string, namespace = 'default'): KubeObject {
  const experiment = parse(seedExperimentYaml('000_')) as KubeObject;
  return { ...experiment, metadata: { ...experiment.metadata, name, namespace } };
}

/** The spec of a seed experiment, typed, so a test can change one field of it. */
export const specOf = (experiment: KubeObject): ExperimentSpec => experiment.spec as ExperimentSpec;

export const statusOf = (kube: KubeApiServer, name: string, namespace = 'default'): ExperimentStatus | undefined =>
  kube.get(EXPERIMENTS, namespace, name)?.status as ExperimentStatus | undefined;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
