// The cluster function end to end: faas-js-runtime serving the function over real HTTP on a free
// port, CloudEvents in (binary and structured), the Kubernetes store through @kubernetes/client-node
// against the test API server (which enforces the shipped RBAC), and a real Prometheus scraping
// local revisions that answer real traffic. Time is the function's clock, advanced one interval per
// tick, so ten iterations take a second, not a hundred.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { iterateCommand } from '../../src/cli/iterate.js';
import type { KubeApiServer } from '../support/kube-api-server.js';
import type { KnativeFixture } from '../support/prometheus.js';
import { projectRoot } from '../support/seeds.js';
import {
  clock,
  cloudEvent,
  EXPERIMENTS,
  freePort,
  ping,
  post,
  requestIteration,
  seedExperiment,
  send,
  serveFunction,
  specOf,
  startFunctionWorld,
  statusOf,
  tempDir,
  TOKENS,
  type FunctionWorld,
  type Reply,
  type RunningFunction,
} from './harness.js';

let fixture: KnativeFixture;
let kube: KubeApiServer;
let fn: RunningFunction;

let world: FunctionWorld | undefined;

beforeAll(async () => {
  world = await startFunctionWorld();
  ({ fixture, kube, fn } = world);
}, 60_000);

afterAll(async () => {
  await world?.close();
});

/** The function never needed a permission the shipped RBAC does not grant. */
function expectNoForbiddenRequests(): void {
  expect(kube.requests.filter((r) => r.status === 403)).toEqual([]);
}

// ---- tests ----

