// One warm iteration as a user pays it: a CloudEvent POSTed over HTTP to the function served by
// faas-js-runtime from the built bundle (what `npm start` runs), in a process of its own, against
// the test API server (another process) and a real Prometheus fed by the seed fixture (another).
// The driver, this process, only sends requests and times them.
//
// Every sample is a forced iteration (tools.iter8.iteration.requested): the function does all the
// work of a due tick (GET, start/loop checks, the four queries, analysis, the status PATCH) and skips
// only the comparison of lastUpdateTime with the interval. That keeps each sample a real, counted
// iteration without moving the function's clock or waiting out intervalSeconds; the reply must say
// `iterated`, or the run fails.
//
// Floors, alternated sample by sample with the function (the order rotates, so drift hits all alike):
//   (a) bare: a node:http client doing the same six requests (GET the experiment, the four queries at
//       once, a status PATCH of the same size, a real write);
//   (b) (a) plus a warm round trip of the hello function (hello-function.ts) on the same runtime,
//       in its own process: what any function pays to be served by faas-js-runtime.
// Warm-up runs at least `warmupMinBatches` batches (V8 keeps optimising the function's code for
// hundreds of events: medians still fell by a fifth between 300 and 1,500 in an early run), then
// more until the last three batch medians of the function lie within `settleShare` of each other
// (capped), then `samples` are measured.

import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { EventType } from '../src/function/events.js';
import { iter8KnativeQuery, type Iter8KnativeMetric } from '../src/local/knative-queries.js';
import { elapsedSeconds } from '../src/metrics/args.js';
import { startFunctionProcess, type FunctionProcess } from '../test/support/function-process.js';
import { bareRequest } from './bare-http.js';
import {
  eventRequest,
  FUNCTION_TOKEN,
  seedExperiment,
  startCluster,
  startSeedFixture,
  type BenchCluster,
} from './cluster.js';
import { profileSummary, type ProfileSummary } from './profile.js';
import type { IterationResult } from './results.js';
import type { SeedFixtureReady } from './seed-fixture-main.js';
import { benchModule, median, processCpuMs, progress, round, spread, type Daemon } from './support.js';

export interface IterationOptions {
  samples: number;
  /** Samples per warm-up batch. */
  warmupBatch: number;
  /** At least this many warm-up batches, settled or not. */
  warmupMinBatches: number;
  /** At most this many warm-up batches, settled or not. */
  warmupMaxBatches: number;
  /** Warm-up ends when the last three batch medians lie within this share of their least (0.03: 3%). */
  settleShare: number;
  /** Write a CPU profile of the function process into a new folder under this one, and summarise its measured phase. */
  profileDir?: string;
}

const SEED_METRICS: Iter8KnativeMetric[] = [
  'mean-latency',
  '95th-percentile-tail-latency',
  'error-rate',
  'request-count',
];
const EXPERIMENT = { namespace: 'default', name: 'overhead' };

interface Sample {
  functionMs: number;
  bareMs: number;
  bareParts: { getMs: number; queriesMs: number; patchMs: number };
  /** CPU time of this (the driver's) process during the bare sample. */
  bareCpuMs: number;
  helloMs: number;
}

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

