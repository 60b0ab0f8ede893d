// Runs a real Prometheus (Debian's 2.42 binary) in the foreground for local mode and tests:
// a free loopback port, a throw-away config and data folder, and teardown that leaves nothing
// behind, even when the parent process exits without calling stop().

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';

/** One scrape job, as a set-up's ServiceMonitor or PodMonitor would make it. */
export interface ScrapeJob {
  job: string;
  /** Targets as host:port. */
  targets: string[];
  /** Default /metrics. */
  metricsPath?: string;
  /** Keep the job and instance labels the exposition carries (how OTLP-pushed series look). */
  honorLabels?: boolean;
}

export interface StartPrometheusOptions {
  /** Scrape targets as host:port, each scraped at /metrics in the job `iter8fn-local`. */
  scrapeTargets?: string[];
  /** Further scrape jobs. */
  scrapeJobs?: ScrapeJob[];
  /** Global scrape and evaluation interval; default 1. */
  scrapeIntervalSeconds?: number;
  /** Path or command name; default $PROMETHEUS_BIN, else `prometheus` on PATH. */
  binary?: string;
  /** Receives Prometheus's own log lines and launcher progress. */
  log?: (line: string) => void;
  /** How long to wait for /-/ready; default 15000 ms. */
  readyTimeoutMs?: number;
  /** Folder to create the temp config/data folder in; default os.tmpdir(). */
  tempRoot?: string;
}

/** Prometheus instant-query sample: [unix seconds, value as a string ("NaN", "+Inf" included)]. */
export type PrometheusSample = [number, string];

export interface PrometheusVectorElement {
  metric: Record<string, string>;
  value: PrometheusSample;
}

/** The JSON body of GET /api/v1/query. */
export interface PrometheusQueryResponse {
  status: 'success' | 'error';
  data?: {
    resultType: 'vector' | 'scalar' | 'matrix' | 'string';
    result: PrometheusVectorElement[] | PrometheusSample;
  };
  errorType?: string;
  error?: string;
  warnings?: string[];
}

export interface PrometheusServer {
  /** http://127.0.0.1:PORT */
  url: string;
  dataDir: string;
  pid: number;
  /** Milliseconds from spawn to /-/ready answering 200. */
  readyAfterMs: number;
  /** Instant query at the server's current time. Throws on HTTP or PromQL errors. */
  query(promql: string): Promise<PrometheusQueryResponse>;
  /** Re-runs `promql` until `predicate` accepts the response; throws after timeoutMs. */
  waitFor(
    promql: string,
    predicate: (response: PrometheusQueryResponse) => boolean,
    timeoutMs: number,
  ): Promise<PrometheusQueryResponse>;
  /** SIGTERM, SIGKILL after a grace period, then removes the temp folder. Idempotent. */
  stop(): Promise<void>;
}

export class PrometheusStartError extends Error {
  override name = 'PrometheusStartError';
}

export const PROMETHEUS_NOT_FOUND =
  'prometheus not found: install it with `apt-get install -y --no-install-recommends prometheus` or set PROMETHEUS_BIN';

const STOP_GRACE_MS = 5000;
const POLL_INTERVAL_MS = 50;
const WAIT_FOR_INTERVAL_MS = 250;
const STDERR_LINES_KEPT = 8;
const PORT_ATTEMPTS = 5;

/**
 * The value of the first result element, read the way Iter8's jqExpression
 * `.data.result[0].value[1] | tonumber` does; undefined when the result is empty.
 * Scalars (e.g. `vector(0)` wrapped by scalar()) are read too. NaN stays NaN.
 */
export function firstValue(response: PrometheusQueryResponse): number | undefined {
  const result = response.data?.result;
  if (!result) return undefined;
  if (response.data?.resultType === 'scalar' || response.data?.resultType === 'string') {
    const sample = result as PrometheusSample;
    return Number(sample[1]);
  }
  const first = (result as PrometheusVectorElement[])[0];
  return first === undefined ? undefined : Number(first.value[1]);
}

/** Asks the kernel for a free loopback port. Another process may take it before Prometheus binds; callers retry. */
async function pickFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('could not read the probe port'))));
    });
  });
}

function validateTarget(target: string): void {
  if (!/^[A-Za-z0-9.[\]:_-]+:\d{1,5}$/.test(target)) {
    throw new PrometheusStartError(`bad scrape target "${target}": expected host:port, e.g. 127.0.0.1:9091`);
  }
}

function prometheusConfig(jobs: readonly ScrapeJob[], intervalSeconds: number): string {
  const interval = `${intervalSeconds}s`;
  return toYaml({
    // scrape_timeout must not exceed scrape_interval, and its default (10s) would.
    global: { scrape_interval: interval, evaluation_interval: interval, scrape_timeout: interval },
    scrape_configs: jobs.map((job) => ({
      job_name: job.job,
      ...(job.metricsPath !== undefined && job.metricsPath !== '/metrics' ? { metrics_path: job.metricsPath } : {}),
      ...(job.honorLabels ? { honor_labels: true } : {}),
      static_configs: [{ targets: job.targets }],
    })),
  });
}

