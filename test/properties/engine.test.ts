// Invariants of the iteration engine, over generated valid experiments and generated event
// sequences, driving the real runTick / iterate / isDue over an in-memory versioned store. Metric
// values come from a scripted provider that returns, per (metric, version), what the real HTTP
// provider returns for a generated backend answer (test/support/misbehaving-backend.ts): the state
// machine is under test here, the HTTP provider in test/faults.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyDefaults, parseExperiment } from '../../src/experiment/parse.js';
import { parseQuantity } from '../../src/experiment/quantity.js';
import type {
  DeploymentPattern,
  Experiment,
  ExperimentStatus,
  Metric,
  MetricSnapshot,
  Objective,
  QuantityInput,
  TestingPattern,
} from '../../src/experiment/types.js';
import { DEPLOYMENT_PATTERNS, STAGES, TESTING_PATTERNS } from '../../src/experiment/types.js';
import { getCondition, isCompleted } from '../../src/iteration/conditions.js';
import { isDue, iterate, totalIterations } from '../../src/iteration/step.js';
import { OfflineTaskRunner } from '../../src/iteration/tasks.js';
import type { TickDependencies, TickResult } from '../../src/iteration/tick.js';
import { runTick } from '../../src/iteration/tick.js';
import { InMemoryMetricCatalog, metricIdentity, resolveExperimentMetrics } from '../../src/metrics/catalog.js';
import type { FetchedValues } from '../../src/metrics/fetch.js';
import { KNATIVE_METRICS, PROMETHEUS_JQ } from '../../src/metrics/knative.js';
import type { MetricOutcome, MetricProvider, MetricQuery } from '../../src/metrics/providers/provider.js';
import { renderDescribe } from '../../src/report/describe.js';
import { MemoryExperimentStore } from '../support/memory-store.js';
import { anyAnswer, healthyAnswer, stepOutcomeFor, type BackendAnswer } from '../support/misbehaving-backend.js';

// numRuns per property, reported by the issue: large enough to reach every stage and fault path
// many times (see the coverage checks at the end), small enough to keep this file under ~20 s.
const RUNS = { sequences: 400, concurrent: 300, concurrentMixed: 200, pureStep: 300 } as const;

// ---- metrics ----

const customMetric = (name: string, type: 'Counter' | 'Gauge', query: string): Metric => ({
  apiVersion: 'iter8.tools/v2alpha2',
  kind: 'Metric',
  metadata: { name, namespace: 'default' },
  spec: {
    type,
    provider: 'prometheus',
    params: [{ name: 'query', value: query }],
    jqExpression: PROMETHEUS_JQ,
    urlTemplate: 'http://metrics.monitoring.svc:9090/api/v1/query',
  },
});

const CATALOG_METRICS: readonly Metric[] = [
  ...KNATIVE_METRICS,
  customMetric('user-engagement', 'Gauge', "avg(engagement{version='$name'})"),
  customMetric('conversions', 'Counter', "sum(increase(conversions_total{version='$name'}[${elapsedTime}s]))"),
];
const catalog = new InMemoryMetricCatalog(CATALOG_METRICS);
const METRIC_IDS = CATALOG_METRICS.map(metricIdentity);

/** References as experiments write them: bare (resolved in the namespace, then the built-in pack) and qualified. */
const REFERENCES = [
  'mean-latency',
  'iter8-knative/mean-latency',
  'error-rate',
  'iter8-knative/95th-percentile-tail-latency',
  'request-count',
  'iter8-knative/error-count',
  'user-engagement',
  'default/conversions',
] as const;

const VERSION_NAMES = ['current', 'candidate-1', 'candidate-2', 'candidate-3'] as const;
/** One answer per (catalog metric, version slot). */
const PAIRS = METRIC_IDS.length * VERSION_NAMES.length;

// ---- experiments ----

const LIMITS: readonly QuantityInput[] = [0, 1, 10, 50, 100, 1000, '0.01', '0.5', '10m', '250m', '1.5', '2k', '-5'];

