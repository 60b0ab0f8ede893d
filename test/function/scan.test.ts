// Scan ticks (data {} or {"namespace": ...}): every due experiment the function may read advances,
// with bounded concurrency, over real HTTP against a real Prometheus and the test API server.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LIST_PAGE_SIZE } from '../../src/store/kubernetes-api.js';
import type { KubeApiServer } from '../support/kube-api-server.js';
import {
  clock,
  ping,
  seedExperiment,
  startFunctionWorld,
  statusOf,
  type FunctionWorld,
  type RunningFunction,
} from './harness.js';

let kube: KubeApiServer;
let fn: RunningFunction;

let world: FunctionWorld | undefined;

beforeAll(async () => {
  world = await startFunctionWorld();
  ({ kube, fn } = world);
}, 60_000);

afterAll(async () => {
  await world?.close();
});

const name = (i: number) => `scan-${String(i).padStart(2, '0')}`;

describe('scan ticks', () => {
  it('advances 50 experiments on one scan tick with bounded concurrency, from one LIST, then finds none due', async () => {
    for (let i = 0; i < 50; i++) kube.put(seedExperiment(name(i), 'scan'));
    kube.put({
      ...seedExperiment('scan-done', 'scan'),
      status: { conditions: [{ type: 'Completed', status: 'True' }], stage: 'Completed' },
    });
    kube.put(seedExperiment('elsewhere', 'other'));
    const requestsBefore = kube.requests.length;

    const started = Date.now();
    const reply = await ping(fn.port, { namespace: 'scan' });
    const elapsed = Date.now() - started;

    expect(reply).toMatchObject({ status: 200, type: 'tools.iter8.scan.completed' });
    const experiments = reply.body.experiments as Array<{ experiment: string; result: string; iteration: number }>;
    // Completed experiments are not scanned; other namespaces are not in this one's scan.
    expect(experiments.map((e) => e.experiment)).toEqual(Array.from({ length: 50 }, (_, i) => `scan/${name(i)}`));
    expect(experiments.every((e) => e.result === 'iterated' && e.iteration === 1)).toBe(true);
    for (let i = 0; i < 50; i++) expect(statusOf(kube, name(i), 'scan')?.completedIterations).toBe(1);
    expect(statusOf(kube, 'elsewhere', 'other')).toBeUndefined();

    const calls = kube.requests.slice(requestsBefore);
    // One LIST; no GET of an experiment before its write (the listed copy is used); one write each;
    // one GET of the Knative Service per experiment (knative/init-experiment).
    expect(calls.filter((r) => r.method === 'GET' && /\/experiments$/.test(r.path))).toHaveLength(1);
    expect(calls.filter((r) => r.method === 'GET' && /\/experiments\/[^/]+$/.test(r.path))).toHaveLength(0);
    expect(calls.filter((r) => r.method === 'PATCH' && r.status === 200)).toHaveLength(50);

    const idleStarted = Date.now();
    const idle = await ping(fn.port, { namespace: 'scan' });
    const idleElapsed = Date.now() - idleStarted;
    expect((idle.body.experiments as Array<{ result: string }>).every((e) => e.result === 'not-due')).toBe(true);

    // Scanning all namespaces covers them and the other namespace; within the interval only the
    // experiment never iterated is due.
    clock.advance(1000);
    const all = await ping(fn.port, {});
    const results = new Map(
      (all.body.experiments as Array<{ experiment: string; result: string }>).map((e) => [e.experiment, e.result]),
    );
    expect([...results.keys()].filter((e) => e.startsWith('scan/'))).toHaveLength(50);
    expect(results.get('other/elsewhere')).toBe('iterated');
    expect([...results.entries()].filter(([e]) => e.startsWith('scan/')).every(([, r]) => r === 'not-due')).toBe(true);
    expect(kube.requests.filter((r) => r.status === 403)).toEqual([]);

    // The next interval: every one iterates again, and a Conformance experiment's later tick takes
    // its namespace variable from the target, reading no Knative Service.
    clock.advance(10_000);
    const secondBefore = kube.requests.length;
    const second = await ping(fn.port, { namespace: 'scan' });
    const secondResults = second.body.experiments as Array<{ result: string; iteration: number }>;
    expect(secondResults.map((e) => [e.result, e.iteration])).toEqual(
      Array.from({ length: 50 }, () => ['iterated', 2]),
    );
    expect(kube.requests.slice(secondBefore).filter((r) => /\/services\//.test(r.path))).toEqual([]);
    process.stdout.write(
      `scan of 50 experiments: ${elapsed} ms iterating all (real Prometheus, 4 queries each, 8 at a time), ${idleElapsed} ms when none is due\n`,
    );
  }, 60_000);

  it('ticks a fleet larger than a LIST page page by page; a page that cannot be read answers 503, and the retry counts nothing twice', async () => {
    const namespace = 'paged';
    const count = LIST_PAGE_SIZE + 10;
    const paged = (i: number) => `paged-${String(i).padStart(3, '0')}`;
    for (let i = 0; i < count; i++) kube.put(seedExperiment(paged(i), namespace));
    const listsOf = () =>
      kube.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/namespaces/${namespace}/experiments`));

    // The second page fails: the first page's experiments are ticked, then the scan reports the failure.
    let lists = 0;
    kube.failWith((info) =>
      info.verb === 'list' && info.namespace === namespace && ++lists === 2
        ? { status: 500, message: 'etcd is having a moment' }
        : undefined,
    );
    try {
      const failed = await ping(fn.port, { namespace });
      expect(failed.status).toBe(503);
      expect(String((failed.body as { error?: unknown }).error)).toMatch(
        /listing experiments: .*etcd is having a moment/,
      );
    } finally {
      kube.failWith(undefined);
    }
    const iterations = () =>
      Array.from({ length: count }, (_, i) => statusOf(kube, paged(i), namespace)?.completedIterations ?? 0);
    expect(iterations()).toEqual(Array.from({ length: count }, (_, i) => (i < LIST_PAGE_SIZE ? 1 : 0)));

    // The platform retries the event: the rest advance, the first page is not due again.
    const retried = await ping(fn.port, { namespace });
    expect(retried.status).toBe(200);
    const results = (retried.body.experiments as Array<{ experiment: string; result: string }>).map((e) => e.result);
    expect(results).toEqual(Array.from({ length: count }, (_, i) => (i < LIST_PAGE_SIZE ? 'not-due' : 'iterated')));
    expect(iterations()).toEqual(Array.from({ length: count }, () => 1));
    expect(listsOf().map((r) => [r.query.limit, r.query.continue ?? '', r.status])).toEqual([
      [String(LIST_PAGE_SIZE), '', 200],
      [String(LIST_PAGE_SIZE), String(LIST_PAGE_SIZE), 500],
      [String(LIST_PAGE_SIZE), '', 200],
      [String(LIST_PAGE_SIZE), String(LIST_PAGE_SIZE), 200],
    ]);
  }, 60_000);
});
