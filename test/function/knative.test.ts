// knative/init-experiment and traffic weights on Knative Services, against the test API server's
// store in memory at the KubernetesApi seam (no HTTP: kubernetes-store.test.ts covers the client),
// and a Canary experiment shifting traffic through the handler (mock metrics, so no Prometheus here).

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Experiment, ExperimentStatus, VersionDetail } from '../../src/experiment/types.js';
import { clusterHandlerOptions, clusterSource } from '../../src/function/cluster.js';
import { readFunctionConfig } from '../../src/function/config.js';
import { createHandler } from '../../src/function/handler.js';
import type { TickSummary } from '../../src/function/summary.js';
import { StoreUnavailableError } from '../../src/iteration/ports.js';
import { fillVersionInfo, KnativeTaskRunner } from '../../src/knative/init-experiment.js';
import { KnativeTrafficController, parseFieldPath, toJsonPointer } from '../../src/knative/weights.js';
import type { KubernetesApi } from '../../src/store/kubernetes-api.js';
import { MemoryKubernetesApi } from '../support/kube/memory-api.js';
import type { KubeObject } from '../support/kube/resources.js';
import { projectRoot } from '../support/seeds.js';

const KSVC = 'services.serving.knative.dev';

function readyConditions(status = 'True') {
  return ['Ready', 'ConfigurationsReady', 'RoutesReady'].map((type) => ({ type, status }));
}

/** The seed's sample-app after the second apply: v1 takes all traffic, v2 (latest) is dark. */
function sampleApp(conditionStatus = 'True'): KubeObject {
  return {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: { name: 'sample-app', namespace: 'default' },
    spec: {
      template: { metadata: { name: 'sample-app-v2' } },
      traffic: [
        { revisionName: 'sample-app-v1', percent: 100 },
        { latestRevision: true, percent: 0 },
      ],
    },
    status: {
      conditions: readyConditions(conditionStatus),
      traffic: [
        { revisionName: 'sample-app-v1', percent: 100, latestRevision: false },
        { revisionName: 'sample-app-v2', percent: 0, latestRevision: true },
      ],
    },
  };
}

function canary(name: string, extra: Partial<Experiment['spec']> = {}): Experiment {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name, namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern: 'Canary', actions: { start: [{ task: 'knative/init-experiment' }] } },
      criteria: { objectives: [{ metric: 'latency', upperLimit: 50 }] },
      duration: { intervalSeconds: 10, iterationsPerLoop: 5 },
      versionInfo: {
        baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v1' }] },
        candidates: [{ name: 'candidate', variables: [{ name: 'revision', value: 'sample-app-v2' }] }],
      },
      ...extra,
    },
  };
}

const MOCK_LATENCY: KubeObject = {
  apiVersion: 'iter8.tools/v2alpha2',
  kind: 'Metric',
  metadata: { name: 'latency', namespace: 'default' },
  spec: {
    type: 'Gauge',
    mock: [
      { name: 'current', level: 20 },
      { name: 'candidate', level: 15 },
    ],
  },
};

/** A version of canary() as init-experiment fills it in from sampleApp(): `.spec.traffic[index]` serves it. */
function filledVersion(name: string, revision: string, trafficIndex: number): VersionDetail {
  return {
    name,
    variables: [
      { name: 'revision', value: revision },
      { name: 'namespace', value: 'default' },
    ],
    weightObjRef: {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      namespace: 'default',
      name: 'sample-app',
      fieldPath: `.spec.traffic[${trafficIndex}].percent`,
    },
  };
}

const cluster = new MemoryKubernetesApi();
const api: KubernetesApi = cluster;

beforeEach(() => {
  cluster.put(sampleApp());
  cluster.put(MOCK_LATENCY);
});
afterEach(() => cluster.failWith(undefined));