const objectiveArb: fc.Arbitrary<Objective> = fc
  .record({
    metric: fc.constantFrom(...REFERENCES),
    limits: fc.tuple(fc.constantFrom(...LIMITS), fc.constantFrom(...LIMITS)),
    bounds: fc.constantFrom('upper', 'lower', 'both', 'none'),
    rollback: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ metric, limits, bounds, rollback }) => {
    const [low, high] = parseQuantity(limits[0]) <= parseQuantity(limits[1]) ? limits : [limits[1], limits[0]];
    return {
      metric,
      ...(bounds === 'upper' || bounds === 'both' ? { upperLimit: high } : {}),
      ...(bounds === 'lower' || bounds === 'both' ? { lowerLimit: low } : {}),
      ...(rollback !== undefined ? { rollback_on_failure: rollback } : {}),
    };
  });

const CANDIDATES: Record<TestingPattern, fc.Arbitrary<number>> = {
  Conformance: fc.constant(0),
  Canary: fc.constant(1),
  'A/B': fc.constant(1),
  'A/B/N': fc.integer({ min: 1, max: 3 }),
};
const NEEDS_REWARD: Record<TestingPattern, boolean> = { Conformance: false, Canary: false, 'A/B': true, 'A/B/N': true };

const experimentArb: fc.Arbitrary<Experiment> = fc.constantFrom(...TESTING_PATTERNS).chain((pattern) =>
  fc
    .record({
      candidates: CANDIDATES[pattern],
      deploymentPattern: fc.option(fc.constantFrom<DeploymentPattern>(...DEPLOYMENT_PATTERNS), { nil: undefined }),
      weights: fc.option(
        fc.record({
          maxCandidateWeight: fc.integer({ min: 0, max: 100 }),
          maxCandidateWeightIncrement: fc.integer({ min: 0, max: 100 }),
        }),
        { nil: undefined },
      ),
      objectives: fc.array(objectiveArb, { maxLength: 3 }),
      reward: fc.record({
        metric: fc.constantFrom(...REFERENCES),
        preferredDirection: fc.constantFrom<'High' | 'Low'>('High', 'Low'),
      }),
      requestCount: fc.option(fc.constantFrom('request-count', 'iter8-knative/request-count'), { nil: undefined }),
      indicators: fc.uniqueArray(fc.constantFrom(...REFERENCES), { maxLength: 2 }),
      intervalSeconds: fc.integer({ min: 1, max: 30 }),
      iterationsPerLoop: fc.integer({ min: 1, max: 3 }),
      maxLoops: fc.integer({ min: 1, max: 3 }),
      revisionVariables: fc.boolean(),
    })
    .map((g): Experiment => {
      const version = (name: string) => ({
        name,
        ...(g.revisionVariables ? { variables: [{ name: 'revision', value: `app-${name}` }] } : {}),
      });
      const criteria = {
        ...(g.requestCount ? { requestCount: g.requestCount } : {}),
        ...(g.objectives.length > 0 ? { objectives: g.objectives } : {}),
        ...(NEEDS_REWARD[pattern] ? { rewards: [g.reward] } : {}),
        ...(g.indicators.length > 0 ? { indicators: g.indicators } : {}),
      };
      return {
        apiVersion: 'iter8.tools/v2alpha2',
        kind: 'Experiment',
        metadata: { name: 'generated', namespace: 'default' },
        spec: {
          target: 'default/sample-app',
          strategy: {
            testingPattern: pattern,
            ...(g.deploymentPattern ? { deploymentPattern: g.deploymentPattern } : {}),
            ...(g.weights ? { weights: g.weights } : {}),
          },
          ...(Object.keys(criteria).length > 0 ? { criteria } : {}),
          duration: {
            intervalSeconds: g.intervalSeconds,
            iterationsPerLoop: g.iterationsPerLoop,
            maxLoops: g.maxLoops,
          },
          versionInfo: {
            baseline: version(VERSION_NAMES[0]),
            candidates: VERSION_NAMES.slice(1, 1 + g.candidates).map(version),
          },
        },
      };
    }),
);

// ---- what the provider returns ----

/** An answer the step sees as a permanent refusal (an allowlist refusal, made by fetch.ts before any request). */
type ScriptedAnswer = BackendAnswer | { kind: 'url-refused' };