describe('the seed experiment, driven by ping events', () => {
  it('runs all ten iterations to completion, alternating binary and structured events, every objective true', async () => {
    kube.put(seedExperiment('mirroring'));
    const replies: Reply[] = [];
    for (let tick = 1; tick <= 10; tick++) {
      replies.push(await ping(fn.port, { experiment: 'default/mirroring' }, tick % 2 === 0 ? 'structured' : 'binary'));
      // A redelivery of the same tick right away is not due: nothing is counted twice.
      if (tick === 1)
        expect((await ping(fn.port, { experiment: 'default/mirroring' })).body).toMatchObject({
          result: 'not-due',
          iteration: 1,
        });
      clock.advance(10_000);
    }
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(replies.map((r) => r.type)).toEqual([
      ...Array(9).fill('tools.iter8.iteration.completed'),
      'tools.iter8.experiment.completed',
    ]);
    expect(replies.map((r) => r.body.iteration)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(replies[0]?.body.tasks).toEqual([
      {
        task: 'knative/init-experiment',
        outcome: 'done',
        message: 'knative service default/sample-app is ready; current -> sample-app-v2',
      },
    ]);
    const last = replies[9]?.body;
    expect(last).toMatchObject({
      experiment: 'default/mirroring',
      result: 'completed',
      stage: 'Completed',
      verdicts: { current: ['satisfied', 'satisfied', 'satisfied'] },
    });

    const status = statusOf(kube, 'mirroring');
    expect(status).toMatchObject({
      stage: 'Completed',
      completedIterations: 10,
      message: 'ExperimentCompleted: Experiment completed successfully',
    });
    expect(status?.analysis?.versionAssessments?.data).toEqual({ current: [true, true, true] });
    expect(
      status?.analysis?.aggregatedMetrics?.data['iter8-knative/mean-latency']?.data.current?.sampleSize,
    ).toBeGreaterThan(0);
    // Only status was ever written; the spec is as applied.
    expect(kube.get(EXPERIMENTS, 'default', 'mirroring')?.spec).toEqual(seedExperiment('mirroring').spec);
    const after = await ping(fn.port, { experiment: 'default/mirroring' });
    expect(after).toMatchObject({
      status: 200,
      type: 'tools.iter8.tick.skipped',
      body: { result: 'already-completed' },
    });
    expectNoForbiddenRequests();
  }, 60_000);
});

describe('delivery semantics', () => {
  it('counts exactly one iteration for 20 concurrent duplicate deliveries of one tick', async () => {
    kube.put(seedExperiment('duplicates'));
    expect((await ping(fn.port, { experiment: 'default/duplicates' })).body.result).toBe('iterated');
    clock.advance(10_000);
    const writesBefore = kube.requestsMatching('PATCH', /experiments\/duplicates\/status$/).length;
    const tickId = randomUUID();
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ping(fn.port, { experiment: 'default/duplicates' }, i % 2 ? 'structured' : 'binary', tickId),
      ),
    );
    const elapsed = Date.now() - started;
    const results = replies.map((r) => r.body.result);
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r === 'iterated')).toHaveLength(1);
    expect(results.filter((r) => r === 'not-due')).toHaveLength(19);
    expect(statusOf(kube, 'duplicates')?.completedIterations).toBe(2);
    const writes = kube.requestsMatching('PATCH', /experiments\/duplicates\/status$/).slice(writesBefore);
    expect(writes.filter((w) => w.status === 200)).toHaveLength(1);
    expect(writes.every((w) => w.status === 200 || w.status === 409)).toBe(true);
    process.stdout.write(
      `20 duplicate deliveries: 1 iterated, 19 not-due, ${writes.length - 1} refused writes (409), ${elapsed} ms\n`,
    );
  }, 30_000);

  it('forces an iteration on tools.iter8.iteration.requested, skipping only the due check', async () => {
    kube.put(seedExperiment('forced'));
    expect((await ping(fn.port, { experiment: 'default/forced' })).body.iteration).toBe(1);
    expect((await ping(fn.port, { experiment: 'default/forced' })).body.result).toBe('not-due');
    clock.advance(1000);
    const forced = await requestIteration(fn.port, 'default/forced');
    expect(forced).toMatchObject({
      status: 200,
      type: 'tools.iter8.iteration.completed',
      body: { result: 'iterated', iteration: 2 },
    });
    expect(statusOf(kube, 'forced')?.completedIterations).toBe(2);
    clock.advance(1000);
    // The CLI sends the same event (what `func invoke` would send) and prints the reply.
    const out: string[] = [];
    const code = await iterateCommand(
      'default/forced',
      { sink: `http://127.0.0.1:${fn.port}` },
      { out: (t) => out.push(t), err: (t) => out.push(t) },
    );
    expect(code).toBe(0);
    expect(out.join('')).toMatch(
      /^sent tools\.iter8\.iteration\.requested \S+ for default\/forced\nreply: HTTP 200 tools\.iter8\.iteration\.completed\n\{\n {2}"experiment": "default\/forced",/,
    );
    expect(statusOf(kube, 'forced')?.completedIterations).toBe(3);
    // Never on a completed experiment.
    kube.put({
      ...seedExperiment('forced-done'),
      status: { conditions: [{ type: 'Completed', status: 'True' }], stage: 'Completed', completedIterations: 10 },
    });
    expect((await requestIteration(fn.port, 'default/forced-done')).body.result).toBe('already-completed');
  }, 30_000);

  it('answers 2xx "not-found" for an experiment deleted mid-run, and stays up', async () => {
    kube.put(seedExperiment('doomed'));
    expect((await ping(fn.port, { experiment: 'default/doomed' })).body.iteration).toBe(1);
    clock.advance(10_000);
    // Deleted after the tick read it, before it wrote.
    const off = kube.onRequest((info) => {
      if (info.verb === 'patch' && info.name === 'doomed') kube.remove(EXPERIMENTS, 'default', 'doomed');
    });
    try {
      const reply = await ping(fn.port, { experiment: 'default/doomed' });
      expect(reply).toMatchObject({
        status: 200,
        type: 'tools.iter8.tick.skipped',
        body: { result: 'not-found', message: 'experiment default/doomed not found' },
      });
    } finally {
      off();
    }
    expect((await ping(fn.port, { experiment: 'default/doomed' })).body.result).toBe('not-found');
    expect((await fetch(`http://127.0.0.1:${fn.port}/health/liveness`)).status).toBe(200);
  }, 30_000);

  it('fails an invalid experiment once, in its status and in a 2xx reply', async () => {
    const unknownTask = seedExperiment('invalid-task');
    specOf(unknownTask).strategy.actions = {
      ...specOf(unknownTask).strategy.actions,
      start: [{ task: 'common/exec' }],
    };
    kube.put(unknownTask);
    const reply = await ping(fn.port, { experiment: 'default/invalid-task' });
    expect(reply).toMatchObject({
      status: 200,
      type: 'tools.iter8.experiment.failed',
      body: {
        result: 'failed',
        message:
          'spec.strategy.actions.start[0].task: unknown task "common/exec" (known tasks: knative/init-experiment)',
      },
    });
    expect(statusOf(kube, 'invalid-task')).toMatchObject({
      stage: 'Completed',
      message: expect.stringMatching(/^InvalidExperiment: spec\.strategy/),
    });

    const noCandidate = seedExperiment('invalid-canary');
    specOf(noCandidate).strategy.testingPattern = 'Canary';
    kube.put(noCandidate);
    const canary = await ping(fn.port, { experiment: 'default/invalid-canary' });
    expect(canary.body.message).toBe(
      'spec.versionInfo.candidates: Invalid number of candidates for Canary experiment (needs 1, found 0)',
    );
    // Later ticks find it completed and leave it alone.
    clock.advance(10_000);
    expect((await ping(fn.port, { experiment: 'default/invalid-canary' })).body.result).toBe('already-completed');

    const missingRevision = seedExperiment('invalid-revision');
    specOf(missingRevision).versionInfo!.baseline.variables = [{ name: 'revision', value: 'sample-app-v7' }];
    kube.put(missingRevision);
    const revision = await ping(fn.port, { experiment: 'default/invalid-revision' });
    expect(revision.body).toMatchObject({
      result: 'failed',
      message: expect.stringContaining(
        'revision sample-app-v7 (version current) is not in the traffic of knative service default/sample-app',
      ),
    });
    expect(statusOf(kube, 'invalid-revision')?.conditions).toContainEqual(
      expect.objectContaining({ type: 'Failed', status: 'True', reason: 'HandlerFailed' }),
    );
  }, 30_000);

  it('answers malformed events with 2xx and the error, never crashing', async () => {
    const ce = { 'ce-id': 'bad-1', 'ce-source': '/test', 'ce-specversion': '1.0' };
    const cases: Array<[string, Reply, RegExp]> = [
      [
        'binary, data not JSON',
        await post(fn.port, { ...ce, 'ce-type': 'dev.knative.sources.ping', 'content-type': 'text/plain' }, 'not json'),
        /data is not JSON/,
      ],
      [
        'wrong type',
        await send(fn.port, cloudEvent('com.example.unrelated', {})),
        /unsupported type "com\.example\.unrelated"/,
      ],
      [
        'bad experiment field',
        await ping(fn.port, { experiment: 'no-slash' }),
        /data\.experiment must be "<namespace>\/<name>"/,
      ],
      ['unknown field', await ping(fn.port, { experimnet: 'default/x' }), /data\.experimnet is not a known field/],
      ['data is an array', await ping(fn.port, [1, 2], 'structured'), /data must be a JSON object/],
    ];
    for (const [name, reply, error] of cases) {
      expect({ name, status: reply.status, type: reply.type }).toEqual({
        name,
        status: 200,
        type: 'tools.iter8.tick.skipped',
      });
      expect({ name, error: reply.body.error }).toEqual({ name, error: expect.stringMatching(error) });
    }
    // Not CloudEvents at all: faas-js-runtime then sends the reply event as a plain JSON body.
    const notEvents: Array<[string, Reply]> = [
      ['structured, not JSON', await post(fn.port, { 'content-type': 'application/cloudevents+json' }, 'not json')],
      ['plain JSON POST', await post(fn.port, { 'content-type': 'application/json' }, '{"experiment":"default/x"}')],
      ['no body', await post(fn.port, {}, '')],
    ];
    for (const [name, reply] of notEvents) {
      expect({ name, status: reply.status, type: reply.body?.type, error: reply.body?.data?.error }).toEqual({
        name,
        status: 200,
        type: 'tools.iter8.tick.skipped',
        error: expect.stringMatching(/^not a CloudEvent/),
      });
    }
    const unknown = await ping(fn.port, { experiment: 'default/no-such-experiment' });
    expect(unknown).toMatchObject({ status: 200, type: 'tools.iter8.tick.skipped', body: { result: 'not-found' } });
    // faas-js-runtime itself parses an application/json body before the function sees it: invalid
    // JSON there is a 400 (not retried by Knative either), and the process carries on.
    const runtimeRefused = await post(
      fn.port,
      { ...ce, 'ce-type': 'dev.knative.sources.ping', 'content-type': 'application/json' },
      '{not json',
    );
    expect(runtimeRefused.status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${fn.port}/health/readiness`)).status).toBe(200);
    expect((await ping(fn.port, { experiment: 'default/no-such-experiment' })).status).toBe(200);
  }, 30_000);

  it('answers 503 while the API server is unreachable or failing, so the platform retries, and recovers', async () => {
    kube.put(seedExperiment('outage'));
    await kube.stop();
    try {
      const down = await ping(fn.port, { experiment: 'default/outage' });
      expect(down.status).toBe(503);
      // The function keeps API connections alive: the first call after the stop may find its pooled
      // connection reset rather than a new one refused. Either way the answer is 503.
      expect(down.body).toMatchObject({
        experiment: 'default/outage',
        result: 'unavailable',
        message: expect.stringMatching(/cannot reach the Kubernetes API \(ECONN(REFUSED|RESET)\)/),
      });
      const scan = await ping(fn.port, {});
      expect(scan.status).toBe(503);
    } finally {
      await kube.start();
    }
    kube.failWith((info) =>
      info.verb === 'patch' ? { status: 503, message: 'etcdserver: leader changed' } : undefined,
    );
    try {
      const failing = await ping(fn.port, { experiment: 'default/outage' });
      expect(failing.status).toBe(503);
      expect(failing.body.message).toContain('503 ServiceUnavailable: etcdserver: leader changed');
      expect(statusOf(kube, 'outage')).toBeUndefined();
    } finally {
      kube.failWith(undefined);
    }
    // The retry the platform sends is served normally.
    expect((await ping(fn.port, { experiment: 'default/outage' })).body).toMatchObject({
      result: 'iterated',
      iteration: 1,
    });
  }, 30_000);

  it('answers 503 while Prometheus is unreachable, counting redeliveries of one tick as one error', async () => {
    const deadPort = await freePort();
    const blind = await serveFunction(kube, TOKENS.cluster, {
      ITER8FN_PROMETHEUS_URL: `http://127.0.0.1:${deadPort}`,
      ITER8FN_READY_TIMEOUT_SECONDS: '1',
      ITER8FN_ERROR_LIMIT: '1',
      ITER8FN_QUERY_TIMEOUT_MS: '1000',
    });
    try {
      kube.put(seedExperiment('blind'));
      const first = await ping(blind.port, { experiment: 'default/blind' });
      expect(first.status).toBe(503);
      expect(first.body).toMatchObject({ result: 'errored', message: expect.stringMatching(/connection refused/) });
      // The platform's retries of that tick (within the interval) do not use up the error limit.
      for (let retry = 0; retry < 3; retry++)
        expect((await ping(blind.port, { experiment: 'default/blind' })).status).toBe(503);
      expect(statusOf(kube, 'blind')?.metricErrors).toMatchObject({ consecutive: 1 });
      expect(statusOf(kube, 'blind')?.completedIterations).toBe(0);
      // The next tick is a second error: past the limit of 1, the experiment fails (2xx, no retry).
      clock.advance(10_000);
      const failed = await ping(blind.port, { experiment: 'default/blind' });
      expect(failed).toMatchObject({ status: 200, type: 'tools.iter8.experiment.failed', body: { result: 'failed' } });
      expect(statusOf(kube, 'blind')?.message).toMatch(
        /^MetricBackendError: metric iter8-knative\/\S+ \(version current\) failed 2 consecutive attempts \(limit 1\)/,
      );
    } finally {
      await blind.close();
    }
  }, 30_000);
});

