// The link between the two levels of the fault model: for any backend answer, served over real HTTP
// by a local backend and read by the real HTTP provider through fetchIterationValues, the outcome is
// the one the engine properties (engine.test.ts) feed the step for that answer.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Experiment, Metric, MetricSnapshot } from '../../src/experiment/types.js';
import { fetchIterationValues } from '../../src/metrics/fetch.js';
import { PROMETHEUS_JQ } from '../../src/metrics/knative.js';
import {
  anyAnswer,
  behaviourFor,
  expectedOutcomeKind,
  MisbehavingBackend,
  stepOutcomeFor,
} from '../support/misbehaving-backend.js';

const RUNS = 150;
// Long enough that a valid answer is never cut off on a busy machine (the suite runs beside
// Prometheus-backed tests); the 'timeout' answers are held past it, so each costs this much.
const TIMEOUT_MS = 600;

let backend: MisbehavingBackend;
beforeAll(async () => {
  backend = await MisbehavingBackend.start();
});
afterAll(async () => {
  await backend.close();
});

function setup(): { experiment: Experiment; snapshots: MetricSnapshot[] } {
  const metric: Metric = {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Metric',
    metadata: { name: 'mean-latency', namespace: 'default' },
    spec: {
      type: 'Gauge',
      provider: 'prometheus',
      params: [{ name: 'query', value: "avg(latency{revision_name='$revision'})" }],
      jqExpression: PROMETHEUS_JQ,
      urlTemplate: backend.queryUrl,
    },
  };
  const experiment: Experiment = {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'answers', namespace: 'default' },
    spec: {
      target: 'default/app',
      strategy: { testingPattern: 'Conformance' },
      versionInfo: { baseline: { name: 'current' } },
    },
  };
  return { experiment, snapshots: [{ name: 'mean-latency', metricObj: metric }] };
}

describe('backend answers over HTTP', () => {
  it(`reach the step as the outcome the engine properties assume (numRuns ${RUNS})`, async () => {
    const { experiment, snapshots } = setup();
    const seen = new Set<string>();
    // The first query compiles jq's WebAssembly; do it before the property so no run pays for it.
    backend.behaviour = behaviourFor({ kind: 'number', value: 1 }, TIMEOUT_MS);
    await fetchIterationValues(experiment, snapshots, Date.now(), { timeoutMs: 30_000 });
    await fc.assert(
      fc.asyncProperty(anyAnswer, async (answer) => {
        backend.behaviour = behaviourFor(answer, TIMEOUT_MS);
        const values = await fetchIterationValues(experiment, snapshots, Date.now(), { timeoutMs: TIMEOUT_MS });
        const outcome = values.get('default/mean-latency')?.get('current');
        seen.add(answer.kind);
        expect(outcome?.kind).toBe(expectedOutcomeKind(answer));
        const modelled = stepOutcomeFor(answer, 'default/mean-latency', 'current');
        expect(outcome?.kind).toBe(modelled.kind);
        if (outcome?.kind === 'value' && modelled.kind === 'value')
          expect(Object.is(outcome.value, modelled.value)).toBe(true);
        if (outcome?.kind === 'error') {
          expect(outcome.message).toMatch(/^metric default\/mean-latency \(version current\): /);
          expect(outcome.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: RUNS },
    );
    // Every kind of answer was served at least once.
    expect([...seen].sort()).toEqual([
      'backend-error',
      'empty',
      'infinity',
      'nan',
      'number',
      'several-series',
      'timeout',
    ]);
  });
});
