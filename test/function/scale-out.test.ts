// Scale-out on the engine we run on: three function processes (the built bundle under
// faas-js-runtime, as `npm start` runs it) behind a test Broker that delivers round-robin with the
// shipped Trigger's retry policy, the test API server enforcing the shipped RBAC, and a real
// Prometheus scraping the sample revisions.
//
// 1. The scan PingSource's event ({}) finds more due experiments than ITER8FN_SCAN_INLINE_MAX and
//    hands them out through K_SINK (the Broker) as one tick event each; every experiment advances
//    exactly once, on all three instances. A scan whose sink is down answers 503 and touches nothing.
// 2. 1,000 experiments, each ticked by its own PingSource-equivalent event once per interval for a
//    few intervals, with duplicates delivered at once to two instances and answers lost on purpose
//    (so the Broker retries on another instance): every due iteration is counted exactly once.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { CloudEvent, HTTP } from 'cloudevents';
import { pingDueToleranceMs } from '../../src/eventing/schedule.js';
import { createClusterFunction } from '../../src/function/cluster.js';
import { readFunctionConfig } from '../../src/function/config.js';
import type { ExperimentStatus } from '../../src/experiment/types.js';
import { mapBounded } from '../../src/util/concurrency.js';
import {
  EXPERIMENT_RESOURCE,
  removeKubeconfig,
  sampleExperiment,
  sampleService,
  startFunctionKube,
  startSampleMetrics,
  writeFunctionKubeconfig,
} from '../support/function-cluster.js';
import { freePort, PING, startFunctionProcess, type FunctionProcess } from '../support/function-process.js';
import type { KubeApiServer } from '../support/kube-api-server.js';
import type { KnativeFixture } from '../support/prometheus.js';
import { watchStatusWrites, type StatusLedger } from '../support/status-ledger.js';
import { shippedDelivery, TestBroker, type Delivery } from '../support/test-broker.js';

const NAMESPACE = 'fleet';
const INSTANCES = 3;
const SCAN_INLINE_MAX = 50;
const FAN_OUT_EXPERIMENTS = 300;
const FLEET = 1000;
const INTERVAL_SECONDS = 5;
const ROUNDS = 3;
/** Two counted iterations of one experiment are at least this far apart, or a tick counted twice. */
const MIN_SPACING_MS = INTERVAL_SECONDS * 1000 - pingDueToleranceMs(INTERVAL_SECONDS * 1000);
/** Every DUPLICATE_EVERY-th experiment's tick is also sent a second time, at once, in each round. */
const DUPLICATE_EVERY = 10;
/** Every LOSE_EVERY-th delivery's first answer is lost on purpose: the Broker retries it elsewhere. */
const LOSE_EVERY = 25;
const SCAN_SOURCE = '/apis/v1/namespaces/iter8-system/pingsources/iter8-scan';

let fixture: KnativeFixture | undefined;
let kube: KubeApiServer;
let kubeconfig: string | undefined;
let broker: TestBroker | undefined;
let ledger: StatusLedger | undefined;
const instances: FunctionProcess[] = [];
const publisher = new http.Agent({ keepAlive: true, maxSockets: 16 });

const fanOutName = (i: number): string => `fan-${String(i).padStart(3, '0')}`;
const fleetName = (i: number): string => `exp-${String(i).padStart(4, '0')}`;
const statusOf = (name: string): ExperimentStatus | undefined =>
  kube.get(EXPERIMENT_RESOURCE, NAMESPACE, name)?.status as ExperimentStatus | undefined;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  fixture = await startSampleMetrics(5 * 60_000, NAMESPACE);
  kube = await startFunctionKube();
  kube.put(sampleService(NAMESPACE));
  kubeconfig = await writeFunctionKubeconfig(kube);
  ledger = watchStatusWrites(kube, MIN_SPACING_MS);
  broker = await TestBroker.start({
    delivery: shippedDelivery(),
    types: [PING],
    // Answers lost on purpose: the delivery is retried (after the shipped backoff) on the next instance.
    loseAnswer: (delivery, attempt) =>
      attempt.number === 0 && delivery.sequence % LOSE_EVERY === LOSE_EVERY - 1 && isTickOfOne(delivery),
  });
  const started = await Promise.all(
    Array.from({ length: INSTANCES }, () =>
      startFunctionProcess({
        kubeconfig: kubeconfig as string,
        env: {
          ITER8FN_PROMETHEUS_URL: fixture?.prometheus.url ?? '',
          ITER8FN_READY_TIMEOUT_SECONDS: '1',
          ITER8FN_SCAN_INLINE_MAX: String(SCAN_INLINE_MAX),
          K_SINK: broker?.url ?? '',
        },
      }),
    ),
  );
  instances.push(...started);
  await Promise.all(instances.map((i) => i.ready));
  broker.subscribe(instances.map((i) => i.url));
}, 120_000);

