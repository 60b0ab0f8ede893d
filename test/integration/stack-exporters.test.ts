// Each stack's exporters, read back from a real Prometheus: the exact series names, label sets,
// units and buckets that Knative (<= 1.18, the OTel histogram of 1.19+ in both label styles, the
// whole-seconds bug) and Istio write, and counts that match the requests the revisions answered.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PrometheusQueryResponse, PrometheusVectorElement } from '../../src/local/prometheus.js';
import { firstValue } from '../../src/local/prometheus.js';
import type { StackChoice } from '../../src/local/stack.js';
import { startKnativeFixture, type KnativeFixture, type TrafficStats } from '../support/prometheus.js';

const LATENCY_MS = 60;
const ERROR_RATE = 0.25;

const OTEL_BUCKETS = [
  '0.005',
  '0.01',
  '0.025',
  '0.05',
  '0.075',
  '0.1',
  '0.25',
  '0.5',
  '0.75',
  '1',
  '2.5',
  '5',
  '7.5',
  '10',
  '+Inf',
];
const LEGACY_BUCKETS = [
  '5',
  '10',
  '20',
  '40',
  '60',
  '80',
  '100',
  '150',
  '200',
  '250',
  '300',
  '350',
  '400',
  '450',
  '500',
  '600',
  '700',
  '800',
  '900',
  '1000',
  '2000',
  '5000',
  '10000',
  '20000',
  '50000',
  '100000',
  '+Inf',
];
const ISTIO_BUCKETS = [
  '0.5',
  '1',
  '5',
  '10',
  '25',
  '50',
  '100',
  '250',
  '500',
  '1000',
  '2500',
  '5000',
  '10000',
  '30000',
  '60000',
  '300000',
  '600000',
  '1800000',
  '3600000',
  '+Inf',
];

/** A mean latency in ms: at least the injected latency, and not much more on an idle loopback. */
function expectInjectedLatency(meanMs: number | undefined): void {
  expect(meanMs).toBeGreaterThanOrEqual(LATENCY_MS);
  expect(meanMs).toBeLessThan(LATENCY_MS + 40);
}

function vector(response: PrometheusQueryResponse): PrometheusVectorElement[] {
  return response.data?.resultType === 'vector' ? (response.data.result as PrometheusVectorElement[]) : [];
}

function answered(stats: TrafficStats, revision: string): number {
  return Object.values(stats.byStatus[revision] ?? {}).reduce((a, b) => a + b, 0);
}

/** Runs a short burst of traffic, then waits until Prometheus has scraped all of it. */
async function played(
  stack: StackChoice,
  ...settledQueries: Array<(revision: string) => string>
): Promise<{ fixture: KnativeFixture; stats: TrafficStats }> {
  const fixture = await startKnativeFixture({
    stack,
    revisions: [
      { name: 'sample-app-v1', rps: 20 },
      { name: 'sample-app-v2', rps: 10, faults: { latencyMs: LATENCY_MS, errorRate: ERROR_RATE } },
    ],
    traffic: { maxDurationMs: 2500 },
  });
  const stats = await fixture.traffic()!.done;
  for (const revision of ['sample-app-v1', 'sample-app-v2']) {
    const expected = answered(stats, revision);
    // Every target (queue-proxy, sidecar, gateway) scraped after the last request.
    for (const settledQuery of settledQueries) {
      await fixture.prometheus.waitFor(settledQuery(revision), (r) => firstValue(r) === expected, 15000);
    }
  }
  return { fixture, stats };
}

async function names(fixture: KnativeFixture): Promise<string[]> {
  const response = await fixture.prometheus.query('count by (__name__) ({__name__=~".+", __name__!~"up|scrape_.+"})');
  return vector(response)
    .map((e) => e.metric['__name__'] ?? '')
    .sort();
}

async function buckets(fixture: KnativeFixture, selector: string): Promise<string[]> {
  const response = await fixture.prometheus.query(`count by (le) (${selector})`);
  return vector(response)
    .map((e) => e.metric['le'] ?? '')
    .sort((a, b) => Number(a.replace('+Inf', 'Infinity')) - Number(b.replace('+Inf', 'Infinity')));
}

