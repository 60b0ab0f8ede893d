// A local session: a tutorial's dark launch played on one machine, as a library. From the
// tutorial's own manifests it starts one process per Knative revision (the sample app, measured
// as the chosen stack's queue-proxy and sidecar would), a real Prometheus scraping them, a gateway
// that routes and mirrors as the VirtualServices say, the curl loop, and the function (the
// cluster's handler, served by faas-js-runtime over a file store) driven by a local ping source.
//
// Whoever drives it (the CLI, a live page) subscribes to its typed events and reads snapshots;
// the session renders nothing. Everything it starts goes on a ResourceStack that unwinds however
// the run ends: completed, failed, stopped (Ctrl-C) or broken.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathExists } from '../util/path-exists.js';
import { parse as parseYaml } from 'yaml';
import { objectiveVerdictOf } from '../analysis/verdict.js';
import { comparisonLines } from '../report/comparison-lines.js';
import { pingDuePolicy } from '../eventing/schedule.js';
import { applyDefaults, parseExperiment } from '../experiment/parse.js';
import type { Experiment, VersionDetail } from '../experiment/types.js';
import { isTickResultName, TICK_RESULT_TRAITS, type TickResultName } from '../experiment/outcome.js';
import { formatRef, type ExperimentRef } from '../function/events.js';
import { createHandler } from '../function/handler.js';
import type { TickSummary } from '../function/summary.js';
import { endedWithoutFailure, getCondition } from '../iteration/conditions.js';
import { totalIterations } from '../iteration/step.js';
import type { TaskRunner } from '../iteration/ports.js';
import { experimentNamespace } from '../metrics/catalog.js';
import { loadMetricFiles, metricCatalog } from '../metrics/metric-files.js';
import { objectiveRows } from '../report/objective-rows.js';
import { errorMessage } from '../util/errors.js';
import { sleep } from '../util/sleep.js';
import { ISTIO_JOB, serveRegistries, type ScrapeEndpoint } from './exporters.js';
import { serveFunction } from './function-server.js';
import { startGateway, type LocalGateway } from './gateway.js';
import { createIstioMetrics, type IstioMetrics } from './istio-metrics.js';
import { revisionSamplesQuery } from './knative-queries.js';
import type { ObjectiveLine, RevisionFigures, TrafficFigures } from './live-view.js';
import { ManifestError } from './manifest.js';
import { PING_EVENT_TYPE, startPingSource, type PingDecision, type PingReply } from './ping-source.js';
import { formatFaults, formatSeconds, missingTrafficLines, planLines, revisionRole } from './plan.js';
import {
  firstValue,
  PrometheusStartError,
  scrapeJobsOf,
  startPrometheus,
  type PrometheusServer,
} from './prometheus.js';
import { ResourceStack, type StartedProcess } from './resource-stack.js';
import { startRevisionProcess, type RevisionProcess } from './revision-process.js';
import { FaultSpecError, parseInjectOption, type Faults } from './revision.js';
import { LocalExperimentSource, LocalStartTaskRunner, versionRevision } from './source.js';
import {
  resolveStackFlags,
  stackChoiceOf,
  StackChoiceError,
  TODAY_STACK_CHOICE,
  type LocalStack,
  type StackChoice,
  type StackFlags,
} from './stack.js';
import { startCurlLoop, type CurlLoop } from './traffic.js';
import { LOCAL_SERVICE_TIME_ANNOTATION, readTutorial, type Tutorial } from './tutorial.js';

/**
 * The stack played when no flag says otherwise: today's Knative (1.21, OTLP push with promoted
 * labels). The seeds still pass: the engine finds the metric pack whose series exist.
 */
export const DEFAULT_STACK: Required<StackChoice> = TODAY_STACK_CHOICE;

