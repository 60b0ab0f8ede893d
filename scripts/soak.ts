// Soak run of the built function: `npm run build && node dist/scripts/soak.js --minutes 5`.
//
// The function runs as `npm start` runs it (faas-js-runtime in a process of its own) against the
// test API server (the shipped RBAC enforced) and a real Prometheus scraping revisions that answer
// real traffic, all on 127.0.0.1. Every second, as PingSources would, most experiments get a tick
// each ({"experiment": ...}) and the rest (10 by default) one namespace scan tick ({"namespace": ...},
// advanced ITER8FN_SCAN_CONCURRENCY at a time, the default 8). Every experiment has a one-second
// interval and more iterations than the run lasts.
//
// It checks that every due iteration runs exactly once: each status write the API server applies
// counts one iteration, at least interval - tolerance after the previous one; the iterations
// replies report are 1, 2, 3, ... for each experiment, each once, and as many as the API server
// counted; a tick answered not-due was sent before its due time; no tick failed. It samples the
// function's resident memory every few seconds: after a warm-up, the peak of the last third of the
// run may exceed the peak of the first third by 10% at most. It counts the function's descriptors
// idle before and after the load: no file, pipe or connection may be left over but the kept-alive
// connections of its pools. It stops by itself and exits 0 when every check held, 1 otherwise;
// `--json` prints the report as JSON as well.

import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { pingDueToleranceMs } from '../src/eventing/schedule.js';
import { errorMessage } from '../src/util/errors.js';
import {
  removeKubeconfig,
  sampleExperiment,
  sampleService,
  startFunctionKube,
  startSampleMetrics,
  writeFunctionKubeconfig,
} from '../test/support/function-cluster.js';
import {
  deliver,
  pingEvent,
  startFunctionProcess,
  type EventReply,
  type FunctionProcess,
} from '../test/support/function-process.js';
import type { KubeApiServer } from '../test/support/kube-api-server.js';
import type { KnativeFixture } from '../test/support/prometheus.js';
import { watchStatusWrites, type StatusLedger } from '../test/support/status-ledger.js';

export interface SoakOptions {
  /** Experiments in all. */
  experiments: number;
  /** How many of them are ticked by one namespace scan tick; the others get a tick each. */
  scanned: number;
  /** How long ticks are sent. */
  durationMs: number;
  /** Memory before this is warm-up; growth is measured from the samples right after it. */
  warmUpMs: number;
  /** How often resident memory is sampled. */
  sampleEveryMs: number;
  /** Allowed growth of resident memory after warm-up, as a fraction (0.1 = 10%). */
  maxRssGrowth: number;
  /** Idle time after the load before descriptors are counted again; default 12 s. */
  idleSettleMs?: number;
  log?: (line: string) => void;
}

/** Open descriptors of the function, its TCP connections sorted by peer. */
export interface DescriptorCount {
  total: number;
  /** Files, pipes, event fds: anything but a TCP socket. */
  other: number;
  listening: number;
  /** Connections the soak made to the function (closed by the soak before counting idle). */
  incoming: number;
  /** Kept-alive connections of the function's pools, per peer. */
  toApiServer: number;
  toPrometheus: number;
  /** Connections to anything else, and sockets in other states. */
  unexplained: number;
}

export interface MemorySample {
  atSeconds: number;
  rssBytes: number;
}

export interface SoakReport {
  experiments: number;
  durationSeconds: number;
  ticksSent: number;
  /** Per-experiment outcomes over all ticks. */
  iterated: number;
  notDue: number;
  /** Status writes the API server applied (each counts one iteration). */
  statusWrites: number;
  /** Iterations per second the function sustained. */
  iterationsPerSecond: number;
  /** Slowest tick, from sending to its answer. */
  slowestTickMs: number;
  memory: MemorySample[];
  /** Resident memory at the end of the run over right after warm-up, minus 1. */
  /**
   * Peak resident memory in the last third of the run after warm-up over the peak in its first
   * third, minus 1. Peaks, because garbage collection saws the curve up and down by a third.
   */
  rssGrowth: number;
  fileDescriptors: {
    idleBefore: DescriptorCount;
    underLoadEarly: number;
    underLoadLate: number;
    idleAfter: DescriptorCount;
  };
  problems: string[];
}

const TICK_MS = 1000;
const INTERVAL_SECONDS = 1;
/** Two counted iterations of an experiment are at least this far apart. */
const MIN_SPACING_MS = INTERVAL_SECONDS * 1000 - pingDueToleranceMs(INTERVAL_SECONDS * 1000);
const ONE = 'soak-one';
const SCAN = 'soak-scan';
/** After the load, long enough for idle keep-alive connections to be closed (4-5 s on either side). */
const IDLE_SETTLE_MS = 12_000;