async function value(fixture: KnativeFixture, promql: string): Promise<number | undefined> {
  return firstValue(await fixture.prometheus.query(promql));
}

/** The value of `promql` once it reaches `expected` (other targets may lag by a scrape); fails after 10 s. */
async function settled(fixture: KnativeFixture, promql: string, expected: number): Promise<number | undefined> {
  const response = await fixture.prometheus
    .waitFor(promql, (r) => firstValue(r) === expected, 10000)
    .catch(() => fixture.prometheus.query(promql));
  return firstValue(response);
}

describe('Knative 1.18 and Istio', () => {
  let fixture: KnativeFixture;
  let stats: TrafficStats;
  beforeAll(async () => {
    ({ fixture, stats } = await played(
      { knative: '1.18', istioTelemetry: true },
      (r) => `sum(revision_app_request_latencies_count{revision_name="${r}"})`,
      (r) => `sum(istio_requests_total{reporter="destination",destination_workload="${r}-deployment"})`,
      (r) => `sum(istio_requests_total{reporter="source",destination_service_name="${r}"})`,
    ));
  }, 40000);
  afterAll(() => fixture?.stop());

  it('writes the queue-proxy series of Knative <= 1.18 in ms, and Istio standard metrics', async () => {
    expect(await names(fixture)).toEqual([
      'istio_request_duration_milliseconds_bucket',
      'istio_request_duration_milliseconds_count',
      'istio_request_duration_milliseconds_sum',
      'istio_requests_total',
      'revision_app_request_count',
      'revision_app_request_latencies_bucket',
      'revision_app_request_latencies_count',
      'revision_app_request_latencies_sum',
    ]);
    expect(await buckets(fixture, 'revision_app_request_latencies_bucket')).toEqual(LEGACY_BUCKETS);
    const series = vector(
      await fixture.prometheus.query('revision_app_request_count{revision_name="sample-app-v2",response_code="200"}'),
    );
    expect(series).toHaveLength(1);
    expect(series[0]?.metric).toEqual({
      __name__: 'revision_app_request_count',
      job: 'knative-queue-proxy',
      instance: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      namespace_name: 'default',
      service_name: 'sample-app',
      configuration_name: 'sample-app',
      revision_name: 'sample-app-v2',
      pod_name: 'sample-app-v2-deployment-local',
      container_name: 'queue-proxy',
      response_code: '200',
      response_code_class: '2xx',
    });
    const mean = await value(
      fixture,
      'sum(revision_app_request_latencies_sum{revision_name="sample-app-v2"}) / sum(revision_app_request_latencies_count{revision_name="sample-app-v2"})',
    );
    expectInjectedLatency(mean);
  });

  it('counts every request at the sidecar (reporter="destination") and at the gateway hop (reporter="source")', async () => {
    for (const revision of ['sample-app-v1', 'sample-app-v2']) {
      const expected = answered(stats, revision);
      expect(
        await settled(
          fixture,
          `sum(istio_requests_total{reporter="destination",destination_workload_namespace="default",destination_workload="${revision}-deployment"})`,
          expected,
        ),
      ).toBe(expected);
      expect(
        await settled(
          fixture,
          `sum(istio_requests_total{reporter="source",source_workload="istio-ingressgateway",destination_service_namespace="default",destination_service_name="${revision}"})`,
          expected,
        ),
      ).toBe(expected);
    }
    const errors = stats.byStatus['sample-app-v2']?.[503] ?? 0;
    expect(errors).toBeGreaterThan(0);
    expect(
      await value(
        fixture,
        'sum(istio_requests_total{reporter="destination",destination_app="sample-app-v2",response_code="503"})',
      ),
    ).toBe(errors);
    expect(await buckets(fixture, 'istio_request_duration_milliseconds_bucket')).toEqual(ISTIO_BUCKETS);
    const [sidecar] = vector(
      await fixture.prometheus.query(
        'istio_requests_total{reporter="destination",destination_workload="sample-app-v2-deployment",response_code="200"}',
      ),
    );
    expect(sidecar?.metric).toMatchObject({
      job: 'istio-proxies',
      source_workload: 'istio-ingressgateway',
      source_workload_namespace: 'istio-system',
      source_principal: 'spiffe://cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account',
      destination_workload_namespace: 'default',
      destination_app: 'sample-app-v2',
      destination_canonical_service: 'sample-app-v2',
      destination_canonical_revision: 'latest',
      destination_service: 'sample-app-v2.default.svc.cluster.local',
      destination_service_name: 'sample-app-v2',
      request_protocol: 'http',
      response_flags: '-',
      connection_security_policy: 'mutual_tls',
    });
    // Whole milliseconds, each at least the injected latency; the gateway hop includes the sidecar's.
    for (const reporter of ['destination', 'source']) {
      const mean = await value(
        fixture,
        `sum(istio_request_duration_milliseconds_sum{reporter="${reporter}",destination_service_name="sample-app-v2"}) / sum(istio_request_duration_milliseconds_count{reporter="${reporter}",destination_service_name="sample-app-v2"})`,
      );
      expectInjectedLatency(mean);
    }
  });
});