describe('fillVersionInfo (pure)', () => {
  it('adds the namespace variable and, for a Canary, the weightObjRef of each version', () => {
    const filled = fillVersionInfo(canary('x'), sampleApp());
    if (!('experiment' in filled)) throw new Error(filled.failure);
    expect(filled.experiment.spec.versionInfo).toEqual({
      baseline: filledVersion('current', 'sample-app-v1', 0),
      // v2 has no spec.traffic entry of its own: it is served as the latest revision.
      candidates: [filledVersion('candidate', 'sample-app-v2', 1)],
    });
    expect(filled.summary).toBe(
      'knative service default/sample-app is ready; current -> sample-app-v1 (.spec.traffic[0].percent), candidate -> sample-app-v2 (.spec.traffic[1].percent)',
    );
  });

  it('keeps what a version already has, and gives a Conformance experiment no weightObjRef', async () => {
    const mirroring = parse(
      await fs.readFile(path.join(projectRoot, 'samples/mirroring/experiment.yaml'), 'utf8'),
    ) as Experiment;
    const filled = fillVersionInfo(mirroring, sampleApp());
    if (!('experiment' in filled)) throw new Error(filled.failure);
    expect(filled.experiment.spec.versionInfo?.baseline).toEqual({
      name: 'current',
      variables: [
        { name: 'revision', value: 'sample-app-v2' },
        { name: 'namespace', value: 'default' },
      ],
    });
    const preset = canary('y');
    preset.spec.versionInfo!.baseline.variables!.push({ name: 'namespace', value: 'elsewhere' });
    preset.spec.versionInfo!.baseline.weightObjRef = { name: 'other', fieldPath: '.spec.x' };
    const kept = fillVersionInfo(preset, sampleApp());
    if (!('experiment' in kept)) throw new Error(kept.failure);
    expect(kept.experiment.spec.versionInfo?.baseline.weightObjRef).toEqual({ name: 'other', fieldPath: '.spec.x' });
    expect(kept.experiment.spec.versionInfo?.baseline.variables?.filter((v) => v.name === 'namespace')).toEqual([
      { name: 'namespace', value: 'elsewhere' },
    ]);
  });

  it('fails naming the revision and what the Service serves', () => {
    const wrong = canary('z');
    wrong.spec.versionInfo!.candidates![0]!.variables = [{ name: 'revision', value: 'sample-app-v9' }];
    expect(fillVersionInfo(wrong, sampleApp())).toEqual({
      failure:
        'revision sample-app-v9 (version candidate) is not in the traffic of knative service default/sample-app (status.traffic has: sample-app-v1, sample-app-v2)',
    });
  });
});