export interface LocalSessionOptions {
  /** The tutorial folder. */
  folder: string;
  /** Divides every wait of the tutorial: the experiment interval, the curl loop's sleeps, its deadline. Default 1. */
  speed?: number;
  /** `--inject` values: `<revision>:<faults>`. */
  inject?: readonly string[];
  /** Folder for the state copy of experiment.yaml; default .iter8fn/local/<experiment>-<time> under the cwd. */
  stateDir?: string;
  /** Append -shadow to mirrored authorities (Istio < 1.28); false emulates Istio >= 1.28. Default true. */
  shadowHostSuffix?: boolean;
  /** The Knative version, label style and Istio telemetry the revisions export; default DEFAULT_STACK. */
  stack?: StackFlags;
  /** How long to wait for the first samples of the versions' revisions; default 30 s ÷ speed, at least 15 s. */
  metricsWaitMs?: number;
  /** Prometheus binary; default $PROMETHEUS_BIN or `prometheus`. */
  prometheusBinary?: string;
  /** Emit `debug` events (Prometheus and revision output, the handler's log). */
  debug?: boolean;
  /**
   * Called once the experiment has ended and been judged, while Prometheus still runs (the report
   * reads its latency histograms); the session waits for it, and a failure becomes a note.
   */
  beforeStop?: (ended: { experiment: Experiment; prometheusUrl: string }) => Promise<void>;
}

/** What the session is doing, in words (`waiting for metrics`, `running`, `completed`...). */
export type LocalPhase = string;

export interface LocalSnapshot {
  title: string;
  completed: number;
  total: number;
  elapsedMs: number;
  phase: LocalPhase;
  /** Per objective and version, from the state file after the last iteration. */
  objectives: ObjectiveLine[];
  /** Per comparison and tested version, from the same state file. */
  comparisons: ComparisonLine[];
  traffic: TrafficFigures;
  revisions: RevisionFigures[];
}

/** One comparison as the live lines show it: its verdict word and the full line. */
export interface ComparisonLine {
  verdict: string;
  line: string;
}

function comparisonLinesOf(experiment: Experiment): ComparisonLine[] {
  const records = experiment.status?.analysis?.comparisons?.data ?? [];
  return comparisonLines(experiment).map((line, index) => ({
    verdict: records[index]?.verdict === 'unavailable' ? 'inconclusive' : (records[index]?.verdict ?? ''),
    line,
  }));
}

export type LocalEvent =
  /** A part is up; the line names it with its pid and ports. */
  | { type: 'started'; line: string }
  /** Everything is up: from here on the run is live. */
  | { type: 'live'; title: string }
  | { type: 'phase'; phase: LocalPhase }
  /** Something worth a line: traffic, metrics, start tasks, the ping source, the function. */
  | { type: 'note'; line: string }
  /** Only with the debug option: child process output, Prometheus's log, the handler's log. */
  | { type: 'debug'; line: string }
  /** The function answered a ping that ran an iteration (counted or not) or ended the experiment. */
  | {
      type: 'iteration';
      result: TickResultName;
      completed: number;
      total: number;
      objectives: ObjectiveLine[];
      comparisons: ComparisonLine[];
      traffic: TrafficFigures;
      message?: string;
    }
  /** Every second while live. */
  | { type: 'traffic'; traffic: TrafficFigures; revisions: RevisionFigures[] }
  | { type: 'end'; result: LocalResult };

export type LocalOutcome =
  /** Completed with a winner (for Conformance: the version met every objective). */
  | { kind: 'passed' }
  /** Ran to the end without passing. */
  | { kind: 'failed' }
  /** Something could not be started as asked (Prometheus missing, a metric file unreadable). */
  | { kind: 'invalid-input'; message: string }
  /** The run broke (a revision crashed, a deadline passed). */
  | { kind: 'error'; message: string }
  /** stop() was called; `reason` is the signal name when a signal asked for it. */
  | { kind: 'interrupted'; reason: string };

export interface LocalResult {
  outcome: LocalOutcome;
  stateFile: string;
  /** The state file as the run left it, when the run got to its end. */
  experiment?: Experiment;
  /** `current (sample-app-v2)`, one per version. */
  versionsUnderTest: string[];
  traffic: TrafficFigures;
  revisions: RevisionFigures[];
  /** Per objective and version, as the state file ends. */
  objectives: ObjectiveLine[];
  /** One line per revision under test that received nothing while another revision did. */
  missingTraffic: string[];
  /** Problems met while stopping what was started. */
  cleanupProblems: string[];
  /** Every process the session started (all stopped by now). */
  processes: StartedProcess[];
}

