// The Knative Eventing wiring of the function, as data: the PingSource that ticks one experiment at
// its interval, the Broker the ticks go through, the Triggers that deliver them to the function (with
// retries and a dead-letter sink), and the scan PingSource. `iter8fn schedule` prints these, and
// `npm run gen` writes the shipped eventing/*.yaml from the same functions, so they cannot drift.
//
// PingSource facts (see docs/event-contract.md#pingsource): Eventing 1.13+ accepts a 6-field cron whose first
// field is seconds; `@every` is rejected; each tick is sent 0-500 ms late (load spreading); a
// Trigger retries on network errors, 404, 408, 409, 429 and 5xx.

import { createHash } from 'node:crypto';
import { applyDefaults } from '../experiment/parse.js';
import type { Experiment } from '../experiment/types.js';
import type { DuePolicy } from '../iteration/ports.js';
import { DUE_TOLERANCE_MS } from '../iteration/step.js';

export class ScheduleError extends Error {}

/** PingSource sends each tick up to this late (mt-ping adapter). */
export const PING_JITTER_MS = 500;

const SECONDS_DIVIDING_A_MINUTE = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30] as const;
const HOURS_DIVIDING_A_DAY = [1, 2, 3, 4, 6, 8, 12, 24] as const;

/**
 * The 6-field PingSource schedule (seconds first) that fires every `intervalSeconds`, evenly:
 * `*\/10 * * * * *` for 10 s, `0 *\/5 * * * *` for 5 min, `0 0 *\/2 * * *` for 2 h. Cron fields restart
 * at each minute, hour and day, so only intervals dividing those are even; anything else is a
 * ScheduleError that names the nearest intervals that work.
 */
export function cronScheduleFor(intervalSeconds: number): string {
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1) {
    throw new ScheduleError(`intervalSeconds must be a whole number of seconds, at least 1 (got ${intervalSeconds})`);
  }
  if (intervalSeconds < 60 && 60 % intervalSeconds === 0) {
    return intervalSeconds === 1 ? '* * * * * *' : `*/${intervalSeconds} * * * * *`;
  }
  if (intervalSeconds % 60 === 0 && intervalSeconds < 3600 && 60 % (intervalSeconds / 60) === 0) {
    const minutes = intervalSeconds / 60;
    return minutes === 1 ? '0 * * * * *' : `0 */${minutes} * * * *`;
  }
  if (intervalSeconds % 3600 === 0 && 24 % (intervalSeconds / 3600) === 0) {
    const hours = intervalSeconds / 3600;
    if (hours === 24) return '0 0 0 * * *';
    return hours === 1 ? '0 0 * * * *' : `0 0 */${hours} * * *`;
  }
  const [below, above] = nearestExpressibleIntervals(intervalSeconds);
  throw new ScheduleError(
    `intervalSeconds ${intervalSeconds} cannot be expressed as an even PingSource cron schedule: ` +
      `use seconds that divide 60 (${SECONDS_DIVIDING_A_MINUTE.join(', ')}), minutes that divide 60, or hours that divide 24` +
      ` (nearest: ${below === undefined ? '' : `${below}`}${below !== undefined && above !== undefined ? ' or ' : ''}${above === undefined ? '' : `${above}`})`,
  );
}

/** Every interval cronScheduleFor accepts, in seconds, ascending. */
export function expressibleIntervals(): number[] {
  const minutes = SECONDS_DIVIDING_A_MINUTE.map((m) => m * 60);
  const hours = HOURS_DIVIDING_A_DAY.map((h) => h * 3600);
  return [...new Set([...SECONDS_DIVIDING_A_MINUTE, ...minutes, ...hours])].sort((a, b) => a - b);
}

function nearestExpressibleIntervals(seconds: number): [number | undefined, number | undefined] {
  const all = expressibleIntervals();
  const below = all.filter((s) => s < seconds).pop();
  const above = all.find((s) => s > seconds);
  return [below, above];
}

/**
 * How early a tick may arrive and still count as due. Iter8's controller requeued itself exactly
 * and allowed 100 ms; a PingSource fires on a fixed grid 0-500 ms late, and the previous iteration
 * ended a little after its own tick, so with 100 ms every other tick would be skipped. Half the
 * interval, at most 5 s, absorbs that while a redelivery of the tick just served (retries come
 * within seconds) is still not due.
 */
