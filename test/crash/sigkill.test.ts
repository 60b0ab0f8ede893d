// Crash safety: the compiled function, run as `npm start` runs it (faas-js-runtime in a process of
// its own), is killed with SIGKILL more than a hundred times at chosen and random points of a tick:
// before it reads the experiment, during the metric queries, after them, while its status write is
// in flight, after the API server applied the write but before the answer reached it, and after.
// Between kills the platform's redelivery of the same event, or the next tick, goes to a freshly
// started process. The test API server enforces the shipped RBAC and counts every status write it
// applies; a real Prometheus (behind a proxy that holds each query for a random 30-200 ms, so a
// tick is long enough to land in) answers the queries.
//
// After every kill: the experiment parses and validates, its status is one whole write (every
// section from the same iteration), and completedIterations equals the number of status writes the
// API server applied: never more. Every applied write counts exactly one iteration, at least
// interval - tolerance after the previous one (the due rule held, so no tick counted twice). At the
// end the kills stop, ticks resume, and every experiment completes with exactly
// iterationsPerLoop x maxLoops iterations.
//
// Two lanes run at once, each with its own experiments and processes: one ticks its experiment by
// name ({"experiment": ...}), the other by namespace scan ({"namespace": ...}, one LIST per tick).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CloudEvent } from 'cloudevents';
import { pingDueToleranceMs } from '../../src/eventing/schedule.js';
import { parseExperiment } from '../../src/experiment/parse.js';
import type { ExperimentStatus } from '../../src/experiment/types.js';
import { validateForIteration } from '../../src/experiment/validate.js';
import { isCompleted, isConditionTrue } from '../../src/iteration/conditions.js';
import { errorMessage } from '../../src/util/errors.js';
import { startDelayingProxy, type DelayingProxy } from '../support/delaying-proxy.js';
import {
  EXPERIMENT_RESOURCE,
  removeKubeconfig,
  sampleExperiment,
  sampleService,
  startFunctionKube,
  startSampleMetrics,
  writeFunctionKubeconfig,
} from '../support/function-cluster.js';
import {
  deliver,
  pingEvent,
  startFunctionProcess,
  type EventReply,
  type FunctionProcess,
} from '../support/function-process.js';
import type { KubeApiServer, RequestInfo } from '../support/kube-api-server.js';
import type { KnativeFixture } from '../support/prometheus.js';
import { isStatusWrite, watchStatusWrites, type StatusLedger } from '../support/status-ledger.js';

/** Kills aimed for; fewer than MIN_KILLS within the budget fails the test (a machine far too slow). */
const KILLS = 110;
const MIN_KILLS = 100;
const INTERVAL_MS = 1000;
const ITERATIONS_PER_LOOP = 4;
const MAX_LOOPS = 2;
const ITERATIONS = ITERATIONS_PER_LOOP * MAX_LOOPS;
/** Two counted iterations are at least this far apart, or one tick was counted twice. */
const MIN_SPACING_MS = INTERVAL_MS - pingDueToleranceMs(INTERVAL_MS);
/** Queries per iteration of the sample experiment: its three objectives and the request count Iter8 always reads. */
const QUERIES_PER_ITERATION = 4;
/** Processes kept starting per lane, so a killed one is replaced at once (a start costs ~0.8 s of CPU). */
const STANDBYS = 2;
/** Nothing in a tick should take this long; a delivery that does is a hang, and fails the test. */
const DELIVERY_TIMEOUT_MS = 15_000;
/** Kills stop after this long even if fewer than KILLS landed (the count is then asserted). */
const KILLING_BUDGET_MS = 150_000;

const PHASES = [
  'before the read',
  'after the read, before the queries',
  'during the queries',
  'after the queries, before the status write',
  'status write in flight, applied after the kill',
  'status write received, dropped by the API server',
  'status write applied, answer not yet received',
  'after the status write was answered',
] as const;
type Phase = (typeof PHASES)[number];

/**
 * How a delivery is to be killed: at a random instant, or at an event the API server or the proxy
 * observes. The event-timed ones reach points a random instant rarely hits (a write applied whose
 * answer never arrives).
 */
type Plan =
  | 'none'
  | 'random instant'
  | 'read answered'
  | 'first query received'
  | 'last query answered'
  | 'write received'
  | 'write applied'
  | 'write answered';
const PLAN_WEIGHTS: ReadonlyArray<readonly [Plan, number]> = [
  ['none', 10],
  ['random instant', 42],
  ['read answered', 6],
  ['first query received', 8],
  ['last query answered', 8],
  ['write received', 8],
  ['write applied', 10],
  ['write answered', 8],
];