interface Outcome {
  sentAt: number;
  answeredAt: number;
  result: string;
  iteration?: number;
  dueAt?: string;
}

interface Summary {
  experiment: string;
  result?: string;
  iteration?: number;
  dueAt?: string;
}

function countDescriptors(fn: FunctionProcess, ports: { api: number; prometheus: number }): DescriptorCount {
  const found = fn.descriptors();
  if (!found) throw new Error(`the function process is gone: ${fn.output().slice(-2000)}`);
  const count: DescriptorCount = {
    total: found.total,
    other: found.other,
    listening: 0,
    incoming: 0,
    toApiServer: 0,
    toPrometheus: 0,
    unexplained: 0,
  };
  for (const socket of found.tcp) {
    if (socket.state === 'LISTEN') count.listening++;
    else if (socket.state !== 'ESTABLISHED') count.unexplained++;
    else if (socket.localPort === fn.port) count.incoming++;
    else if (socket.remotePort === ports.api) count.toApiServer++;
    else if (socket.remotePort === ports.prometheus) count.toPrometheus++;
    else count.unexplained++;
  }
  return count;
}

const describeCount = (c: DescriptorCount): string =>
  `${c.total} (${c.other} files/pipes/event fds, ${c.listening} listening, ${c.incoming} incoming, kept-alive: ${c.toApiServer} to the API server, ${c.toPrometheus} to Prometheus${c.unexplained > 0 ? `, ${c.unexplained} unexplained` : ''})`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const name = (index: number): string => `soak-${String(index).padStart(3, '0')}`;

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const problems: string[] = [];
  const byName = options.experiments - options.scanned;
  const experiments = Array.from({ length: options.experiments }, (_, i) => ({
    namespace: i < byName ? ONE : SCAN,
    name: name(i),
  }));
  const outcomes = new Map<string, Outcome[]>(experiments.map((e) => [`${e.namespace}/${e.name}`, []]));
  const record = (experiment: string, outcome: Outcome): void => {
    const list = outcomes.get(experiment);
    if (list) list.push(outcome);
    else problems.push(`a reply named ${experiment}, which the soak did not create`);
  };

  let fixture: KnativeFixture | undefined;
  let kube: KubeApiServer | undefined;
  let kubeconfig: string | undefined;
  let fn: FunctionProcess | undefined;
  let ledger: StatusLedger | undefined;
  try {
    fixture = await startSampleMetrics(options.durationMs + 120_000);
    kube = await startFunctionKube();
    ledger = watchStatusWrites(kube, MIN_SPACING_MS);
    for (const namespace of [ONE, SCAN]) kube.put(sampleService(namespace));
    // More iterations than the run has ticks: every experiment is due at every tick until the end.
    const iterationsPerLoop = Math.ceil(options.durationMs / TICK_MS) + 60;
    for (const e of experiments)
      kube.put(sampleExperiment({ ...e, intervalSeconds: INTERVAL_SECONDS, iterationsPerLoop, maxLoops: 1 }));
    kubeconfig = await writeFunctionKubeconfig(kube);
    fn = await startFunctionProcess({
      kubeconfig,
      env: { ITER8FN_PROMETHEUS_URL: fixture.prometheus.url, ITER8FN_READY_TIMEOUT_SECONDS: '5' },
    });
    await fn.ready;
    const running = fn;
    const peers = { api: Number(new URL(kube.url).port), prometheus: Number(new URL(fixture.prometheus.url).port) };
    const idleBefore = countDescriptors(running, peers);
    log(
      `soak: ${options.experiments} experiments (${byName} ticked by name, ${options.experiments - byName} by scan), a tick every ${TICK_MS} ms for ${options.durationMs / 1000} s; function pid ${running.pid}, descriptors idle: ${describeCount(idleBefore)}`,
    );

    // ---- the load ----
    // The soak's own connections to the function, closed after the load so that they are not
    // counted as the function's descriptors (faas-js-runtime keeps idle connections for 72 s).
    const agent = new http.Agent({ keepAlive: true, maxSockets: options.experiments + 10 });
    const inFlight = new Set<Promise<void>>();
    const track = (work: Promise<void>): void => {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    };
    const deliverTick = async (data: unknown, summaries: (reply: EventReply) => Summary[]): Promise<void> => {
      const sentAt = Date.now();
      try {
        const reply = await deliver(running.url, pingEvent(data), 60_000, agent);
        const answeredAt = Date.now();
        if (reply.status !== 200)
          problems.push(
            `tick ${JSON.stringify(data)} answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`,
          );
        for (const s of summaries(reply))
          record(s.experiment, {
            sentAt,
            answeredAt,
            result: s.result ?? 'none',
            ...(s.iteration !== undefined ? { iteration: s.iteration } : {}),
            ...(s.dueAt ? { dueAt: s.dueAt } : {}),
          });
      } catch (err) {
        problems.push(`tick ${JSON.stringify(data)} got no answer: ${errorMessage(err)}`);
      }
    };
    const one = (reply: EventReply): Summary[] =>
      typeof reply.body === 'object' && reply.body !== null && 'experiment' in reply.body
        ? [reply.body as Summary]
        : [];
    const scan = (reply: EventReply): Summary[] =>
      (reply.body as { experiments?: Summary[] } | undefined)?.experiments ?? [];

    const memory: MemorySample[] = [];
    const started = Date.now();
    let ticksSent = 0;
    let underLoadEarly = -1;
    let nextSample = started;
    let slowestTickMs = 0;
    for (let tick = 0; ; tick++) {
      const tickAt = started + tick * TICK_MS;
      if (tickAt - started >= options.durationMs) break;
      const wait = tickAt - Date.now();
      if (wait > 0) await sleep(wait);
      ticksSent++;
      const tickStarted = Date.now();
      const work = [
        ...experiments
          .filter((e) => e.namespace === ONE)
          .map((e) => deliverTick({ experiment: `${ONE}/${e.name}` }, one)),
        deliverTick({ namespace: SCAN }, scan),
      ];
      track(
        Promise.all(work).then(() => {
          slowestTickMs = Math.max(slowestTickMs, Date.now() - tickStarted);
        }),
      );
      if (Date.now() >= nextSample) {
        const rssBytes = running.rssBytes();
        if (rssBytes === undefined) throw new Error(`the function process is gone: ${running.output().slice(-2000)}`);
        const atSeconds = Math.round((Date.now() - started) / 1000);
        memory.push({ atSeconds, rssBytes });
        if (underLoadEarly < 0 && Date.now() - started >= options.warmUpMs)
          underLoadEarly = running.openFileDescriptors() ?? -1;
        log(
          `  ${String(atSeconds).padStart(4)} s  rss ${(rssBytes / 2 ** 20).toFixed(1)} MiB  fds ${running.openFileDescriptors()}  status writes ${ledger.total()}  in flight ${inFlight.size}`,
        );
        // The API server's request log would grow for the whole run; the ledger keeps what counts.
        kube.requests.length = 0;
        nextSample += options.sampleEveryMs;
      }
    }
    const underLoadLate = running.openFileDescriptors() ?? -1;
    await Promise.all([...inFlight]);
    const loadSeconds = (Date.now() - started) / 1000;
    agent.destroy();
    await sleep(options.idleSettleMs ?? IDLE_SETTLE_MS);
    const idleAfter = countDescriptors(running, peers);
    if (!running.alive()) problems.push(`the function process exited: ${running.output().slice(-2000)}`);

    // ---- checks ----
    let iterated = 0;
    let notDue = 0;
    for (const e of experiments) {
      const key = `${e.namespace}/${e.name}`;
      const list = (outcomes.get(key) ?? []).sort((a, b) => a.sentAt - b.sentAt);
      const counted = list.filter((o) => o.result === 'iterated').map((o) => o.iteration ?? -1);
      iterated += counted.length;
      const applied = ledger.applied(e.namespace, e.name);
      const stored =
        (
          kube.get('experiments.iter8.tools', e.namespace, e.name)?.status as
            { completedIterations?: number } | undefined
        )?.completedIterations ?? 0;
      // Each iteration number once, 1 to n, and n is what the API server counted and stored.
      const sorted = [...counted].sort((a, b) => a - b);
      if (sorted.some((n, i) => n !== i + 1) || sorted.length !== applied || stored !== applied) {
        problems.push(
          `${key}: replies counted iterations [${sorted.join(',')}], the API server applied ${applied} status writes, stored completedIterations ${stored}`,
        );
      }
      if (list.length !== ticksSent) problems.push(`${key}: ${list.length} outcomes for ${ticksSent} ticks`);
      for (const o of list) {
        if (o.result === 'not-due') {
          notDue++;
          // Not due means the function read its clock before dueAt; it read it after the tick was sent.
          const dueAt = Date.parse(o.dueAt ?? '');
          if (!(dueAt > o.sentAt))
            problems.push(
              `${key}: a tick sent at ${new Date(o.sentAt).toISOString()} was answered not-due, due at ${o.dueAt}`,
            );
        } else if (o.result !== 'iterated') {
          problems.push(`${key}: a tick was answered ${o.result}`);
        }
      }
    }
    problems.push(...ledger.violations);

    const warm = memory.filter((sample) => sample.atSeconds * 1000 >= options.warmUpMs);
    const third = Math.floor(warm.length / 3);
    const firstPeak = Math.max(...warm.slice(0, third).map((sample) => sample.rssBytes));
    const lastPeak = Math.max(...warm.slice(-third).map((sample) => sample.rssBytes));
    const rssGrowth = lastPeak / firstPeak - 1;
    if (third < 2) problems.push(`only ${warm.length} memory samples after warm-up`);
    else if (!(rssGrowth <= options.maxRssGrowth)) {
      problems.push(
        `resident memory grew ${(rssGrowth * 100).toFixed(1)}% after warm-up (peak ${(firstPeak / 2 ** 20).toFixed(1)} MiB early, ${(lastPeak / 2 ** 20).toFixed(1)} MiB late)`,
      );
    }
    // A leak is a descriptor nothing holds on to any more. Idle, the function may keep only what it
    // had before the load, plus the connections its pools keep alive to the API server and Prometheus
    // (their number is bounded by the pools; the soak's own connections to it are closed by then).
    if (
      idleAfter.other > idleBefore.other ||
      idleAfter.listening !== idleBefore.listening ||
      idleAfter.incoming > 0 ||
      idleAfter.unexplained > 0
    ) {
      problems.push(
        `open file descriptors idle before the load: ${describeCount(idleBefore)}; after: ${describeCount(idleAfter)}`,
      );
    }
    if (underLoadLate > underLoadEarly + 8)
      problems.push(`open file descriptors under load grew from ${underLoadEarly} to ${underLoadLate}`);

    return {
      experiments: options.experiments,
      durationSeconds: Math.round(loadSeconds),
      ticksSent,
      iterated,
      notDue,
      statusWrites: ledger.total(),
      iterationsPerSecond: Math.round((ledger.total() / loadSeconds) * 10) / 10,
      slowestTickMs,
      memory,
      rssGrowth,
      fileDescriptors: { idleBefore, idleAfter, underLoadEarly, underLoadLate },
      problems,
    };
  } finally {
    ledger?.close();
    await fn?.stop();
    await kube?.close();
    if (kubeconfig) await removeKubeconfig(kubeconfig);
    await fixture?.stop();
  }
}