describe('KnativeTaskRunner', () => {
  it('waits for the Service to become Ready, then fills the versions in', async () => {
    cluster.put(sampleApp('Unknown'));
    let gets = 0;
    const off = cluster.onRequest((info) => {
      if (info.verb === 'get' && info.resource === 'services' && ++gets === 3) cluster.put(sampleApp('True'));
    });
    try {
      const runner = new KnativeTaskRunner(api, { readyTimeoutMs: 5000, pollMs: 20 });
      const started = await runner.runStart(canary('wait'));
      expect(started.reports).toEqual([
        { task: 'knative/init-experiment', outcome: 'done', message: expect.stringContaining('is ready') },
      ]);
      expect(gets).toBe(3);
      expect(started.experiment.spec.versionInfo?.candidates?.[0]?.weightObjRef?.fieldPath).toBe(
        '.spec.traffic[1].percent',
      );
    } finally {
      off();
    }
  });

  it("fails with Iter8's message when the Service stays not Ready, and says when it does not exist", async () => {
    cluster.put(sampleApp('False'));
    const runner = new KnativeTaskRunner(api, { readyTimeoutMs: 150, pollMs: 30 });
    const notReady = await runner.runStart(canary('never'));
    expect(notReady.reports).toEqual([
      {
        task: 'knative/init-experiment',
        outcome: 'failed',
        message: 'knative service is not ready: knative service default/sample-app: Ready is False',
      },
    ]);
    const missing = await runner.runStart({
      ...canary('gone'),
      spec: { ...canary('gone').spec, target: 'default/no-app' },
    });
    expect(missing.reports[0]).toMatchObject({
      outcome: 'failed',
      message: 'knative service default/no-app not found',
    });
    const badTarget = await runner.runStart({ ...canary('bad'), spec: { ...canary('bad').spec, target: 'no-slash' } });
    expect(badTarget.reports[0]?.message).toBe('unable to parse target into name and namespace of the ksvc');
  });

  it('re-derives on later ticks without waiting, and only reports (never fails) when it cannot', async () => {
    cluster.put(sampleApp('False'));
    const runner = new KnativeTaskRunner(api, { readyTimeoutMs: 60_000 });
    const prepared = await runner.prepare(canary('later'));
    expect(prepared.reports).toEqual([]);
    expect(prepared.experiment.spec.versionInfo?.baseline.weightObjRef?.fieldPath).toBe('.spec.traffic[0].percent');
    cluster.remove(KSVC, 'default', 'sample-app');
    const gone = await runner.prepare(canary('later'));
    expect(gone.reports).toEqual([
      {
        task: 'knative/init-experiment',
        outcome: 'skipped',
        message: 'not re-derived this tick: knative service default/sample-app not found',
      },
    ]);
  });

  it('leaves an unreachable API server to the platform (transient)', async () => {
    cluster.failWith(() => ({ status: 503 }));
    await expect(new KnativeTaskRunner(api, { readyTimeoutMs: 0 }).runStart(canary('down'))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});

describe('KnativeTrafficController', () => {
  const filled = (): Experiment => {
    const result = fillVersionInfo(canary('weights'), sampleApp());
    if (!('experiment' in result)) throw new Error(result.failure);
    return result.experiment;
  };

  it('turns field paths into JSON pointers', () => {
    expect(toJsonPointer(parseFieldPath('.spec.traffic[1].percent'))).toBe('/spec/traffic/1/percent');
    expect(() => parseFieldPath('spec.traffic')).toThrow(/fields and indexes/);
    expect(() => parseFieldPath('.spec.traffic[?(@.tag=="x")].percent')).toThrow();
  });

  it('observes the weights, and applies a change as ONE JSON patch per Service, then reads them back', async () => {
    const traffic = new KnativeTrafficController(api);
    const experiment = filled();
    expect(await traffic.observe(experiment)).toEqual({
      kind: 'observed',
      weights: [
        { name: 'current', value: 100 },
        { name: 'candidate', value: 0 },
      ],
    });
    const start = cluster.requests.length;
    const shift = await traffic.apply(
      experiment,
      [
        { name: 'current', value: 80 },
        { name: 'candidate', value: 20 },
      ],
      [
        { name: 'current', value: 100 },
        { name: 'candidate', value: 0 },
      ],
    );
    expect(shift).toEqual({
      patched: ['default/sample-app'],
      observed: [
        { name: 'current', value: 80 },
        { name: 'candidate', value: 20 },
      ],
    });
    const patches = cluster.requests.slice(start).filter((r) => r.method === 'PATCH');
    expect(patches).toEqual([
      expect.objectContaining({
        path: '/apis/serving.knative.dev/v1/namespaces/default/services/sample-app',
        contentType: 'application/json-patch+json',
        body: [
          { op: 'add', path: '/spec/traffic/0/percent', value: 80 },
          { op: 'add', path: '/spec/traffic/1/percent', value: 20 },
        ],
      }),
    ]);
    // Nothing to change: no patch at all.
    const again = cluster.requests.length;
    expect(
      (
        await traffic.apply(
          experiment,
          [
            { name: 'current', value: 80 },
            { name: 'candidate', value: 20 },
          ],
          [
            { name: 'current', value: 80 },
            { name: 'candidate', value: 20 },
          ],
        )
      ).patched,
    ).toEqual([]);
    expect(cluster.requests.slice(again).filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('reports a failed patch instead of throwing', async () => {
    cluster.failWith((info) =>
      info.verb === 'patch' ? { status: 422, message: 'traffic targets sum to 110, want 100' } : undefined,
    );
    const shift = await new KnativeTrafficController(api).apply(
      filled(),
      [
        { name: 'current', value: 90 },
        { name: 'candidate', value: 20 },
      ],
      [
        { name: 'current', value: 100 },
        { name: 'candidate', value: 0 },
      ],
    );
    expect(shift.patched).toEqual([]);
    expect(shift.error).toBe(
      'PATCH services.serving.knative.dev default/sample-app: 422 Invalid: traffic targets sum to 110, want 100',
    );
    expect(shift.observed).toEqual([
      { name: 'current', value: 100 },
      { name: 'candidate', value: 0 },
    ]);
  });

  it('gives the one version without a weightObjRef the rest, in its own place', async () => {
    const experiment = filled();
    delete experiment.spec.versionInfo!.baseline.weightObjRef;
    cluster.put({
      ...sampleApp(),
      spec: {
        traffic: [
          { revisionName: 'sample-app-v1', percent: 70 },
          { latestRevision: true, percent: 30 },
        ],
      },
    });
    expect(await new KnativeTrafficController(api).observe(experiment)).toEqual({
      kind: 'observed',
      weights: [
        { name: 'current', value: 70 },
        { name: 'candidate', value: 30 },
      ],
    });
  });

  it('calls a weightObjRef it cannot use invalid', async () => {
    const experiment = filled();
    experiment.spec.versionInfo!.baseline.weightObjRef = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'x',
      fieldPath: '.spec.replicas',
    };
    expect(await new KnativeTrafficController(api).observe(experiment)).toEqual({
      kind: 'invalid',
      message:
        'version current: weightObjRef points at apps/v1 Deployment; iter8fn shifts traffic on serving.knative.dev/v1 Services only',
    });
    cluster.remove(KSVC, 'default', 'sample-app');
    expect(await new KnativeTrafficController(api).observe(filled())).toEqual({
      kind: 'invalid',
      message: 'knative service default/sample-app not found',
    });
  });
});

describe('a Canary experiment shifting traffic through the handler', () => {
  let now = Date.parse('2026-11-21T10:00:00Z');
  const handler = () =>
    createHandler(
      clusterSource(api, readFunctionConfig({ ITER8FN_READY_TIMEOUT_SECONDS: '1' })),
      clusterHandlerOptions(readFunctionConfig({}), { clock: () => now, log: () => undefined }),
    );
  let sequence = 0;
  const ping = (experiment: string) => ({
    cloudevent: {
      id: `ping-${++sequence}`,
      type: 'dev.knative.sources.ping',
      source: '/apis/v1/namespaces/iter8-system/pingsources/p',
      specversion: '1.0',
      data: { experiment },
    },
  });
  const summaryOf = (reply: unknown): TickSummary => {
    const r = reply as { data?: TickSummary; body?: TickSummary };
    return (r.data ?? r.body) as TickSummary;
  };
  const ksvcPatches = () => cluster.requestsMatching('PATCH', /\/services\/sample-app$/).length;

  it('shifts weights once per counted iteration, once however many deliveries race, and records what the cluster holds', async () => {
    cluster.put(canary('shift') as unknown as KubeObject);
    const handle = handler();
    const patchesBefore = ksvcPatches();
    const first = summaryOf(await handle({}, ping('default/shift').cloudevent));
    expect(first).toMatchObject({ result: 'iterated', iteration: 1 });
    expect(first.tasks).toEqual([expect.objectContaining({ task: 'knative/init-experiment', outcome: 'done' })]);
    expect(first.weights).toEqual({
      recommended: [
        { name: 'current', value: 90 },
        { name: 'candidate', value: 10 },
      ],
      patched: ['default/sample-app'],
      observed: [
        { name: 'current', value: 90 },
        { name: 'candidate', value: 10 },
      ],
    });
    expect(cluster.stored(KSVC, 'default', 'sample-app')?.spec).toMatchObject({
      traffic: [{ percent: 90 }, { percent: 10 }],
    });
    expect(cluster.stored('experiments.iter8.tools', 'default', 'shift')?.status).toMatchObject({
      completedIterations: 1,
      currentWeightDistribution: [
        { name: 'current', value: 90 },
        { name: 'candidate', value: 10 },
      ],
    });
    // The spec is never written: the weightObjRefs are derived again on each tick.
    expect(cluster.stored('experiments.iter8.tools', 'default', 'shift')?.spec).toEqual(canary('shift').spec);

    now += 10_000;
    const replies = await Promise.all(Array.from({ length: 20 }, () => handle({}, ping('default/shift').cloudevent)));
    const results = replies.map((r) => summaryOf(r).result).sort();
    expect(results.filter((r) => r === 'iterated')).toHaveLength(1);
    expect(results.filter((r) => r === 'not-due')).toHaveLength(19);
    expect(cluster.stored('experiments.iter8.tools', 'default', 'shift')?.status).toMatchObject({
      completedIterations: 2,
    });
    expect(ksvcPatches() - patchesBefore).toBe(2);
    expect(cluster.stored(KSVC, 'default', 'sample-app')?.spec).toMatchObject({
      traffic: [{ percent: 80 }, { percent: 20 }],
    });
  });

  it('reports a weight patch the API server refuses in the reply and in the status, and keeps going', async () => {
    cluster.put(canary('refused') as unknown as KubeObject);
    const handle = handler();
    cluster.failWith((info) =>
      info.verb === 'patch' && info.resource === 'services'
        ? { status: 500, message: 'admission webhook "validation.webhook.serving.knative.dev" denied the request' }
        : undefined,
    );
    const reply = summaryOf(await handle({}, ping('default/refused').cloudevent));
    expect(reply).toMatchObject({ result: 'iterated', iteration: 1 });
    expect(reply.weights?.error).toContain('denied the request');
    const status = cluster.stored('experiments.iter8.tools', 'default', 'refused')?.status as ExperimentStatus;
    expect(status.message).toMatch(
      /^WeightRedistributionFailed: Completed Iteration 1; weights not applied: PATCH services.serving.knative.dev default\/sample-app: 500/,
    );
    expect(status.analysis?.weights?.message).toMatch(/^Error: weights not applied: PATCH/);
    expect(status.currentWeightDistribution).toEqual([
      { name: 'current', value: 100 },
      { name: 'candidate', value: 0 },
    ]);
    cluster.failWith(undefined);
    now += 10_000;
    const next = summaryOf(await handle({}, ping('default/refused').cloudevent));
    expect(next).toMatchObject({ result: 'iterated', iteration: 2, weights: { patched: ['default/sample-app'] } });
    expect(
      (cluster.stored('experiments.iter8.tools', 'default', 'refused')?.status as { message?: string }).message,
    ).toBe('IterationUpdate: Completed Iteration 2');
  });

  it('leaves traffic alone for Conformance and FixedSplit experiments', async () => {
    cluster.put(
      canary('fixed', {
        strategy: {
          testingPattern: 'Canary',
          deploymentPattern: 'FixedSplit',
          actions: { start: [{ task: 'knative/init-experiment' }] },
        },
      }) as unknown as KubeObject,
    );
    const before = ksvcPatches();
    const reply = summaryOf(
      await createHandler(
        clusterSource(api, readFunctionConfig({})),
        clusterHandlerOptions(readFunctionConfig({}), { clock: () => now, log: () => undefined }),
      )({}, ping('default/fixed').cloudevent),
    );
    expect(reply.result).toBe('iterated');
    expect(ksvcPatches()).toBe(before);
    // Observed, not shifted.
    expect(
      (cluster.stored('experiments.iter8.tools', 'default', 'fixed')?.status as { currentWeightDistribution?: unknown })
        .currentWeightDistribution,
    ).toEqual([
      { name: 'current', value: 100 },
      { name: 'candidate', value: 0 },
    ]);
  });
});