describe('metric credentials and backends', () => {
  it("reads a metric's secret from the experiment's namespace and never lets its value out", async () => {
    const token = 'sup3r-s3cret-t0ken';
    const seen: string[] = [];
    const backend = createServer((req, res) => {
      seen.push(req.headers.authorization ?? '');
      // A backend that quotes the credentials back in its error: they must not travel on.
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`upstream refused ${req.headers.authorization ?? ''}`);
    });
    await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', () => resolve()));
    const backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
    const guarded = await serveFunction(kube, TOKENS.cluster, {
      ITER8FN_PROMETHEUS_URL: fixture.prometheus.url,
      ITER8FN_ALLOWED_METRIC_URLS: `${fixture.prometheus.url}/api/v1,${backendUrl}/v1`,
      ITER8FN_READY_TIMEOUT_SECONDS: '1',
    });
    try {
      kube.put({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'backend-token', namespace: 'default' },
        data: { token: Buffer.from(token).toString('base64') },
      });
      kube.put({
        apiVersion: 'iter8.tools/v2alpha2',
        kind: 'Metric',
        metadata: { name: 'guarded', namespace: 'default' },
        spec: {
          // Not a Prometheus path, so ITER8FN_PROMETHEUS_URL does not repoint it.
          urlTemplate: `${backendUrl}/v1/metrics`,
          params: [{ name: 'query', value: 'up' }],
          jqExpression: '.data.result[0].value[1] | tonumber',
          authType: 'Bearer',
          secret: 'backend-token',
          headerTemplates: [{ name: 'Authorization', value: 'Bearer ${token}' }],
        },
      });
      const experiment = seedExperiment('guarded');
      specOf(experiment).criteria = { objectives: [{ metric: 'guarded', upperLimit: 100 }] };
      kube.put(experiment);
      const writesBefore = kube.requests.length;
      const reply = await ping(guarded.port, { experiment: 'default/guarded' });
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ result: 'errored', message: expect.stringContaining('answered HTTP 500') });
      expect(seen).toEqual([`Bearer ${token}`]);
      const leaks = [token, Buffer.from(token).toString('base64')];
      const everywhere = [
        JSON.stringify(reply.body),
        guarded.logs.join('\n'),
        JSON.stringify(statusOf(kube, 'guarded')),
        JSON.stringify(
          kube.requests
            .slice(writesBefore)
            .filter((r) => r.method === 'PATCH')
            .map((r) => r.body),
        ),
      ].join('\n');
      for (const leak of leaks) expect(everywhere).not.toContain(leak);

      // The same Metric with the default allowlist (the Prometheus URL only): refused, no request sent.
      const refusedExperiment = seedExperiment('not-allowed');
      specOf(refusedExperiment).criteria = { objectives: [{ metric: 'guarded', upperLimit: 100 }] };
      kube.put(refusedExperiment);
      const refused = await ping(fn.port, { experiment: 'default/not-allowed' });
      expect(refused).toMatchObject({ status: 200, type: 'tools.iter8.experiment.failed', body: { result: 'failed' } });
      expect(statusOf(kube, 'not-allowed')?.conditions).toContainEqual(
        expect.objectContaining({ type: 'Failed', reason: 'MetricURLRefused' }),
      );
      expect(seen).toHaveLength(1);
    } finally {
      await guarded.close();
      await new Promise((resolve) => backend.close(resolve));
    }
  }, 30_000);
});

