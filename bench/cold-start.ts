// Cold start: from the spawn of `node faas-js-runtime/bin/cli.js <module> --port P` to the first
// CloudEvent answered, for the iter8fn function (dist/functions/index.js, configured as in a pod)
// and for a bare hello CloudEvent function on the same runtime. The event is sent again and again
// from the moment of the spawn until the function answers it, as a PingSource delivery arriving at
// a scaled-to-zero function would be retried. Our function must answer a real tick: one due
// iteration of the seed experiment, against the test API server and a real Prometheus.

import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { functionEntry } from '../test/support/function-process.js';
import type { KnativeFixture } from '../test/support/prometheus.js';
import {
  firstIterationStatus,
  pingRequest,
  seedExperiment,
  startCluster,
  startSeedFixture,
  type BenchCluster,
} from './cluster.js';
import type { ColdStartResult } from './results.js';
import {
  benchModule,
  freePort,
  median,
  profileFlags,
  progress,
  projectRoot,
  round,
  sleep,
  stopProcess,
  track,
} from './support.js';

export interface ColdStartOptions {
  runs: number;
}

const FAAS_CLI = path.join(projectRoot, 'node_modules/faas-js-runtime/bin/cli.js');
const EXPERIMENT = 'default/cold';
const POLL_MS = 2;
const FIRST_REPLY_TIMEOUT_MS = 30_000;

interface FirstReply {
  listeningMs: number;
  replyMs: number;
  status: number;
  type: string;
  body: string;
}

/** Sends the event until something answers; times are from `startedAt`. */
async function awaitFirstReply(
  port: number,
  startedAt: number,
  child: ChildProcess,
  stderr: () => string,
): Promise<FirstReply> {
  let listeningMs = Number.NaN;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`the function exited (code ${child.exitCode}) before answering: ${stderr()}`);
    if (performance.now() - startedAt > FIRST_REPLY_TIMEOUT_MS)
      throw new Error(`no answer within ${FIRST_REPLY_TIMEOUT_MS} ms: ${stderr()}`);
    const { headers, body } = pingRequest(EXPERIMENT, `cold-${attempt}`);
    const answer = await new Promise<FirstReply | undefined>((resolve) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.once('end', () =>
          resolve({
            listeningMs,
            replyMs: performance.now() - startedAt,
            status: res.statusCode ?? 0,
            type: String(res.headers['ce-type'] ?? ''),
            body: text,
          }),
        );
        res.once('error', () => resolve(undefined));
      });
      req.once('socket', (socket) =>
        socket.once('connect', () => {
          if (Number.isNaN(listeningMs)) listeningMs = performance.now() - startedAt;
        }),
      );
      req.once('error', () => resolve(undefined));
      req.end(body);
    });
    if (answer) return answer;
    await sleep(POLL_MS);
  }
}

async function coldStart(module: string, env: NodeJS.ProcessEnv): Promise<FirstReply> {
  const port = await freePort();
  const startedAt = performance.now();
  const flags = module === functionEntry ? profileFlags('cold-start-function') : [];
  const child = track(
    spawn(process.execPath, [...flags, FAAS_CLI, module, '--port', String(port)], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      cwd: projectRoot,
    }),
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
  try {
    return await awaitFirstReply(port, startedAt, child, () => stderr.trim());
  } finally {
    await stopProcess(child);
  }
}

export async function runColdStart(options: ColdStartOptions): Promise<ColdStartResult> {
  let cluster: BenchCluster | undefined;
  let fixture: KnativeFixture | undefined;
  try {
    cluster = await startCluster();
    fixture = await startSeedFixture(cluster);
    const kube = cluster.kube;
    const experiment = seedExperiment({ name: 'cold' });
    kube.put(experiment);
    const status = await firstIterationStatus(cluster, fixture.prometheus.url, experiment);

    // The same environment for both, as a pod would have it; a test runner's NODE_OPTIONS is not the function's.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KUBECONFIG: cluster.kubeconfig,
      ITER8FN_PROMETHEUS_URL: fixture.prometheus.url,
      FUNC_LOG_LEVEL: 'warn',
    };
    delete env.NODE_OPTIONS;
    const hello = benchModule('hello-function');
    const ours: FirstReply[] = [];
    const bare: FirstReply[] = [];
    // One unmeasured start of each warms the file cache; then they alternate, so drift hits both.
    for (let run = -1; run < options.runs; run++) {
      const helloReply = await coldStart(hello, env);
      if (helloReply.status !== 200)
        throw new Error(`the hello function answered ${helloReply.status}: ${helloReply.body}`);
      kube.put({ ...experiment, status });
      const reply = await coldStart(functionEntry, env);
      if (reply.type !== 'tools.iter8.iteration.completed' || !reply.body.includes('"result":"iterated"')) {
        throw new Error(
          `our function did not iterate on its first event: ${reply.status} ${reply.type} ${reply.body.slice(0, 300)}`,
        );
      }
      if (run < 0) continue;
      bare.push(helloReply);
      ours.push(reply);
      progress(
        `cold start ${run + 1}/${options.runs}: ours ${Math.round(reply.replyMs)} ms, hello ${Math.round(helloReply.replyMs)} ms`,
      );
    }
    const oursMs = median(ours.map((r) => r.replyMs));
    const helloMs = median(bare.map((r) => r.replyMs));
    const ratio = oursMs / helloMs;
    const last = ours[ours.length - 1] as FirstReply;
    return {
      runs: options.runs,
      oursMs: round(oursMs),
      oursRunsMs: ours.map((r) => round(r.replyMs)),
      oursListeningMs: round(median(ours.map((r) => r.listeningMs))),
      helloMs: round(helloMs),
      helloRunsMs: bare.map((r) => round(r.replyMs)),
      helloListeningMs: round(median(bare.map((r) => r.listeningMs))),
      ratio: round(ratio),
      firstReply: `${last.type}: iterated`,
      goal: { text: 'ratio <= 1.5', met: ratio <= 1.5 },
    };
  } finally {
    await Promise.allSettled([fixture?.stop(), cluster?.close()]);
  }
}
