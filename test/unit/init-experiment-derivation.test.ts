// Later ticks re-derive what knative/init-experiment derives only when the tick would use it: weights
// for traffic-shifting experiments, a `namespace` variable that a version lacks and a metric query
// refers to. Otherwise the Service is not read again (a fleet tick reads one per experiment).

import { describe, expect, it } from '@jest/globals';
import type { Experiment, Metric } from '../../src/experiment/types.js';
import { derivationUsed, KnativeTaskRunner } from '../../src/knative/init-experiment.js';
import { MemoryKubernetesApi } from '../support/kube/memory-api.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';

const builtin = (name: string): Metric => KNATIVE_METRICS.find((m) => m.metadata.name === name) as Metric;

function experiment(
  testingPattern: 'Conformance' | 'Canary',
  metrics: Metric[] | undefined,
  variables = [{ name: 'revision', value: 'sample-app-v2' }],
): Experiment {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'e', namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern, actions: { start: [{ task: 'knative/init-experiment' }] } },
      versionInfo: {
        baseline: { name: 'current', variables },
        ...(testingPattern === 'Canary' ? { candidates: [{ name: 'candidate', variables }] } : {}),
      },
    },
    ...(metrics
      ? {
          status: {
            metrics: metrics.map((m) => ({ name: `${m.metadata.namespace}/${m.metadata.name}`, metricObj: m })),
          },
        }
      : {}),
  };
}

const withQuery = (query: string, body?: string): Metric => ({
  ...builtin('mean-latency'),
  spec: {
    ...builtin('mean-latency').spec,
    params: [{ name: 'query', value: query }],
    ...(body !== undefined ? { body } : {}),
  },
});

describe('derivationUsed', () => {
  it('is not used by a Conformance experiment whose metric queries never mention $namespace (the seed)', () => {
    expect(
      derivationUsed(
        experiment('Conformance', [builtin('mean-latency'), builtin('error-rate'), builtin('request-count')]),
      ),
    ).toBe(false);
  });

  it('is used when traffic is shifted (weightObjRefs)', () => {
    expect(derivationUsed(experiment('Canary', [builtin('mean-latency')]))).toBe(true);
  });

  it('is used before the metrics are resolved, when nothing is known of the queries yet', () => {
    expect(derivationUsed(experiment('Conformance', undefined))).toBe(true);
  });

  it('is used when a query parameter or body refers to the namespace, in either placeholder form', () => {
    expect(derivationUsed(experiment('Conformance', [withQuery("sum(x{namespace='$namespace'})")]))).toBe(true);
    expect(derivationUsed(experiment('Conformance', [withQuery("sum(x{namespace='${namespace}'})")]))).toBe(true);
    expect(derivationUsed(experiment('Conformance', [withQuery('q', '{"ns": "$namespace"}')]))).toBe(true);
  });

  it('is not used for look-alikes: $$namespace (a literal $), $namespace_name (another variable)', () => {
    expect(derivationUsed(experiment('Conformance', [withQuery("sum(x{a='$$namespace', b='$namespace_name'})")]))).toBe(
      false,
    );
  });

  it('is not used when every version already names its namespace', () => {
    const variables = [
      { name: 'revision', value: 'sample-app-v2' },
      { name: 'namespace', value: 'default' },
    ];
    expect(derivationUsed(experiment('Conformance', [withQuery("sum(x{namespace='$namespace'})")], variables))).toBe(
      false,
    );
  });
});

describe('a later tick of a Conformance experiment that uses $namespace', () => {
  it('takes the namespace variable from the target, reading no Service; a Canary still reads it', async () => {
    const api = new MemoryKubernetesApi();
    const runner = new KnativeTaskRunner(api, { readyTimeoutMs: 0 });
    const conformance = experiment('Conformance', [withQuery("sum(x{namespace='$namespace'})")]);
    const prepared = await runner.prepare(conformance);
    expect(prepared.reports).toEqual([]);
    expect(prepared.experiment.spec.versionInfo?.baseline.variables).toEqual([
      { name: 'revision', value: 'sample-app-v2' },
      { name: 'namespace', value: 'default' },
    ]);
    expect(api.requests).toEqual([]);

    // A Canary needs its weightObjRefs, which only the Service has (here it is missing: skipped, not failed).
    const canary = await runner.prepare(experiment('Canary', [builtin('mean-latency')]));
    expect(api.requests.map((r) => [r.method, r.path])).toEqual([
      ['GET', '/apis/serving.knative.dev/v1/namespaces/default/services/sample-app'],
    ]);
    expect(canary.reports).toEqual([expect.objectContaining({ task: 'knative/init-experiment', outcome: 'skipped' })]);
  });
});
