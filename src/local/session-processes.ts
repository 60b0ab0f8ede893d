// The child processes of a local run: one per Knative revision, and a real Prometheus scraping
// them (and the gateway's Istio metrics, when asked for) every second; then the wait until
// Prometheus holds samples of every revision under test, so the first iterations see data.

import { errorMessage } from '../util/errors.js';
import { ISTIO_JOB, serveRegistries, type ScrapeEndpoint } from './exporters.js';
import { createIstioMetrics, type IstioMetrics } from './istio-metrics.js';
import { revisionSamplesQuery } from './knative-queries.js';
import { formatFaults, formatSeconds } from './plan.js';
import { firstValue, scrapeJobsOf, startPrometheus, type PrometheusServer } from './prometheus.js';
import { startRevisionProcess, type RevisionProcess } from './revision-process.js';
import { RunFailure } from './run-control.js';
import type { SessionContext } from './session-context.js';
import { stackChoiceOf } from './stack.js';

/** Revision name -> its running process. */
export type RevisionProcesses = ReadonlyMap<string, RevisionProcess>;

/** One process per revision, started together; a revision exiting before the end fails the run. */
export async function startRevisions(ctx: SessionContext): Promise<RevisionProcesses> {
  const { events, control, resources } = ctx;
  const revisions = new Map<string, RevisionProcess>();
  // Not raced against a stop: every process that starts must be registered for cleanup.
  const started = await Promise.allSettled(
    ctx.tutorial.revisions.map((revision) => {
      const injected = ctx.faults.get(revision.name);
      return startRevisionProcess(
        {
          name: revision.name,
          serviceName: revision.serviceName,
          namespace: revision.namespace,
          env: revision.env,
          ...(injected ? { faults: injected } : {}),
          ...(revision.serviceTimeMs !== undefined ? { serviceTimeMs: revision.serviceTimeMs } : {}),
          stack: stackChoiceOf(ctx.stack),
        },
        ctx.options.debug ? { onOutput: (line) => events.debug(line) } : {},
      );
    }),
  );
  for (const result of started) {
    if (result.status !== 'fulfilled') continue;
    const p = result.value;
    revisions.set(p.name, p);
    resources.process(`revision ${p.name}`, p.pid, () => p.stop());
    void p.exited.then((exit) => {
      if (control.stopping) return;
      const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
      control.fail(
        `revision ${p.name} (pid ${p.pid}) exited unexpectedly (${how})${exit.stderrTail.length > 0 ? `: ${exit.stderrTail.join(' | ')}` : ''}`,
      );
    });
  }
  const failedStart = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failedStart) throw new RunFailure(errorMessage(failedStart.reason));
  for (const revision of ctx.tutorial.revisions) {
    const p = revisions.get(revision.name);
    if (!p) continue;
    const injected = ctx.faults.get(revision.name);
    const sidecar = p.metricsEndpoints.find((e) => e.job === ISTIO_JOB.job);
    events.emit({
      type: 'started',
      line: `started revision ${p.name} (pid ${p.pid}) at ${p.url}, metrics at ${p.metricsTarget}${sidecar ? `, sidecar metrics at ${sidecar.hostPort}${sidecar.metricsPath}` : ''}${injected ? `, faults ${formatFaults(injected)}` : ''}`,
    });
  }
  return revisions;
}

/** With Istio telemetry: the ingress gateway's own metrics endpoint, served before Prometheus starts. */
export async function serveGatewayTelemetry(
  ctx: SessionContext,
): Promise<{ istio: IstioMetrics; endpoints: ScrapeEndpoint[] } | undefined> {
  if (!ctx.stack.istioTelemetry) return undefined;
  const istio = createIstioMetrics();
  const served = await serveRegistries([{ kind: ISTIO_JOB, registry: istio.registry }]);
  for (const server of served.servers) ctx.resources.server('gateway metrics', () => server.close());
  return { istio, endpoints: served.endpoints };
}

/** Prometheus, scraping every metrics endpoint each second, as the stack's set-up would. */
export async function startSessionPrometheus(
  ctx: SessionContext,
  endpoints: ScrapeEndpoint[],
  revisionCount: number,
): Promise<PrometheusServer> {
  const prom = await startPrometheus({
    scrapeJobs: scrapeJobsOf(endpoints),
    scrapeIntervalSeconds: 1,
    ...(ctx.options.prometheusBinary ? { binary: ctx.options.prometheusBinary } : {}),
    ...(ctx.options.debug ? { log: (line: string) => ctx.events.debug(`prometheus: ${line}`) } : {}),
  });
  ctx.resources.process('prometheus', prom.pid, () => prom.stop());
  ctx.events.emit({
    type: 'started',
    line: `started prometheus (pid ${prom.pid}) at ${prom.url}, scraping ${revisionCount} revision(s) every 1 s (data in ${prom.dataDir}, removed at the end)`,
  });
  return prom;
}

/** Waits until Prometheus has samples for every revision under test, so iterations see data. */
export async function waitForMetrics(
  ctx: SessionContext,
  prom: PrometheusServer,
  revisions: RevisionProcesses,
  revisionsUnderTest: readonly string[],
): Promise<void> {
  const { events, control } = ctx;
  events.phase('waiting for metrics');
  const missing = new Set(revisionsUnderTest.filter((name) => revisions.has(name)));
  for (const name of revisionsUnderTest)
    if (!revisions.has(name)) events.note(`metrics: ${name} is not a local revision; not waiting for it`);
  if (missing.size > 0) events.note(`waiting for metrics: Prometheus has no samples of ${[...missing].join(', ')} yet`);
  const waitStarted = Date.now();
  // Prometheus needs ~5-7 s for its first samples of a new target, whatever the speed.
  const waitMs = ctx.options.metricsWaitMs ?? Math.max(15000, 30000 / ctx.speed);
  while (missing.size > 0 && Date.now() - waitStarted < waitMs) {
    control.checkpoint();
    for (const name of [...missing]) {
      const namespace = ctx.tutorial.revisions.find((r) => r.name === name)?.namespace ?? ctx.ref.namespace;
      const value = await prom
        .query(revisionSamplesQuery(ctx.stack, namespace, name))
        .then(firstValue, () => undefined);
      if (value !== undefined && value > 0) {
        missing.delete(name);
        events.note(`metrics: ${name} has samples after ${formatSeconds((Date.now() - waitStarted) / 1000)}`);
      }
    }
    if (missing.size > 0) await control.sleep(250);
  }
  control.checkpoint();
  if (missing.size > 0) {
    events.note(
      `metrics: still no samples of ${[...missing].join(', ')} after ${formatSeconds(waitMs / 1000)}: it receives no traffic (${ctx.shadowHostSuffix ? 'check the routing rules' : 'without the -shadow suffix the copies match the live rule'}); starting anyway`,
    );
  }
}

/** undefined when the revision answers a readiness probe; otherwise why not. */
export async function probeRevision(revisions: RevisionProcesses, revisionName: string): Promise<string | undefined> {
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
}
