// End to end through runTick: an experiment over an in-memory store, its metrics read by the real
// HTTP provider from a local backend that flips between faults. Errored attempts are not counted,
// status.metricErrors carries the backend's message, a good iteration clears the count, and past
// the limit the experiment fails with MetricBackendError. Nothing written is ever invalid.

import { describe, expect, it } from '@jest/globals';
import { parseExperiment } from '../../src/experiment/parse.js';
import type { Experiment, ExperimentStatus } from '../../src/experiment/types.js';
import { getCondition } from '../../src/iteration/conditions.js';
import { OfflineTaskRunner } from '../../src/iteration/tasks.js';
import type { TickDependencies } from '../../src/iteration/tick.js';
import { runTick } from '../../src/iteration/tick.js';
import { InMemoryMetricCatalog, withPrometheusUrl } from '../../src/metrics/catalog.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';
import { MemoryExperimentStore } from '../support/memory-store.js';
import {
  html,
  MisbehavingBackend,
  prometheusAnswer,
  resetMidResponse,
  respond,
  slow,
  vector,
  type Behaviour,
} from '../support/misbehaving-backend.js';

const backend = MisbehavingBackend.forTests();

const INTERVAL_MS = 10_000;
const T0 = Date.parse('2026-03-01T09:00:00Z');

const experiment: Experiment = {
  apiVersion: 'iter8.tools/v2alpha2',
  kind: 'Experiment',
  metadata: { name: 'flaky-backend', namespace: 'default' },
  spec: {
    target: 'default/sample-app',
    strategy: { testingPattern: 'Conformance' },
    criteria: {
      objectives: [
        { metric: 'iter8-knative/mean-latency', upperLimit: 100 },
        { metric: 'iter8-knative/error-rate', upperLimit: '0.01' },
      ],
    },
    duration: { intervalSeconds: INTERVAL_MS / 1000, iterationsPerLoop: 10, maxLoops: 1 },
    versionInfo: { baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] } },
  },
};

const healthy = prometheusAnswer(vector(['0']));

describe('runTick against a backend that flips between faults', () => {
  it('counts no errored attempt, records each message, resets on success, and fails past the limit', async () => {
    const store = new MemoryExperimentStore(experiment);
    let now = T0;
    const deps: TickDependencies = {
      catalog: new InMemoryMetricCatalog(KNATIVE_METRICS.map((m) => withPrometheusUrl(m, backend.origin))),
      tasks: new OfflineTaskRunner(),
      fetch: { timeoutMs: 200 },
      errorLimit: 3,
      clock: () => now,
    };
    const tick = async (behaviour: Behaviour) => {
      backend.behaviour = behaviour;
      const result = await runTick(store, deps);
      now += INTERVAL_MS;
      return { result, status: store.experiment.status as ExperimentStatus };
    };

    const first = await tick(healthy);
    expect(first.status.completedIterations).toBe(1);
    const lastUpdate = first.status.lastUpdateTime;

    const faults: Array<[Behaviour, RegExp]> = [
      [
        respond(503, 'no healthy upstream', { 'content-type': 'text/plain' }),
        /answered HTTP 503: no healthy upstream$/,
      ],
      [html(200, '<html><body>Sign in</body></html>'), /not JSON \(text\/html\): <html><body>Sign in<\/body><\/html>$/],
    ];
    for (const [index, [behaviour, answer]] of faults.entries()) {
      const { result, status } = await tick(behaviour);
      expect(result.kind).toBe('stepped');
      expect(status.completedIterations).toBe(1);
      expect(status.lastUpdateTime).toBe(lastUpdate);
      expect(status.metricErrors).toMatchObject({ consecutive: index + 1, version: 'current' });
      expect(status.metricErrors?.message).toMatch(
        /^metric iter8-knative\/\S+ \(version current\): GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query /,
      );
      expect(status.metricErrors?.message).toMatch(answer);
      expect(status.message).toBe(
        `MetricBackendError: Iteration 2 not counted, metric error ${index + 1} of 3 tolerated: ${status.metricErrors?.message}`,
      );
      expect(getCondition(status, 'Failed')?.status).toBe('False');
    }

    const recovered = await tick(healthy);
    expect(recovered.status.completedIterations).toBe(2);
    expect(recovered.status.metricErrors).toBeUndefined();
    expect(recovered.status.message).toBe('IterationUpdate: Completed Iteration 2');

    const more: Array<[Behaviour, RegExp]> = [
      [resetMidResponse(vector(['1']), 10), /connection reset while reading the response$/],
      [slow(2000, healthy), /no answer within 200 ms$/],
      [prometheusAnswer(vector(['1']).slice(0, 40)), /not JSON \(application\/json\)/],
    ];
    for (const [index, [behaviour, answer]] of more.entries()) {
      const { status } = await tick(behaviour);
      expect(status.completedIterations).toBe(2);
      expect(status.metricErrors?.consecutive).toBe(index + 1);
      expect(status.metricErrors?.message).toMatch(answer);
    }

    // The fourth consecutive error is past the limit of 3.
    const prometheusError = JSON.stringify({
      status: 'error',
      errorType: 'execution',
      error: 'query processing would load too many samples',
    });
    const failed = await tick(respond(422, prometheusError));
    expect(failed.result).toMatchObject({
      kind: 'stepped',
      step: { outcome: { kind: 'experiment-failed', reason: 'MetricBackendError' } },
    });
    expect(failed.status.stage).toBe('Completed');
    expect(failed.status.completedIterations).toBe(2);
    expect(getCondition(failed.status, 'Completed')).toMatchObject({ status: 'True', message: 'Experiment failed' });
    expect(getCondition(failed.status, 'Failed')).toMatchObject({ status: 'True', reason: 'MetricBackendError' });
    expect(failed.status.message).toMatch(
      /^MetricBackendError: metric iter8-knative\/\S+ \(version current\) failed 4 consecutive attempts \(limit 3\): .*answered HTTP 422: a Prometheus error execution: query processing would load too many samples$/,
    );
    // Metric and version are named once, not again in front of the cause.
    expect(failed.status.message?.match(/metric iter8-knative\//g)).toHaveLength(1);

    // A failed experiment never changes again, whatever the backend does now.
    const writes = store.acceptedStatuses.length;
    const after = await tick(healthy);
    expect(after.result.kind).toBe('already-completed');
    expect(after.status).toEqual(failed.status);
    expect(store.acceptedStatuses).toHaveLength(writes);

    // Every status written on the way is valid against the CRD schema.
    for (const status of store.acceptedStatuses) expect(() => parseExperiment({ ...experiment, status })).not.toThrow();
    expect(store.acceptedStatuses).toHaveLength(8);
  });
});