export async function runIteration(options: IterationOptions): Promise<IterationResult> {
  let cluster: BenchCluster | undefined;
  let fixture: Daemon<SeedFixtureReady> | undefined;
  let fn: FunctionProcess | undefined;
  let hello: FunctionProcess | undefined;
  try {
    cluster = await startCluster();
    fixture = await startSeedFixture(cluster);
    const prometheusUrl = fixture.ready.prometheusUrl;
    const kubeconfig = cluster.kubeconfig;
    const mostEvents = options.warmupBatch * options.warmupMaxBatches + options.samples;
    // No status: the first (warm-up) event runs the start tasks; every later one is a loop iteration.
    await cluster.put(seedExperiment({ name: EXPERIMENT.name, iterationsPerLoop: mostEvents + 10 }));

    const profileDir = options.profileDir
      ? mkdtempSync(path.join(options.profileDir, `iteration-${new Date().toISOString().replace(/[:.]/g, '-')}-`))
      : undefined;
    [fn, hello] = await Promise.all([
      startFunctionProcess({
        kubeconfig,
        env: { ITER8FN_PROMETHEUS_URL: prometheusUrl },
        ...(profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
      }),
      startFunctionProcess({ kubeconfig, entry: benchModule('hello-function') }),
    ]);
    await Promise.all([fn.ready, hello.ready]);
    const functionUrl = fn.url;
    const helloUrl = hello.url;

    let eventId = 0;
    const iterate = async (): Promise<number> => {
      const { headers, body } = eventRequest(
        { experiment: `${EXPERIMENT.namespace}/${EXPERIMENT.name}` },
        `bench-${eventId++}`,
        EventType.IterationRequested,
      );
      const started = performance.now();
      const answer = await bareRequest(functionUrl, { method: 'POST', headers, body });
      const ms = performance.now() - started;
      if (answer.status !== 200 || answer.headers['ce-type'] !== EventType.IterationCompleted)
        throw new Error(`the iteration did not count: ${answer.status} ${answer.text.slice(0, 300)}`);
      return ms;
    };
    const helloRoundTrip = async (): Promise<number> => {
      const { headers, body } = eventRequest({ experiment: 'default/hello' }, `hello-${eventId++}`);
      const started = performance.now();
      const answer = await bareRequest(helloUrl, { method: 'POST', headers, body });
      const ms = performance.now() - started;
      if (answer.status !== 200) throw new Error(`the hello function answered ${answer.status}: ${answer.text}`);
      return ms;
    };

    const experimentUrl = `${cluster.url}/apis/iter8.tools/v2alpha2/namespaces/${EXPERIMENT.namespace}/experiments/${EXPERIMENT.name}`;
    const auth = { authorization: `Bearer ${FUNCTION_TOKEN}` };
    const bare = async (): Promise<Pick<Sample, 'bareMs' | 'bareParts' | 'bareCpuMs'>> => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const answer = await bareRequest(experimentUrl, { headers: auth });
      if (answer.status !== 200) throw new Error(`floor GET answered ${answer.status}: ${answer.text.slice(0, 200)}`);
      const read = JSON.parse(answer.text) as {
        metadata: { resourceVersion: string };
        status: Record<string, unknown>;
      };
      const got = performance.now();

      const elapsed = elapsedSeconds(String(read.status.startTime), Date.now());
      await Promise.all(
        SEED_METRICS.map(async (metric) => {
          const query = encodeURIComponent(iter8KnativeQuery(metric, 'sample-app-v2', elapsed));
          const queried = await bareRequest(`${prometheusUrl}/api/v1/query?query=${query}`);
          if (queried.status !== 200) throw new Error(`floor query answered ${queried.status}`);
          JSON.parse(queried.text);
        }),
      );
      const queried = performance.now();

      // The status as the function last wrote it, sent back with a new lastUpdateTime: a real write
      // (the stored object changes) of the same size as the function's.
      const status = { ...read.status, lastUpdateTime: new Date().toISOString() };
      const written = await bareRequest(`${experimentUrl}/status`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ metadata: { resourceVersion: read.metadata.resourceVersion }, status }),
      });
      JSON.parse(written.text);
      const done = performance.now();
      if (written.status !== 200)
        throw new Error(`floor status write answered ${written.status}: ${written.text.slice(0, 200)}`);
      return {
        bareMs: done - started,
        bareParts: { getMs: got - started, queriesMs: queried - got, patchMs: done - queried },
        bareCpuMs: cpuMsSince(cpu),
      };
    };

    const sample = async (index: number): Promise<Sample> => {
      let functionMs = 0;
      let helloMs = 0;
      let floor: Awaited<ReturnType<typeof bare>> | undefined;
      const steps = [
        async () => void (functionMs = await iterate()),
        async () => void (floor = await bare()),
        async () => void (helloMs = await helloRoundTrip()),
      ];
      // Rotate which goes first: 0,1,2 / 1,2,0 / 2,0,1.
      for (let k = 0; k < steps.length; k++) await (steps[(index + k) % steps.length] as () => Promise<void>)();
      if (!floor) throw new Error('the floor sample did not run');
      return { functionMs, helloMs, ...floor };
    };

    // ---- warm-up until the function's median settles ----
    const batchMedians: number[] = [];
    let index = 0;
    let settled = false;
    while (batchMedians.length < options.warmupMaxBatches) {
      const times: number[] = [];
      for (let k = 0; k < options.warmupBatch; k++) times.push((await sample(index++)).functionMs);
      batchMedians.push(median(times));
      const recent = batchMedians.slice(-3);
      const least = Math.min(...recent);
      if (
        batchMedians.length >= Math.max(3, options.warmupMinBatches) &&
        (Math.max(...recent) - least) / least < options.settleShare
      ) {
        settled = true;
        break;
      }
    }
    progress(
      `iteration: warm-up ${index} events, batch medians ${batchMedians.map((m) => round(m)).join(', ')} ms (${settled ? 'settled' : 'not settled: cap reached'})`,
    );

    // ---- measured ----
    const fnPid = fn.pid;
    const helloPid = hello.pid;
    const functionCpuBefore = processCpuMs(fnPid);
    const helloCpuBefore = processCpuMs(helloPid);
    const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);
    const window = { fromUs: nowUs(), toUs: 0 };
    const samples: Sample[] = [];
    for (let k = 0; k < options.samples; k++) samples.push(await sample(index++));
    window.toUs = nowUs();
    const functionCpuMs = (processCpuMs(fnPid) - functionCpuBefore) / samples.length;
    const helloCpuMs = (processCpuMs(helloPid) - helloCpuBefore) / samples.length;
    const bareCpuMs = samples.reduce((sum, s) => sum + s.bareCpuMs, 0) / samples.length;

    const stored = await cluster.get('experiments.iter8.tools', EXPERIMENT.namespace, EXPERIMENT.name);
    const completed = (stored?.status as { completedIterations?: number } | undefined)?.completedIterations;
    if (completed !== index)
      throw new Error(`${index} forced iterations were answered, but the experiment counts ${String(completed)}`);

    let profile: ProfileSummary | undefined;
    if (profileDir) {
      await fn.stop();
      profile = profileSummary(profileDir, window);
    }

    const functionMs = samples.map((s) => s.functionMs);
    const withHello = samples.map((s) => s.bareMs + s.helloMs);
    const ratioBare = median(functionMs) / median(samples.map((s) => s.bareMs));
    const ratioWithHello = median(functionMs) / median(withHello);
    const cpuRatio = functionCpuMs / (bareCpuMs + helloCpuMs);
    progress(
      `iteration: ${round(median(functionMs))} ms vs bare ${round(median(samples.map((s) => s.bareMs)))} ms, with hello ${round(median(withHello))} ms; CPU ${round(functionCpuMs)} ms vs ${round(bareCpuMs)} + ${round(helloCpuMs)} ms`,
    );
    return {
      samples: samples.length,
      warmup: { events: options.warmupBatch * batchMedians.length, batchMediansMs: batchMedians.map(round), settled },
      iterationsCounted: completed,
      functionMs: spread(functionMs),
      bareMs: spread(samples.map((s) => s.bareMs)),
      bareParts: {
        getMs: round(median(samples.map((s) => s.bareParts.getMs))),
        queriesMs: round(median(samples.map((s) => s.bareParts.queriesMs))),
        patchMs: round(median(samples.map((s) => s.bareParts.patchMs))),
      },
      helloMs: spread(samples.map((s) => s.helloMs)),
      floorWithHelloMs: spread(withHello),
      ratioBare: round(ratioBare),
      ratioWithHello: round(ratioWithHello),
      cpu: {
        functionMsPerIteration: round(functionCpuMs),
        bareClientMsPerIteration: round(bareCpuMs),
        helloMsPerEvent: round(helloCpuMs),
        ratio: round(cpuRatio),
      },
      goals: {
        latency: { text: 'iteration <= 1.2 x (bare + hello round trip)', met: ratioWithHello <= 1.2 },
        cpu: { text: 'CPU <= 1.5 x (bare client + hello)', met: cpuRatio <= 1.5 },
      },
      ...(profile ? { profile } : {}),
    };
  } finally {
    await Promise.allSettled([fn?.stop(), hello?.stop()]);
    await Promise.allSettled([fixture?.stop(), cluster?.close()]);
  }
}