describe('Knative 1.21, resource attributes promoted (OTLP push)', () => {
  let fixture: KnativeFixture;
  let stats: TrafficStats;
  beforeAll(async () => {
    ({ fixture, stats } = await played(
      { knative: '1.21', metricsStyle: 'promoted' },
      (r) => `sum(kn_serving_invocation_duration_seconds_count{k8s_namespace_name="default",kn_revision_name="${r}"})`,
    ));
  }, 40000);
  afterAll(() => fixture?.stop());

  it('writes one seconds histogram whose series carry the revision, with job and instance from the resource', async () => {
    expect(await names(fixture)).toEqual([
      'kn_serving_invocation_duration_seconds_bucket',
      'kn_serving_invocation_duration_seconds_count',
      'kn_serving_invocation_duration_seconds_sum',
      'target_info',
    ]);
    expect(await buckets(fixture, 'kn_serving_invocation_duration_seconds_bucket')).toEqual(OTEL_BUCKETS);
    const series = vector(
      await fixture.prometheus.query('kn_serving_invocation_duration_seconds_count{kn_revision_name="sample-app-v2"}'),
    );
    expect(series.map((e) => e.metric)).toContainEqual({
      __name__: 'kn_serving_invocation_duration_seconds_count',
      job: 'sample-app',
      instance: 'sample-app-v2-deployment-local',
      k8s_namespace_name: 'default',
      k8s_pod_name: 'sample-app-v2-deployment-local',
      k8s_container_name: 'queue-proxy',
      kn_service_name: 'sample-app',
      kn_configuration_name: 'sample-app',
      kn_revision_name: 'sample-app-v2',
      service_version: 'local',
      http_response_status_code: '503',
    });
    expect(
      await value(
        fixture,
        'sum(kn_serving_invocation_duration_seconds_count{kn_revision_name="sample-app-v2",http_response_status_code!~"2.."})',
      ),
    ).toBe(stats.byStatus['sample-app-v2']?.[503]);
    const meanMs = await value(
      fixture,
      '1000 * sum(kn_serving_invocation_duration_seconds_sum{kn_revision_name="sample-app-v2"}) / sum(kn_serving_invocation_duration_seconds_count{kn_revision_name="sample-app-v2"})',
    );
    expectInjectedLatency(meanMs);
    // Through OTLP, target_info carries the rest of the resource under the same job and instance.
    const [info] = vector(await fixture.prometheus.query('target_info{kn_revision_name="sample-app-v2"}'));
    expect(info?.metric).toMatchObject({ job: 'sample-app', instance: 'sample-app-v2-deployment-local' });
    expect(info?.metric).not.toHaveProperty('service_name');
  });
});

