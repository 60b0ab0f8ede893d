// The function's event contract: CloudEvents in, one tick per experiment, a CloudEvent reply out.
// Everything environment-specific (where experiments live, how metrics and secrets are read, which
// start tasks can run) comes from an ExperimentSource, so the cluster function (Kubernetes store)
// and `iter8fn local` (file store) share this handler unchanged.
//
// Delivery semantics: PingSource and Brokers deliver at least once and retry on 5xx. A permanent
// problem (malformed event, unknown type, experiment gone, invalid experiment) answers 2xx with the
// error in the reply, so it is not retried forever; a transient one (store or network down, a metric
// backend failing) answers 5xx so the platform retries. The due rule plus the versioned status
// write make a retry harmless: two deliveries racing on one tick count one iteration, because the
// loser's write is refused, and the loser then reads again and finds the iteration not due.

import { CloudEvent } from 'cloudevents';
import type { Verdict } from '../analysis/index.js';
import type { Experiment } from '../experiment/types.js';
import type {
  Clock,
  DuePolicy,
  ExperimentStore,
  TaskReport,
  TaskRunner,
  TrafficController,
} from '../iteration/ports.js';
import { StoreUnavailableError } from '../iteration/ports.js';
import type { TickDependencies, TickResult } from '../iteration/tick.js';
import { runTick } from '../iteration/tick.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import type { PackOptions } from '../metrics/pack-checks.js';
import type { FetchOptions } from '../metrics/fetch.js';
import { errorMessage } from '../util/errors.js';

export const EventType = {
  Ping: 'dev.knative.sources.ping',
  IterationRequested: 'tools.iter8.iteration.requested',
  IterationCompleted: 'tools.iter8.iteration.completed',
  ExperimentCompleted: 'tools.iter8.experiment.completed',
  ExperimentFailed: 'tools.iter8.experiment.failed',
  /** Reply when nothing was done or something was refused: the reason is in data. */
  TickSkipped: 'tools.iter8.tick.skipped',
  TickError: 'tools.iter8.tick.error',
  /** Reply to a scan tick: one entry per experiment. */
  ScanCompleted: 'tools.iter8.scan.completed',
} as const;

export const REPLY_SOURCE = '/iter8fn';

export interface ExperimentRef {
  namespace: string;
  name: string;
}

export const formatRef = (ref: ExperimentRef): string => `${ref.namespace}/${ref.name}`;

/** Where experiments live and what an iteration may use there. */
export interface ExperimentSource {
  store(ref: ExperimentRef): ExperimentStore;
  /** Experiments the function may read, optionally in one namespace (scan ticks). */
  list(namespace?: string): Promise<ExperimentRef[]>;
  catalog: MetricCatalog;
  tasks: TaskRunner;
  fetch?: FetchOptions;
  /** Reads and shifts traffic weights where there is a cluster. */
  traffic?: TrafficController;
  /** How the built-in metric names find their pack (pin, the Service's live revisions). */
  packs?: PackOptions;
  /** Whether the function may read this namespace at all; events naming another are refused. Default: any. */
  allows?(namespace: string): boolean;
}

export interface HandlerOptions {
  errorLimit?: number;
  /** Experiments advanced at once by a scan tick. */
  scanConcurrency?: number;
  /** The due rule's knobs (PingSource jitter, redeliveries, local speed-ups); default Iter8's own rule. */
  due?: DuePolicy;
  clock?: Clock;
  log?: (line: string) => void;
  /** Told of every experiment's tick (metrics for Grafana); `result` is absent when the tick threw. */
  onTick?: (ref: ExperimentRef, summary: TickSummary, result: TickResult | undefined, seconds: number) => void;
}

/** The attributes the handler reads. faas-js-runtime bundles its own cloudevents copy, so events are duck-typed. */
export interface CloudEventLike {
  id: string;
  type: string;
  source: string;
  specversion: string;
  data?: unknown;
}

export function isCloudEventLike(value: unknown): value is CloudEventLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.type === 'string' &&
    typeof v.source === 'string' &&
    typeof v.specversion === 'string'
  );
}

/** What faas-js-runtime passes as the first argument; only what the handler reads. */
export interface InvocationContext {
  cloudevent?: unknown;
  log?: { info(message: string): void; warn(message: string): void; error(message: string): void };
}

/** faas-js-runtime sends `{statusCode, headers, body}` as given. */
export interface HttpReply {
  statusCode: number;
  headers?: Record<string, string>;
  body: unknown;
}

export type Reply = CloudEvent<Record<string, unknown>> | HttpReply;

export class EventError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

