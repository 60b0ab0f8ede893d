// The function on today's stack: revisions exporting Knative 1.21's OTel series (labels promoted), a
// real Prometheus, the test API server with the shipped RBAC. The built-in names find their pack
// by themselves, a dark revision without traffic is named against the Service's live revision,
// a Metric naming another host is queried there (or refused), and `iter8fn doctor NS/NAME` reads
// the cluster without writing to it.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runDoctor } from '../../src/cli/doctor.js';
import { readResources } from '../../src/cli/read-resources.js';
import { firstValue } from '../../src/local/prometheus.js';
import type { KubeApiServer, KubeObject } from '../support/kube-api-server.js';
import { iter8KnativeQuery, startKnativeFixture, type KnativeFixture } from '../support/prometheus.js';
import {
  clock,
  ping,
  type Reply,
  removeTempDirs,
  sampleAppService,
  seedExperiment,
  serveFunction,
  startKube,
  statusOf,
  tempDir,
  TOKENS,
  type RunningFunction,
} from './harness.js';

let fixture: KnativeFixture;
let kube: KubeApiServer;
let fn: RunningFunction;
let prometheusPort: string;

/** The seed's Service, with a third revision that the route sends nothing to. */
function serviceWithIdleRevision(): KubeObject {
  const service = sampleAppService();
  const status = service.status as { traffic: Array<Record<string, unknown>> };
  status.traffic.push({ revisionName: 'sample-app-v3', percent: 0, latestRevision: false });
  return service;
}

function seedFor(name: string, revision: string): KubeObject {
  const experiment = seedExperiment(name);
  const spec = experiment.spec as { versionInfo: { baseline: { variables: Array<{ name: string; value: string }> } } };
  spec.versionInfo.baseline.variables = [{ name: 'revision', value: revision }];
  return experiment;
}

/** Two ticks one interval apart (the function's clock): the second has a 10 s window. */
async function tickTwice(name: string): Promise<Reply> {
  await ping(fn.port, { experiment: `default/${name}` });
  clock.advance(10_000);
  return ping(fn.port, { experiment: `default/${name}` });
}

beforeAll(async () => {
  fixture = await startKnativeFixture({
    stack: { knative: '1.21', metricsStyle: 'promoted' },
    revisions: [
      { name: 'sample-app-v1', rps: 8 },
      { name: 'sample-app-v2', rps: 4 },
      { name: 'sample-app-v3', rps: 0 },
    ],
  });
  prometheusPort = new URL(fixture.prometheus.url).port;
  kube = await startKube();
  kube.put(serviceWithIdleRevision());
  fn = await serveFunction(kube, TOKENS.cluster, {
    ITER8FN_PROMETHEUS_URL: fixture.prometheus.url,
    ITER8FN_READY_TIMEOUT_SECONDS: '1',
  });
  await fixture.prometheus.waitFor(
    'sum(kn_serving_invocation_duration_seconds_count{kn_revision_name="sample-app-v2"})',
    (r) => (firstValue(r) ?? 0) > 0,
    30_000,
  );
  // Two scrapes with requests, so increase() over the window has something to measure.
  await new Promise((resolve) => setTimeout(resolve, 2500));
}, 90_000);

afterAll(async () => {
  await fn?.close();
  await kube?.close();
  await fixture?.stop();
  await removeTempDirs();
});