afterAll(async () => {
  publisher.destroy();
  ledger?.close();
  await broker?.close();
  await Promise.allSettled(instances.map((i) => i.stop()));
  await kube?.close();
  await fixture?.stop();
  if (kubeconfig) await removeKubeconfig(kubeconfig);
}, 60_000);

function isTickOfOne(delivery: Delivery): boolean {
  return delivery.event.data.toString('utf8').includes('"experiment"');
}

/** The experiment a delivery ticks, from its data. */
function experimentOf(delivery: Delivery): string | undefined {
  try {
    return (JSON.parse(delivery.event.data.toString('utf8')) as { experiment?: string }).experiment;
  } catch {
    return undefined;
  }
}

/** Every answer the instances gave, lost ones included: which instance, and the result it reported. */
interface Answer {
  experiment: string;
  instance: number;
  result: string;
  message?: string;
  lost: boolean;
  final: boolean;
}

function answers(deliveries: Delivery[]): Answer[] {
  return deliveries.flatMap((d) =>
    d.attempts.flatMap((a, index) => {
      const body = a.reply?.body as { result?: string; message?: string } | undefined;
      if (body?.result === undefined) return [];
      return [
        {
          experiment: experimentOf(d) ?? '',
          instance: a.subscriber,
          result: body.result,
          ...(body.message !== undefined ? { message: body.message } : {}),
          lost: a.answerLost === true,
          final: index === d.attempts.length - 1,
        },
      ];
    }),
  );
}

const isCounted = (result: string): boolean => result === 'iterated' || result === 'completed';
/** Answers that found the iteration done by another delivery. */
const isSkipped = (result: string): boolean =>
  result === 'not-due' || result === 'conflict' || result === 'already-completed';
/** Answers the Broker retries (503): the API server or Prometheus was slow or failed. */
const isTransient = (result: string): boolean => result === 'unavailable' || result === 'errored';

/** Publishes a PingSource-style event to the Broker's ingress, in binary or structured mode. */
function publish(data: unknown, options: { id?: string; source?: string; structured?: boolean } = {}) {
  const event = new CloudEvent({
    id: options.id ?? randomUUID(),
    type: PING,
    source: options.source ?? '/apis/v1/namespaces/iter8-system/pingsources/test',
    datacontenttype: 'application/json',
    data,
  });
  const message = options.structured ? HTTP.structured(event) : HTTP.binary(event);
  const body = Buffer.from(message.body as string);
  const headers = { ...(message.headers as Record<string, string>), 'content-length': String(body.length) };
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      broker?.url ?? '',
      { method: 'POST', headers, agent: publisher, timeout: 10_000 },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('timeout', () => request.destroy(new Error('the broker did not answer within 10 s')));
    request.on('error', reject);
    request.end(body);
  });
}

function describeFailures(deliveries: Delivery[]): string {
  return deliveries
    .slice(0, 5)
    .map(
      (d) =>
        `${experimentOf(d) ?? 'scan'} ${d.state}: ${d.attempts.map((a) => a.status ?? a.error).join(', ')} ${JSON.stringify(d.reply?.body ?? '').slice(0, 300)}`,
    )
    .join('; ');
}