type Target = { kind: 'one'; ref: ExperimentRef } | { kind: 'scan'; namespace?: string };

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** Validates an incoming event and says what it asks for. Throws EventError (400) naming the problem. */
export function readRequest(event: CloudEventLike | undefined): { force: boolean; target: Target; id: string } {
  if (!event)
    throw new EventError('not a CloudEvent: send ce-* headers (binary mode) or application/cloudevents+json', 400);
  const id = event.id;
  const force = event.type === EventType.IterationRequested;
  if (event.type !== EventType.Ping && !force) {
    throw new EventError(
      `event ${id}: unsupported type ${JSON.stringify(event.type)}; expected ${EventType.Ping} or ${EventType.IterationRequested}`,
      400,
    );
  }
  let data: unknown = event.data ?? {};
  if (typeof data === 'string' || data instanceof Uint8Array) {
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    try {
      data = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      throw new EventError(`event ${id}: data is not JSON`, 400);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new EventError(`event ${id}: data must be a JSON object like {"experiment":"<namespace>/<name>"}`, 400);
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'experiment' && key !== 'namespace')
      throw new EventError(`event ${id}: data.${key} is not a known field (experiment, namespace)`, 400);
  }
  if (record.experiment !== undefined) {
    const parts = typeof record.experiment === 'string' ? record.experiment.split('/') : [];
    const [namespace, name] = parts;
    if (parts.length !== 2 || !namespace || !name || !NAME.test(namespace) || !NAME.test(name)) {
      throw new EventError(
        `event ${id}: data.experiment must be "<namespace>/<name>", got ${JSON.stringify(record.experiment)}`,
        400,
      );
    }
    return { force, target: { kind: 'one', ref: { namespace, name } }, id };
  }
  if (record.namespace !== undefined) {
    if (typeof record.namespace !== 'string' || !NAME.test(record.namespace)) {
      throw new EventError(
        `event ${id}: data.namespace must be a namespace name, got ${JSON.stringify(record.namespace)}`,
        400,
      );
    }
    return { force, target: { kind: 'scan', namespace: record.namespace }, id };
  }
  return { force, target: { kind: 'scan' }, id };
}

/** The outcome of one experiment's tick, as it appears in replies and logs. */
export interface TickSummary extends Record<string, unknown> {
  experiment: string;
  result:
    | 'iterated'
    | 'completed'
    | 'failed'
    | 'errored'
    | 'not-due'
    | 'already-completed'
    | 'not-found'
    | 'invalid'
    | 'conflict'
    | 'unavailable';
  iteration?: number;
  stage?: string;
  message?: string;
  /** Per version, one verdict per objective (satisfied / violated / unavailable). */
  verdicts?: Record<string, Verdict[]>;
  dueAt?: string;
  /** Start tasks run (first tick) or re-derived (later ticks), when there were any. */
  tasks?: TaskReport[];
  /** Traffic: the weights recommended, the objects patched, the weights read back, or why not applied. */
  weights?: {
    recommended: Array<{ name: string; value: number }>;
    patched: string[];
    observed?: Array<{ name: string; value: number }>;
    error?: string;
  };
}

export function summarize(ref: ExperimentRef, result: TickResult): TickSummary {
  const experiment = formatRef(ref);
  switch (result.kind) {
    case 'not-found':
      return { experiment, result: 'not-found', message: `experiment ${experiment} not found` };
    case 'invalid':
      return { experiment, result: 'invalid', message: result.message };
    case 'conflict':
      return {
        experiment,
        result: 'conflict',
        message: 'another delivery updated the experiment first; nothing counted twice',
      };
    case 'not-due':
      return {
        experiment,
        result: 'not-due',
        dueAt: new Date(result.dueAt).toISOString(),
        ...progress(result.experiment),
      };
    case 'already-completed':
      return { experiment, result: 'already-completed', ...progress(result.experiment) };
    case 'stepped': {
      const outcome = result.step.outcome;
      const traffic = result.traffic;
      const base = {
        experiment,
        ...progress(result.experiment),
        verdicts: result.step.verdicts,
        ...(result.tasks.length > 0 ? { tasks: result.tasks } : {}),
        ...(traffic
          ? {
              weights: {
                recommended: result.experiment.status?.analysis?.weights?.data ?? [],
                patched: traffic.patched,
                ...(traffic.observed ? { observed: traffic.observed } : {}),
                ...(traffic.error ? { error: traffic.error } : {}),
              },
            }
          : {}),
      };
      switch (outcome.kind) {
        case 'iteration-completed':
          return { ...base, result: 'iterated', iteration: outcome.iteration };
        case 'iteration-errored':
          return { ...base, result: 'errored', message: outcome.error.message };
        case 'experiment-completed':
          return { ...base, result: 'completed', iteration: outcome.iteration };
        case 'experiment-failed':
          return { ...base, result: 'failed', message: outcome.message };
      }
    }
  }
}

function progress(experiment: Experiment): Pick<TickSummary, 'iteration' | 'stage' | 'message'> {
  const status = experiment.status;
  return {
    ...(status?.completedIterations !== undefined ? { iteration: status.completedIterations } : {}),
    ...(status?.stage ? { stage: status.stage } : {}),
    ...(status?.message ? { message: status.message } : {}),
  };
}

const REPLY_TYPE: Record<TickSummary['result'], string> = {
  iterated: EventType.IterationCompleted,
  errored: EventType.IterationCompleted,
  completed: EventType.ExperimentCompleted,
  failed: EventType.ExperimentFailed,
  invalid: EventType.ExperimentFailed,
  'not-due': EventType.TickSkipped,
  'already-completed': EventType.TickSkipped,
  'not-found': EventType.TickSkipped,
  conflict: EventType.TickSkipped,
  unavailable: EventType.TickError,
};

