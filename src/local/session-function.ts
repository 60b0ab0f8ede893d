// The function of a local run and what drives it: the cluster's handler over the state file,
// served by faas-js-runtime, with knative/init-experiment played against the local revisions;
// and a local ping source pinging it until the experiment ends, each reply read as an event.

import { pingDuePolicy } from '../eventing/schedule.js';
import { TICK_RESULT_TRAITS, isTickResultName } from '../experiment/outcome.js';
import { formatRef } from '../function/events.js';
import { createHandler } from '../function/handler.js';
import type { TickSummary } from '../function/summary.js';
import type { TaskRunner } from '../iteration/ports.js';
import { loadMetricFiles, metricCatalog } from '../metrics/metric-files.js';
import { errorMessage } from '../util/errors.js';
import { serveFunction } from './function-server.js';
import type { ObjectiveLine, TrafficFigures } from './live-view.js';
import { ManifestError } from './manifest.js';
import { PING_EVENT_TYPE, startPingSource, type PingDecision, type PingReply } from './ping-source.js';
import { formatSeconds } from './plan.js';
import type { PrometheusServer } from './prometheus.js';
import type { SessionContext } from './session-context.js';
import type { ComparisonLine } from './session-events.js';
import { comparisonLinesOf, objectiveLines, readState } from './session-result.js';
import { LocalExperimentSource, LocalStartTaskRunner, type RevisionProbe } from './source.js';

/** The function, listening on 127.0.0.1; resolves with its URL. */
export async function startSessionFunction(
  ctx: SessionContext,
  prom: PrometheusServer,
  probe: RevisionProbe,
): Promise<string> {
  const { events, tutorial } = ctx;
  const fileMetrics = await loadMetricFiles([tutorial.folder], ctx.ref.namespace).catch((err: unknown) => {
    throw new ManifestError(errorMessage(err));
  });
  const routes = new Map(tutorial.services.map((s) => [`${s.namespace}/${s.name}`, s.route]));
  const initRunner = new LocalStartTaskRunner(routes, probe);
  const tasks: TaskRunner = {
    runStart: async (e) => {
      const result = await initRunner.runStart(e);
      for (const report of result.reports)
        events.note(`start task ${report.task}: ${report.outcome}: ${report.message}`);
      return result;
    },
    prepare: async (e) => {
      const result = await initRunner.prepare(e);
      // Later ticks report only what could not be derived again.
      for (const report of result.reports)
        events.note(`start task ${report.task} (re-derived): ${report.outcome}: ${report.message}`);
      return result;
    },
  };
  const source = new LocalExperimentSource(ctx.ref, ctx.stateFile, metricCatalog(fileMetrics, prom.url), tasks);
  // The cluster function's delivery settings (clusterHandlerOptions): the same due tolerance for
  // pings, and a metric error counted once per interval however often the tick is redelivered.
  const handle = createHandler(source, {
    due: pingDuePolicy(ctx.speed),
    log: (line) => events.debug(`function: ${line}`),
  });
  const fn = await serveFunction(handle);
  ctx.resources.server('function', () => fn.close());
  events.emit({
    type: 'started',
    line: `started function (faas-js-runtime, the cluster's handler over the state file) at ${fn.url}`,
  });
  return fn.url;
}

export interface PingPlan {
  functionUrl: string;
  intervalMs: number;
  /** Iterations the experiment runs. */
  total: number;
  /** The request counts at the time of a reply. */
  traffic(): TrafficFigures;
}

/** The tick summary in a function reply (a CloudEvent's data, or a 503 body). */
function asSummary(reply: PingReply): TickSummary | undefined {
  const data = reply.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const result = (data as { result?: unknown }).result;
  return isTickResultName(result) ? (data as TickSummary) : undefined;
}

/** Pings the function until the experiment ends (or the run is cut short), emitting each iteration. */
export async function pingUntilEnd(ctx: SessionContext, plan: PingPlan): Promise<void> {
  const { events, control, ref } = ctx;
  events.phase('running');
  events.note(`ping source: ${PING_EVENT_TYPE} every ${formatSeconds(plan.intervalMs / 1000)} to the function`);
  const deadlineMs = 2 * plan.total * plan.intervalMs + 120000;
  const deadline = setTimeout(
    () => control.fail(`the experiment did not finish within ${formatSeconds(deadlineMs / 1000)}`),
    deadlineMs,
  );
  // The last known progress: kept when a state file read falls between two writes.
  let completed = 0;
  let objectives: ObjectiveLine[] = [];
  let comparisons: ComparisonLine[] = [];
  let last: TickSummary | undefined;

  /** What one reply of the function means for the run. */
  const onReply = async (reply: PingReply): Promise<PingDecision | undefined> => {
    const summary = asSummary(reply);
    if (!summary) {
      events.note(`function: unexpected reply ${reply.status} ${reply.type ?? ''}: ${JSON.stringify(reply.data)}`);
      control.fail('the function refused the ping');
      return { stop: true };
    }
    last = summary;
    if (summary.result === 'not-due') {
      const due = summary.dueAt ? Date.parse(summary.dueAt) : NaN;
      return Number.isNaN(due) ? undefined : { pingAgainAt: due + 20 };
    }
    if (summary.result === 'unavailable' || summary.result === 'conflict') {
      events.note(`function: ${summary.result}${summary.message ? `: ${summary.message}` : ''}; the next ping retries`);
      return undefined;
    }
    if (summary.iteration !== undefined) completed = summary.iteration;
    const state = await readState(ctx.stateFile).catch(() => undefined);
    if (state) {
      completed = state.status?.completedIterations ?? completed;
      objectives = objectiveLines(state);
      comparisons = comparisonLinesOf(state);
    }
    events.emit({
      type: 'iteration',
      result: summary.result,
      completed,
      total: plan.total,
      objectives,
      comparisons,
      traffic: plan.traffic(),
      ...(summary.message !== undefined ? { message: summary.message } : {}),
    });
    return TICK_RESULT_TRAITS[summary.result].final ? { stop: true } : undefined;
  };

  const ping = startPingSource({
    sinkUrl: plan.functionUrl,
    intervalMs: plan.intervalMs,
    source: `/apis/v1/namespaces/${ref.namespace}/pingsources/iter8fn-${ref.name}`,
    data: { experiment: formatRef(ref) },
    onLost: (message) => events.note(`ping source: ${message}`),
    onReply,
  });
  ctx.resources.server('ping source', () => ping.stop());
  try {
    await control.race(ping.done);
  } finally {
    clearTimeout(deadline);
  }
  control.checkpoint();
  events.phase(last?.result ?? 'ended');
}