describe('scan fan-out through the Broker', () => {
  it('a scan finding more due experiments than ITER8FN_SCAN_INLINE_MAX hands each out once, and all three instances advance them', async () => {
    for (let i = 0; i < FAN_OUT_EXPERIMENTS; i++) {
      kube.put(
        sampleExperiment({
          name: fanOutName(i),
          namespace: NAMESPACE,
          // Long enough that the second scan, seconds later, finds none due (the tolerance is 5 s).
          intervalSeconds: 60,
          iterationsPerLoop: 2,
          maxLoops: 1,
        }),
      );
    }
    const b = broker as TestBroker;
    const first = b.deliveries.length;
    const scanId = `scan-${randomUUID()}`;
    expect(await publish({}, { id: scanId, source: SCAN_SOURCE })).toBe(202);
    await b.idle(90_000);

    const deliveries = b.deliveries.slice(first);
    const scan = deliveries.find((d) => d.event.attributes.id === scanId);
    expect(scan?.state).toBe('delivered');
    expect(scan?.reply).toMatchObject({
      status: 200,
      type: 'tools.iter8.scan.completed',
      body: { event: scanId, due: FAN_OUT_EXPERIMENTS, handedOut: FAN_OUT_EXPERIMENTS, sink: b.url },
    });
    // One tick event per due experiment, exactly the PingSource's type and data, ids from the scan's.
    const ticks = deliveries.filter((d) => d !== scan);
    const names = ticks.map(experimentOf).sort();
    expect(names).toEqual(Array.from({ length: FAN_OUT_EXPERIMENTS }, (_, i) => `${NAMESPACE}/${fanOutName(i)}`));
    for (const tick of ticks) {
      expect(tick.event.attributes).toMatchObject({
        type: PING,
        source: SCAN_SOURCE,
        id: `${scanId}/${experimentOf(tick)}`,
      });
    }
    const failed = ticks.filter((d) => d.state !== 'delivered');
    expect({ failed: failed.length, detail: describeFailures(failed) }).toEqual({ failed: 0, detail: '' });

    // Each counted exactly once, and the work was spread over every instance.
    for (let i = 0; i < FAN_OUT_EXPERIMENTS; i++) {
      expect({ i, iterations: statusOf(fanOutName(i))?.completedIterations }).toEqual({ i, iterations: 1 });
      expect(ledger?.applied(NAMESPACE, fanOutName(i))).toBe(1);
    }
    expect(ledger?.violations).toEqual([]);
    // Lost answers included: one counted answer per experiment, the retries of lost ones skipped.
    const given = answers(ticks);
    expect(
      given
        .filter((a) => isCounted(a.result))
        .map((a) => a.experiment)
        .sort(),
    ).toEqual(names);
    expect(given.filter((a) => !isCounted(a.result)).every((a) => isSkipped(a.result) || isTransient(a.result))).toBe(
      true,
    );
    for (let index = 0; index < INSTANCES; index++) {
      const counted = given.filter((a) => a.instance === index && isCounted(a.result)).length;
      expect({ index, spread: counted > FAN_OUT_EXPERIMENTS / INSTANCES / 2 }).toEqual({ index, spread: true });
    }

    const scanAttempt = scan?.attempts[0];
    if (scanAttempt) {
      const lastTick = Math.max(...ticks.map((d) => d.attempts.at(-1)?.endedAt ?? 0));
      process.stdout.write(
        `scan fan-out: ${FAN_OUT_EXPERIMENTS} due experiments handed out in ${scanAttempt.endedAt - scanAttempt.startedAt} ms ` +
          `(LIST, due check, one event each to the Broker); the last one iterated ${lastTick - scanAttempt.startedAt} ms after the scan arrived\n`,
      );
    }

    // The scan again at once: nothing is due, so it runs inline and hands nothing out.
    const again = b.deliveries.length;
    expect(await publish({}, { source: SCAN_SOURCE })).toBe(202);
    await b.idle(60_000);
    const second = b.deliveries.slice(again);
    expect(second).toHaveLength(1);
    const experiments = (second[0]?.reply?.body as { experiments?: Array<{ result: string }> } | undefined)
      ?.experiments;
    expect(experiments).toHaveLength(FAN_OUT_EXPERIMENTS);
    expect(experiments?.every((e) => e.result === 'not-due')).toBe(true);
    expect(ledger?.total()).toBe(FAN_OUT_EXPERIMENTS);
  }, 150_000);

  it('a scan whose sink is down answers 503 naming the sink, so the scan is retried, and advances nothing', async () => {
    const closedPort = await freePort();
    const sink = `http://127.0.0.1:${closedPort}/`;
    const fn = await createClusterFunction(
      readFunctionConfig({
        KUBECONFIG: kubeconfig as string,
        ITER8FN_SCAN_INLINE_MAX: '2',
        K_SINK: sink,
        ITER8FN_PROMETHEUS_URL: fixture?.prometheus.url ?? '',
      }),
      // Late enough for every fan-out experiment to be due again.
      { clock: () => Date.now() + 120_000, log: () => undefined },
    );
    const totalBefore = ledger?.total();
    const reply = (await fn.handle({
      cloudevent: {
        id: 'scan-sink-down',
        type: PING,
        source: SCAN_SOURCE,
        specversion: '1.0',
        data: { namespace: NAMESPACE },
      },
    })) as { statusCode?: number; body?: Record<string, unknown> };
    expect(reply.statusCode).toBe(503);
    expect(reply.body).toMatchObject({
      event: 'scan-sink-down',
      due: FAN_OUT_EXPERIMENTS,
      handedOut: 0,
      notSent: FAN_OUT_EXPERIMENTS,
      sink,
    });
    expect(reply.body?.error).toMatch(
      new RegExp(`^${FAN_OUT_EXPERIMENTS} of ${FAN_OUT_EXPERIMENTS} due experiment\\(s\\) could not be handed out to`),
    );
    expect((reply.body?.failed as unknown[]).length).toBe(20);
    expect(ledger?.total()).toBe(totalBefore);
  }, 60_000);
});

