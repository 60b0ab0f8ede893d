// A local session: a tutorial's dark launch played on one machine, as a library. From the
// tutorial's own manifests it starts one process per Knative revision (the sample app, measured
// as the chosen stack's queue-proxy and sidecar would), a real Prometheus scraping them, a gateway
// that routes and mirrors as the VirtualServices say, the curl loop, and the function (the
// cluster's handler, served by faas-js-runtime over a file store) driven by a local ping source.
//
// Whoever drives it (the CLI, a live page) subscribes to its typed events and reads snapshots;
// the session renders nothing. Everything it starts goes on a ResourceStack that unwinds however
// the run ends: completed, failed, stopped (Ctrl-C) or broken. This file composes the parts:
// session-input (what is played), session-processes (revisions, Prometheus), session-traffic
// (gateway, curl loop), session-function (the function and its pings), session-result (the end).

import path from 'node:path';
import { applyDefaults } from '../experiment/parse.js';
import type { Experiment } from '../experiment/types.js';
import type { ExperimentRef } from '../function/events.js';
import { totalIterations } from '../iteration/step.js';
import { experimentNamespace } from '../metrics/catalog.js';
import { errorMessage } from '../util/errors.js';
import type { LocalGateway } from './gateway.js';
import type { ObjectiveLine } from './live-view.js';
import { formatSeconds, missingTrafficLines, planLines } from './plan.js';
import { ResourceStack } from './resource-stack.js';
import { RunControl } from './run-control.js';
import type { SessionContext } from './session-context.js';
import {
  SessionEvents,
  type ComparisonLine,
  type LocalEvent,
  type LocalOutcome,
  type LocalPhase,
  type LocalResult,
  type LocalSnapshot,
} from './session-events.js';
import { pingUntilEnd, startSessionFunction } from './session-function.js';
import { readSessionInput, type LocalSessionOptions, type SessionInput } from './session-input.js';
import {
  probeRevision,
  serveGatewayTelemetry,
  startRevisions,
  startSessionPrometheus,
  waitForMetrics,
} from './session-processes.js';
import { objectiveLines, outcomeOfError, passed, readState, writeReport } from './session-result.js';
import { revisionFigures, startSessionGateway, startTraffic, trafficFigures } from './session-traffic.js';
import { versionRevision } from './source.js';
import type { LocalStack } from './stack.js';
import type { CurlLoop } from './traffic.js';

export class LocalSession {
  /** The opening lines: what will be played, from which files, and where the state goes. */
  readonly plan: string[];
  readonly title: string;
  readonly stack: LocalStack;
  readonly stateFile: string;

  private readonly ctx: SessionContext;
  private readonly events: SessionEvents;
  private readonly control = new RunControl();
  private readonly total: number;
  private readonly intervalMs: number;
  private readonly versionsUnderTest: string[];
  private readonly revisionsUnderTest: string[];
  private gateway: LocalGateway | undefined;
  private curl: CurlLoop | undefined;
  private running: Promise<LocalResult> | undefined;
  // What snapshots show, kept from the session's own events.
  private startedAt = Date.now();
  private completed = 0;
  private phase: LocalPhase = 'starting';
  private objectives: ObjectiveLine[] = [];
  private comparisons: ComparisonLine[] = [];

  private constructor(options: LocalSessionOptions, input: SessionInput) {
    const { tutorial, speed, stack, stateFile } = input;
    const experiment = tutorial.experiment.parsed;
    const spec = applyDefaults(experiment.spec);
    const ref: ExperimentRef = {
      namespace: experimentNamespace(experiment),
      name: experiment.metadata.name ?? 'experiment',
    };
    const shadowHostSuffix = options.shadowHostSuffix ?? true;
    this.events = new SessionEvents(options.debug ?? false);
    this.ctx = {
      ...input,
      options,
      shadowHostSuffix,
      ref,
      events: this.events,
      control: this.control,
      resources: new ResourceStack(),
    };
    this.stack = stack;
    this.stateFile = stateFile;
    this.total = totalIterations(spec);
    this.intervalMs = (spec.duration.intervalSeconds * 1000) / speed;
    const versions = [spec.versionInfo?.baseline, ...(spec.versionInfo?.candidates ?? [])].filter(
      (v) => v !== undefined,
    );
    this.versionsUnderTest = versions.map((v) => `${v.name} (${versionRevision(v)})`);
    this.revisionsUnderTest = [...new Set(versions.map(versionRevision))];
    this.plan = [
      ...planLines(tutorial, { speed, faults: input.faults, shadowHostSuffix, stack }),
      `  state     ${stateFile} (a copy of ${path.join(tutorial.folder, 'experiment.yaml')}, which is not touched)`,
    ];
    this.title = `${ref.name} · ${spec.strategy.testingPattern} on ${spec.target} · ${this.total} iterations every ${formatSeconds(spec.duration.intervalSeconds)}${speed !== 1 ? ` ÷ ${speed}` : ''}`;
    this.events.subscribe((event) => {
      if (event.type === 'phase') this.phase = event.phase;
      else if (event.type === 'iteration') {
        this.completed = event.completed;
        this.objectives = event.objectives;
        this.comparisons = event.comparisons;
      }
    });
  }