export function pingDueToleranceMs(intervalMs: number): number {
  return Math.max(DUE_TOLERANCE_MS, Math.min(intervalMs / 2, 5000));
}

/**
 * The due rule for ticks a PingSource (or `iter8fn local`'s ping loop) delivers: the tolerance
 * above, and a metric error counted once per interval however often the tick is redelivered.
 */
export function pingDuePolicy(speed = 1): DuePolicy {
  return { speed, toleranceMs: pingDueToleranceMs, countErrorsOncePerInterval: true };
}

// ---- manifests ----

export interface EventingNames {
  /** Namespace of the function, the Broker, the Triggers and the PingSources. */
  namespace: string;
  broker: string;
  /** The function's Knative Service (the Trigger subscriber). */
  functionService: string;
  /** Knative Service receiving events the function could not take after every retry. */
  deadLetterService: string;
}

export const DEFAULT_EVENTING: Readonly<EventingNames> = {
  namespace: 'iter8-system',
  broker: 'iter8',
  functionService: 'iter8fn',
  deadLetterService: 'iter8fn-dead-letters',
};

export const PING_EVENT_TYPE = 'dev.knative.sources.ping';
export const ITERATION_REQUESTED_TYPE = 'tools.iter8.iteration.requested';

/** Retries after the first attempt; Knative waits backoffDelay x 2^n before retry n, so 1, 2 and 4 s. */
export const TRIGGER_RETRY = 3;
export const TRIGGER_BACKOFF_DELAY = 'PT0.5S';

