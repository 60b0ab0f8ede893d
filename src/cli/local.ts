// `iter8fn local <folder>`: the tutorial's dark launch played on one machine. From the tutorial's
// own manifests it starts one process per Knative revision (sample app + queue-proxy-style
// metrics), a real Prometheus scraping them, a gateway that routes and mirrors as the
// VirtualServices say, the curl loop, and the function (the cluster's handler, served by
// faas-js-runtime over a file store) driven by a local ping source. It shows the run live, prints
// the describe report, and stops everything it started, whatever happens.
//
// Exit codes: 0 the experiment completed with a winner (for Conformance: the dark version met
// every objective); 1 it did not, or the run failed; 2 the folder or options cannot be played
// (or Prometheus is missing); 128+n when interrupted by signal n (130 for Ctrl-C).

import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { applyDefaults, parseExperiment } from '../experiment/parse.js';
import type { Experiment } from '../experiment/types.js';
import { createHandler, formatRef, type ExperimentRef, type TickSummary } from '../function/handler.js';
import { getCondition } from '../iteration/conditions.js';
import { totalIterations } from '../iteration/step.js';
import type { RepeatableTaskRunner } from '../iteration/tick.js';
import { pingDueToleranceMs } from '../eventing/schedule.js';
import { experimentNamespace } from '../metrics/catalog.js';
import { serveFunction } from '../local/function-server.js';
import { startGateway, type LocalGateway } from '../local/gateway.js';
import { revisionSamplesQuery } from '../local/knative-queries.js';
import {
  createLiveView,
  formatObjectiveLines,
  percent,
  revisionsLine,
  trafficLine,
  type LiveView,
  type ObjectiveLine,
  type RevisionFigures,
} from '../local/live-view.js';
import { ManifestError } from '../local/manifest.js';
import { PING_EVENT_TYPE, startPingSource, type PingReply } from '../local/ping-source.js';
import { formatFaults, formatSeconds, missingTrafficLines, planLines, revisionRole } from '../local/plan.js';
import {
  firstValue,
  PrometheusStartError,
  scrapeJobsOf,
  startPrometheus,
  type PrometheusServer,
} from '../local/prometheus.js';
import { startRevisionProcess, type RevisionProcess } from '../local/revision-process.js';
import { FaultSpecError, parseInjectOption, type Faults } from '../local/revision.js';
import { LocalExperimentSource, LocalStartTaskRunner, versionRevision } from '../local/source.js';
import { startCurlLoop, type CurlLoop } from '../local/traffic.js';
import { readTutorial, type Tutorial } from '../local/tutorial.js';
import { serveRegistries, ISTIO_JOB, type ScrapeEndpoint } from '../local/exporters.js';
import { createIstioMetrics, type IstioMetrics } from '../local/istio-metrics.js';
import {
  LEGACY_STACK_CHOICE,
  resolveStackFlags,
  stackChoiceOf,
  StackChoiceError,
  type LocalStack,
  type StackChoice,
  type StackFlags,
} from '../local/stack.js';
import { renderDescribe } from '../report/describe.js';
import { objectiveRows } from '../report/objective-rows.js';
import { errorMessage } from '../util/errors.js';
import { loadMetricFiles, metricCatalog } from './run.js';
import { objectiveVerdictOf } from '../analysis/verdict.js';
import { sleep } from '../util/sleep.js';

export const LocalExitCode = { Passed: 0, Failed: 1, InvalidInput: 2 } as const;