/** What one delivery did, as the API server and the proxy saw it. */
interface Trace {
  plan: Plan;
  sentAt: number;
  readAnsweredAt?: number;
  queriesReceived: number;
  queriesAnswered: number;
  writeReceivedAt?: number;
  writeAppliedAt?: number;
  writeAnsweredAt?: number;
  kill?: { at: number; phase: Phase };
}

interface Lane {
  label: string;
  namespace: string;
  /** The event data a tick of this lane carries. */
  data(experiment: string): unknown;
  /** This experiment's outcome in a reply. */
  summary(reply: EventReply, experiment: string): { result?: string; iteration?: number } | undefined;
  proxy: DelayingProxy;
  active?: FunctionProcess;
  /** Started, oldest first; the next delivery after a kill takes the first. */
  standbys: Array<Promise<FunctionProcess>>;
  trace?: Trace;
  queriesInFlight: number;
  generation: number;
  experiment: string;
  experiments: string[];
}

// A seeded generator, so a failing run's plan sequence can be told apart from another's.
const seed = Number(process.env.ITER8FN_CRASH_SEED ?? Date.now() % 1_000_000);
let state = seed;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function choosePlan(): Plan {
  const total = PLAN_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [plan, weight] of PLAN_WEIGHTS) {
    pick -= weight;
    if (pick < 0) return plan;
  }
  return 'none';
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function phaseOf(trace: Trace): Phase {
  if (trace.writeAnsweredAt !== undefined) return 'after the status write was answered';
  if (trace.writeAppliedAt !== undefined) return 'status write applied, answer not yet received';
  if (trace.writeReceivedAt !== undefined) return 'status write received, dropped by the API server';
  if (trace.queriesReceived >= QUERIES_PER_ITERATION && trace.queriesAnswered >= trace.queriesReceived)
    return 'after the queries, before the status write';
  if (trace.queriesReceived > 0) return 'during the queries';
  if (trace.readAnsweredAt !== undefined) return 'after the read, before the queries';
  return 'before the read';
}

let fixture: KnativeFixture;
let kube: KubeApiServer;
let kubeconfig: string;
const lanes: Lane[] = [];
const processes: FunctionProcess[] = [];
/** Status writes the API server applied: each must count one iteration, spaced by the due rule. */
let ledger: StatusLedger;
const phases = new Map<Phase, number>();
const plans = new Map<Plan, number>();
let kills = 0;
/** Set when a lane fails or the tests end: the other lane stops at its next tick. */
let aborted = false;
const laneRuns: Array<Promise<void>> = [];
let spawned = 0;
let waitedForProcessMs = 0;
let redeliveriesAfterAppliedWrite = 0;

const statusOf = (namespace: string, name: string): ExperimentStatus | undefined =>
  kube.get(EXPERIMENT_RESOURCE, namespace, name)?.status as ExperimentStatus | undefined;

function laneOf(info: RequestInfo): Lane | undefined {
  return lanes.find((lane) => lane.namespace === info.namespace);
}

const isExperimentRead = (info: RequestInfo): boolean =>
  info.resource === 'experiments' && info.subresource === undefined && (info.verb === 'get' || info.verb === 'list');

/** Kills the lane's process now, noting where its delivery was. Returns once the process is gone. */
async function killActive(lane: Lane): Promise<void> {
  const trace = lane.trace;
  const target = lane.active;
  if (!trace || trace.kill || !target?.alive()) return;
  trace.kill = { at: Date.now(), phase: phaseOf(trace) };
  target.kill();
  await target.exited;
}

function spawnFor(lane: Lane): Promise<FunctionProcess> {
  spawned++;
  const starting = startFunctionProcess({
    kubeconfig,
    env: { ITER8FN_PROMETHEUS_URL: lane.proxy.url, ITER8FN_READY_TIMEOUT_SECONDS: '1' },
  }).then((started) => {
    processes.push(started);
    return started;
  });
  starting.catch(() => undefined);
  return starting;
}

/** The lane's ready process; a killed one is replaced by the oldest standby, and another starts. */
async function readyProcess(lane: Lane): Promise<FunctionProcess> {
  if (lane.active?.alive()) return lane.active;
  let failures = 0;
  for (;;) {
    while (lane.standbys.length < STANDBYS + 1) lane.standbys.push(spawnFor(lane));
    const next = lane.standbys.shift() as Promise<FunctionProcess>;
    try {
      const started = await next;
      await started.ready;
      lane.active = started;
      return started;
    } catch (err) {
      // A port taken between probing and listening: take the next one.
      if (++failures >= 3) throw err;
    }
  }
}