describe('Knative 1.21, scraped (resource attributes on target_info only)', () => {
  let fixture: KnativeFixture;
  let stats: TrafficStats;
  const joined = (metric: string, revision: string, extra = ''): string =>
    `sum(${metric}${extra} * on(job, instance) group_left() target_info{k8s_namespace_name="default",kn_revision_name="${revision}"})`;
  beforeAll(async () => {
    ({ fixture, stats } = await played({ knative: '1.21', metricsStyle: 'scrape' }, (r) =>
      joined('kn_serving_invocation_duration_seconds_count', r),
    ));
  }, 40000);
  afterAll(() => fixture?.stop());

  it('leaves the revision off the series; the join with target_info on job and instance finds it', async () => {
    const series = vector(await fixture.prometheus.query('kn_serving_invocation_duration_seconds_count'));
    expect(series.length).toBeGreaterThan(0);
    for (const element of series) {
      expect(Object.keys(element.metric).sort()).toEqual([
        '__name__',
        'http_response_status_code',
        'instance',
        'job',
        'otel_scope_name',
      ]);
      expect(element.metric['otel_scope_name']).toBe('knative.dev/serving/pkg/queue');
      expect(element.metric['job']).toBe('knative-queue-proxy');
    }
    const [info] = vector(await fixture.prometheus.query('target_info{kn_revision_name="sample-app-v1"}'));
    expect(info?.metric).toMatchObject({
      service_name: 'sample-app',
      service_instance_id: 'sample-app-v1-deployment-local',
      k8s_pod_name: 'sample-app-v1-deployment-local',
      k8s_namespace_name: 'default',
      kn_configuration_name: 'sample-app',
      telemetry_sdk_language: 'go',
    });
    expect(await value(fixture, joined('kn_serving_invocation_duration_seconds_count', 'sample-app-v1'))).toBe(
      answered(stats, 'sample-app-v1'),
    );
    expect(
      await value(
        fixture,
        joined('kn_serving_invocation_duration_seconds_count', 'sample-app-v2', '{http_response_status_code="503"}'),
      ),
    ).toBe(stats.byStatus['sample-app-v2']?.[503]);
    expect(await buckets(fixture, 'kn_serving_invocation_duration_seconds_bucket')).toEqual(OTEL_BUCKETS);
  });
});

describe('Knative 1.20.0 (old name, whole-seconds bug)', () => {
  let fixture: KnativeFixture;
  let stats: TrafficStats;
  beforeAll(async () => {
    ({ fixture, stats } = await played(
      { knative: '1.20.0', metricsStyle: 'promoted' },
      (r) => `sum(kn_queueproxy_app_duration_seconds_count{kn_revision_name="${r}"})`,
    ));
  }, 40000);
  afterAll(() => fixture?.stop());

  it('records sub-second latencies as 0 s: the requests are counted, the sum stays 0, all fall in the first bucket', async () => {
    expect(await names(fixture)).toEqual([
      'kn_queueproxy_app_duration_seconds_bucket',
      'kn_queueproxy_app_duration_seconds_count',
      'kn_queueproxy_app_duration_seconds_sum',
      'target_info',
    ]);
    expect(await value(fixture, 'sum(kn_queueproxy_app_duration_seconds_sum{kn_revision_name="sample-app-v2"})')).toBe(
      0,
    );
    expect(
      await value(
        fixture,
        'sum(kn_queueproxy_app_duration_seconds_bucket{kn_revision_name="sample-app-v2",le="0.005"})',
      ),
    ).toBe(answered(stats, 'sample-app-v2'));
  });
});

describe('Knative 1.19.0', () => {
  let fixture: KnativeFixture;
  beforeAll(async () => {
    ({ fixture } = await played(
      { knative: '1.19.0', metricsStyle: 'scrape' },
      (r) =>
        `sum(kn_queueproxy_app_duration_seconds_count * on(job, instance) group_left() target_info{kn_revision_name="${r}"})`,
    ));
  }, 40000);
  afterAll(() => fixture?.stop());

  it('names no pod or container among the resource attributes', async () => {
    const infos = vector(await fixture.prometheus.query('target_info'));
    expect(infos).toHaveLength(2);
    for (const info of infos) {
      expect(info.metric).not.toHaveProperty('k8s_pod_name');
      expect(info.metric).not.toHaveProperty('k8s_container_name');
      expect(info.metric).toHaveProperty('service_instance_id');
    }
  });
});