export interface LocalOptions {
  /** The tutorial folder. */
  folder: string;
  /** Divides every wait of the tutorial: the experiment interval, the curl loop's sleeps, its deadline. Default 1. */
  speed?: number;
  /** `--inject` values: `<revision>:<faults>`. */
  inject?: string[];
  /** Folder for the state copy of experiment.yaml; default .iter8fn/local/<experiment>-<time> under the cwd. */
  stateDir?: string;
  /** Append -shadow to mirrored authorities (Istio < 1.28); false emulates Istio >= 1.28. Default true. */
  shadowHostSuffix?: boolean;
  /** The Knative version, label style and Istio telemetry the revisions export; see DEFAULT_STACK. */
  stack?: StackFlags;
  /** Plain lines even on a terminal. */
  plain?: boolean;
  out?: (text: string) => void;
  /** Redraw a live block; default: process.stdout is a terminal (and not plain). */
  tty?: boolean;
  columns?: () => number;
  /** Aborting stops the run and everything it started; the reason may name the signal (`SIGINT`). */
  signal?: AbortSignal;
  /** How long to wait for the first samples of the versions' revisions; default 30 s ÷ speed, at least 15 s. */
  metricsWaitMs?: number;
  /** Prometheus binary; default $PROMETHEUS_BIN or `prometheus`. */
  prometheusBinary?: string;
  /** Debug lines (Prometheus and revision output, handler log); default when ITER8FN_DEBUG is set. */
  debug?: boolean;
}

/**
 * The stack played when no flag says otherwise. Knative 1.18 until the engine finds each stack's
 * metric pack by itself: the seeds' experiments name the Knative <= 1.18 metrics.
 */
export const DEFAULT_STACK: Required<StackChoice> = LEGACY_STACK_CHOICE;

const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

class Interrupted extends Error {}

class RunFailure extends Error {}

/** Parses and checks the `--inject` values against the tutorial's revisions. */
export function injections(values: readonly string[], tutorial: Tutorial): Map<string, Faults> {
  const result = new Map<string, Faults>();
  for (const value of values) {
    const { revisionName, faults } = parseInjectOption(value);
    if (!tutorial.revisions.some((r) => r.name === revisionName)) {
      throw new FaultSpecError(
        `--inject ${value}: no revision ${revisionName} in service.yaml (revisions: ${tutorial.revisions.map((r) => r.name).join(', ')})`,
      );
    }
    if (result.has(revisionName))
      throw new FaultSpecError(`--inject: ${revisionName} given twice; put all its faults in one value`);
    result.set(revisionName, faults);
  }
  return result;
}

/** Per objective and version: the verdict the status records (`unavailable` without a value), and the value. */
export function objectiveLines(experiment: Experiment): ObjectiveLine[] {
  return objectiveRows(experiment, (metric, index, version) =>
    objectiveVerdictOf(experiment.status, metric, index, version),
  );
}

/** Passed: completed, not failed, and a winner found (Conformance: the version met every objective). */
export function passed(experiment: Experiment): boolean {
  const status = experiment.status;
  return (
    getCondition(status, 'Completed')?.status === 'True' &&
    getCondition(status, 'Failed')?.status !== 'True' &&
    status?.analysis?.winnerAssessment?.data.winnerFound === true
  );
}

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

async function exists(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined)) !== undefined;
}

/** Creates the state folder and copies experiment.yaml into it, byte for byte. */
async function prepareState(options: LocalOptions, tutorial: Tutorial): Promise<string> {
  let dir: string;
  if (options.stateDir !== undefined) {
    dir = path.resolve(options.stateDir);
  } else {
    const base = path.resolve(
      '.iter8fn',
      'local',
      `${tutorial.experiment.parsed.metadata.name ?? 'experiment'}-${timestamp(new Date())}`,
    );
    dir = base;
    for (let n = 2; await exists(dir); n++) dir = `${base}-${n}`;
  }
  const file = path.join(dir, 'experiment.yaml');
  if (await exists(file)) {
    throw new ManifestError(
      `--state ${dir} already holds experiment.yaml (an earlier run's state?); give another folder or remove it`,
    );
  }
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(file, tutorial.experiment.text, { flag: 'wx' });
  return file;
}

async function readState(file: string): Promise<Experiment> {
  return parseExperiment(parseYaml(await fs.readFile(file, 'utf8')) as unknown, file);
}

/** Everything the run started, stopped in reverse order; processes last, in parallel. Idempotent. */
class Resources {
  private readonly servers: Array<{ name: string; stop(): Promise<void> }> = [];
  readonly processes: Array<{ name: string; pid: number; stop(): Promise<void> }> = [];
  private stopping: Promise<string[]> | undefined;

  server(name: string, stop: () => Promise<void>): void {
    this.servers.push({ name, stop });
  }