export function formatReport(report: SoakReport): string {
  const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const peak = Math.max(...report.memory.map((s) => s.rssBytes));
  return [
    `soak: ${report.experiments} experiments, ${report.ticksSent} ticks in ${report.durationSeconds} s`,
    `  iterations: ${report.statusWrites} status writes applied = ${report.iterated} iterations replied (${report.iterationsPerSecond}/s), ${report.notDue} ticks not due (each sent before its due time)`,
    `  slowest tick (sent to answered): ${report.slowestTickMs} ms`,
    `  resident memory: ${report.memory.map((s) => `${s.atSeconds}s ${mib(s.rssBytes)}`).join(', ')}`,
    `  peak after warm-up, last third over first third: ${report.rssGrowth >= 0 ? '+' : ''}${(report.rssGrowth * 100).toFixed(1)}% (overall peak ${mib(peak)})`,
    `  file descriptors idle before the load: ${describeCount(report.fileDescriptors.idleBefore)}`,
    `  under load: ${report.fileDescriptors.underLoadEarly} after warm-up, ${report.fileDescriptors.underLoadLate} at the end`,
    `  idle after the load: ${describeCount(report.fileDescriptors.idleAfter)}`,
    report.problems.length === 0
      ? '  every check held'
      : `  ${report.problems.length} problem(s):\n${report.problems
          .slice(0, 30)
          .map((p) => `    ${p}`)
          .join('\n')}`,
  ].join('\n');
}

