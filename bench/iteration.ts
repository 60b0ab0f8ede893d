// Iteration overhead: one due iteration of the seed experiment through the function's handler, warm,
// against the test API server and a real Prometheus, versus its floor measured in the same run and
// the same process: the four queries of that iteration sent at once straight to Prometheus (the
// slowest decides), plus one GET of the experiment and one status PATCH of the same size, by a
// bare client (bare-http.ts). Samples alternate which goes first, so drift hits both alike.
//
// The experiment is the seed's with iterationsPerLoop raised, so that no measured tick is the last;
// the function's clock moves one interval ahead before each sample, so each tick is due. "Warm" is
// a function instance that has served many ticks: the first few hundred run code V8 has not
// optimized yet, so they are run (floor included) and not measured.

import { createClusterFunction } from '../src/function/cluster.js';
import { readFunctionConfig } from '../src/function/config.js';
import { iter8KnativeQuery, type Iter8KnativeMetric } from '../src/local/knative-queries.js';
import type { KnativeFixture } from '../test/support/prometheus.js';
import {
  EXPERIMENTS,
  FUNCTION_TOKEN,
  firstIterationStatus,
  pingEvent,
  replyData,
  seedExperiment,
  SEED_INTERVAL_MS,
  startCluster,
  startSeedFixture,
  type BenchCluster,
} from './cluster.js';
import { bareRequest } from './bare-http.js';
import type { IterationResult } from './results.js';
import { median, progress, round } from './support.js';

export interface IterationOptions {
  samples: number;
  warmup: number;
}

const SEED_METRICS: Iter8KnativeMetric[] = [
  'mean-latency',
  '95th-percentile-tail-latency',
  'error-rate',
  'request-count',
];

export async function runIteration(options: IterationOptions): Promise<IterationResult> {
  let cluster: BenchCluster | undefined;
  let fixture: KnativeFixture | undefined;
  try {
    cluster = await startCluster();
    fixture = await startSeedFixture(cluster);
    const prometheusUrl = fixture.prometheus.url;
    const kube = cluster.kube;
    const total = options.samples + options.warmup;
    const experiment = seedExperiment({ name: 'overhead', iterationsPerLoop: total + 10 });
    kube.put(experiment);
    kube.put({ ...experiment, status: await firstIterationStatus(cluster, prometheusUrl, experiment) });

    // The function's clock: real time, moved one interval ahead before each sample.
    let offset = 0;
    const clock = (): number => Date.now() + offset;
    const fn = await createClusterFunction(
      readFunctionConfig({ KUBECONFIG: cluster.kubeconfig, ITER8FN_PROMETHEUS_URL: prometheusUrl }),
      {
        clock,
        log: () => undefined,
      },
    );

    const iterate = async (): Promise<number> => {
      offset += SEED_INTERVAL_MS;
      const started = performance.now();
      const reply = await fn.handle({ cloudevent: pingEvent({ experiment: 'default/overhead' }) });
      const ms = performance.now() - started;
      const data = replyData(reply);
      if (data.result !== 'iterated')
        throw new Error(`the iteration did not count: ${JSON.stringify(data).slice(0, 300)}`);
      return ms;
    };

    const experimentUrl = `${cluster.kube.url}/apis/iter8.tools/v2alpha2/namespaces/default/experiments/overhead`;
    const auth = { authorization: `Bearer ${FUNCTION_TOKEN}` };
    const floor = async (): Promise<{ getMs: number; queryMs: number; patchMs: number }> => {
      let started = performance.now();
      const answer = await bareRequest(experimentUrl, { headers: auth });
      const read = JSON.parse(answer.text) as {
        metadata: { resourceVersion: string };
        status: Record<string, unknown>;
      };
      const getMs = performance.now() - started;

      const elapsed = Math.max(1, Math.floor((clock() - Date.parse(String(read.status.startTime))) / 1000));
      started = performance.now();
      await Promise.all(
        SEED_METRICS.map(async (metric) => {
          const query = encodeURIComponent(iter8KnativeQuery(metric, 'sample-app-v2', elapsed));
          const queried = await bareRequest(`${prometheusUrl}/api/v1/query?query=${query}`);
          if (queried.status !== 200) throw new Error(`floor query answered ${queried.status}`);
          JSON.parse(queried.text);
        }),
      );
      const queryMs = performance.now() - started;

      // A real write (the stored status changes) of the status the function writes, still due.
      const status = { ...read.status, lastUpdateTime: new Date(clock() - SEED_INTERVAL_MS).toISOString() };
      started = performance.now();
      const written = await bareRequest(`${experimentUrl}/status`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ metadata: { resourceVersion: read.metadata.resourceVersion }, status }),
      });
      JSON.parse(written.text);
      const patchMs = performance.now() - started;
      if (written.status !== 200)
        throw new Error(`floor status write answered ${written.status}: ${written.text.slice(0, 200)}`);
      return { getMs, queryMs, patchMs };
    };

    const iterations: number[] = [];
    const floors: Array<{ getMs: number; queryMs: number; patchMs: number }> = [];
    for (let sample = 0; sample < total; sample++) {
      let iterationMs: number;
      let floorParts: { getMs: number; queryMs: number; patchMs: number };
      if (sample % 2 === 0) {
        iterationMs = await iterate();
        floorParts = await floor();
      } else {
        floorParts = await floor();
        iterationMs = await iterate();
      }
      if (sample < options.warmup) continue;
      iterations.push(iterationMs);
      floors.push(floorParts);
    }
    const stored = kube.get(EXPERIMENTS, 'default', 'overhead')?.status as { completedIterations?: number } | undefined;
    const iterationMs = median(iterations);
    const floorMs = median(floors.map((f) => f.getMs + f.queryMs + f.patchMs));
    progress(
      `iteration: ${Math.round(iterationMs * 100) / 100} ms vs floor ${Math.round(floorMs * 100) / 100} ms over ${iterations.length} samples (iteration ${stored?.completedIterations ?? '?'} reached)`,
    );
    return {
      samples: iterations.length,
      iterationMs: round(iterationMs),
      floorMs: round(floorMs),
      floorParts: {
        slowestQueryMs: round(median(floors.map((f) => f.queryMs))),
        getMs: round(median(floors.map((f) => f.getMs))),
        patchMs: round(median(floors.map((f) => f.patchMs))),
      },
      ratio: round(iterationMs / floorMs),
      goal: { text: 'ratio <= 1.3', met: iterationMs / floorMs <= 1.3 },
    };
  } finally {
    await Promise.allSettled([fixture?.stop(), cluster?.close()]);
  }
}