  process(name: string, pid: number, stop: () => Promise<void>): void {
    this.processes.push({ name, pid, stop });
  }

  /** Resolves with the problems met while stopping (never throws). */
  stopAll(): Promise<string[]> {
    this.stopping ??= (async () => {
      const problems: string[] = [];
      for (const server of [...this.servers].reverse()) {
        await server.stop().catch((err: unknown) => problems.push(`${server.name}: ${errorMessage(err)}`));
      }
      const results = await Promise.allSettled(this.processes.map((p) => p.stop()));
      results.forEach((r, i) => {
        if (r.status === 'rejected')
          problems.push(`${this.processes[i]?.name ?? 'process'}: ${errorMessage(r.reason)}`);
      });
      return problems;
    })();
    return this.stopping;
  }
}

export async function localCommand(options: LocalOptions): Promise<number> {
  const out = options.out ?? ((text: string) => process.stdout.write(text));
  const say = (line: string): void => out(`${line}\n`);
  const debug = options.debug ?? Boolean(process.env['ITER8FN_DEBUG']);

  // ---- input: everything checked before anything starts ----
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed <= 0) {
    say(`error: --speed takes a number above 0 (got ${speed})`);
    return LocalExitCode.InvalidInput;
  }
  let tutorial: Tutorial;
  let faults: Map<string, Faults>;
  let stateFile: string;
  let stack: LocalStack;
  try {
    stack = resolveStackFlags(options.stack ?? {}, DEFAULT_STACK);
    tutorial = await readTutorial(options.folder);
    faults = injections(options.inject ?? [], tutorial);
    stateFile = await prepareState(options, tutorial);
  } catch (err) {
    if (err instanceof ManifestError || err instanceof FaultSpecError || err instanceof StackChoiceError) {
      say(`error: ${err.message}`);
      return LocalExitCode.InvalidInput;
    }
    throw err;
  }

  const experiment = tutorial.experiment.parsed;
  const spec = applyDefaults(experiment.spec);
  const ref: ExperimentRef = {
    namespace: experimentNamespace(experiment),
    name: experiment.metadata.name ?? 'experiment',
  };
  const total = totalIterations(spec);
  const intervalMs = (spec.duration.intervalSeconds * 1000) / speed;
  const shadowHostSuffix = options.shadowHostSuffix ?? true;
  const versions = [spec.versionInfo?.baseline, ...(spec.versionInfo?.candidates ?? [])].filter((v) => v !== undefined);
  const revisionsUnderTest = [...new Set(versions.map(versionRevision))];

  for (const line of planLines(tutorial, { speed, faults, shadowHostSuffix, stack })) say(line);
  say(`  state     ${stateFile} (a copy of ${path.join(tutorial.folder, 'experiment.yaml')}, which is not touched)`);

  // ---- run ----
  const run = new AbortController();
  let interruptedBy: string | undefined;
  const onAbort = (): void => {
    interruptedBy = typeof options.signal?.reason === 'string' ? options.signal.reason : 'SIGINT';
    run.abort(new Interrupted(`interrupted (${interruptedBy})`));
  };
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (message: string): void => {
    if (!run.signal.aborted) run.abort(new RunFailure(message));
  };
  const checkpoint = (): void => {
    if (run.signal.aborted)
      throw run.signal.reason instanceof Error ? run.signal.reason : new Interrupted('interrupted');
  };
  /** Resolves with `work`, or rejects as soon as the run is aborted. */
  const orAbort = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const onAbortRace = (): void =>
        reject(run.signal.reason instanceof Error ? run.signal.reason : new Interrupted('interrupted'));
      if (run.signal.aborted) return onAbortRace();
      run.signal.addEventListener('abort', onAbortRace, { once: true });
      work.then(
        (value) => {
          run.signal.removeEventListener('abort', onAbortRace);
          resolve(value);
        },
        (err: unknown) => {
          run.signal.removeEventListener('abort', onAbortRace);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });

  const resources = new Resources();
  const revisions = new Map<string, RevisionProcess>();
  let gateway: LocalGateway | undefined;
  let curl: CurlLoop | undefined;
  let view: LiveView | undefined;
  let stopping = false;
  const startedAt = Date.now();
  let completed = 0;
  let phase = 'starting';
  let verdicts: string[] = [];
  const log = (line: string): void => (view ? view.log(line) : say(line));

  const trafficFigures = () => {
    const g = gateway?.stats();
    const c = curl?.stats();
    const clientErrors = c
      ? Object.entries(c.byStatus).reduce((sum, [code, n]) => (code.startsWith('2') ? sum : sum + n), 0) + c.failures
      : 0;
    return {
      live: g?.requests ?? 0,
      mirrored: g?.mirrored ?? 0,
      dropped: g?.dropped ?? 0,
      mirrorFailures: g?.mirrorFailures ?? 0,
      clientErrors,
    };
  };
  const revisionFigures = (): RevisionFigures[] => {
    const counts = gateway?.stats().revisions ?? {};
    return tutorial.revisions.map((r) => ({
      name: r.name,
      role: revisionRole(tutorial, r.name),
      live: counts[r.name]?.live ?? 0,
      mirrored: counts[r.name]?.mirrored ?? 0,
    }));
  };

  let exitCode: number;
  try {
    // Revisions: one process each, started together.
    // Not raced against an interrupt: every process that starts must be registered for cleanup.
    const started = await Promise.allSettled(
      tutorial.revisions.map((revision) => {
        const injected = faults.get(revision.name);
        return startRevisionProcess(
          {
            name: revision.name,
            serviceName: revision.serviceName,
            namespace: revision.namespace,
            env: revision.env,
            ...(injected ? { faults: injected } : {}),
            stack: stackChoiceOf(stack),
          },
          debug ? { onOutput: (line) => log(`debug: ${line}`) } : {},
        );
      }),
    );
    for (const result of started) {
      if (result.status === 'fulfilled') {
        const p = result.value;
        revisions.set(p.name, p);
        resources.process(`revision ${p.name}`, p.pid, () => p.stop());
        void p.exited.then((exit) => {
          if (stopping) return;
          const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
          fail(
            `revision ${p.name} (pid ${p.pid}) exited unexpectedly (${how})${exit.stderrTail.length > 0 ? `: ${exit.stderrTail.join(' | ')}` : ''}`,
          );
        });
      }
    }
    const failedStart = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failedStart) throw new RunFailure(errorMessage(failedStart.reason));
    for (const revision of tutorial.revisions) {
      const p = revisions.get(revision.name);
      const injected = faults.get(revision.name);
      if (p)
        say(
          `started revision ${p.name} (pid ${p.pid}) at ${p.url}, metrics at ${p.metricsTarget}${injected ? `, faults ${formatFaults(injected)}` : ''}`,
        );
    }

    checkpoint();

    // The ingress gateway's own Istio metrics, when the stack has them.
    let gatewayIstio: IstioMetrics | undefined;
    const gatewayEndpoints: ScrapeEndpoint[] = [];
    if (stack.istioTelemetry) {
      const istio = createIstioMetrics();
      const served = await serveRegistries([{ kind: ISTIO_JOB, registry: istio.registry }]);
      for (const server of served.servers) resources.server('gateway metrics', () => server.close());
      gatewayEndpoints.push(...served.endpoints);
      gatewayIstio = istio;
    }

    // Prometheus, scraping every revision's metrics endpoints each second, as the stack's set-up would.
    let prom: PrometheusServer;
    try {
      prom = await startPrometheus({
        scrapeJobs: scrapeJobsOf([...[...revisions.values()].flatMap((p) => p.metricsEndpoints), ...gatewayEndpoints]),
        scrapeIntervalSeconds: 1,
        ...(options.prometheusBinary ? { binary: options.prometheusBinary } : {}),
        ...(debug ? { log: (line: string) => log(`debug: prometheus: ${line}`) } : {}),
      });
    } catch (err) {
      if (err instanceof PrometheusStartError) {
        say(`error: ${err.message}`);
        exitCode = LocalExitCode.InvalidInput;
        return exitCode;
      }
      throw err;
    }
    resources.process('prometheus', prom.pid, () => prom.stop());
    say(
      `started prometheus (pid ${prom.pid}) at ${prom.url}, scraping ${revisions.size} revision(s) every 1 s (data in ${prom.dataDir}, removed at the end)`,
    );
    checkpoint();

    // Gateway.
    const gw = await startGateway({
      virtualServices: tutorial.virtualServices,
      revisions: new Map(
        tutorial.revisions.flatMap((r): Array<[string, string]> => {
          const p = revisions.get(r.name);
          return p ? [[`${r.namespace}/${r.name}`, p.url]] : [];
        }),
      ),
      services: new Map(tutorial.services.map((s) => [`${s.namespace}/${s.name}`, s.route])),
      shadowHostSuffix,
      ...(gatewayIstio ? { istio: gatewayIstio } : {}),
    });
    gateway = gw;
    resources.server('gateway', () => gw.close());
    const firstRequest = tutorial.traffic.requests[0];
    say(
      `started gateway at ${gw.url}${firstRequest ? ` (try: curl -H 'Host: ${firstRequest.authority}' ${gw.url}${firstRequest.path})` : ''}`,
    );

    // The function: the cluster's handler over the file store, served by faas-js-runtime.
    const fileMetrics = await loadMetricFiles([tutorial.folder], ref.namespace).catch((err: unknown) => {
      throw new ManifestError(errorMessage(err));
    });
    const initRunner = new LocalStartTaskRunner(
      new Map(tutorial.services.map((s) => [`${s.namespace}/${s.name}`, s.route])),
      async (revisionName) => {
        const p = revisions.get(revisionName);
        if (!p || !p.running()) return 'not running';
        try {
          // A probe, as Knative's readiness checks send it: the revision leaves it out of its metrics.
          const response = await fetch(`${p.url}/`, {
            headers: { 'k-network-probe': 'queue' },
            signal: AbortSignal.timeout(2000),
          });
          await response.arrayBuffer();
          return response.ok ? undefined : `answers ${response.status}`;
        } catch (err) {
          return `does not answer: ${errorMessage(err)}`;
        }
      },
    );
    const tasks: RepeatableTaskRunner = {
      runStart: async (e) => {
        const result = await initRunner.runStart(e);
        for (const report of result.reports) log(`start task ${report.task}: ${report.outcome}: ${report.message}`);
        return result;
      },
      prepare: async (e) => {
        const result = await initRunner.prepare(e);
        for (const report of result.reports)
          if (report.outcome === 'failed') log(`start task ${report.task} (re-derived): ${report.message}`);
        return result;
      },
    };
    const source = new LocalExperimentSource(ref, stateFile, metricCatalog(fileMetrics, prom.url), tasks);
    // The cluster function's delivery settings (clusterHandlerOptions): the same due tolerance for
    // pings, and a metric error counted once per interval however often the tick is redelivered.
    const handle = createHandler(source, {
      speed,
      dueToleranceMs: pingDueToleranceMs,
      countErrorsOncePerInterval: true,
      log: (line) => (debug ? log(`debug: function: ${line}`) : undefined),
    });
    const fn = await serveFunction(handle);
    resources.server('function', () => fn.close());
    say(`started function (faas-js-runtime, the cluster's handler over the state file) at ${fn.url}`);
    checkpoint();

    // The live view from here on.
    const title = `${ref.name} · ${spec.strategy.testingPattern} on ${spec.target} · ${total} iterations every ${formatSeconds(spec.duration.intervalSeconds)}${speed !== 1 ? ` ÷ ${speed}` : ''}`;
    const tty = !options.plain && (options.tty ?? Boolean(process.stdout.isTTY));
    view = createLiveView({
      write: out,
      tty,
      color: tty && !process.env['NO_COLOR'],
      ...(options.columns ? { columns: options.columns } : tty ? { columns: () => process.stdout.columns ?? 100 } : {}),
      frame: () => ({
        title,
        completed,
        total,
        elapsedMs: Date.now() - startedAt,
        phase,
        verdicts,
        traffic: trafficFigures(),
        revisions: revisionFigures(),
      }),
    });

    // Traffic: the curl loop, sped up like everything else.
    const loop = tutorial.traffic;
    const c = startCurlLoop({
      gatewayUrl: gw.url,
      requests: loop.requests,
      initialSleepMs: (loop.initialSleepSeconds * 1000) / speed,
      sleepMs: (loop.sleepSeconds * 1000) / speed,
      ...(loop.deadlineSeconds !== undefined ? { deadlineMs: (loop.deadlineSeconds * 1000) / speed } : {}),
    });
    curl = c;
    resources.server('traffic', () => c.stop());
    void c.ended.then((why) => {
      if (why === 'deadline' && !stopping)
        log(
          `traffic: the curl loop reached its activeDeadlineSeconds (${formatSeconds(loop.deadlineSeconds ?? 0)}${speed !== 1 ? ` ÷ ${speed}` : ''}) and stopped`,
        );
    });
    phase = 'curl loop sleeping';
    await orAbort(c.started);
    log(
      `traffic: the curl loop is sending ${loop.requests.map((r) => `${r.method} ${r.authority}${r.path}`).join(', ')}`,
    );

    // Wait until Prometheus has samples for every revision under test, so iterations see data.
    phase = 'waiting for metrics';
    const missing = new Set(revisionsUnderTest.filter((name) => revisions.has(name)));
    for (const name of revisionsUnderTest)
      if (!revisions.has(name)) log(`metrics: ${name} is not a local revision; not waiting for it`);
    if (missing.size > 0) log(`waiting for metrics: Prometheus has no samples of ${[...missing].join(', ')} yet`);
    const waitStarted = Date.now();
    // Prometheus needs ~5-7 s for its first samples of a new target, whatever the speed.
    const waitMs = options.metricsWaitMs ?? Math.max(15000, 30000 / speed);
    while (missing.size > 0 && Date.now() - waitStarted < waitMs) {
      checkpoint();
      for (const name of [...missing]) {
        const namespace = tutorial.revisions.find((r) => r.name === name)?.namespace ?? ref.namespace;
        const value = await prom.query(revisionSamplesQuery(stack, namespace, name)).then(firstValue, () => undefined);
        if (value !== undefined && value > 0) {
          missing.delete(name);
          log(`metrics: ${name} has samples after ${formatSeconds((Date.now() - waitStarted) / 1000)}`);
        }
      }
      if (missing.size > 0) await sleep(250, run.signal);
    }
    checkpoint();
    if (missing.size > 0) {
      log(
        `metrics: still no samples of ${[...missing].join(', ')} after ${formatSeconds(waitMs / 1000)}: it receives no traffic (${shadowHostSuffix ? 'check the routing rules' : 'without the -shadow suffix the copies match the live rule'}); starting anyway`,
      );
    }

    // The loop: pings to the function until the experiment ends.
    phase = 'running';
    log(`ping source: ${PING_EVENT_TYPE} every ${formatSeconds(intervalMs / 1000)} to the function`);
    const deadlineMs = 2 * total * intervalMs + 120000;
    const deadline = setTimeout(
      () => fail(`the experiment did not finish within ${formatSeconds(deadlineMs / 1000)}`),
      deadlineMs,
    );
    let last: TickSummary | undefined;
    const ping = startPingSource({
      sinkUrl: fn.url,
      intervalMs,
      source: `/apis/v1/namespaces/${ref.namespace}/pingsources/iter8fn-${ref.name}`,
      data: { experiment: formatRef(ref) },
      onLost: (message) => log(`ping source: ${message}`),
      onReply: async (reply: PingReply) => {
        const summary = asSummary(reply);
        if (!summary) {
          log(`function: unexpected reply ${reply.status} ${reply.type ?? ''}: ${JSON.stringify(reply.data)}`);
          fail('the function refused the ping');
          return { stop: true };
        }
        last = summary;
        if (summary.result === 'not-due') {
          const due = summary.dueAt ? Date.parse(summary.dueAt) : NaN;
          return Number.isNaN(due) ? undefined : { pingAgainAt: due + 20 };
        }
        if (summary.result === 'unavailable' || summary.result === 'conflict') {
          log(`function: ${summary.result}${summary.message ? `: ${summary.message}` : ''}; the next ping retries`);
          return undefined;
        }
        if (summary.iteration !== undefined) completed = summary.iteration;
        const state = await readState(stateFile).catch(() => undefined);
        if (state) {
          completed = state.status?.completedIterations ?? completed;
          verdicts = formatObjectiveLines(objectiveLines(state));
        }
        const t = trafficFigures();
        if (summary.result === 'iterated' || summary.result === 'completed') {
          const head = `iteration ${completed} of ${total} · live ${t.live} · mirrored ${t.mirrored} (${percent(t.mirrored + t.dropped, t.live)}) · dropped ${t.dropped}`;
          if (tty) {
            // The block shows the verdicts in full; the scroll-back keeps one line per iteration.
            const compact = state
              ? objectiveLines(state)
                  .map((l) => l.verdict)
                  .join(' ')
              : '';
            log(`${head}${compact ? ` · objectives ${compact}` : ''}`);
          } else {
            log(head);
            for (const line of verdicts) log(`  ${line}`);
          }
        } else if (summary.result === 'errored') {
          log(`iteration ${completed + 1} of ${total} not counted: ${summary.message ?? 'metric error'}`);
        }
        if (['completed', 'failed', 'invalid', 'already-completed', 'not-found'].includes(summary.result)) {
          if (summary.result !== 'completed') log(`experiment ${summary.result}: ${summary.message ?? ''}`);
          return { stop: true };
        }
        return undefined;
      },
    });
    resources.server('ping source', () => ping.stop());
    try {
      await orAbort(ping.done);
    } finally {
      clearTimeout(deadline);
    }
    checkpoint();
    phase = last?.result === 'completed' ? 'completed' : (last?.result ?? 'ended');

    // The end: stop the traffic so the counts are final, then report.
    stopping = true;
    await c.stop();
    view.stop();
    view = undefined;
    const final = await readState(stateFile);
    // A version under test that received no request has not been tested, whatever the status says.
    const silent = missingTrafficLines(revisionFigures(), revisionsUnderTest, shadowHostSuffix);
    const ok = passed(final) && silent.length === 0;
    // renderDescribe starts with an empty line and ends with one, as iter8ctl's output did.
    out(renderDescribe(final));
    say(`traffic: ${trafficLine(trafficFigures())}`);
    say(`         ${revisionsLine(revisionFigures())}`);
    for (const line of silent) say(line);
    const underTest = versions.map((v) => `${v.name} (${versionRevision(v)})`).join(', ');
    const violated = objectiveLines(final).filter((l) => l.verdict !== 'true');
    const failedCondition = getCondition(final.status, 'Failed')?.status === 'True';
    say(
      ok
        ? `result: passed: ${underTest} met every objective`
        : `result: failed: ${failedCondition || violated.length === 0 ? (final.status?.message ?? 'no winner') : violated.map((l) => `${l.version} ${l.label}: ${l.verdict}${l.value !== undefined ? ` (${l.value})` : ''}`).join('; ')}`,
    );
    say(`state: ${stateFile}`);
    exitCode = ok ? LocalExitCode.Passed : LocalExitCode.Failed;
  } catch (err) {
    const reason: unknown = run.signal.aborted ? run.signal.reason : err;
    view?.stop();
    view = undefined;
    if (reason instanceof Interrupted) {
      say(`${reason.message}: stopping everything; the state file keeps the last completed iteration: ${stateFile}`);
      exitCode = 128 + (SIGNAL_NUMBERS[interruptedBy ?? 'SIGINT'] ?? 2);
    } else if (err instanceof ManifestError) {
      say(`error: ${err.message}`);
      exitCode = LocalExitCode.InvalidInput;
    } else {
      say(`error: ${errorMessage(reason)}`);
      exitCode = LocalExitCode.Failed;
    }
  } finally {
    stopping = true;
    options.signal?.removeEventListener('abort', onAbort);
    view?.stop();
    const problems = await resources.stopAll();
    for (const problem of problems) say(`cleanup: ${problem}`);
    if (debug) say(`debug: stopped ${resources.processes.map((p) => `${p.name} (pid ${p.pid})`).join(', ')}`);
  }
  return exitCode;
}

