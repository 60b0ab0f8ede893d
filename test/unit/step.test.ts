import { describe, expect, it } from '@jest/globals';
import type { Experiment, MetricSnapshot } from '../../src/experiment/types.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';
import type { FetchedValues } from '../../src/metrics/fetch.js';
import type { MetricOutcome } from '../../src/metrics/providers/provider.js';
import { dueAt, failExperiment, isDue, iterate } from '../../src/iteration/step.js';
import { applyDefaults } from '../../src/experiment/parse.js';

const metric = (name: string) => KNATIVE_METRICS.find((m) => m.metadata.name === name)!;
const SNAPSHOTS: MetricSnapshot[] = [
  { name: 'iter8-knative/mean-latency', metricObj: metric('mean-latency') },
  { name: 'iter8-knative/error-rate', metricObj: metric('error-rate') },
  { name: 'iter8-knative/request-count', metricObj: metric('request-count') },
];

function experiment(overrides: Partial<Experiment['spec']> = {}): Experiment {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'mirroring', namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern: 'Conformance' },
      criteria: {
        objectives: [
          { metric: 'iter8-knative/mean-latency', upperLimit: 50 },
          { metric: 'iter8-knative/error-rate', upperLimit: '0.01' },
        ],
      },
      duration: { intervalSeconds: 10, iterationsPerLoop: 2, maxLoops: 2 },
      versionInfo: { baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] } },
      ...overrides,
    },
  };
}

type Row = Partial<Record<'mean-latency' | 'error-rate' | 'request-count', MetricOutcome>>;
function values(perVersion: Record<string, Row>): FetchedValues {
  const out: FetchedValues = new Map();
  for (const [version, row] of Object.entries(perVersion)) {
    for (const [name, outcome] of Object.entries(row)) {
      const id = `iter8-knative/${name}`;
      if (!out.has(id)) out.set(id, new Map());
      out.get(id)!.set(version, outcome);
    }
  }
  return out;
}
const v = (value: number): MetricOutcome => ({ kind: 'value', value });
const healthy = values({ current: { 'mean-latency': v(12.5), 'error-rate': v(0), 'request-count': v(120.4) } });
const T0 = Date.parse('2026-11-21T12:00:00Z');

function advance(exp: Experiment, fetched: FetchedValues, now: number, errorLimit?: number) {
  const step = iterate(
    exp,
    { metrics: SNAPSHOTS, values: fetched },
    now,
    errorLimit === undefined ? {} : { errorLimit },
  );
  return { exp: { ...exp, status: step.status }, step };
}

