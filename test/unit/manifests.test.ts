import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedManifests } from '../../src/manifests/generated.js';
import { loadMetricPacks, PACK_METRIC_NAMES } from '../../src/metrics/packs.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');

describe('generated manifests', () => {
  it.each(generatedManifests().map((m) => [m.file, m.content]))(
    '%s on disk equals what the engine generates (run `npm run gen` if not)',
    (file, content) => {
      expect(readFileSync(path.join(root, file), 'utf8')).toBe(content);
    },
  );

  it('reads the knative-1.18 pack file as the iter8-knative Metrics of Iter8, with the exact PromQL', () => {
    const [pack] = loadMetricPacks(path.join(root, 'config/metrics')).filter((p) => p.name === 'knative-1.18');
    const metrics = pack?.metrics ?? [];
    expect(metrics).toEqual(KNATIVE_METRICS);
    // The names every pack must define, in the order Iter8's pack listed them.
    expect(metrics.map((m) => m.metadata.name)).toEqual([...PACK_METRIC_NAMES]);
    // Every field but the pack annotation is what Iter8's Metric resources held.
    for (const metric of metrics) {
      expect(metric.metadata).toEqual({
        name: metric.metadata.name,
        namespace: 'iter8-knative',
        annotations: { 'iter8fn.dev/metric-pack': 'knative-1.18' },
      });
      expect(metric.spec).toMatchObject({
        provider: 'prometheus',
        jqExpression: '.data.result[0].value[1] | tonumber',
        urlTemplate: 'http://prometheus-operated.iter8-system:9090/api/v1/query',
      });
    }
    const query = (name: string) => metrics.find((m) => m.metadata.name === name)?.spec.params?.[0]?.value;
    expect(query('request-count')).toBe(
      "sum(increase(revision_app_request_latencies_count{revision_name='$revision'}[${elapsedTime}s])) or on() vector(0)\n",
    );
    expect(query('error-rate')).toBe(
      "(sum(increase(revision_app_request_latencies_count{response_code_class!='2xx',revision_name='$revision'}[${elapsedTime}s])) or on() vector(0)) / (sum(increase(revision_app_request_latencies_count{revision_name='$revision'}[${elapsedTime}s])) or on() vector(0))\n",
    );
    expect(query('mean-latency')).toBe(
      "(sum(increase(revision_app_request_latencies_sum{revision_name='$revision'}[${elapsedTime}s])) or on() vector(0)) / (sum(increase(revision_app_request_latencies_count{revision_name='$revision'}[${elapsedTime}s])) or on() vector(0))\n",
    );
    expect(query('95th-percentile-tail-latency')).toBe(
      "histogram_quantile(0.95, sum(rate(revision_app_request_latencies_bucket{revision_name='$revision'}[${elapsedTime}s])) by (le))\n",
    );
  });
});