/** Groups endpoints into one job per job name, in first-seen order. */
export function scrapeJobsOf(
  endpoints: ReadonlyArray<{ job: string; hostPort: string; metricsPath: string; honorLabels: boolean }>,
): ScrapeJob[] {
  const jobs = new Map<string, ScrapeJob>();
  for (const endpoint of endpoints) {
    const existing = jobs.get(endpoint.job);
    if (existing) {
      if (existing.metricsPath !== endpoint.metricsPath || existing.honorLabels !== endpoint.honorLabels) {
        throw new PrometheusStartError(`scrape job ${endpoint.job} is given two different settings`);
      }
      existing.targets.push(endpoint.hostPort);
    } else {
      jobs.set(endpoint.job, {
        job: endpoint.job,
        targets: [endpoint.hostPort],
        metricsPath: endpoint.metricsPath,
        honorLabels: endpoint.honorLabels,
      });
    }
  }
  return [...jobs.values()];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Exit outcome of a spawned Prometheus before it became ready. */
interface EarlyExit {
  kind: 'missing' | 'spawn-error' | 'exited';
  message: string;
}

interface Launched {
  child: ChildProcess;
  stderrTail: string[];
  /** Resolves when the child is gone (exit or spawn failure). */
  gone: Promise<EarlyExit>;
}

function launch(binary: string, args: string[], log: ((line: string) => void) | undefined): Launched {
  const stderrTail: string[] = [];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const onLine = (line: string): void => {
    if (line.trim() === '') return;
    stderrTail.push(line);
    if (stderrTail.length > STDERR_LINES_KEPT) stderrTail.shift();
    log?.(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    stream?.on('end', () => {
      if (partial !== '') onLine(partial);
      partial = '';
    });
  }
  const gone = new Promise<EarlyExit>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') resolve({ kind: 'missing', message: PROMETHEUS_NOT_FOUND });
      else resolve({ kind: 'spawn-error', message: `cannot run prometheus (${binary}): ${error.message}` });
    });
    // 'close' rather than 'exit': by then stdout/stderr are drained, so the tail is complete.
    child.once('close', (code, signal) => {
      const how = signal ? `signal ${signal}` : `code ${code}`;
      resolve({ kind: 'exited', message: `prometheus exited early (${how})` });
    });
  });
  return { child, stderrTail, gone };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' | ').trim();
}

async function waitUntilReady(url: string, gone: Promise<EarlyExit>, timeoutMs: number): Promise<EarlyExit | 'ready'> {
  let exited: EarlyExit | undefined;
  void gone.then((outcome) => {
    exited = outcome;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) return exited;
    try {
      const response = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) return 'ready';
    } catch {
      // Not listening yet.
    }
    await sleep(POLL_INTERVAL_MS);
  }
  return exited ?? { kind: 'exited', message: `prometheus did not become ready within ${timeoutMs} ms` };
}

// ---------------------------------------------------------------------------------------------
// Orphan protection: a Prometheus left running after its parent dies would hold a port and a
// temp folder forever. On 'exit' (normal exit, process.exit, uncaught exception) and on the
// terminating signals, kill every child still running, synchronously, and remove its folder.

interface OrphanGuard {
  child: ChildProcess;
  baseDir: string;
}

