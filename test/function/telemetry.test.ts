// The function's metrics for Grafana, scraped from the real /metrics of the built function (run as
// `npm start` runs it) after real ticks: iterations by result, each metric's value beside its
// objective's limit, metric backend errors, tick durations. And config/grafana/iter8fn.json draws
// only metrics the function exports.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { quantityToNumber } from '../../src/experiment/quantity.js';
import type { ExperimentStatus } from '../../src/experiment/types.js';
import { METRIC_NAMES } from '../../src/function/telemetry.js';
import {
  EXPERIMENT_RESOURCE,
  removeKubeconfig,
  sampleExperiment,
  sampleService,
  startFunctionKube,
  startSampleMetrics,
  writeFunctionKubeconfig,
} from '../support/function-cluster.js';
import type { FunctionProcess } from '../support/function-process.js';
import { deliver, freePort, pingEvent, projectRoot, startFunctionProcess } from '../support/function-process.js';
import type { KubeApiServer } from '../support/kube-api-server.js';
import type { KnativeFixture } from '../support/prometheus.js';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, one sample per line (HELP and TYPE lines give the names exported). */
function parseExposition(text: string): { samples: Sample[]; families: Set<string> } {
  const samples: Sample[] = [];
  const families = new Set<string>();
  for (const line of text.split('\n')) {
    const declared = /^# TYPE (\S+) /.exec(line);
    if (declared?.[1]) families.add(declared[1]);
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample?.[1] || line.startsWith('#')) continue;
    const labels: Record<string, string> = {};
    for (const match of (sample[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[match[1]!] = match[2]!;
    samples.push({ name: sample[1], labels, value: Number(sample[3]) });
  }
  return { samples, families };
}

function find(samples: Sample[], name: string, labels: Record<string, string>): Sample[] {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}

let fixture: KnativeFixture;
let kube: KubeApiServer;
let kubeconfig: string;
let healthy: FunctionProcess;
let broken: FunctionProcess;

beforeAll(async () => {
  fixture = await startSampleMetrics(60_000);
  kube = await startFunctionKube();
  kubeconfig = await writeFunctionKubeconfig(kube);
  for (const namespace of ['grafana', 'grafana-broken']) {
    kube.put(sampleService(namespace));
    kube.put(sampleExperiment({ name: 'seed', namespace, intervalSeconds: 1, iterationsPerLoop: 3, maxLoops: 1 }));
  }
  const env = { ITER8FN_READY_TIMEOUT_SECONDS: '1' };
  healthy = await startFunctionProcess({ kubeconfig, env: { ...env, ITER8FN_PROMETHEUS_URL: fixture.prometheus.url } });
  // Nothing listens on this port: every query is refused, a metric backend error.
  broken = await startFunctionProcess({
    kubeconfig,
    env: { ...env, ITER8FN_PROMETHEUS_URL: `http://127.0.0.1:${await freePort()}` },
  });
  await Promise.all([healthy.ready, broken.ready]);
}, 90_000);

afterAll(async () => {
  await Promise.all([healthy?.stop(), broken?.stop()]);
  await fixture?.stop();
  await kube?.close();
  if (kubeconfig) await removeKubeconfig(kubeconfig);
});

async function scrape(fn: FunctionProcess) {
  const response = await fetch(`${fn.url}metrics`);
  expect(response.status).toBe(200);
  return parseExposition(await response.text());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the function on /metrics', () => {
  it('exports iterations by result and each value beside its limit, per experiment, version and metric', async () => {
    const tick = () => deliver(healthy.url, pingEvent({ experiment: 'grafana/seed' }));
    expect((await tick()).status).toBe(200);
    // The queries read the window since the start ($elapsedTime); a few seconds hold a few scrapes.
    await sleep(3000);
    expect((await tick()).status).toBe(200);
    // The same tick again: not due, so no iteration is counted.
    expect((await tick()).status).toBe(200);
    const { samples } = await scrape(healthy);

    const experiment = { experiment: 'grafana/seed' };
    const iterated = find(samples, METRIC_NAMES.iterations, { ...experiment, result: 'iterated' });
    expect(iterated.map((s) => s.value)).toEqual([2]);
    // The runtime's own labels come along: these series are in the registry it serves.
    const runtimeLabels = find(samples, 'faas_invocations', {})[0]?.labels;
    expect(runtimeLabels?.faas_runtime).toBeDefined();
    expect(iterated[0]?.labels).toMatchObject(runtimeLabels ?? { missing: 'faas_invocations' });

    const status = kube.get(EXPERIMENT_RESOURCE, 'grafana', 'seed')?.status as ExperimentStatus;
    expect(status.completedIterations).toBe(2);
    const aggregated = status.analysis?.aggregatedMetrics?.data ?? {};
    const objectiveMetrics = [
      ['iter8-knative/mean-latency', 50],
      ['iter8-knative/95th-percentile-tail-latency', 100],
      ['iter8-knative/error-rate', 0.01],
    ] as const;
    for (const [metric, limit] of objectiveMetrics) {
      const labels = { ...experiment, version: 'current', metric };
      const recorded = aggregated[metric]?.data.current?.value;
      expect(recorded).toBeDefined();
      expect(find(samples, METRIC_NAMES.value, labels).map((s) => s.value)).toEqual([quantityToNumber(recorded!)]);
      expect(find(samples, METRIC_NAMES.limit, { ...labels, limit: 'upper' }).map((s) => s.value)).toEqual([limit]);
    }
    // request-count is measured but limits nothing.
    expect(find(samples, METRIC_NAMES.limit, { metric: 'iter8-knative/request-count' })).toEqual([]);
    const ticks = find(samples, `${METRIC_NAMES.tickDuration}_count`, {});
    expect(ticks.reduce((sum, s) => sum + s.value, 0)).toBe(3);
    expect(find(samples, `${METRIC_NAMES.tickDuration}_count`, { result: 'not-due' }).map((s) => s.value)).toEqual([1]);
  }, 60_000);

  it('counts metric backend errors by metric and version', async () => {
    const reply = await deliver(broken.url, pingEvent({ experiment: 'grafana-broken/seed' }));
    expect(reply.status).toBe(503);
    const { samples } = await scrape(broken);
    const errors = find(samples, METRIC_NAMES.backendErrors, { experiment: 'grafana-broken/seed', version: 'current' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.value).toBe(1);
    expect(errors[0]?.labels.metric).toMatch(/^iter8-knative\//);
    expect(find(samples, METRIC_NAMES.iterations, { result: 'errored' }).map((s) => s.value)).toEqual([1]);
  }, 30_000);
});

describe('config/grafana/iter8fn.json', () => {
  it('queries only metrics the function exports', async () => {
    const dashboard = JSON.parse(readFileSync(path.join(projectRoot, 'config/grafana/iter8fn.json'), 'utf8')) as {
      panels: Array<{ targets?: Array<{ expr: string }> }>;
      templating: { list: Array<{ definition?: string }> };
    };
    const queries = [
      ...dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((t) => t.expr)),
      ...dashboard.templating.list.flatMap((variable) => (variable.definition ? [variable.definition] : [])),
    ];
    expect(queries.length).toBeGreaterThanOrEqual(7);
    const { families } = await scrape(healthy);
    for (const query of queries) {
      const named = [...query.matchAll(/\b(iter8fn_\w+)/g)].map((m) => m[1]!);
      expect(named.length).toBeGreaterThan(0);
      for (const name of named) {
        // A histogram's series are <name>_bucket, _sum and _count.
        const family = name.replace(/_(bucket|sum|count)$/, '');
        expect({ query, exported: families.has(name) || families.has(family) }).toEqual({ query, exported: true });
      }
    }
  }, 30_000);
});