const answersArb = (answer: fc.Arbitrary<ScriptedAnswer>): fc.Arbitrary<ScriptedAnswer[]> =>
  fc.array(answer, { minLength: PAIRS, maxLength: PAIRS });
const faultyAnswer: fc.Arbitrary<ScriptedAnswer> = fc.oneof(
  { weight: 30, arbitrary: anyAnswer },
  { weight: 1, arbitrary: fc.constant<ScriptedAnswer>({ kind: 'url-refused' }) },
);
/** Most ticks see a healthy backend, so that experiments get far; the rest see faults. */
const tickAnswersArb = fc.oneof(
  { weight: 3, arbitrary: answersArb(healthyAnswer) },
  { weight: 2, arbitrary: answersArb(faultyAnswer) },
);

/** Answers from a script, per (metric, version), like the real provider would after fetch.ts. */
class ScriptedProvider implements MetricProvider {
  readonly name = 'scripted';
  answers: readonly ScriptedAnswer[] = [];
  /** What this provider returned since the last reset. */
  served: MetricOutcome[] = [];
  /** Awaited before answering: lets fc.scheduler decide when a query completes. */
  gate: (() => Promise<void>) | undefined;

  constructor(private readonly versions: readonly string[]) {}

  async fetch(query: MetricQuery): Promise<MetricOutcome> {
    await this.gate?.();
    const index = METRIC_IDS.indexOf(query.metricId) * VERSION_NAMES.length + this.versions.indexOf(query.version);
    const answer = this.answers[index];
    if (answer === undefined) throw new Error(`no scripted answer for ${query.metricId} / ${query.version}`);
    const outcome: MetricOutcome =
      answer.kind === 'url-refused'
        ? {
            kind: 'refused',
            reason: 'MetricURLRefused',
            message: `metric ${query.metricId} (version ${query.version}): refused to query http://elsewhere:80`,
          }
        : stepOutcomeFor(answer, query.metricId, query.version);
    this.served.push(outcome);
    return outcome;
  }
}

const versionsOf = (experiment: Experiment): string[] => [
  experiment.spec.versionInfo?.baseline.name ?? '',
  ...(experiment.spec.versionInfo?.candidates ?? []).map((c) => c.name),
];

function dependencies(provider: ScriptedProvider, errorLimit: number, now: () => number): TickDependencies {
  return {
    catalog,
    tasks: new OfflineTaskRunner(),
    fetch: { providers: { http: provider, mock: provider } },
    errorLimit,
    clock: now,
  };
}

// ---- checks shared by the properties ----

const stageIndex = (status: ExperimentStatus | undefined): number =>
  status?.stage ? STAGES.indexOf(status.stage) : -1;
const iterationsOf = (status: ExperimentStatus | undefined): number => status?.completedIterations ?? 0;

/** Every status written must be one the CRD schema accepts (parseExperiment validates status too). */
function expectValidStatus(experiment: Experiment, status: ExperimentStatus): void {
  expect(() => parseExperiment({ ...experiment, status })).not.toThrow();
}

/** describe must render the real report (not its fallback) for every state the engine reaches. */
function expectDescribable(experiment: Experiment, status: ExperimentStatus | undefined): void {
  const report = renderDescribe({ ...experiment, ...(status ? { status } : {}) });
  expect(report).toContain(`Experiment name: ${experiment.metadata.name}`);
  expect(report).toContain(`Number of completed iterations: ${iterationsOf(status)}`);
}

/** Checks over the whole history of accepted statuses: nothing goes backwards, nothing moves after completion. */
function expectMonotoneHistory(experiment: Experiment, history: readonly ExperimentStatus[]): void {
  const total = totalIterations(applyDefaults(experiment.spec));
  let previous: ExperimentStatus | undefined;
  for (const status of history) {
    expect(iterationsOf(status)).toBeLessThanOrEqual(total);
    if (previous) {
      expect(isCompleted(previous)).toBe(false); // nothing is written after completion
      expect(iterationsOf(status)).toBeGreaterThanOrEqual(iterationsOf(previous));
      expect(stageIndex(status)).toBeGreaterThanOrEqual(stageIndex(previous));
      expect(Date.parse(status.lastUpdateTime ?? '')).toBeGreaterThanOrEqual(Date.parse(previous.lastUpdateTime ?? ''));
    }
    previous = status;
  }
}