describe('1,000 experiments ticked through the Broker by three instances', () => {
  it('counts every due iteration exactly once across instances, under duplicates and retries', async () => {
    const b = broker as TestBroker;
    for (let i = 0; i < FLEET; i++) {
      kube.put(
        sampleExperiment({
          name: fleetName(i),
          namespace: NAMESPACE,
          intervalSeconds: INTERVAL_SECONDS,
          iterationsPerLoop: ROUNDS,
          maxLoops: 1,
        }),
      );
    }
    const writesBefore = ledger?.total() ?? 0;
    const started = Date.now();
    const roundTimes: number[] = [];
    let duplicates = 0;
    const transient: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const roundStarted = Date.now();
      const first = b.deliveries.length;
      // One event per experiment, as its PingSource sends it; every DUPLICATE_EVERY-th also a second
      // time right behind it (a second PingSource, or a redelivery by the source): the Broker hands
      // the two to two instances at once. Every fourth event goes in structured mode.
      const events: Array<{ experiment: string; structured: boolean }> = [];
      for (let i = 0; i < FLEET; i++) {
        const experiment = `${NAMESPACE}/${fleetName(i)}`;
        events.push({ experiment, structured: i % 4 === 3 });
        if (i % DUPLICATE_EVERY === round % DUPLICATE_EVERY) {
          events.push({ experiment, structured: false });
          duplicates += 1;
        }
      }
      const statuses = await mapBounded(events, 16, (e) =>
        publish({ experiment: e.experiment }, { structured: e.structured }),
      );
      expect(statuses.every((s) => s === 202)).toBe(true);
      await b.idle(120_000);
      roundTimes.push(Date.now() - roundStarted);

      const deliveries = b.deliveries.slice(first);
      const failed = deliveries.filter((d) => d.state !== 'delivered');
      expect({ round, failed: failed.length, detail: describeFailures(failed) }).toEqual({
        round,
        failed: 0,
        detail: '',
      });
      // No experiment counted by two answers (lost ones included); every other answer found the
      // iteration done, or was a transient failure the Broker retried.
      const counted = new Map<string, number>();
      for (const answer of answers(deliveries)) {
        if (isCounted(answer.result)) counted.set(answer.experiment, (counted.get(answer.experiment) ?? 0) + 1);
        else if (isTransient(answer.result)) transient.push(`${answer.result}: ${answer.message ?? ''}`);
        else expect({ answer, skipped: isSkipped(answer.result) }).toEqual({ answer, skipped: true });
      }
      expect([...counted.entries()].filter(([, n]) => n > 1)).toEqual([]);
      for (let i = 0; i < FLEET; i++) {
        const status = statusOf(fleetName(i));
        if (status?.completedIterations !== round)
          throw new Error(`round ${round}: ${fleetName(i)} has completedIterations ${status?.completedIterations}`);
      }
      if (round < ROUNDS) {
        // The next PingSource tick comes one interval after this round's last write: all are due then.
        const lastWrite = Math.max(
          ...Array.from({ length: FLEET }, (_, i) => Date.parse(statusOf(fleetName(i))?.lastUpdateTime ?? '')),
        );
        await sleep(Math.max(0, lastWrite + INTERVAL_SECONDS * 1000 - Date.now()));
      }
    }
    const elapsed = Date.now() - started;

    // The end state, from the API server: each experiment completed with exactly ROUNDS iterations,
    // one history record per iteration, each applied write counting one, spaced by the due rule.
    for (let i = 0; i < FLEET; i++) {
      const status = statusOf(fleetName(i));
      expect({ i, iterations: status?.completedIterations, stage: status?.stage }).toEqual({
        i,
        iterations: ROUNDS,
        stage: 'Completed',
      });
      expect(status?.history?.map((h) => h.iteration)).toEqual(Array.from({ length: ROUNDS }, (_, k) => k + 1));
      expect(ledger?.applied(NAMESPACE, fleetName(i))).toBe(ROUNDS);
    }
    expect(ledger?.violations).toEqual([]);
    expect((ledger?.total() ?? 0) - writesBefore).toBe(FLEET * ROUNDS);

    // The races happened: duplicates met as conflicts or not-due, answers were lost and retried.
    const fleetDeliveries = b.deliveries.filter((d) => experimentOf(d)?.includes('/exp-'));
    const lost = fleetDeliveries.filter((d) => d.attempts.some((a) => a.answerLost));
    const retriedElsewhere = lost.filter(
      (d) => d.attempts.length >= 2 && d.attempts[0]?.subscriber !== d.attempts[1]?.subscriber,
    );
    expect(lost.length).toBeGreaterThan(0);
    // Duplicates were in flight on two instances at once (the Broker dispatched them back to back),
    // so some raced to the status write; the API server refused the losers with 409.
    const attemptsOf = new Map<string, Delivery[]>();
    for (const d of fleetDeliveries)
      attemptsOf.set(experimentOf(d) ?? '', [...(attemptsOf.get(experimentOf(d) ?? '') ?? []), d]);
    let overlapping = 0;
    for (const list of attemptsOf.values()) {
      for (let k = 1; k < list.length; k++) {
        const [earlier, later] = [list[k - 1]?.attempts[0], list[k]?.attempts[0]];
        if (earlier && later && later.startedAt < earlier.endedAt && later.subscriber !== earlier.subscriber)
          overlapping += 1;
      }
    }
    expect(overlapping).toBeGreaterThan(0);
    const refused = kube.requests.filter((r) => r.method === 'PATCH' && r.status === 409).length;
    // Round-robin over concurrent deliveries: most retries land on another instance, some on the same.
    expect(retriedElsewhere.length).toBeGreaterThan(0);
    // Each delivery's final answer counted the iteration or skipped it: one skip per duplicate and
    // per counted answer that was lost (its retry found the iteration done).
    const given = answers(fleetDeliveries);
    const finals = given.filter((a) => a.final);
    expect(finals.every((a) => isCounted(a.result) || isSkipped(a.result))).toBe(true);
    expect(finals.filter((a) => isSkipped(a.result))).toHaveLength(
      duplicates + given.filter((a) => a.lost && isCounted(a.result)).length,
    );
    const perInstance = Array.from(
      { length: INSTANCES },
      (_, index) => given.filter((a) => a.instance === index && isCounted(a.result)).length,
    );
    for (const count of perInstance) expect(count).toBeGreaterThan((FLEET * ROUNDS) / INSTANCES / 2);
    process.stdout.write(
      `scale-out: ${FLEET} experiments x ${ROUNDS} intervals of ${INTERVAL_SECONDS} s on ${INSTANCES} instances in ${elapsed} ms ` +
        `(rounds ${roundTimes.join(', ')} ms); iterations per instance ${perInstance.join(', ')}; ` +
        `${duplicates} duplicates, ${lost.length} answers lost and retried (${retriedElsewhere.length} on another instance), ` +
        `${overlapping} deliveries of one experiment in flight on two instances at once, ${refused} status writes refused with 409, ${transient.length} transient failures retried` +
        `${transient.length > 0 ? ` (first: ${transient[0]})` : ''}\n`,
    );
  }, 300_000);
});