describe('the function on Knative 1.21 series', () => {
  it('runs the seed experiment on the OTel series with no Metric written, recording the pack it found', async () => {
    expect(
      (await fixture.prometheus.query(iter8KnativeQuery('request-count', 'sample-app-v2', 30))).data?.result,
    ).toEqual([{ metric: {}, value: [expect.any(Number), '0'] }]);
    kube.put(seedFor('today', 'sample-app-v2'));
    const reply = await tickTwice('today');
    expect(reply).toMatchObject({ status: 200, body: { result: 'iterated', iteration: 2 } });
    expect(reply.body.verdicts?.current).toEqual(['satisfied', 'satisfied', 'satisfied']);
    const status = statusOf(kube, 'today');
    const mean = status?.metrics?.find((m) => m.name === 'iter8-knative/mean-latency');
    expect(mean?.metricObj.metadata.annotations?.['iter8fn.dev/metric-pack']).toBe('knative-invocation-promoted');
    expect(mean?.metricObj.metadata.annotations?.['iter8fn.dev/metric-pack-choice']).toMatch(
      /^knative-invocation-promoted: detected: kn_serving_invocation_duration_seconds_count \(with kn_revision_name\)/,
    );
    expect(mean?.metricObj.spec.urlTemplate).toBe(`${fixture.prometheus.url}/api/v1/query`);
    expect(mean?.metricObj.spec.params?.[0]?.value).toContain('kn_serving_invocation_duration_seconds_sum');
    expect(status?.analysis?.aggregatedMetrics?.message).toContain('metric pack knative-invocation-promoted: detected');
  }, 30_000);

  it("names a dark revision without traffic in the reply, the message and a condition, with the live revision's count", async () => {
    kube.put(seedFor('idle', 'sample-app-v3'));
    const reply = await tickTwice('idle');
    expect(reply.status).toBe(200);
    expect(reply.body.verdicts?.current).toEqual(['unavailable', 'unavailable', 'unavailable']);
    const text =
      /NoTraffic: version current \(revision sample-app-v3\) received no requests in the last \d+ s while the live revision did \(sample-app-v1 received \d+\); likely causes: the mirror does not reach it; on Istio >= 1\.28 .*DISABLE_SHADOW_HOST_SUFFIX=false.*scaled to zero/;
    expect(reply.body.message).toMatch(text);
    const status = statusOf(kube, 'idle');
    expect(status?.message).toMatch(text);
    expect(status?.conditions).toContainEqual(
      expect.objectContaining({ type: 'TrafficObserved', status: 'False', reason: 'NoTraffic' }),
    );
    // The live revision comes from the Service: v2 (percent 0) is not named although it has requests.
    expect(status?.message).not.toContain('sample-app-v2 received');
    // The values say why too, not just "unavailable".
    expect(status?.analysis?.aggregatedMetrics?.message).toContain(
      'iter8-knative/mean-latency is unavailable for version current: version current (revision sample-app-v3) received no requests',
    );
  }, 30_000);

  it('queries a Metric that names another host there when the allowlist admits it, and refuses it otherwise', async () => {
    const other = `http://localhost:${prometheusPort}`;
    kube.put({
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Metric',
      metadata: { name: 'thanos-requests', namespace: 'default' },
      spec: {
        type: 'Counter',
        provider: 'prometheus',
        params: [{ name: 'query', value: 'sum(up) or on() vector(0)' }],
        jqExpression: '.data.result[0].value[1] | tonumber',
        urlTemplate: `${other}/api/v1/query`,
      },
    });
    const withOther = (name: string): KubeObject => {
      const experiment = seedFor(name, 'sample-app-v2');
      (experiment.spec as { criteria: unknown }).criteria = {
        objectives: [{ metric: 'thanos-requests', lowerLimit: 1 }],
      };
      return experiment;
    };
    const admitting = await serveFunction(kube, TOKENS.cluster, {
      ITER8FN_PROMETHEUS_URL: fixture.prometheus.url,
      ITER8FN_ALLOWED_METRIC_URLS: `${fixture.prometheus.url}/api/v1,${other}/api/v1`,
      ITER8FN_READY_TIMEOUT_SECONDS: '1',
    });
    try {
      kube.put(withOther('elsewhere'));
      const reply = await ping(admitting.port, { experiment: 'default/elsewhere' });
      expect(reply.body).toMatchObject({ result: 'iterated', verdicts: { current: ['satisfied'] } });
      // Queried at its own URL, not redirected to ITER8FN_PROMETHEUS_URL; the status says where.
      expect(statusOf(kube, 'elsewhere')?.metrics?.[0]?.metricObj.spec.urlTemplate).toBe(`${other}/api/v1/query`);
    } finally {
      await admitting.close();
    }
    kube.put(withOther('refused'));
    const refused = await ping(fn.port, { experiment: 'default/refused' });
    expect(refused.body).toMatchObject({ result: 'failed' });
    expect(statusOf(kube, 'refused')?.conditions).toContainEqual(
      expect.objectContaining({ type: 'Failed', reason: 'MetricURLRefused' }),
    );
    expect(statusOf(kube, 'refused')?.message).toContain(`refused to query ${other}`);
  }, 30_000);

  it('doctor NS/NAME reads the cluster and Prometheus, names the idle revision, exits 1, and writes nothing', async () => {
    kube.put(seedFor('doctor-idle', 'sample-app-v3'));
    const kubeconfig = path.join(await tempDir(), 'kubeconfig');
    await fs.writeFile(kubeconfig, kube.kubeconfig(TOKENS.cluster));
    const lines: string[] = [];
    const before = kube.requests.length;
    const exit = await runDoctor({
      target: 'default/doctor-idle',
      prometheus: fixture.prometheus.url,
      print: (line) => lines.push(line),
      readResources,
      kubeconfig,
    });
    const output = lines.join('\n');
    expect(exit).toBe(1);
    expect(output).toContain('  reachable: yes');
    expect(output).toMatch(/packs whose series exist: knative-invocation-promoted/);
    expect(output).toMatch(/requests per version over \d+ s: current 0/);
    expect(output).toMatch(/query: .*kn_revision_name="sample-app-v3"/);
    expect(output).toMatch(
      /diagnosis: NoTraffic: version current \(revision sample-app-v3\) .*sample-app-v1 received \d+/,
    );
    const writes = kube.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
    expect(kube.requests.length).toBeGreaterThan(before);
  }, 30_000);
});