describe('iterate: one pure step', () => {
  it('runs the first iteration at once and initialises status as Iter8 did', () => {
    const exp = experiment();
    expect(isDue(exp.status, applyDefaults(exp.spec), T0)).toBe(true);
    const { step } = advance(exp, healthy, T0);
    const s = step.status;
    expect(step.outcome).toEqual({ kind: 'iteration-completed', iteration: 1 });
    expect(s.stage).toBe('Running');
    expect(s.completedIterations).toBe(1);
    expect(s.startTime).toBe('2026-11-21T12:00:00.000Z');
    expect(s.initTime).toBe(s.startTime);
    expect(s.message).toBe('IterationUpdate: Completed Iteration 1');
    expect(s.conditions?.map((c) => [c.type, c.status])).toEqual([
      ['Completed', 'False'],
      ['Failed', 'False'],
      ['TargetAcquired', 'True'],
    ]);
    expect(s.metrics?.map((m) => m.name)).toEqual(SNAPSHOTS.map((m) => m.name));
    expect(s.analysis?.aggregatedMetrics?.data['iter8-knative/mean-latency']?.data.current).toEqual({
      value: '12500m',
      sampleSize: 120,
    });
    expect(s.analysis?.versionAssessments?.data).toEqual({ current: [true, true] });
    expect(s.analysis?.winnerAssessment?.data).toMatchObject({ winnerFound: true, winner: 'current' });
    expect(s.analysis?.weights?.data).toEqual([]);
    expect(s.versionRecommendedForPromotion).toBe('current');
    expect(step.verdicts).toEqual({ current: ['satisfied', 'satisfied'] });
    expect(exp.status).toBeUndefined(); // the input is not mutated
  });

  it('is due again only at lastUpdateTime + interval - 100 ms', () => {
    const { exp } = advance(experiment(), healthy, T0);
    const spec = applyDefaults(exp.spec);
    expect(dueAt(exp.status, spec)).toBe(T0 + 9900);
    expect(isDue(exp.status, spec, T0 + 9899)).toBe(false);
    expect(isDue(exp.status, spec, T0 + 9900)).toBe(true);
  });

  it('completes after iterationsPerLoop x maxLoops, recording loops, and then never changes', () => {
    let state = experiment();
    const messages: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { exp, step } = advance(state, healthy, T0 + i * 10_000);
      state = exp;
      messages.push(step.status.message ?? '');
    }
    expect(messages).toEqual([
      'IterationUpdate: Completed Iteration 1',
      'IterationUpdate: Completed Loop 1',
      'IterationUpdate: Completed Iteration 3',
      'ExperimentCompleted: Experiment completed successfully',
    ]);
    expect(state.status?.stage).toBe('Completed');
    expect(state.status?.completedIterations).toBe(4);
    const after = advance(state, healthy, T0 + 100_000);
    expect(after.step.status).toEqual(state.status);
    expect(isDue(state.status, applyDefaults(state.spec), T0 + 1e9)).toBe(false);
  });

  it('shows a version without traffic as unavailable, not violated, and does not roll back on it', () => {
    const noTraffic = values({
      current: {
        'mean-latency': { kind: 'unavailable', reason: 'no data (empty result)' },
        'error-rate': v(0),
        'request-count': v(0),
      },
    });
    const exp = experiment({ strategy: { testingPattern: 'Conformance', deploymentPattern: 'BlueGreen' } });
    const { step } = advance(exp, noTraffic, T0);
    expect(step.verdicts.current).toEqual(['unavailable', 'satisfied']);
    expect(step.status.analysis?.versionAssessments?.data.current).toEqual([false, true]);
    expect(step.status.analysis?.aggregatedMetrics?.data['iter8-knative/mean-latency']?.data.current).toEqual({
      sampleSize: 0,
    });
    expect(step.outcome.kind).toBe('iteration-completed');
  });

  it('fails only the violated objective', () => {
    const errors = values({ current: { 'mean-latency': v(12), 'error-rate': v(0.05), 'request-count': v(100) } });
    const { step } = advance(experiment(), errors, T0);
    expect(step.verdicts.current).toEqual(['satisfied', 'violated']);
    expect(step.status.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
  });

  it('counts backend errors without counting the iteration, and fails past the limit naming the metric', () => {
    const down = values({
      current: {
        'mean-latency': { kind: 'error', message: 'GET http://127.0.0.1:1/api/v1/query: connection refused' },
        'error-rate': v(0),
        'request-count': v(1),
      },
    });
    let state = advance(experiment(), healthy, T0).exp;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const { exp, step } = advance(state, down, T0 + attempt * 10_000, 3);
      expect(step.outcome).toMatchObject({ kind: 'iteration-errored', attempt });
      expect(exp.status?.completedIterations).toBe(1);
      expect(exp.status?.lastUpdateTime).toBe(state.status?.lastUpdateTime);
      expect(exp.status?.metricErrors).toMatchObject({
        consecutive: attempt,
        metric: 'iter8-knative/mean-latency',
        version: 'current',
      });
      expect(exp.status?.message).toMatch(
        /^MetricBackendError: Iteration 2 not counted, metric error \d of 3 tolerated: .*connection refused/,
      );
      state = exp;
    }
    const { step } = advance(state, down, T0 + 40_000, 3);
    expect(step.outcome).toMatchObject({ kind: 'experiment-failed', reason: 'MetricBackendError' });
    expect(step.status.stage).toBe('Completed');
    expect(step.status.conditions?.find((c) => c.type === 'Failed')).toMatchObject({
      status: 'True',
      reason: 'MetricBackendError',
    });
    expect(step.status.message).toMatch(
      /^MetricBackendError: metric iter8-knative\/mean-latency \(version current\) failed 4 consecutive attempts/,
    );
  });

  it('resets the error count after a good iteration', () => {
    const down = values({
      current: { 'mean-latency': { kind: 'error', message: 'HTTP 503' }, 'error-rate': v(0), 'request-count': v(1) },
    });
    let state = advance(experiment(), down, T0).exp;
    state = advance(state, healthy, T0 + 1).exp;
    expect(state.status?.metricErrors).toBeUndefined();
    expect(state.status?.completedIterations).toBe(1);
  });

  it('rolls back on a violated rollback_on_failure objective and recommends from that analysis', () => {
    const exp = experiment({
      strategy: { testingPattern: 'Canary' },
      criteria: { objectives: [{ metric: 'iter8-knative/mean-latency', upperLimit: 50, rollback_on_failure: true }] },
      versionInfo: { baseline: { name: 'v1' }, candidates: [{ name: 'v2' }] },
    });
    const first = advance(exp, values({ v1: { 'mean-latency': v(10) }, v2: { 'mean-latency': v(10) } }), T0);
    expect(first.exp.status?.versionRecommendedForPromotion).toBe('v2');
    const { step } = advance(
      first.exp,
      values({ v1: { 'mean-latency': v(10) }, v2: { 'mean-latency': v(80) } }),
      T0 + 10_000,
    );
    expect(step.outcome).toEqual({ kind: 'experiment-completed', iteration: 2, rolledBack: true });
    expect(step.status.message).toBe('ExperimentCompleted: Experiment rolled back');
    expect(step.status.conditions?.find((c) => c.type === 'Failed')?.status).toBe('False');
    expect(step.status.versionRecommendedForPromotion).toBe('v1');
  });

  it('records a failure with its cause in status.message', () => {
    const { status } = failExperiment(
      experiment(),
      'InvalidExperiment',
      'spec.versionInfo: No versionInfo in experiment',
      T0,
    );
    expect(status.stage).toBe('Completed');
    expect(status.message).toBe('InvalidExperiment: spec.versionInfo: No versionInfo in experiment');
    expect(status.conditions?.find((c) => c.type === 'Completed')).toMatchObject({
      status: 'True',
      message: 'Experiment failed',
    });
  });
});