function newGeneration(lane: Lane): void {
  lane.generation += 1;
  lane.experiment = `run-${lane.generation}`;
  lane.experiments.push(lane.experiment);
  kube.put(
    sampleExperiment({
      name: lane.experiment,
      namespace: lane.namespace,
      intervalSeconds: INTERVAL_MS / 1000,
      iterationsPerLoop: ITERATIONS_PER_LOOP,
      maxLoops: MAX_LOOPS,
    }),
  );
}

/** The experiment as stored is one whole, valid write, and counts exactly the writes applied. */
function expectIntact(lane: Lane, name: string, context: string): void {
  const stored = kube.get(EXPERIMENT_RESOURCE, lane.namespace, name);
  const where = `${lane.namespace}/${name} ${context}`;
  let problem: string | undefined;
  try {
    // As a GET presents it: the server stores objects without apiVersion and kind.
    const experiment = parseExperiment({ ...stored, apiVersion: 'iter8.tools/v2alpha2', kind: 'Experiment' });
    problem = validateForIteration(experiment)?.message;
    const status = experiment.status;
    const completed = status?.completedIterations ?? 0;
    const applied = ledger.applied(lane.namespace, name);
    if (completed !== applied)
      problem = `completedIterations ${completed}, but the API server applied ${applied} status write(s)`;
    else if (isConditionTrue(status, 'Failed')) problem = `failed: ${status?.message}`;
    else if (completed > 0) {
      // Every section of a whole write carries the instant of its iteration.
      const sections = status?.analysis
        ? Object.entries(status.analysis).filter(([key]) => key !== 'aggregatedBuiltinHists')
        : [];
      const stale = sections
        .filter(([, section]) => (section as { timestamp?: string }).timestamp !== status?.lastUpdateTime)
        .map(([key]) => key);
      if (sections.length !== 4 || stale.length > 0)
        problem = `status mixes writes: analysis sections ${sections.map(([k]) => k).join(',')}, stale ${stale.join(',')}`;
      if (!status?.startTime || (status.metrics?.length ?? 0) === 0)
        problem = `status lacks startTime (${status?.startTime}) or the metric snapshot (${status?.metrics?.map((m) => m.name).join(',')})`;
    }
  } catch (err) {
    problem = `does not parse: ${errorMessage(err)}`;
  }
  expect({ where, problem }).toEqual({ where, problem: undefined });
  expect(ledger.violations).toEqual([]);
}

async function waitUntilDue(lane: Lane): Promise<void> {
  const status = statusOf(lane.namespace, lane.experiment);
  if (!status?.completedIterations || !status.lastUpdateTime) return;
  const dueAt = Date.parse(status.lastUpdateTime) + MIN_SPACING_MS;
  // A little past due: the function's clock is read a few ms after the event is sent.
  const wait = dueAt + 30 - Date.now();
  if (wait > 0) await sleep(wait);
}

async function drainQueries(lane: Lane): Promise<void> {
  const deadline = Date.now() + 5000;
  while (lane.queriesInFlight > 0 && Date.now() < deadline) await sleep(10);
}