/** The folder or the options cannot be played; nothing was started. */
export class LocalInputError extends Error {
  override name = 'LocalInputError';
}

class Interrupted extends Error {
  constructor(readonly reason: string) {
    super(`interrupted (${reason})`);
  }
}

class RunFailure extends Error {}

/** The tick summary in a function reply (a CloudEvent's data, or a 503 body). */
function asSummary(reply: PingReply): TickSummary | undefined {
  const data = reply.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const result = (data as { result?: unknown }).result;
  return isTickResultName(result) ? (data as TickSummary) : undefined;
}

/** Parses and checks the `--inject` values against the tutorial's revisions. */
export function injections(values: readonly string[], tutorial: Tutorial): Map<string, Faults> {
  const result = new Map<string, Faults>();
  for (const value of values) {
    const { revisionName, faults } = parseInjectOption(value);
    const revision = tutorial.revisions.find((r) => r.name === revisionName);
    if (!revision) {
      throw new FaultSpecError(
        `--inject ${value}: no revision ${revisionName} in service.yaml (revisions: ${tutorial.revisions.map((r) => r.name).join(', ')})`,
      );
    }
    if (faults.latencyPercent !== undefined && !revision.serviceTimeMs) {
      throw new FaultSpecError(
        `--inject ${value}: a relative latency needs the revision's service time; set the annotation ${LOCAL_SERVICE_TIME_ANNOTATION} (e.g. "30ms") on its template in service.yaml`,
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

/** Passed: completed without failure (as `iter8fn run` exits 0), and a winner found. */
export function passed(experiment: Experiment): boolean {
  const status = experiment.status;
  return (
    getCondition(status, 'Completed')?.status === 'True' &&
    endedWithoutFailure(experiment) &&
    status?.analysis?.winnerAssessment?.data.winnerFound === true
  );
}

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/** Creates the state folder and copies experiment.yaml into it, byte for byte. */
async function prepareState(stateDir: string | undefined, tutorial: Tutorial): Promise<string> {
  let dir: string;
  if (stateDir !== undefined) {
    dir = path.resolve(stateDir);
  } else {
    const base = path.resolve(
      '.iter8fn',
      'local',
      `${tutorial.experiment.parsed.metadata.name ?? 'experiment'}-${timestamp(new Date())}`,
    );
    dir = base;
    for (let n = 2; await pathExists(dir); n++) dir = `${base}-${n}`;
  }
  const file = path.join(dir, 'experiment.yaml');
  if (await pathExists(file)) {
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

export class LocalSession {
  /** The opening lines: what will be played, from which files, and where the state goes. */
  readonly plan: string[];
  readonly title: string;
  readonly stack: LocalStack;

  private readonly listeners = new Set<(event: LocalEvent) => void>();
  private readonly abort = new AbortController();
  private readonly resources = new ResourceStack();
  private readonly revisions = new Map<string, RevisionProcess>();
  private readonly ref: ExperimentRef;
  private readonly total: number;
  private readonly intervalMs: number;
  private readonly speed: number;
  private readonly shadowHostSuffix: boolean;
  private readonly versions: VersionDetail[];
  private readonly revisionsUnderTest: string[];
  private gateway: LocalGateway | undefined;
  private gatewayIstio: IstioMetrics | undefined;
  private curl: CurlLoop | undefined;
  private prometheus: PrometheusServer | undefined;
  private functionUrl = '';
  private stopping = false;
  private startedAt = Date.now();
  private completed = 0;
  private phase: LocalPhase = 'starting';
  private objectives: ObjectiveLine[] = [];
  private comparisons: ComparisonLine[] = [];
  private running: Promise<LocalResult> | undefined;

  private constructor(
    private readonly options: LocalSessionOptions,
    private readonly tutorial: Tutorial,
    private readonly faults: ReadonlyMap<string, Faults>,
    readonly stateFile: string,
    stack: LocalStack,
    speed: number,
  ) {
    const experiment = tutorial.experiment.parsed;
    const spec = applyDefaults(experiment.spec);
    this.stack = stack;
    this.speed = speed;
    this.ref = { namespace: experimentNamespace(experiment), name: experiment.metadata.name ?? 'experiment' };
    this.total = totalIterations(spec);
    this.intervalMs = (spec.duration.intervalSeconds * 1000) / speed;
    this.shadowHostSuffix = options.shadowHostSuffix ?? true;
    this.versions = [spec.versionInfo?.baseline, ...(spec.versionInfo?.candidates ?? [])].filter(
      (v) => v !== undefined,
    );
    this.revisionsUnderTest = [...new Set(this.versions.map(versionRevision))];
    this.plan = [
      ...planLines(tutorial, { speed, faults, shadowHostSuffix: this.shadowHostSuffix, stack }),
      `  state     ${stateFile} (a copy of ${path.join(tutorial.folder, 'experiment.yaml')}, which is not touched)`,
    ];
    this.title = `${this.ref.name} · ${spec.strategy.testingPattern} on ${spec.target} · ${this.total} iterations every ${formatSeconds(spec.duration.intervalSeconds)}${speed !== 1 ? ` ÷ ${speed}` : ''}`;
  }

  /**
   * Reads the tutorial and checks every option before anything starts; writes the state copy.
   * Throws LocalInputError, with a one-line message, when something cannot be played.
   */
  static async open(options: LocalSessionOptions): Promise<LocalSession> {
    const speed = options.speed ?? 1;
    if (!Number.isFinite(speed) || speed <= 0)
      throw new LocalInputError(`--speed takes a number above 0 (got ${speed})`);
    try {
      const stack = resolveStackFlags(options.stack ?? {}, DEFAULT_STACK);
      const tutorial = await readTutorial(options.folder);
      const faults = injections(options.inject ?? [], tutorial);
      const stateFile = await prepareState(options.stateDir, tutorial);
      return new LocalSession(options, tutorial, faults, stateFile, stack, speed);
    } catch (err) {
      if (err instanceof ManifestError || err instanceof FaultSpecError || err instanceof StackChoiceError) {
        throw new LocalInputError(err.message);
      }
      throw err;
    }
  }

  /** Listens to every event from now on; returns the way to stop listening. */
  subscribe(listener: (event: LocalEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the run (once); resolves when everything it started has stopped. Never rejects. */
  start(): Promise<LocalResult> {
    this.running ??= this.run();
    return this.running;
  }

  /** The result of the run, once started. */
  get result(): Promise<LocalResult> {
    return this.start();
  }

  /** Stops the run and everything it started; `reason` names who asked (a signal name). */
  stop(reason = 'stop'): Promise<LocalResult> {
    if (!this.abort.signal.aborted) this.abort.abort(new Interrupted(reason));
    return this.start();
  }

  snapshot(): LocalSnapshot {
    return {
      title: this.title,
      completed: this.completed,
      total: this.total,
      elapsedMs: Date.now() - this.startedAt,
      phase: this.phase,
      objectives: this.objectives,
      comparisons: this.comparisons,
      traffic: this.trafficFigures(),
      revisions: this.revisionFigures(),
    };
  }

  // ---- the run ----

  private emit(event: LocalEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private note(line: string): void {
    this.emit({ type: 'note', line });
  }

  private debug(line: string): void {
    if (this.options.debug) this.emit({ type: 'debug', line });
  }

  private setPhase(phase: LocalPhase): void {
    this.phase = phase;
    this.emit({ type: 'phase', phase });
  }

  private fail(message: string): void {
    if (!this.abort.signal.aborted) this.abort.abort(new RunFailure(message));
  }

  private abortReason(): Error {
    const reason: unknown = this.abort.signal.reason;
    return reason instanceof Error ? reason : new Interrupted('stop');
  }

  private checkpoint(): void {
    if (this.abort.signal.aborted) throw this.abortReason();
  }

  /** Resolves with `work`, or rejects as soon as the run is aborted. */
  private orAbort<T>(work: Promise<T>): Promise<T> {
    const signal = this.abort.signal;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => reject(this.abortReason());
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  private trafficFigures(): TrafficFigures {
    const g = this.gateway?.stats();
    const c = this.curl?.stats();
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
  }

  private revisionFigures(): RevisionFigures[] {
    const counts = this.gateway?.stats().revisions ?? {};
    return this.tutorial.revisions.map((r) => ({
      name: r.name,
      role: revisionRole(this.tutorial, r.name),
      live: counts[r.name]?.live ?? 0,
      mirrored: counts[r.name]?.mirrored ?? 0,
    }));
  }

  private async run(): Promise<LocalResult> {
    this.startedAt = Date.now();
    let outcome: LocalOutcome;
    let experiment: Experiment | undefined;
    let missingTraffic: string[] = [];
    let trafficTimer: NodeJS.Timeout | undefined;
    try {
      await this.startRevisions();
      this.checkpoint();
      await this.startPrometheus();
      this.checkpoint();
      await this.startGatewayAndFunction();
      this.checkpoint();
      this.emit({ type: 'live', title: this.title });
      trafficTimer = setInterval(
        () => this.emit({ type: 'traffic', traffic: this.trafficFigures(), revisions: this.revisionFigures() }),
        1000,
      );
      await this.startTraffic();
      await this.waitForMetrics();
      await this.iterate();
      this.checkpoint();

      // The end: stop the traffic so the counts are final, then judge.
      this.stopping = true;
      await this.curl?.stop();
      experiment = await readState(this.stateFile);
      // A version under test that received no request has not been tested, whatever the status says.
      missingTraffic = missingTrafficLines(this.revisionFigures(), this.revisionsUnderTest, this.shadowHostSuffix);
      outcome = passed(experiment) && missingTraffic.length === 0 ? { kind: 'passed' } : { kind: 'failed' };
      if (this.options.beforeStop && this.prometheus) {
        const ended = { experiment, prometheusUrl: this.prometheus.url };
        await this.options.beforeStop(ended).catch((err: unknown) => this.note(errorMessage(err)));
      }
    } catch (err) {
      const reason: unknown = this.abort.signal.aborted ? this.abort.signal.reason : err;
      if (reason instanceof Interrupted) outcome = { kind: 'interrupted', reason: reason.reason };
      else if (err instanceof ManifestError || err instanceof PrometheusStartError)
        outcome = { kind: 'invalid-input', message: err.message };
      else outcome = { kind: 'error', message: errorMessage(reason) };
    } finally {
      this.stopping = true;
      clearInterval(trafficTimer);
    }
    const cleanupProblems = await this.resources.unwind();
    const result: LocalResult = {
      outcome,
      stateFile: this.stateFile,
      ...(experiment ? { experiment } : {}),
      versionsUnderTest: this.versions.map((v) => `${v.name} (${versionRevision(v)})`),
      traffic: this.trafficFigures(),
      revisions: this.revisionFigures(),
      objectives: experiment ? objectiveLines(experiment) : this.objectives,
      missingTraffic,
      cleanupProblems,
      processes: this.resources.started(),
    };
    this.emit({ type: 'end', result });
    return result;
  }

  /** One process per revision, started together. */
  private async startRevisions(): Promise<void> {
    // Not raced against a stop: every process that starts must be registered for cleanup.
    const started = await Promise.allSettled(
      this.tutorial.revisions.map((revision) => {
        const injected = this.faults.get(revision.name);
        return startRevisionProcess(
          {
            name: revision.name,
            serviceName: revision.serviceName,
            namespace: revision.namespace,
            env: revision.env,
            ...(injected ? { faults: injected } : {}),
            ...(revision.serviceTimeMs !== undefined ? { serviceTimeMs: revision.serviceTimeMs } : {}),
            stack: stackChoiceOf(this.stack),
          },
          this.options.debug ? { onOutput: (line) => this.debug(line) } : {},
        );
      }),
    );
    for (const result of started) {
      if (result.status !== 'fulfilled') continue;
      const p = result.value;
      this.revisions.set(p.name, p);
      this.resources.process(`revision ${p.name}`, p.pid, () => p.stop());
      void p.exited.then((exit) => {
        if (this.stopping) return;
        const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
        this.fail(
          `revision ${p.name} (pid ${p.pid}) exited unexpectedly (${how})${exit.stderrTail.length > 0 ? `: ${exit.stderrTail.join(' | ')}` : ''}`,
        );
      });
    }
    const failedStart = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failedStart) throw new RunFailure(errorMessage(failedStart.reason));
    for (const revision of this.tutorial.revisions) {
      const p = this.revisions.get(revision.name);
      if (!p) continue;
      const injected = this.faults.get(revision.name);
      const sidecar = p.metricsEndpoints.find((e) => e.job === ISTIO_JOB.job);
      this.emit({
        type: 'started',
        line: `started revision ${p.name} (pid ${p.pid}) at ${p.url}, metrics at ${p.metricsTarget}${sidecar ? `, sidecar metrics at ${sidecar.hostPort}${sidecar.metricsPath}` : ''}${injected ? `, faults ${formatFaults(injected)}` : ''}`,
      });
    }
  }

  /** Prometheus, scraping every metrics endpoint each second, as the stack's set-up would. */
  private async startPrometheus(): Promise<void> {
    const endpoints: ScrapeEndpoint[] = [...this.revisions.values()].flatMap((p) => p.metricsEndpoints);
    const gatewayMetrics = await this.gatewayTelemetry();
    if (gatewayMetrics) endpoints.push(...gatewayMetrics.endpoints);
    const prom = await startPrometheus({
      scrapeJobs: scrapeJobsOf(endpoints),
      scrapeIntervalSeconds: 1,
      ...(this.options.prometheusBinary ? { binary: this.options.prometheusBinary } : {}),
      ...(this.options.debug ? { log: (line: string) => this.debug(`prometheus: ${line}`) } : {}),
    });
    this.prometheus = prom;
    this.resources.process('prometheus', prom.pid, () => prom.stop());
    this.emit({
      type: 'started',
      line: `started prometheus (pid ${prom.pid}) at ${prom.url}, scraping ${this.revisions.size} revision(s) every 1 s (data in ${prom.dataDir}, removed at the end)`,
    });
  }

  /** With Istio telemetry: the ingress gateway's own metrics endpoint, served before Prometheus starts. */
  private async gatewayTelemetry(): Promise<{ endpoints: ScrapeEndpoint[] } | undefined> {
    if (!this.stack.istioTelemetry) return undefined;
    const istio = createIstioMetrics();
    const served = await serveRegistries([{ kind: ISTIO_JOB, registry: istio.registry }]);
    for (const server of served.servers) this.resources.server('gateway metrics', () => server.close());
    this.gatewayIstio = istio;
    return served;
  }

  private async startGatewayAndFunction(): Promise<void> {
    const tutorial = this.tutorial;
    const prom = this.prometheus;
    if (!prom) throw new RunFailure('prometheus did not start');
    const routes = new Map(tutorial.services.map((s) => [`${s.namespace}/${s.name}`, s.route]));
    const gw = await startGateway({
      virtualServices: tutorial.virtualServices,
      revisions: new Map(
        tutorial.revisions.flatMap((r): Array<[string, string]> => {
          const p = this.revisions.get(r.name);
          return p ? [[`${r.namespace}/${r.name}`, p.url]] : [];
        }),
      ),
      services: routes,
      shadowHostSuffix: this.shadowHostSuffix,
      ...(this.gatewayIstio ? { istio: this.gatewayIstio } : {}),
    });
    this.gateway = gw;
    this.resources.server('gateway', () => gw.close());
    const firstRequest = tutorial.traffic.requests[0];
    this.emit({
      type: 'started',
      line: `started gateway at ${gw.url}${firstRequest ? ` (try: curl -H 'Host: ${firstRequest.authority}' ${gw.url}${firstRequest.path})` : ''}`,
    });

    // The function: the cluster's handler over the file store, served by faas-js-runtime.
    const fileMetrics = await loadMetricFiles([tutorial.folder], this.ref.namespace).catch((err: unknown) => {
      throw new ManifestError(errorMessage(err));
    });
    const initRunner = new LocalStartTaskRunner(routes, (revisionName) => this.probeRevision(revisionName));
    const tasks: TaskRunner = {
      runStart: async (e) => {
        const result = await initRunner.runStart(e);
        for (const report of result.reports)
          this.note(`start task ${report.task}: ${report.outcome}: ${report.message}`);
        return result;
      },
      prepare: async (e) => {
        const result = await initRunner.prepare(e);
        for (const report of result.reports)
          if (report.outcome === 'failed') this.note(`start task ${report.task} (re-derived): ${report.message}`);
        return result;
      },
    };
    const source = new LocalExperimentSource(this.ref, this.stateFile, metricCatalog(fileMetrics, prom.url), tasks);
    // The cluster function's delivery settings (clusterHandlerOptions): the same due tolerance for
    // pings, and a metric error counted once per interval however often the tick is redelivered.
    const handle = createHandler(source, {
      due: pingDuePolicy(this.speed),
      log: (line) => this.debug(`function: ${line}`),
    });
    const fn = await serveFunction(handle);
    this.functionUrl = fn.url;
    this.resources.server('function', () => fn.close());
    this.emit({
      type: 'started',
      line: `started function (faas-js-runtime, the cluster's handler over the state file) at ${fn.url}`,
    });
  }

  /** undefined when the revision answers a readiness probe; otherwise why not. */
  private async probeRevision(revisionName: string): Promise<string | undefined> {
    const p = this.revisions.get(revisionName);
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
  }

  /** The curl loop, sped up like everything else. */
  private async startTraffic(): Promise<void> {
    const gw = this.gateway;
    if (!gw) throw new RunFailure('the gateway did not start');
    const loop = this.tutorial.traffic;
    const speed = this.speed;
    const c = startCurlLoop({
      gatewayUrl: gw.url,
      requests: loop.requests,
      initialSleepMs: (loop.initialSleepSeconds * 1000) / speed,
      sleepMs: (loop.sleepSeconds * 1000) / speed,
      ...(loop.deadlineSeconds !== undefined ? { deadlineMs: (loop.deadlineSeconds * 1000) / speed } : {}),
    });
    this.curl = c;
    this.resources.server('traffic', () => c.stop());
    void c.ended.then((why) => {
      if (why === 'deadline' && !this.stopping)
        this.note(
          `traffic: the curl loop reached its activeDeadlineSeconds (${formatSeconds(loop.deadlineSeconds ?? 0)}${speed !== 1 ? ` ÷ ${speed}` : ''}) and stopped`,
        );
    });
    this.setPhase('curl loop sleeping');
    await this.orAbort(c.started);
    this.note(
      `traffic: the curl loop is sending ${loop.requests.map((r) => `${r.method} ${r.authority}${r.path}`).join(', ')}`,
    );
  }

  /** Waits until Prometheus has samples for every revision under test, so iterations see data. */
  private async waitForMetrics(): Promise<void> {
    const prom = this.prometheus;
    if (!prom) throw new RunFailure('prometheus did not start');
    this.setPhase('waiting for metrics');
    const missing = new Set(this.revisionsUnderTest.filter((name) => this.revisions.has(name)));
    for (const name of this.revisionsUnderTest)
      if (!this.revisions.has(name)) this.note(`metrics: ${name} is not a local revision; not waiting for it`);
    if (missing.size > 0) this.note(`waiting for metrics: Prometheus has no samples of ${[...missing].join(', ')} yet`);
    const waitStarted = Date.now();
    // Prometheus needs ~5-7 s for its first samples of a new target, whatever the speed.
    const waitMs = this.options.metricsWaitMs ?? Math.max(15000, 30000 / this.speed);
    while (missing.size > 0 && Date.now() - waitStarted < waitMs) {
      this.checkpoint();
      for (const name of [...missing]) {
        const namespace = this.tutorial.revisions.find((r) => r.name === name)?.namespace ?? this.ref.namespace;
        const value = await prom
          .query(revisionSamplesQuery(this.stack, namespace, name))
          .then(firstValue, () => undefined);
        if (value !== undefined && value > 0) {
          missing.delete(name);
          this.note(`metrics: ${name} has samples after ${formatSeconds((Date.now() - waitStarted) / 1000)}`);
        }
      }
      if (missing.size > 0) await sleep(250, this.abort.signal);
    }
    this.checkpoint();
    if (missing.size > 0) {
      this.note(
        `metrics: still no samples of ${[...missing].join(', ')} after ${formatSeconds(waitMs / 1000)}: it receives no traffic (${this.shadowHostSuffix ? 'check the routing rules' : 'without the -shadow suffix the copies match the live rule'}); starting anyway`,
      );
    }
  }

  /** Pings the function until the experiment ends. */
  private async iterate(): Promise<void> {
    this.setPhase('running');
    this.note(`ping source: ${PING_EVENT_TYPE} every ${formatSeconds(this.intervalMs / 1000)} to the function`);
    const deadlineMs = 2 * this.total * this.intervalMs + 120000;
    const deadline = setTimeout(
      () => this.fail(`the experiment did not finish within ${formatSeconds(deadlineMs / 1000)}`),
      deadlineMs,
    );
    let last: TickSummary | undefined;
    const ping = startPingSource({
      sinkUrl: this.functionUrl,
      intervalMs: this.intervalMs,
      source: `/apis/v1/namespaces/${this.ref.namespace}/pingsources/iter8fn-${this.ref.name}`,
      data: { experiment: formatRef(this.ref) },
      onLost: (message) => this.note(`ping source: ${message}`),
      onReply: async (reply) => {
        const summary = asSummary(reply);
        if (summary) last = summary;
        return this.onReply(reply, summary);
      },
    });
    this.resources.server('ping source', () => ping.stop());
    try {
      await this.orAbort(ping.done);
    } finally {
      clearTimeout(deadline);
    }
    this.checkpoint();
    this.setPhase(last?.result === 'completed' ? 'completed' : (last?.result ?? 'ended'));
  }

  /** What one reply of the function means for the run. */
  private async onReply(reply: PingReply, summary: TickSummary | undefined): Promise<PingDecision | undefined> {
    if (!summary) {
      this.note(`function: unexpected reply ${reply.status} ${reply.type ?? ''}: ${JSON.stringify(reply.data)}`);
      this.fail('the function refused the ping');
      return { stop: true };
    }
    if (summary.result === 'not-due') {
      const due = summary.dueAt ? Date.parse(summary.dueAt) : NaN;
      return Number.isNaN(due) ? undefined : { pingAgainAt: due + 20 };
    }
    if (summary.result === 'unavailable' || summary.result === 'conflict') {
      this.note(`function: ${summary.result}${summary.message ? `: ${summary.message}` : ''}; the next ping retries`);
      return undefined;
    }
    if (summary.iteration !== undefined) this.completed = summary.iteration;
    const state = await readState(this.stateFile).catch(() => undefined);
    if (state) {
      this.completed = state.status?.completedIterations ?? this.completed;
      this.objectives = objectiveLines(state);
      this.comparisons = comparisonLinesOf(state);
    }
    this.emit({
      type: 'iteration',
      result: summary.result,
      completed: this.completed,
      total: this.total,
      objectives: this.objectives,
      comparisons: this.comparisons,
      traffic: this.trafficFigures(),
      ...(summary.message !== undefined ? { message: summary.message } : {}),
    });
    return TICK_RESULT_TRAITS[summary.result].final ? { stop: true } : undefined;
  }
}
