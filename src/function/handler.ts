// The function's handler: CloudEvents in, one tick per experiment, a CloudEvent reply out. The
// parts live beside it: events.ts (the contract's types), request.ts (reading a request),
// summary.ts (a tick as replies report it), reply.ts (the reply and its status).
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

import type { Clock, DuePolicy, ExperimentStore, TaskRunner, TrafficController } from '../iteration/ports.js';
import { StoreUnavailableError } from '../iteration/ports.js';
import type { TickDependencies, TickResult } from '../iteration/tick.js';
import { runTick, wouldIterate } from '../iteration/tick.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import type { PackOptions } from '../metrics/pack-checks.js';
import type { FetchOptions } from '../metrics/fetch.js';
import { mapBounded } from '../util/concurrency.js';
import { errorMessage } from '../util/errors.js';
import type { ExperimentRef, InvocationContext } from './events.js';
import { formatRef } from './events.js';
import type { FanOutTarget } from './fan-out.js';
import { handOut } from './fan-out.js';
import type { Reply } from './reply.js';
import { handOutReply, isTransient, refusedReply, scanReply, tickReply } from './reply.js';
import type { TickRequest } from './request.js';
import { incomingEvent, readRequest } from './request.js';
import type { TickLogging } from './config.js';
import type { TickSummary } from './summary.js';
import { summarize } from './summary.js';

/** Where experiments live and what an iteration may use there. */
export interface ExperimentSource {
  store(ref: ExperimentRef): ExperimentStore;
  /**
   * The unfinished experiments the function may read, optionally in one namespace (scan ticks),
   * page by page: a scan ticks each page while the next is read, so it holds about two pages.
   */
  pages(namespace?: string): AsyncIterable<ExperimentRef[]>;
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
  /**
   * Scan fan-out: a scan finding more than `inlineMax` due experiments sends each one's tick event to
   * the sink (the Broker) instead of advancing them all here. Unset: a scan advances all itself.
   */
  fanOut?: FanOutTarget & { inlineMax: number };
  /** The due rule's knobs (PingSource jitter, redeliveries, local speed-ups); default Iter8's own rule. */
  due?: DuePolicy;
  clock?: Clock;
  log?: (line: string) => void;
  /** Which ticks of single experiments are logged; default all. */
  logTicks?: TickLogging;
  /** Told of every experiment's tick (metrics for Grafana); `result` is absent when the tick threw. */
  onTick?: (ref: ExperimentRef, summary: TickSummary, result: TickResult | undefined, seconds: number) => void;
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

/**
 * The listed experiments a tick would advance now. Reading a listed experiment costs no request (the
 * store keeps the copy the LIST returned); one that cannot be read is counted as due, so its own tick
 * reports the problem.
 */
async function dueRefs(
  source: ExperimentSource,
  refs: readonly ExperimentRef[],
  now: number,
  due: DuePolicy | undefined,
): Promise<ExperimentRef[]> {
  const flags = await Promise.all(
    refs.map(async (ref) => {
      try {
        const stored = await source.store(ref).read();
        return stored !== undefined && wouldIterate(stored.raw, now, due);
      } catch {
        return true;
      }
    }),
  );
  return refs.filter((_, index) => flags[index]);
}

/** Tick results that need no look: not logged unless every tick is (ITER8FN_LOG_TICKS=all). */
const ROUTINE_RESULTS: ReadonlySet<TickSummary['result']> = new Set(['iterated', 'not-due', 'already-completed']);

async function* refsOf(pages: AsyncIterable<ExperimentRef[]>): AsyncIterable<ExperimentRef> {
  for await (const page of pages) yield* page;
}

async function collect(pages: AsyncIterable<ExperimentRef[]>): Promise<ExperimentRef[]> {
  const all: ExperimentRef[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

export function createHandler(source: ExperimentSource, options: HandlerOptions = {}) {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const deps = tickDependencies(source, options);
  const logTicks = options.logTicks ?? 'all';
  return async function handle(context: InvocationContext, event?: unknown): Promise<Reply> {
    const incoming = incomingEvent(context, event);
    let request: TickRequest;
    try {
      request = readRequest(incoming);
    } catch (err) {
      const message = errorMessage(err);
      log(`refused: ${message}`);
      return refusedReply(message);
    }
    const namespace = request.target.kind === 'one' ? request.target.ref.namespace : request.target.namespace;
    if (namespace !== undefined && source.allows && !source.allows(namespace)) {
      const message = `event ${request.id}: namespace ${namespace} is not one this function may read`;
      log(`refused: ${message}`);
      return refusedReply(message, request.id);
    }
    try {
      if (request.target.kind === 'one') {
        const summary = await tickOne(source, deps, request.target.ref, request.force, options.onTick);
        if (logTicks === 'all' || !ROUTINE_RESULTS.has(summary.result))
          log(`${request.id} ${summary.experiment}: ${summary.result}${summary.message ? `: ${summary.message}` : ''}`);
        return tickReply(summary, request.id);
      }
      const pages = source.pages(request.target.namespace);
      const scanned = request.target.namespace ? ` of ${request.target.namespace}` : '';
      let refs: Iterable<ExperimentRef> | AsyncIterable<ExperimentRef> = refsOf(pages);
      if (options.fanOut && !request.force) {
        // Whether to hand out depends on how many are due, so this scan reads every page first.
        const all = await collect(pages);
        refs = all;
        if (all.length > options.fanOut.inlineMax) {
          const due = await dueRefs(source, all, (options.clock ?? Date.now)(), options.due);
          if (due.length > options.fanOut.inlineMax) {
            const result = await handOut(due, { id: request.id, source: incoming?.source ?? '' }, options.fanOut);
            log(
              `${request.id} scan${scanned}: ${due.length} of ${all.length} experiment(s) due, ${result.sent} handed out to ${options.fanOut.sink}, ${result.failed.length} not sent`,
            );
            return handOutReply(result, due.length, options.fanOut.sink, request.id, request.target.namespace);
          }
        }
      }
      const summaries = await mapBounded(refs, options.scanConcurrency ?? 8, (ref) =>
        tickOne(source, deps, ref, request.force, options.onTick),
      );
      const transient = summaries.filter(isTransient);
      log(`${request.id} scan${scanned}: ${summaries.length} experiment(s), ${transient.length} to retry`);
      return scanReply(summaries, request.id, request.target.namespace);
    } catch (err) {
      const message = errorMessage(err);
      log(`${request.id}: transient error: ${message}`);
      return { statusCode: 503, body: { event: request.id, error: message } };
    }
  };
}