/** Runs the lane's ticks: with kills until `killing()` says stop, then without until its experiment completes. */
async function runLane(lane: Lane, killing: () => boolean, durations: number[]): Promise<void> {
  let event: CloudEvent<unknown> = pingEvent(lane.data(lane.experiment));
  let redelivery = false;
  let lastKillApplied = false;
  for (;;) {
    if (aborted) return;
    const stopKilling = !killing();
    if (isCompleted(statusOf(lane.namespace, lane.experiment))) {
      expectIntact(lane, lane.experiment, 'once completed');
      if (stopKilling) return;
      newGeneration(lane);
      event = pingEvent(lane.data(lane.experiment));
      redelivery = false;
    }
    if (!redelivery) await waitUntilDue(lane);
    const waitStarted = Date.now();
    const target = await readyProcess(lane);
    waitedForProcessMs += Date.now() - waitStarted;
    const plan: Plan = stopKilling ? 'none' : choosePlan();
    const trace: Trace = { plan, sentAt: Date.now(), queriesReceived: 0, queriesAnswered: 0 };
    lane.trace = trace;
    const median =
      durations.length > 0 ? ([...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)] as number) : 300;
    const timer =
      plan === 'random instant' ? setTimeout(() => void killActive(lane), random() * median * 1.2) : undefined;
    let reply: EventReply | undefined;
    let failure: unknown;
    try {
      reply = await deliver(target.url, event, DELIVERY_TIMEOUT_MS);
    } catch (err) {
      failure = err;
    }
    clearTimeout(timer);

    if (trace.kill) {
      await target.exited;
      await drainQueries(lane);
      // A write the dead process had already sent may still be on its way in.
      await sleep(20);
      let phase = trace.kill.phase;
      if (
        trace.writeReceivedAt !== undefined &&
        trace.writeReceivedAt > trace.kill.at &&
        trace.writeAppliedAt !== undefined
      ) {
        phase = 'status write in flight, applied after the kill';
      }
      phases.set(phase, (phases.get(phase) ?? 0) + 1);
      plans.set(plan, (plans.get(plan) ?? 0) + 1);
      kills++;
      expectIntact(lane, lane.experiment, `after kill ${kills} (${phase})`);
      lastKillApplied = trace.writeAppliedAt !== undefined;
      // The platform retries a delivery that got no answer; sometimes the next tick comes first.
      redelivery = random() < 0.75;
      if (!redelivery) event = pingEvent(lane.data(lane.experiment));
      continue;
    }

    if (!reply)
      throw new Error(
        `${lane.label}: delivery failed without a kill: ${errorMessage(failure)}\n${target.output().slice(-3000)}`,
      );
    durations.push(Date.now() - trace.sentAt);
    const summary = lane.summary(reply, `${lane.namespace}/${lane.experiment}`);
    const applied = ledger.applied(lane.namespace, lane.experiment);
    const context = `${lane.label} ${redelivery ? 'redelivery' : 'tick'} of ${lane.experiment}`;
    expect({ context, status: reply.status, result: summary?.result, iteration: summary?.iteration ?? 0 }).toEqual({
      context,
      status: 200,
      result: expect.stringMatching(/^(iterated|completed|not-due)$/),
      iteration: applied,
    });
    // A redelivery of a tick whose write was applied (but never answered) finds nothing due; had it
    // counted an iteration, the ledger would have caught two iterations closer than the due rule allows.
    if (redelivery && lastKillApplied && summary?.result === 'not-due') redeliveriesAfterAppliedWrite++;
    expectIntact(lane, lane.experiment, `after an answered ${context}`);
    redelivery = false;
    lastKillApplied = false;
    event = pingEvent(lane.data(lane.experiment));
  }
}

beforeAll(async () => {
  fixture = await startSampleMetrics(300_000);
  kube = await startFunctionKube();
  ledger = watchStatusWrites(kube, MIN_SPACING_MS);
  kubeconfig = await writeFunctionKubeconfig(kube);
  const summaryOfOne = (reply: EventReply): { result?: string; iteration?: number } | undefined =>
    reply.body as { result?: string; iteration?: number };
  const summaryInScan = (reply: EventReply, experiment: string) =>
    (
      (reply.body as { experiments?: Array<{ experiment: string; result?: string; iteration?: number }> })
        .experiments ?? []
    ).find((e) => e.experiment === experiment);
  for (const [label, namespace, data, summary] of [
    ['by name', 'crash-one', (name: string) => ({ experiment: `crash-one/${name}` }), summaryOfOne],
    ['by scan', 'crash-scan', () => ({ namespace: 'crash-scan' }), summaryInScan],
  ] as const) {
    const proxy = await startDelayingProxy({ target: fixture.prometheus.url, delayMs: () => 30 + random() * 170 });
    const lane: Lane = {
      label,
      namespace,
      data,
      summary,
      proxy,
      standbys: [],
      queriesInFlight: 0,
      generation: 0,
      experiment: '',
      experiments: [],
    };
    proxy.onReceived(() => {
      lane.queriesInFlight++;
      const trace = lane.trace;
      if (!trace || trace.kill) return;
      trace.queriesReceived++;
      if (trace.plan === 'first query received') void killActive(lane);
    });
    proxy.onAnswered(() => {
      lane.queriesInFlight--;
      const trace = lane.trace;
      if (!trace || trace.kill) return;
      trace.queriesAnswered++;
      // All received are answered, not only four: a fresh process's metric-pack probe goes through the proxy too.
      if (
        trace.plan === 'last query answered' &&
        trace.queriesAnswered >= QUERIES_PER_ITERATION &&
        trace.queriesAnswered >= trace.queriesReceived
      )
        void killActive(lane);
    });
    kube.put(sampleService(namespace));
    lanes.push(lane);
    newGeneration(lane);
    for (let i = 0; i <= STANDBYS; i++) lane.standbys.push(spawnFor(lane));
  }

  // The hooks note every step of the current delivery (also after a kill, to see a write that was
  // already on its way) and carry out the event-timed kills.
  kube.onRequest(async (info) => {
    const lane = laneOf(info);
    const trace = lane?.trace;
    if (!lane || !trace || !isStatusWrite(info)) return;
    trace.writeReceivedAt ??= Date.now();
    if (trace.plan === 'write received' && !trace.kill) {
      await killActive(lane);
      // kube-apiserver may drop a request whose client went away; this one is dropped unapplied.
      throw new Error('the client went away before the write was applied');
    }
  });
  ledger.onApplied(async (info) => {
    const lane = laneOf(info);
    const trace = lane?.trace;
    if (!lane || !trace) return;
    trace.writeAppliedAt ??= Date.now();
    if (trace.plan === 'write applied' && !trace.kill) await killActive(lane);
  });
  kube.afterAnswer(async (info) => {
    const lane = laneOf(info);
    const trace = lane?.trace;
    if (!lane || !trace) return;
    if (isExperimentRead(info)) {
      trace.readAnsweredAt ??= Date.now();
      if (trace.plan === 'read answered' && !trace.kill) await killActive(lane);
    } else if (isStatusWrite(info) && trace.writeAppliedAt !== undefined) {
      trace.writeAnsweredAt ??= Date.now();
      if (trace.plan === 'write answered' && !trace.kill) await killActive(lane);
    }
  });
}, 90_000);