  /**
   * Reads the tutorial and checks every option before anything starts; writes the state copy.
   * Throws LocalInputError, with a one-line message, when something cannot be played.
   */
  static async open(options: LocalSessionOptions): Promise<LocalSession> {
    return new LocalSession(options, await readSessionInput(options));
  }

  /** Listens to every event from now on; returns the way to stop listening. */
  subscribe(listener: (event: LocalEvent) => void): () => void {
    return this.events.subscribe(listener);
  }

  /** Starts the run (once); resolves when everything it started has stopped. Never rejects. */
  start(): Promise<LocalResult> {
    if (!this.running) {
      const signal = this.ctx.options.signal;
      const onAbort = (): void => this.control.stop(typeof signal?.reason === 'string' ? signal.reason : 'SIGINT');
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.running = this.run().finally(() => signal?.removeEventListener('abort', onAbort));
    }
    return this.running;
  }

  /** The result of the run, once started. */
  get result(): Promise<LocalResult> {
    return this.start();
  }

  /** Stops the run and everything it started; `reason` names who asked (a signal name). */
  stop(reason = 'stop'): Promise<LocalResult> {
    this.control.stop(reason);
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
      traffic: trafficFigures(this.gateway, this.curl),
      revisions: revisionFigures(this.ctx.tutorial, this.gateway),
    };
  }

  private async run(): Promise<LocalResult> {
    const { ctx, control, events } = this;
    this.startedAt = Date.now();
    let outcome: LocalOutcome;
    let experiment: Experiment | undefined;
    let reportFile: string | undefined;
    let missingTraffic: string[] = [];
    let trafficTimer: NodeJS.Timeout | undefined;
    try {
      const revisions = await startRevisions(ctx);
      control.checkpoint();
      const gatewayTelemetry = await serveGatewayTelemetry(ctx);
      const endpoints = [...revisions.values()].flatMap((p) => p.metricsEndpoints);
      const prom = await startSessionPrometheus(
        ctx,
        [...endpoints, ...(gatewayTelemetry?.endpoints ?? [])],
        revisions.size,
      );
      control.checkpoint();
      this.gateway = await startSessionGateway(ctx, revisions, gatewayTelemetry?.istio);
      const functionUrl = await startSessionFunction(ctx, prom, (revisionName) =>
        probeRevision(revisions, revisionName),
      );
      control.checkpoint();
      events.emit({ type: 'live', title: this.title });
      trafficTimer = setInterval(
        () =>
          events.emit({
            type: 'traffic',
            traffic: trafficFigures(this.gateway, this.curl),
            revisions: revisionFigures(ctx.tutorial, this.gateway),
          }),
        1000,
      );
      this.curl = await startTraffic(ctx, this.gateway);
      await waitForMetrics(ctx, prom, revisions, this.revisionsUnderTest);
      await pingUntilEnd(ctx, {
        functionUrl,
        intervalMs: this.intervalMs,
        total: this.total,
        traffic: () => trafficFigures(this.gateway, this.curl),
      });
      control.checkpoint();

      // The end: stop the traffic so the counts are final, then judge.
      control.markStopping();
      await this.curl.stop();
      experiment = await readState(this.stateFile);
      // A version under test that received no request has not been tested, whatever the status says.
      missingTraffic = missingTrafficLines(
        revisionFigures(ctx.tutorial, this.gateway),
        this.revisionsUnderTest,
        ctx.shadowHostSuffix,
      );
      outcome = passed(experiment) && missingTraffic.length === 0 ? { kind: 'passed' } : { kind: 'failed' };
      // The report reads the latency histograms, so it is written while Prometheus still runs.
      if (ctx.options.report) {
        reportFile = await writeReport(this.stateFile, experiment, prom.url).catch((err: unknown) => {
          events.note(`report: not written: ${errorMessage(err)}`);
          return undefined;
        });
      }
    } catch (err) {
      outcome = outcomeOfError(err, control.signal.aborted ? control.reason() : undefined);
    } finally {
      control.markStopping();
      clearInterval(trafficTimer);
    }
    const cleanupProblems = await ctx.resources.unwind();
    const result: LocalResult = {
      outcome,
      stateFile: this.stateFile,
      ...(experiment ? { experiment } : {}),
      ...(reportFile !== undefined ? { reportFile } : {}),
      versionsUnderTest: this.versionsUnderTest,
      traffic: trafficFigures(this.gateway, this.curl),
      revisions: revisionFigures(ctx.tutorial, this.gateway),
      objectives: experiment ? objectiveLines(experiment) : this.objectives,
      missingTraffic,
      cleanupProblems,
      processes: ctx.resources.started(),
    };
    events.emit({ type: 'end', result });
    return result;
  }
}
