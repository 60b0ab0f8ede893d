// Cold start: from the spawn of `node faas-js-runtime/bin/cli.js <module> --port P --bodyLimit B`
// (what `npm start` runs) to the first CloudEvent answered, for the iter8fn function
// (dist/functions/index.js, configured as in a pod) and for a bare hello CloudEvent function on the
// same runtime, alternated run by run. The event is sent again and again from the moment of the
// spawn until the function answers it, as a delivery arriving at a scaled-to-zero function would be
// retried. Our function must answer a real iteration: a forced one (tools.iter8.iteration.requested,
// all the work of a due tick) of the seed experiment, reset to the same mid-run status before each
// run, against the test API server and a real Prometheus, each in a process of its own.

import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { EventType } from '../src/function/events.js';
import { functionEntry, npmStartArguments } from '../test/support/function-process.js';
import {
  eventRequest,
  firstIterationStatus,
  seedExperiment,
  startCluster,
  startSeedFixture,
  type BenchCluster,
} from './cluster.js';
import type { ColdStartResult } from './results.js';
import type { SeedFixtureReady } from './seed-fixture-main.js';
import {
  benchModule,
  freePort,
  median,
  profileFlags,
  progress,
  projectRoot,
  round,
  sleep,
  spread,
  stopProcess,
  track,
  type Daemon,
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
    const { headers, body } = eventRequest({ experiment: EXPERIMENT }, `cold-${attempt}`, EventType.IterationRequested);
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
  const flags = profileFlags(module === functionEntry ? 'cold-start-function' : 'cold-start-hello');
  const child = track(
    spawn(process.execPath, [...flags, FAAS_CLI, module, ...npmStartArguments(port)], {
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
  let fixture: Daemon<SeedFixtureReady> | undefined;
  try {
    cluster = await startCluster();
    fixture = await startSeedFixture(cluster);
    const prometheusUrl = fixture.ready.prometheusUrl;
    const experiment = seedExperiment({ name: 'cold' });
    await cluster.put(experiment);
    const status = await firstIterationStatus(cluster, prometheusUrl, experiment);

    // The same environment for both, as a pod would have it; a test runner's NODE_OPTIONS is not the function's.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KUBECONFIG: cluster.kubeconfig,
      ITER8FN_PROMETHEUS_URL: prometheusUrl,
      FUNC_LOG_LEVEL: 'warn',
    };
    delete env.NODE_OPTIONS;
    const hello = benchModule('hello-function');
    const ours: FirstReply[] = [];
    const bare: FirstReply[] = [];
    // One unmeasured start of each warms the file cache; then they alternate which goes first, so
    // drift and whatever the previous start left behind hit both alike.
    for (let run = -1; run < options.runs; run++) {
      await cluster.put({ ...experiment, status });
      const startHello = async (): Promise<FirstReply> => {
        const reply = await coldStart(hello, env);
        if (reply.status !== 200) throw new Error(`the hello function answered ${reply.status}: ${reply.body}`);
        return reply;
      };
      const startOurs = async (): Promise<FirstReply> => {
        const reply = await coldStart(functionEntry, env);
        if (reply.type !== EventType.IterationCompleted || !reply.body.includes('"result":"iterated"')) {
          throw new Error(
            `our function did not iterate on its first event: ${reply.status} ${reply.type} ${reply.body.slice(0, 300)}`,
          );
        }
        return reply;
      };
      let helloReply: FirstReply;
      let reply: FirstReply;
      if (run % 2 === 0) {
        helloReply = await startHello();
        reply = await startOurs();
      } else {
        reply = await startOurs();
        helloReply = await startHello();
      }
      if (run < 0) continue;
      bare.push(helloReply);
      ours.push(reply);
      progress(
        `cold start ${run + 1}/${options.runs}: ours ${Math.round(reply.replyMs)} ms, hello ${Math.round(helloReply.replyMs)} ms`,
      );
    }
    const ratio = median(ours.map((r) => r.replyMs)) / median(bare.map((r) => r.replyMs));
    const last = ours[ours.length - 1] as FirstReply;
    return {
      runs: options.runs,
      ours: spread(ours.map((r) => r.replyMs)),
      oursRunsMs: ours.map((r) => round(r.replyMs)),
      oursListeningMs: round(median(ours.map((r) => r.listeningMs))),
      hello: spread(bare.map((r) => r.replyMs)),
      helloRunsMs: bare.map((r) => round(r.replyMs)),
      helloListeningMs: round(median(bare.map((r) => r.listeningMs))),
      ratio: round(ratio),
      firstReply: `${last.type}: iterated`,
      goal: { text: 'cold start <= 1.3 x hello', met: ratio <= 1.3 },
    };
  } finally {
    await Promise.allSettled([fixture?.stop(), cluster?.close()]);
  }
}