describe('iterate: status.history', () => {
  const unavailable: MetricOutcome = { kind: 'unavailable', reason: 'no data yet' };

  it('appends each counted iteration with its time and per metric and version its value', () => {
    let exp = experiment();
    ({ exp } = advance(exp, values({ current: { 'mean-latency': unavailable, 'error-rate': v(0) } }), T0));
    ({ exp } = advance(exp, healthy, T0 + 10_000));
    expect(exp.status?.history).toEqual([
      {
        iteration: 1,
        time: '2026-11-21T12:00:00.000Z',
        values: {
          'iter8-knative/mean-latency': {},
          'iter8-knative/error-rate': { current: '0' },
          'iter8-knative/request-count': {},
        },
      },
      {
        iteration: 2,
        time: '2026-11-21T12:00:10.000Z',
        values: {
          'iter8-knative/mean-latency': { current: '12500m' },
          'iter8-knative/error-rate': { current: '0' },
          'iter8-knative/request-count': { current: '120400m' },
        },
      },
    ]);
  });

  it('records neither a metric error nor a replayed tick', () => {
    let exp = experiment();
    ({ exp } = advance(exp, healthy, T0));
    ({ exp } = advance(exp, healthy, T0)); // the same tick delivered again
    ({ exp } = advance(exp, values({ current: { 'mean-latency': { kind: 'error', message: 'down' } } }), T0 + 10_000));
    expect(exp.status?.history?.map((record) => record.iteration)).toEqual([1]);
    expect(exp.status?.completedIterations).toBe(1);
  });

  it('keeps only the last 100 iterations', () => {
    let exp = experiment({ duration: { intervalSeconds: 1, iterationsPerLoop: 105, maxLoops: 1 } });
    for (let i = 0; i < 105; i++) ({ exp } = advance(exp, healthy, T0 + i * 1000));
    const history = exp.status?.history ?? [];
    expect(history).toHaveLength(100);
    expect(history[0]?.iteration).toBe(6);
    expect(history[99]?.iteration).toBe(105);
    expect(exp.status?.completedIterations).toBe(105);
  });
});