function parseArguments(argv: readonly string[]): { minutes: number; experiments: number; json: boolean } {
  const args = { minutes: 5, experiments: 100, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = Number(argv[i + 1]);
    if (flag === '--minutes' && value > 0) args.minutes = value;
    else if (flag === '--experiments' && Number.isInteger(value) && value >= 2) args.experiments = value;
    else if (flag === '--json') {
      args.json = true;
      continue;
    } else
      throw new Error(
        `usage: node dist/scripts/soak.js [--minutes N (default 5)] [--experiments N (default 100)] [--json]; bad argument ${JSON.stringify(flag)}`,
      );
    i++;
  }
  return args;
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArguments>;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${errorMessage(err)}\n`);
    return 2;
  }
  const durationMs = args.minutes * 60_000;
  const report = await runSoak({
    experiments: args.experiments,
    scanned: Math.min(10, Math.floor(args.experiments / 2)),
    durationMs,
    // A minute of warm-up in a 5-minute run (JIT, pools and heap settle), a fifth of shorter ones.
    warmUpMs: Math.min(60_000, durationMs / 5),
    sampleEveryMs: 5000,
    maxRssGrowth: 0.1,
  });
  process.stdout.write(`${formatReport(report)}\n`);
  if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  return report.problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`soak: ${errorMessage(err)}\n`);
      process.exit(1);
    },
  );
}