const TICK_RESULTS = new Set([
  'iterated',
  'completed',
  'failed',
  'errored',
  'not-due',
  'already-completed',
  'not-found',
  'invalid',
  'conflict',
  'unavailable',
]);

/** The tick summary in a function reply (a CloudEvent's data, or a 503 body). */
function asSummary(reply: PingReply): TickSummary | undefined {
  const data = reply.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const result = (data as { result?: unknown }).result;
  return typeof result === 'string' && TICK_RESULTS.has(result) ? (data as TickSummary) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Command line

const positiveNumber =
  (flag: string) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new InvalidArgumentError(`${flag} takes a number above 0 (got "${value}")`);
    return n;
  };
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

interface LocalFlags {
  speed: number;
  inject: string[];
  state?: string;
  shadowSuffix: boolean;
  plain?: boolean;
  knative?: string;
  metricsStyle?: string;
  istioTelemetry?: boolean;
}

/** Adds `iter8fn local` to the program (inheriting its output and exit settings). */
export function addLocalCommand(
  program: Command,
  out: (text: string) => void = (t) => process.stdout.write(t),
): Command {
  return program
    .command('local')
    .description(
      'play a tutorial folder on this machine: revisions, gateway with mirroring, Prometheus, the function on a ping; exit 0 when the dark version passes',
    )
    .argument(
      '<folder>',
      'tutorial folder: service.yaml, routing-rules.yaml, curl.yaml, experiment.yaml (e.g. samples/mirroring)',
    )
    .addOption(
      new Option(
        '--speed <factor>',
        'play N times faster: the interval, the curl loop sleeps and deadline are divided by N',
      )
        .argParser(positiveNumber('--speed'))
        .default(1),
    )
    .option(
      '--inject <revision:faults>',
      'faults for a revision, e.g. sample-app-v2:latency=80ms,errors=0.05 (repeatable)',
      collect,
      [],
    )
    .option(
      '--state <folder>',
      'folder for the state copy of experiment.yaml (default .iter8fn/local/<experiment>-<time>)',
    )
    .option(
      '--no-shadow-suffix',
      'emulate Istio >= 1.28: mirrored copies keep their Host, no -shadow (DISABLE_SHADOW_HOST_SUFFIX=true)',
    )
    .option(
      '--knative <version>',
      `the Knative Serving version whose series the revisions export: 1.18, 1.20, 1.21 (a minor plays its latest patch) or a full version such as 1.19.5 (default ${DEFAULT_STACK.knative})`,
    )
    .option(
      '--metrics-style <style>',
      `Knative >= 1.19: promoted (OTLP push, labels on every series) or scrape (revision on target_info only) (default ${DEFAULT_STACK.metricsStyle})`,
    )
    .option('--istio-telemetry', "also export Istio's standard metrics at the gateway hop and each revision's sidecar")
    .option('--plain', 'plain lines even on a terminal')
    .action(async (folder: string, flags: LocalFlags) => {
      const controller = new AbortController();
      let signals = 0;
      const onSignal = (signal: NodeJS.Signals): void => {
        signals++;
        // The first signal stops the run cleanly; a second one does not wait (exit handlers still kill children).
        if (signals === 1) controller.abort(signal);
        else process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 2));
      };
      const stopSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
      for (const signal of stopSignals) process.on(signal, onSignal);
      try {
        process.exitCode = await localCommand({
          folder,
          speed: flags.speed,
          inject: flags.inject,
          ...(flags.state !== undefined ? { stateDir: flags.state } : {}),
          shadowHostSuffix: flags.shadowSuffix,
          stack: {
            ...(flags.knative !== undefined ? { knative: flags.knative } : {}),
            ...(flags.metricsStyle !== undefined ? { metricsStyle: flags.metricsStyle } : {}),
            ...(flags.istioTelemetry ? { istioTelemetry: true } : {}),
          },
          plain: flags.plain === true,
          out,
          signal: controller.signal,
        });
      } finally {
        for (const signal of stopSignals) process.off(signal, onSignal);
      }
    });
}