afterAll(async () => {
  aborted = true;
  await Promise.allSettled(laneRuns);
  await Promise.allSettled(lanes.flatMap((lane) => lane.standbys));
  await Promise.all(processes.map((p) => p.stop(1000)));
  await Promise.all(lanes.map((lane) => lane.proxy.close()));
  await kube?.close();
  if (kubeconfig) await removeKubeconfig(kubeconfig);
  await fixture?.stop();
});

describe('SIGKILL at any point of a tick', () => {
  it(`survives ${KILLS} kills with nothing counted twice and nothing half-written, then completes every experiment`, async () => {
    const started = Date.now();
    const durations: number[] = [];
    const killing = (): boolean => kills < KILLS && Date.now() - started < KILLING_BUDGET_MS;
    for (const lane of lanes) {
      laneRuns.push(
        runLane(lane, killing, durations).catch((err: unknown) => {
          aborted = true;
          throw err;
        }),
      );
    }
    await Promise.all(laneRuns);
    const elapsed = Date.now() - started;

    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(ledger.violations).toEqual([]);
    for (const lane of lanes) {
      for (const name of lane.experiments) {
        const status = statusOf(lane.namespace, name);
        expect({
          experiment: name,
          completed: isCompleted(status),
          iterations: status?.completedIterations,
          applied: ledger.applied(lane.namespace, name),
        }).toEqual({
          experiment: name,
          completed: true,
          iterations: ITERATIONS,
          applied: ITERATIONS,
        });
        expectIntact(lane, name, 'at the end');
      }
    }
    // Every kind of point was hit, the hard ones included.
    for (const phase of [
      'during the queries',
      'after the queries, before the status write',
      'status write applied, answer not yet received',
      'after the status write was answered',
    ] as const) {
      expect({ phase, hit: (phases.get(phase) ?? 0) > 0 }).toEqual({ phase, hit: true });
    }
    expect(redeliveriesAfterAppliedWrite).toBeGreaterThan(0);
    // The function never needed more than the shipped RBAC grants.
    expect(kube.requests.filter((r) => r.status === 403).map((r) => `${r.method} ${r.path}`)).toEqual([]);

    const experiments = lanes.reduce((sum, lane) => sum + lane.experiments.length, 0);
    const iterations = ledger.total();
    const lines = [
      `crash safety (seed ${seed}): ${kills} SIGKILLs survived in ${(elapsed / 1000).toFixed(1)} s, ${spawned} function processes started,`,
      `  ${experiments} experiments completed with exactly ${ITERATIONS} iterations each (${iterations} status writes applied, none counted twice),`,
      `  ${redeliveriesAfterAppliedWrite} redeliveries after an applied but unanswered write answered not-due; median unkilled delivery ${durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)]} ms,`,
      `  ${(waitedForProcessMs / 1000).toFixed(1)} s waited for a started process (both lanes together)`,
      '  where the kills landed:',
      ...PHASES.map((phase) => `    ${String(phases.get(phase) ?? 0).padStart(4)}  ${phase}`),
      '  how they were timed:',
      ...PLAN_WEIGHTS.filter(([plan]) => plan !== 'none').map(
        ([plan]) => `    ${String(plans.get(plan) ?? 0).padStart(4)}  ${plan}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }, 300_000);
});
