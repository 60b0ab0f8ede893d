// The operator's allowlist of metric URLs (FetchOptions.allowedUrls). A Metric's URL is written by
// whoever writes Metrics; the allowlist decides where iter8fn may send requests (and credentials).
// A refused metric sends nothing, and fails the experiment at once with MetricURLRefused: retrying
// cannot make a URL allowed.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseExperiment } from '../../src/experiment/parse.js';
import type { Experiment, Metric, MetricSnapshot } from '../../src/experiment/types.js';
import { getCondition } from '../../src/iteration/conditions.js';
import { OfflineTaskRunner } from '../../src/iteration/tasks.js';
import { runTick } from '../../src/iteration/tick.js';
import { InMemoryMetricCatalog } from '../../src/metrics/catalog.js';
import { fetchIterationValues } from '../../src/metrics/fetch.js';
import { PROMETHEUS_JQ } from '../../src/metrics/knative.js';
import { UrlAllowlist, UrlAllowlistError } from '../../src/util/url-allowlist.js';
import { MemoryExperimentStore } from '../support/memory-store.js';
import { MisbehavingBackend, prometheusAnswer, vector } from '../support/misbehaving-backend.js';

describe('UrlAllowlist', () => {
  const allowlist = UrlAllowlist.parse(['http://prometheus.monitoring:9090/api/v1', 'https://metrics.example.com/']);
  const allows = (url: string) => allowlist.allows(new URL(url));

  it('allows URLs below a listed prefix, whatever their query string', () => {
    expect(allows('http://prometheus.monitoring:9090/api/v1/query?query=up')).toBe(true);
    expect(allows('http://prometheus.monitoring:9090/api/v1')).toBe(true);
    expect(allows('HTTP://Prometheus.Monitoring:9090/api/v1/query')).toBe(true);
    expect(allows('https://metrics.example.com:443/anything/at/all')).toBe(true);
  });

  it('requires scheme, host and port to match exactly', () => {
    expect(allows('https://prometheus.monitoring:9090/api/v1/query')).toBe(false);
    expect(allows('http://prometheus.monitoring:9091/api/v1/query')).toBe(false);
    expect(allows('http://prometheus.monitoring/api/v1/query')).toBe(false);
    expect(allows('http://prometheus.monitoring.evil.example:9090/api/v1/query')).toBe(false);
    expect(allows('http://metrics.example.com/anything')).toBe(false);
  });

  it('matches paths by whole segments, after the URL parser has resolved dot segments', () => {
    expect(allows('http://prometheus.monitoring:9090/api/v1-admin/query')).toBe(false);
    expect(allows('http://prometheus.monitoring:9090/api/v2/query')).toBe(false);
    expect(allows('http://prometheus.monitoring:9090/api/v1/../../admin')).toBe(false);
    expect(allows('http://prometheus.monitoring:9090/api/v1/%2e%2e/%2e%2e/admin')).toBe(false);
    expect(allows('http://prometheus.monitoring:9090/api/v1/..%2f..%2fadmin')).toBe(false);
  });

  it('is not fooled by credentials in the URL', () => {
    expect(allows('http://prometheus.monitoring:9090@evil.example/api/v1/query')).toBe(false);
    expect(allows('http://user:pw@prometheus.monitoring:9090/api/v1/query')).toBe(true);
  });

  it('refuses entries that are not absolute http(s) URL prefixes, naming them', () => {
    expect(() => UrlAllowlist.parse(['prometheus:9090'])).toThrow(UrlAllowlistError);
    expect(() => UrlAllowlist.parse(['/api/v1'])).toThrow('allowed metric URL "/api/v1" is not an absolute URL');
    expect(() => UrlAllowlist.parse(['file:///etc/passwd'])).toThrow('must be http or https');
    expect(() => UrlAllowlist.parse(['http://p:9090/api?x=1'])).toThrow('must name scheme, host, port and path only');
  });

  it('allows nothing when the list is empty', () => {
    expect(UrlAllowlist.parse([]).allows(new URL('http://prometheus.monitoring:9090/api/v1/query'))).toBe(false);
  });

  it('never allows a URL whose origin is not listed (numRuns 1000)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (text) => {
        const url = new URL(text);
        const listed =
          url.origin === 'http://prometheus.monitoring:9090' || url.origin === 'https://metrics.example.com';
        if (!listed) expect(allowlist.allows(url)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a metric whose URL is not allowed', () => {
  let backend: MisbehavingBackend;
  beforeAll(async () => {
    backend = await MisbehavingBackend.start();
    backend.behaviour = prometheusAnswer(vector(['7']));
  });
  afterAll(async () => {
    await backend.close();
  });

  // The query string carries a token: a refusal must name the origin, never the query.
  const metric = (): Metric => ({
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Metric',
    metadata: { name: 'latency', namespace: 'default' },
    spec: {
      type: 'Gauge',
      params: [
        { name: 'query', value: "avg(latency{revision_name='$revision'})" },
        { name: 'api_key', value: 'k-123-query-secret' },
      ],
      jqExpression: PROMETHEUS_JQ,
      urlTemplate: backend.queryUrl,
    },
  });
  const experiment: Experiment = {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'elsewhere', namespace: 'default' },
    spec: {
      target: 'default/app',
      strategy: { testingPattern: 'Conformance' },
      criteria: { objectives: [{ metric: 'latency', upperLimit: 100 }] },
      duration: { intervalSeconds: 5, iterationsPerLoop: 3 },
      versionInfo: { baseline: { name: 'current' } },
    },
  };

  it('is fetched when its URL is on the list', async () => {
    backend.requests.length = 0;
    const snapshots: MetricSnapshot[] = [{ name: 'latency', metricObj: metric() }];
    const values = await fetchIterationValues(experiment, snapshots, Date.now(), {
      allowedUrls: [`${backend.origin}/api/v1`],
    });
    expect(values.get('default/latency')?.get('current')).toEqual({ kind: 'value', value: 7 });
    expect(backend.requests).toHaveLength(1);
  });

  it('is refused without a request, naming the metric, the version and the origin only', async () => {
    backend.requests.length = 0;
    const snapshots: MetricSnapshot[] = [{ name: 'latency', metricObj: metric() }];
    const values = await fetchIterationValues(experiment, snapshots, Date.now(), {
      allowedUrls: ['http://prometheus-operated.iter8-system:9090/api/v1', `${backend.origin}/federate`],
    });
    const outcome = values.get('default/latency')?.get('current');
    expect(outcome).toEqual({
      kind: 'refused',
      reason: 'MetricURLRefused',
      message: `metric default/latency (version current): refused to query ${backend.origin}: the metric's URL is not among the allowed metric URLs`,
    });
    expect(backend.requests).toHaveLength(0);
  });

  it('fails the experiment on the first tick with MetricURLRefused, and never retries', async () => {
    backend.requests.length = 0;
    const store = new MemoryExperimentStore(experiment);
    let now = Date.parse('2026-05-01T10:00:00Z');
    const deps = {
      catalog: new InMemoryMetricCatalog([metric()]),
      tasks: new OfflineTaskRunner(),
      fetch: { allowedUrls: ['http://prometheus-operated.iter8-system:9090/api/v1'] },
      errorLimit: 5,
      clock: () => now,
    };
    const result = await runTick(store, deps);
    expect(result).toMatchObject({
      kind: 'stepped',
      step: { outcome: { kind: 'experiment-failed', reason: 'MetricURLRefused' } },
    });
    const status = store.experiment.status;
    expect(status?.stage).toBe('Completed');
    expect(status?.completedIterations).toBe(0);
    expect(status?.metricErrors).toBeUndefined();
    expect(getCondition(status, 'Failed')).toMatchObject({ status: 'True', reason: 'MetricURLRefused' });
    expect(status?.message).toBe(
      `MetricURLRefused: metric default/latency (version current): refused to query ${backend.origin}: the metric's URL is not among the allowed metric URLs`,
    );
    // The Metric's own params are in the status.metrics snapshot; no message repeats the query string.
    expect(JSON.stringify([status?.message, status?.conditions])).not.toContain('k-123-query-secret');
    expect(() => parseExperiment(store.experiment)).not.toThrow();

    now += 60_000;
    expect((await runTick(store, deps)).kind).toBe('already-completed');
    expect(backend.requests).toHaveLength(0);
  });
});
