import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { generatedManifests } from '../../src/manifests/generated.js';
import { parseMetric } from '../../src/experiment/parse.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');

describe('generated manifests', () => {
  it.each(generatedManifests().map((m) => [m.file, m.content]))(
    '%s on disk equals what the engine generates (run `npm run gen` if not)',
    (file, content) => {
      expect(readFileSync(path.join(root, file), 'utf8')).toBe(content);
    },
  );

  it('ships the iter8-knative pack as valid Metric resources with the exact PromQL', () => {
    const text = readFileSync(path.join(root, 'config/metrics/knative.yaml'), 'utf8');
    const metrics = parseAllDocuments(text).map((d, i) =>
      parseMetric((d as { toJS(): unknown }).toJS(), `knative.yaml #${i + 1}`),
    );
    expect(metrics).toEqual(KNATIVE_METRICS);
    expect(metrics.map((m) => m.metadata.name)).toEqual([
      'request-count',
      'error-count',
      'error-rate',
      'mean-latency',
      '95th-percentile-tail-latency',
    ]);
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