const guarded = new Set<OrphanGuard>();
const TERMINATING_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function killGuarded(): void {
  for (const guard of guarded) {
    guard.child.kill('SIGKILL');
    try {
      rmSync(guard.baseDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // The killed child may still be writing; a leftover temp folder beats a failing exit.
    }
  }
  guarded.clear();
  uninstallHandlers();
}

function onSignal(signal: NodeJS.Signals): void {
  killGuarded();
  // Listening to a signal disables Node's default action (terminate). If nobody else listens,
  // raise the signal again now that our handler is gone, so the process still dies as it should.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installHandlers(): void {
  process.on('exit', killGuarded);
  for (const signal of TERMINATING_SIGNALS) process.on(signal, onSignal);
}

function uninstallHandlers(): void {
  process.off('exit', killGuarded);
  for (const signal of TERMINATING_SIGNALS) process.off(signal, onSignal);
}

function guardAgainstOrphans(guard: OrphanGuard): void {
  if (guarded.size === 0) installHandlers();
  guarded.add(guard);
}

function releaseGuard(guard: OrphanGuard): void {
  if (guarded.delete(guard) && guarded.size === 0) uninstallHandlers();
}

export async function startPrometheus(options: StartPrometheusOptions): Promise<PrometheusServer> {
  const intervalSeconds = options.scrapeIntervalSeconds ?? 1;
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1) {
    throw new PrometheusStartError(`scrapeIntervalSeconds must be a whole number >= 1, got ${intervalSeconds}`);
  }
  const jobs: ScrapeJob[] = [
    ...(options.scrapeTargets !== undefined ? [{ job: 'iter8fn-local', targets: options.scrapeTargets }] : []),
    ...(options.scrapeJobs ?? []),
  ];
  for (const job of jobs) {
    if (!/^[A-Za-z0-9_.-]+$/.test(job.job)) throw new PrometheusStartError(`bad scrape job name "${job.job}"`);
    if (job.metricsPath !== undefined && !/^\/[A-Za-z0-9/_.-]*$/.test(job.metricsPath)) {
      throw new PrometheusStartError(`bad metrics path "${job.metricsPath}" for scrape job ${job.job}`);
    }
    job.targets.forEach(validateTarget);
  }
  const binary = options.binary ?? process.env['PROMETHEUS_BIN'] ?? 'prometheus';
  const log = options.log;
  const readyTimeoutMs = options.readyTimeoutMs ?? 15000;

  const baseDir = mkdtempSync(join(options.tempRoot ?? tmpdir(), 'iter8fn-prometheus-'));
  const removeBaseDir = (): void => rmSync(baseDir, { recursive: true, force: true });
  const configFile = join(baseDir, 'prometheus.yml');
  const dataDir = join(baseDir, 'data');

  try {
    writeFileSync(configFile, prometheusConfig(jobs, intervalSeconds));
    for (let attempt = 1; ; attempt++) {
      const port = await pickFreePort();
      const url = `http://127.0.0.1:${port}`;
      const args = [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ];
      const spawnedAt = performance.now();
      const launched = launch(binary, args, log);
      const orphanGuard = { child: launched.child, baseDir };
      guardAgainstOrphans(orphanGuard);

      const outcome = await waitUntilReady(url, launched.gone, readyTimeoutMs);
      if (outcome === 'ready') {
        const readyAfterMs = Math.round(performance.now() - spawnedAt);
        log?.(`prometheus ready at ${url} after ${readyAfterMs} ms (pid ${launched.child.pid})`);
        return makeServer(url, dataDir, launched, readyAfterMs, () => {
          releaseGuard(orphanGuard);
          removeBaseDir();
        });
      }

      await terminate(launched);
      releaseGuard(orphanGuard);
      const tail = launched.stderrTail.join('\n');
      // The kernel handed our probe port to someone else before Prometheus bound it: pick again.
      if (outcome.kind === 'exited' && /address already in use/i.test(tail) && attempt < PORT_ATTEMPTS) {
        log?.(`port ${port} was taken before prometheus could bind it; retrying`);
        continue;
      }
      const detail = outcome.kind === 'exited' && tail !== '' ? `: ${oneLine(tail)}` : '';
      throw new PrometheusStartError(oneLine(outcome.message + detail));
    }
  } catch (error) {
    removeBaseDir();
    throw error;
  }
}

/** SIGTERM, then SIGKILL after the grace period; resolves once the child is reaped. */
async function terminate(launched: Launched, graceMs = STOP_GRACE_MS): Promise<void> {
  const { child } = launched;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    await launched.gone;
    return;
  }
  child.kill('SIGTERM');
  let graceTimer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    launched.gone.then(() => true),
    new Promise<false>((resolve) => {
      graceTimer = setTimeout(() => resolve(false), graceMs);
    }),
  ]);
  // A pending grace timer would keep the parent (e.g. a Jest worker) alive for no reason.
  clearTimeout(graceTimer);
  if (!stopped) {
    child.kill('SIGKILL');
    await launched.gone;
  }
}

function makeServer(
  url: string,
  dataDir: string,
  launched: Launched,
  readyAfterMs: number,
  cleanup: () => void,
): PrometheusServer {
  const pid = launched.child.pid;
  if (pid === undefined) throw new PrometheusStartError('prometheus started without a pid');

  const query = async (promql: string): Promise<PrometheusQueryResponse> => {
    const response = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: promql }).toString()}`, {
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as PrometheusQueryResponse;
    if (body.status !== 'success') {
      throw new Error(
        `prometheus query failed (${body.errorType ?? response.status}): ${body.error ?? ''} [${promql}]`,
      );
    }
    return body;
  };

  let stopping: Promise<void> | undefined;
  return {
    url,
    dataDir,
    pid,
    readyAfterMs,
    query,
    async waitFor(promql, predicate, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let last: PrometheusQueryResponse | undefined;
      for (;;) {
        last = await query(promql);
        if (predicate(last)) return last;
        if (Date.now() + WAIT_FOR_INTERVAL_MS > deadline) break;
        await sleep(WAIT_FOR_INTERVAL_MS);
      }
      throw new Error(
        `timed out after ${timeoutMs} ms waiting on [${promql}]; last result: ${JSON.stringify(last.data?.result)}`,
      );
    },
    stop() {
      stopping ??= terminate(launched).finally(cleanup);
      return stopping;
    },
  };
}