describe('the namespaced install', () => {
  it('reads only its namespace, with only the namespaced RBAC, refusing events for other namespaces', async () => {
    const scoped = await serveFunction(kube, TOKENS.namespaced, {
      ITER8FN_PROMETHEUS_URL: fixture.prometheus.url,
      ITER8FN_NAMESPACES: 'default',
      ITER8FN_READY_TIMEOUT_SECONDS: '1',
    });
    try {
      kube.put(seedExperiment('scoped'));
      const reply = await ping(scoped.port, { experiment: 'default/scoped' });
      // iter8-knative/* Metrics come from the built-in pack: the Role grants nothing in iter8-knative.
      expect(reply.body).toMatchObject({ result: 'iterated', iteration: 1 });
      const elsewhere = await ping(scoped.port, { experiment: 'scan/scan-00' });
      expect(elsewhere).toMatchObject({
        status: 200,
        body: { result: 'refused', error: expect.stringContaining('namespace scan is not one this function may read') },
      });
      clock.advance(10_000);
      const scan = await ping(scoped.port, {});
      expect(
        (scan.body.experiments as Array<{ experiment: string }>).every((e) => e.experiment.startsWith('default/')),
      ).toBe(true);
      expectNoForbiddenRequests();
    } finally {
      await scoped.close();
    }
  }, 30_000);
});