function reply(
  type: string,
  subject: string | undefined,
  data: Record<string, unknown>,
): CloudEvent<Record<string, unknown>> {
  // Not validated again (strict = false): every attribute is ours and valid by construction, and the
  // SDK's schema check costs more than the rest of building the reply.
  return new CloudEvent(
    { type, source: REPLY_SOURCE, ...(subject ? { subject } : {}), datacontenttype: 'application/json', data },
    false,
  );
}

function tickDependencies(source: ExperimentSource, options: HandlerOptions): TickDependencies {
  return {
    catalog: source.catalog,
    tasks: source.tasks,
    ...(source.fetch ? { fetch: source.fetch } : {}),
    ...(source.traffic ? { traffic: source.traffic } : {}),
    ...(source.packs ? { packs: source.packs } : {}),
    ...(options.errorLimit !== undefined ? { errorLimit: options.errorLimit } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.due ? { due: options.due } : {}),
  };
}

async function tickOne(
  source: ExperimentSource,
  deps: TickDependencies,
  ref: ExperimentRef,
  force: boolean,
  onTick: HandlerOptions['onTick'],
): Promise<TickSummary> {
  const started = performance.now();
  let result: TickResult | undefined;
  let summary: TickSummary;
  try {
    const store = source.store(ref);
    result = await runTick(store, deps, { force });
    if (result.kind === 'conflict') {
      // Another delivery wrote first. Read again, once: that write usually made this tick not due.
      // Not forced: a manual request is served by the iteration that just happened.
      result = await runTick(store, deps, { force: false });
    }
    summary = summarize(ref, result);
  } catch (err) {
    result = undefined;
    // Anything but an unreachable store is unexpected; it is answered as retryable for this
    // experiment only, so one experiment's failure cannot take a scan of the others down with it.
    summary = {
      experiment: formatRef(ref),
      result: 'unavailable',
      message: err instanceof StoreUnavailableError ? err.message : `unexpected error: ${errorMessage(err)}`,
    };
  }
  onTick?.(ref, summary, result, (performance.now() - started) / 1000);
  return summary;
}

/** Retrying may help: the store was unreachable, or a metric backend failed (the error is in the status). */
const isTransient = (summary: TickSummary): boolean => summary.result === 'unavailable' || summary.result === 'errored';

/** Runs `work` over `items` with at most `limit` in flight. */
async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(runners);
  return results;
}

export function createHandler(source: ExperimentSource, options: HandlerOptions = {}) {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const deps = tickDependencies(source, options);
  return async function handle(context: InvocationContext, event?: unknown): Promise<Reply> {
    let request: ReturnType<typeof readRequest>;
    try {
      // faas-js-runtime passes a parsed body for plain JSON POSTs; only context.cloudevent is a CloudEvent.
      const incoming = isCloudEventLike(context.cloudevent)
        ? context.cloudevent
        : isCloudEventLike(event)
          ? event
          : undefined;
      request = readRequest(incoming);
    } catch (err) {
      const message = errorMessage(err);
      log(`refused: ${message}`);
      // 2xx so the platform does not retry a message that can never succeed.
      return reply(EventType.TickSkipped, undefined, { result: 'refused', error: message });
    }
    const namespace = request.target.kind === 'one' ? request.target.ref.namespace : request.target.namespace;
    if (namespace !== undefined && source.allows && !source.allows(namespace)) {
      const message = `event ${request.id}: namespace ${namespace} is not one this function may read`;
      log(`refused: ${message}`);
      return reply(EventType.TickSkipped, undefined, { result: 'refused', error: message, event: request.id });
    }
    try {
      if (request.target.kind === 'one') {
        const summary = await tickOne(source, deps, request.target.ref, request.force, options.onTick);
        log(`${request.id} ${summary.experiment}: ${summary.result}${summary.message ? `: ${summary.message}` : ''}`);
        if (isTransient(summary)) return { statusCode: 503, body: { ...summary, event: request.id } };
        return reply(REPLY_TYPE[summary.result], summary.experiment, { ...summary, event: request.id });
      }
      const refs = await source.list(request.target.namespace);
      const summaries = await mapBounded(refs, options.scanConcurrency ?? 8, (ref) =>
        tickOne(source, deps, ref, request.force, options.onTick),
      );
      const transient = summaries.filter(isTransient);
      log(
        `${request.id} scan${request.target.namespace ? ` of ${request.target.namespace}` : ''}: ${summaries.length} experiment(s), ${transient.length} to retry`,
      );
      const data = { event: request.id, experiments: summaries };
      // A retry re-runs only what is due, so retrying the whole scan is safe.
      if (transient.length > 0) return { statusCode: 503, body: data };
      return reply(EventType.ScanCompleted, request.target.namespace, data);
    } catch (err) {
      const message = errorMessage(err);
      log(`${request.id}: transient error: ${message}`);
      return { statusCode: 503, body: { event: request.id, error: message } };
    }
  };
}