interface ObjectReference {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface PingSourceManifest {
  apiVersion: 'sources.knative.dev/v1';
  kind: 'PingSource';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: { schedule: string; contentType: 'application/json'; data: string; sink: { ref: ObjectReference } };
}

export interface TriggerManifest {
  apiVersion: 'eventing.knative.dev/v1';
  kind: 'Trigger';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: {
    broker: string;
    filter: { attributes: Record<string, string> };
    subscriber: { ref: ObjectReference };
    delivery: { retry: number; backoffPolicy: 'exponential'; backoffDelay: string; deadLetterSink: { ref: ObjectReference } };
  };
}

export interface BrokerManifest {
  apiVersion: 'eventing.knative.dev/v1';
  kind: 'Broker';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
}

export interface DeadLetterServiceManifest {
  apiVersion: 'serving.knative.dev/v1';
  kind: 'Service';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: { template: { metadata: { annotations: Record<string, string> }; spec: { containers: Array<{ image: string }> } } };
}

const LABELS = { 'app.kubernetes.io/part-of': 'iter8fn' } as const;
const KSVC = { apiVersion: 'serving.knative.dev/v1', kind: 'Service' } as const;

const brokerRef = (names: EventingNames): ObjectReference => ({ apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', name: names.broker });

/** Name of the PingSource of one experiment: readable, unique per namespace/name, at most 63 characters. */
export function pingSourceName(namespace: string, name: string): string {
  const readable = `iter8-${namespace}-${name}`.replace(/\./g, '-');
  if (readable.length <= 63) return readable;
  const digest = createHash('sha256').update(`${namespace}/${name}`).digest('hex').slice(0, 8);
  return `${readable.slice(0, 54).replace(/-+$/, '')}-${digest}`;
}

/**
 * The PingSource that ticks one experiment at its interval. It lives with the Broker (a sink in
 * another namespace needs Eventing's cross-namespace feature); the data names the experiment.
 */
export function pingSourceFor(experiment: Experiment, names: EventingNames = DEFAULT_EVENTING): PingSourceManifest {
  const namespace = experiment.metadata.namespace ?? 'default';
  const name = experiment.metadata.name;
  if (!name) throw new ScheduleError('the experiment has no metadata.name');
  const intervalSeconds = applyDefaults(experiment.spec).duration.intervalSeconds;
  let schedule: string;
  try {
    schedule = cronScheduleFor(intervalSeconds);
  } catch (err) {
    if (err instanceof ScheduleError) throw new ScheduleError(`experiment ${namespace}/${name}: spec.duration.${err.message}`);
    throw err;
  }
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'PingSource',
    metadata: {
      name: pingSourceName(namespace, name),
      namespace: names.namespace,
      labels: { ...LABELS, 'iter8.tools/experiment-namespace': namespace, 'iter8.tools/experiment': name },
    },
    spec: {
      schedule,
      contentType: 'application/json',
      data: JSON.stringify({ experiment: `${namespace}/${name}` }),
      sink: { ref: brokerRef(names) },
    },
  };
}

/** One PingSource for every experiment the function may read (or those of one namespace). */
export function scanPingSource(intervalSeconds: number, names: EventingNames = DEFAULT_EVENTING, namespace?: string): PingSourceManifest {
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'PingSource',
    metadata: { name: namespace ? `iter8-scan-${namespace}` : 'iter8-scan', namespace: names.namespace, labels: { ...LABELS } },
    spec: {
      schedule: cronScheduleFor(intervalSeconds),
      contentType: 'application/json',
      data: JSON.stringify(namespace ? { namespace } : {}),
      sink: { ref: brokerRef(names) },
    },
  };
}

function trigger(name: string, type: string, names: EventingNames): TriggerManifest {
  return {
    apiVersion: 'eventing.knative.dev/v1',
    kind: 'Trigger',
    metadata: { name, namespace: names.namespace, labels: { ...LABELS } },
    spec: {
      broker: names.broker,
      filter: { attributes: { type } },
      subscriber: { ref: { ...KSVC, name: names.functionService } },
      delivery: {
        retry: TRIGGER_RETRY,
        backoffPolicy: 'exponential',
        backoffDelay: TRIGGER_BACKOFF_DELAY,
        deadLetterSink: { ref: { ...KSVC, name: names.deadLetterService } },
      },
    },
  };
}

/**
 * The Triggers that deliver ticks and manual requests to the function. The function's replies
 * (tools.iter8.iteration.completed, ...) go back into the Broker and match neither, so they never
 * loop; subscribe to them with Triggers of your own.
 */
export function triggersFor(names: EventingNames = DEFAULT_EVENTING): { ticks: TriggerManifest; requests: TriggerManifest } {
  return {
    ticks: trigger(`${names.functionService}-ticks`, PING_EVENT_TYPE, names),
    requests: trigger(`${names.functionService}-requests`, ITERATION_REQUESTED_TYPE, names),
  };
}

export interface SinkBindingManifest {
  apiVersion: 'sources.knative.dev/v1';
  kind: 'SinkBinding';
  metadata: { name: string; namespace: string; labels: Record<string, string> };
  spec: { subject: ObjectReference; sink: { ref: ObjectReference } };
}

/**
 * The SinkBinding that gives the function K_SINK, the Broker's URL: a scan with more due experiments
 * than ITER8FN_SCAN_INLINE_MAX sends their ticks there, and the Trigger spreads them over instances.
 */
export function sinkBindingFor(names: EventingNames = DEFAULT_EVENTING): SinkBindingManifest {
  return {
    apiVersion: 'sources.knative.dev/v1',
    kind: 'SinkBinding',
    metadata: { name: `${names.functionService}-broker`, namespace: names.namespace, labels: { ...LABELS } },
    spec: { subject: { ...KSVC, name: names.functionService }, sink: { ref: brokerRef(names) } },
  };
}

export function brokerFor(names: EventingNames = DEFAULT_EVENTING): BrokerManifest {
  return { apiVersion: 'eventing.knative.dev/v1', kind: 'Broker', metadata: { name: names.broker, namespace: names.namespace, labels: { ...LABELS } } };
}

/** Knative's event_display: logs every dead-lettered event, with the knativeerror* extensions saying why. */
export function deadLetterServiceFor(names: EventingNames = DEFAULT_EVENTING): DeadLetterServiceManifest {
  return {
    ...KSVC,
    metadata: { name: names.deadLetterService, namespace: names.namespace, labels: { ...LABELS } },
    spec: {
      template: {
        // Keep one instance: a dead letter is only worth something if it is seen.
        metadata: { annotations: { 'autoscaling.knative.dev/min-scale': '1' } },
        spec: { containers: [{ image: 'gcr.io/knative-releases/knative.dev/eventing/cmd/event_display' }] },
      },
    },
  };
}