describe('npm start: the built function under faas-js-runtime', () => {
  const entry = path.join(projectRoot, 'dist/functions/index.js');
  it('serves health endpoints and events on $PORT, configured from the environment', async () => {
    await fs.access(entry);
    const kubeconfig = path.join(await tempDir(), 'kubeconfig');
    await fs.writeFile(kubeconfig, kube.kubeconfig(TOKENS.cluster));
    const port = await freePort();
    // What `npm start` runs (see the report for the exact script).
    const child = spawn(
      process.execPath,
      [path.join(projectRoot, 'node_modules/faas-js-runtime/bin/cli.js'), entry, '--port', String(port)],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          KUBECONFIG: kubeconfig,
          ITER8FN_PROMETHEUS_URL: fixture.prometheus.url,
          FUNC_LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    try {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await fetch(`http://127.0.0.1:${port}/health/readiness`).then(
          (r) => r.status,
          () => 0,
        );
        if (ready === 200) break;
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the function did not start: ${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await fetch(`http://127.0.0.1:${port}/health/liveness`)).status).toBe(200);
      kube.put(seedExperiment('started'));
      const reply = await ping(port, { experiment: 'default/started' });
      expect(reply).toMatchObject({
        status: 200,
        type: 'tools.iter8.iteration.completed',
        body: { experiment: 'default/started', result: 'iterated' },
      });
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 30_000);
});