const T0 = Date.parse('2026-01-01T00:00:00Z');

// ---- property 1: sequences of ticks ----

interface Tick {
  /** Milliseconds since the previous tick: 0 is a duplicate at the same instant, negative a reordered delivery. */
  gapMs: number;
  /** A manual trigger (tools.iter8.iteration.requested): runs even when not due. */
  force: boolean;
  answers: ScriptedAnswer[];
}

const tickArb: fc.Arbitrary<Tick> = fc.record({
  gapMs: fc.oneof(
    { weight: 2, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 200 }) },
    { weight: 5, arbitrary: fc.integer({ min: 500, max: 40_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: -20_000, max: -1 }) },
  ),
  force: fc.boolean(),
  answers: tickAnswersArb,
});

/** Counts of what the runs reached, to show the properties were not satisfied vacuously. */
const reached = {
  completed: 0,
  rolledBack: 0,
  failedOnErrors: 0,
  refused: 0,
  errored: 0,
  replayed: 0,
  notDue: 0,
  counted: 0,
};

describe('iteration invariants over generated experiments and event sequences', () => {
  it(`hold for every tick of every sequence (numRuns ${RUNS.sequences})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        experimentArb,
        fc.array(tickArb, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 3 }),
        async (experiment, ticks, errorLimit) => {
          const versions = versionsOf(experiment);
          const spec = applyDefaults(experiment.spec);
          const total = totalIterations(spec);
          const snapshotNames = (await resolveExperimentMetrics(experiment, catalog)).map((m) => m.name);
          const store = new MemoryExperimentStore(experiment);
          const provider = new ScriptedProvider(versions);
          let now = T0;
          const deps = dependencies(provider, errorLimit, () => now);

          // The model: what must have happened, tracked independently of the engine's own status.
          let modelIterations = 0;
          let modelConsecutiveErrors = 0;
          let modelLastAttempt: number | undefined;
          let modelLastIterationAt: number | undefined;

          for (const tick of ticks) {
            now += tick.gapMs;
            const before = store.experiment.status;
            const writesBefore = store.acceptedStatuses.length;
            provider.answers = tick.answers;
            provider.served = [];
            const result: TickResult = await runTick(store, deps, { force: tick.force });
            const after = store.experiment.status;
            const written = store.acceptedStatuses.slice(writesBefore);
            expect(result.kind).not.toBe('invalid');
            expect(result.kind).not.toBe('conflict');
            // Each state the engine reaches: valid against the schema, describable, holding every metric.
            for (const status of written) {
              expectValidStatus(experiment, status);
              expectDescribable(experiment, status);
              expect(status.metrics?.map((m) => m.name)).toEqual(snapshotNames);
            }

            // The due rule, stated independently: the first iteration at once, then last + interval - 100 ms.
            const due =
              modelLastIterationAt === undefined ||
              now >= modelLastIterationAt + spec.duration.intervalSeconds * 1000 - 100;
            if (before) expect(isDue(before, spec, now)).toBe(due && !isCompleted(before));

            if (before && isCompleted(before)) {
              expect(result.kind).toBe('already-completed');
              expect(written).toHaveLength(0);
              expect(after).toEqual(before);
              continue;
            }
            if (!tick.force && !due) {
              reached.notDue++;
              expect(result.kind).toBe('not-due');
              expect(written).toHaveLength(0);
              continue;
            }
            expect(result.kind).toBe('stepped');
            expect(written).toHaveLength(1);
            const status = after as ExperimentStatus;

            if (modelLastAttempt !== undefined && now <= modelLastAttempt) {
              // A second delivery at (or before) the instant of the last attempt counts nothing.
              reached.replayed++;
              expect(status).toEqual(before);
              continue;
            }
            const refused = provider.served.some((o) => o.kind === 'refused');
            const errored = provider.served.some((o) => o.kind === 'error');
            modelLastAttempt = now;
            if (refused) {
              reached.refused++;
              expect(getCondition(status, 'Failed')).toMatchObject({ status: 'True', reason: 'MetricURLRefused' });
              expect(status.stage).toBe('Completed');
              expect(iterationsOf(status)).toBe(modelIterations);
            } else if (errored) {
              modelConsecutiveErrors++;
              expect(iterationsOf(status)).toBe(modelIterations);
              if (modelConsecutiveErrors > errorLimit) {
                reached.failedOnErrors++;
                expect(getCondition(status, 'Failed')).toMatchObject({ status: 'True', reason: 'MetricBackendError' });
                expect(status.stage).toBe('Completed');
              } else {
                reached.errored++;
                expect(isCompleted(status)).toBe(false);
                expect(getCondition(status, 'Failed')?.status).toBe('False');
                expect(status.metricErrors?.consecutive).toBe(modelConsecutiveErrors);
                expect(status.message).toMatch(/^MetricBackendError: Iteration \d+ not counted/);
              }
            } else {
              reached.counted++;
              modelIterations++;
              modelConsecutiveErrors = 0;
              modelLastIterationAt = now;
              expect(iterationsOf(status)).toBe(modelIterations);
              expect(status.metricErrors).toBeUndefined();
              expect(getCondition(status, 'Failed')?.status).toBe('False');
              if (modelIterations === total) {
                reached.completed++;
                expect(isCompleted(status)).toBe(true);
              } else if (isCompleted(status)) {
                reached.rolledBack++;
                expect(status.message).toBe('ExperimentCompleted: Experiment rolled back');
              }
            }
          }
          expectMonotoneHistory(experiment, store.acceptedStatuses);
        },
      ),
      { numRuns: RUNS.sequences },
    );
    // Not vacuous: the runs reached every branch above many times.
    for (const [branch, count] of Object.entries(reached)) expect([branch, count > 20]).toEqual([branch, true]);
  });
});

// ---- property 2: duplicated forced ticks, delivered concurrently ----

/**
 * Brings a store to a state with `iterations` counted iterations (fewer than the total), one
 * interval apart, so that the concurrent ticks that follow are forced ticks on a running experiment.
 */
async function warmedUpStore(
  experiment: Experiment,
  iterations: number,
  gateOn: () => boolean,
  schedule: (label: string) => Promise<void>,
) {
  const spec = applyDefaults(experiment.spec);
  const versions = versionsOf(experiment);
  const provider = new ScriptedProvider(versions);
  // No data: an unavailable value never violates an objective, so the warm-up never rolls back.
  provider.answers = Array.from({ length: PAIRS }, (): ScriptedAnswer => ({ kind: 'empty' }));
  const store = new MemoryExperimentStore(experiment, (operation) =>
    gateOn() ? schedule(operation) : Promise.resolve(),
  );
  let now = T0;
  for (let i = 0; i < Math.min(iterations, totalIterations(spec) - 1); i++) {
    now = T0 + i * spec.duration.intervalSeconds * 1000;
    await runTick(
      store,
      dependencies(provider, 3, () => now),
    );
  }
  provider.gate = () => (gateOn() ? schedule('metric query') : Promise.resolve());
  return { store, provider, lastTick: now };
}

describe('duplicated forced ticks delivered concurrently', () => {
  it(`count exactly one iteration, whatever the interleaving (numRuns ${RUNS.concurrent})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        experimentArb,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 2, max: 6 }),
        fc.scheduler(),
        async (experiment, warmUp, copies, scheduler) => {
          let concurrent = false;
          const schedule = (label: string) => scheduler.schedule(Promise.resolve(), label);
          const { store, provider, lastTick } = await warmedUpStore(experiment, warmUp, () => concurrent, schedule);
          const before = store.experiment.status;
          const writesBefore = store.acceptedStatuses.length;
          // All copies see the same healthy backend, at the same instant, sooner than the interval allows.
          const now = lastTick + 1;
          concurrent = true;
          const ticks = Array.from({ length: copies }, () =>
            runTick(
              store,
              dependencies(provider, 3, () => now),
              { force: true },
            ),
          );
          const results = await scheduler.waitFor(Promise.all(ticks));

          const after = store.experiment.status;
          expect(iterationsOf(after)).toBe(iterationsOf(before) + 1);
          const written = store.acceptedStatuses.slice(writesBefore);
          expect(written.length).toBeGreaterThanOrEqual(1);
          // A copy that read after the first write replays it; none adds anything.
          for (const status of written) expect(status).toEqual(written[0]);
          for (const result of results) expect(['stepped', 'conflict', 'already-completed']).toContain(result.kind);
          expect(
            store.refusedWrites + written.length + results.filter((r) => r.kind === 'already-completed').length,
          ).toBe(copies);
        },
      ),
      { numRuns: RUNS.concurrent },
    );
  });

  it(`record at most one attempt when each copy meets a different backend answer (numRuns ${RUNS.concurrentMixed})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        experimentArb,
        fc.integer({ min: 0, max: 4 }),
        fc.array(tickAnswersArb, { minLength: 2, maxLength: 5 }),
        fc.scheduler(),
        async (experiment, warmUp, answersPerCopy, scheduler) => {
          let concurrent = false;
          const schedule = (label: string) => scheduler.schedule(Promise.resolve(), label);
          const { store, lastTick } = await warmedUpStore(experiment, warmUp, () => concurrent, schedule);
          const before = store.experiment.status;
          const writesBefore = store.acceptedStatuses.length;
          const now = lastTick + 1;
          concurrent = true;
          const ticks = answersPerCopy.map((answers) => {
            const provider = new ScriptedProvider(versionsOf(experiment));
            provider.answers = answers;
            provider.gate = () => schedule('metric query');
            return runTick(
              store,
              dependencies(provider, 3, () => now),
              { force: true },
            );
          });
          await scheduler.waitFor(Promise.all(ticks));

          const written = store.acceptedStatuses.slice(writesBefore);
          expect(written.length).toBeGreaterThanOrEqual(1);
          for (const status of written) expect(status).toEqual(written[0]);
          const first = written[0] as ExperimentStatus;
          // Exactly one attempt: one more iteration, or one more error, or the end of the experiment.
          const moreIterations = iterationsOf(first) - iterationsOf(before);
          const moreErrors = (first.metricErrors?.consecutive ?? 0) - (before?.metricErrors?.consecutive ?? 0);
          expect(moreIterations === 1 || moreErrors === 1 || (moreIterations === 0 && isCompleted(first))).toBe(true);
          expect(moreIterations).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: RUNS.concurrentMixed },
    );
  });
});

// ---- property 3: the pure step ----

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('iterate, the pure step', () => {
  it(`neither mutates its input nor depends on anything but its arguments (numRuns ${RUNS.pureStep})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        experimentArb,
        tickAnswersArb,
        fc.integer({ min: 0, max: 10_000_000 }),
        async (experiment, answers, offset) => {
          const snapshots: MetricSnapshot[] = await resolveExperimentMetrics(experiment, catalog);
          const versions = versionsOf(experiment);
          const provider = new ScriptedProvider(versions);
          provider.answers = answers;
          const values: FetchedValues = new Map();
          for (const snapshot of snapshots) {
            const id = metricIdentity(snapshot.metricObj);
            const perVersion = new Map<string, MetricOutcome>();
            for (const version of versions) {
              perVersion.set(
                version,
                await provider.fetch({
                  metricId: id,
                  metric: snapshot.metricObj,
                  version,
                  args: {},
                  elapsedSeconds: 1,
                }),
              );
            }
            values.set(id, perVersion);
          }
          const input = deepFreeze(structuredClone(experiment));
          const observation = deepFreeze({ metrics: snapshots, values });
          // A frozen input makes any mutation throw (ES modules run in strict mode).
          const first = iterate(input, observation, T0 + offset, { errorLimit: 0 });
          const second = iterate(input, observation, T0 + offset, { errorLimit: 0 });
          expect(second).toEqual(first);
          expect(input).toEqual(experiment);
          expectValidStatus(experiment, first.status);
        },
      ),
      { numRuns: RUNS.pureStep },
    );
  });
});
