// The local gateway with the tutorial's own routing rules, against real revisions over HTTP:
// the mirrored share, and that a client never sees (or waits for) the mirror.

import { afterEach, describe, expect, it } from '@jest/globals';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { startGateway, type GatewayOptions, type LocalGateway } from '../../src/local/gateway.js';
import type { RequestRecorder, RevisionIdentity } from '../../src/local/queue-metrics.js';
import { startRevision, type Faults, type LocalRevision } from '../../src/local/revision.js';
import { readTutorial, type Tutorial } from '../../src/local/tutorial.js';
import { projectRoot } from '../support/seeds.js';

const SAMPLE = path.join(projectRoot, 'samples/mirroring');

/** Counts what each revision itself recorded, independently of the gateway's own counters. */
class CountingRecorder implements RequestRecorder {
  readonly byRevision: Record<string, Record<number, number>> = {};
  record(revision: RevisionIdentity, statusCode: number): void {
    const counts = (this.byRevision[revision.revisionName] ??= {});
    counts[statusCode] = (counts[statusCode] ?? 0) + 1;
  }
  total(revision: string): number {
    return Object.values(this.byRevision[revision] ?? {}).reduce((a, b) => a + b, 0);
  }
}

interface Cluster {
  tutorial: Tutorial;
  gateway: LocalGateway;
  revisions: Record<string, LocalRevision>;
  recorder: CountingRecorder;
}

const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.allSettled(running.splice(0).map((stop) => stop()));
});

async function cluster(
  faults: Record<string, Faults | 'down'> = {},
  gatewayOptions: Partial<GatewayOptions> = {},
): Promise<Cluster> {
  const tutorial = await readTutorial(SAMPLE);
  const recorder = new CountingRecorder();
  const revisions: Record<string, LocalRevision> = {};
  for (const spec of tutorial.revisions) {
    const fault = faults[spec.name];
    const revision = await startRevision({
      name: spec.name,
      serviceName: spec.serviceName,
      namespace: spec.namespace,
      env: spec.env,
      metrics: recorder,
      ...(fault && fault !== 'down' ? { faults: fault } : {}),
    });
    revisions[spec.name] = revision;
    if (fault === 'down')
      await revision.close(); // its port now refuses connections
    else running.push(() => revision.close());
  }
  const gateway = await startGateway({
    virtualServices: tutorial.virtualServices,
    revisions: new Map(tutorial.revisions.map((r) => [`${r.namespace}/${r.name}`, revisions[r.name]?.url ?? ''])),
    services: new Map(tutorial.services.map((s) => [`${s.namespace}/${s.name}`, s.route])),
    ...gatewayOptions,
  });
  running.unshift(() => gateway.close());
  return { tutorial, gateway, revisions, recorder };
}

interface ClientResult {
  statuses: Record<number, number>;
  latenciesMs: number[];
  bodies: Set<string>;
}

/** The curl loop's requests, sequential, with the Host header of the tutorial. */
async function sendSequential(gateway: LocalGateway, host: string, count: number): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const result: ClientResult = { statuses: {}, latenciesMs: [], bodies: new Set() };
  try {
    for (let i = 0; i < count; i++) {
      const startedAt = performance.now();
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${gateway.url}/`, { headers: { host }, agent }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        req.end();
      });
      result.latenciesMs.push(performance.now() - startedAt);
      result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      result.bodies.add(/App (\w+)/.exec(body)?.[1] ?? body.slice(0, 40));
    }
  } finally {
    agent.destroy();
  }
  return result;
}

async function mirrorsSettled(gateway: LocalGateway, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (gateway.stats().mirrorsPending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};

describe('local gateway with samples/mirroring routing rules', () => {
  it('sends every request to the live revision and mirrors 40% (within 5 points over 2000 requests) to the dark one', async () => {
    const { gateway, recorder } = await cluster();
    const client = await sendSequential(gateway, 'example.com', 2000);
    await mirrorsSettled(gateway);

    expect(client.statuses).toEqual({ 200: 2000 });
    expect([...client.bodies]).toEqual(['blue']); // the live version's page, never the dark one's
    expect(recorder.total('sample-app-v1')).toBe(2000);
    const share = recorder.total('sample-app-v2') / 2000;
    expect(Math.abs(share - 0.4)).toBeLessThanOrEqual(0.05);
    const stats = gateway.stats();
    expect(stats.requests).toBe(2000);
    expect(stats.mirrored).toBe(recorder.total('sample-app-v2'));
    expect(stats.dropped).toBe(0);
    expect(stats.mirrorFailures).toBe(0);
    expect(stats.revisions).toEqual({
      'sample-app-v1': { live: 2000, mirrored: 0 },
      'sample-app-v2': { live: 0, mirrored: stats.mirrored },
    });
  }, 60_000);

  it('a failing dark revision: the client sees only the live answers; the failures are counted', async () => {
    const { gateway, recorder } = await cluster({ 'sample-app-v2': { errorRate: 1 } });
    const client = await sendSequential(gateway, 'example.com', 500);
    await mirrorsSettled(gateway);
    expect(client.statuses).toEqual({ 200: 500 });
    const dark = recorder.byRevision['sample-app-v2'] ?? {};
    expect(Object.keys(dark)).toEqual(['503']);
    const stats = gateway.stats();
    expect(stats.mirrored).toBeGreaterThan(100);
    expect(stats.mirrorFailures).toBe(stats.mirrored);
    expect(stats.responses).toEqual({ 200: 500 });
  }, 60_000);

  it('a dark revision that is down: the client sees only the live answers', async () => {
    const { gateway } = await cluster({ 'sample-app-v2': 'down' });
    const client = await sendSequential(gateway, 'example.com', 300);
    await mirrorsSettled(gateway);
    expect(client.statuses).toEqual({ 200: 300 });
    expect(gateway.stats().mirrorFailures).toBe(gateway.stats().mirrored);
    expect(gateway.stats().mirrored).toBeGreaterThan(50);
  }, 60_000);

  it('a slow dark revision never slows the client; copies beyond the bounded queue are dropped and counted', async () => {
    const { gateway, recorder } = await cluster(
      { 'sample-app-v2': { latencyMs: 1500 } },
      { mirrorConcurrency: 2, mirrorQueueLimit: 3 },
    );
    const client = await sendSequential(gateway, 'example.com', 300);
    expect(client.statuses).toEqual({ 200: 300 });
    // Each client request is answered by the fast live revision; 1.5 s mirrors run beside it.
    expect(percentile(client.latenciesMs, 0.95)).toBeLessThan(100);
    const stats = gateway.stats();
    expect(stats.dropped).toBeGreaterThan(50);
    expect(stats.mirrored).toBeLessThanOrEqual(
      2 + 3 + Math.ceil(client.latenciesMs.reduce((a, b) => a + b, 0) / 1500) * 2 + 2,
    );
    // Selected copies (sent or dropped) are still the configured share.
    expect(Math.abs((stats.mirrored + stats.dropped) / 300 - 0.4)).toBeLessThan(0.12);
    await mirrorsSettled(gateway);
    expect(recorder.total('sample-app-v2')).toBe(stats.mirrored);
  }, 60_000);

  it('Istio >= 1.28 emulation: copies keep their Host, match the live rule, and the dark revision gets nothing', async () => {
    const { gateway, recorder } = await cluster({}, { shadowHostSuffix: false });
    await sendSequential(gateway, 'example.com', 300);
    await mirrorsSettled(gateway);
    expect(recorder.total('sample-app-v2')).toBe(0);
    expect(recorder.total('sample-app-v1')).toBe(300 + gateway.stats().mirrored);
    expect(gateway.stats().revisions['sample-app-v1']?.mirrored).toBe(gateway.stats().mirrored);
  }, 60_000);

  it('a host no rule matches gets 404 and is counted as unrouted', async () => {
    const { gateway } = await cluster();
    const client = await sendSequential(gateway, 'other.example', 3);
    expect(client.statuses).toEqual({ 404: 3 });
    expect(gateway.stats().unrouted).toBe(3);
  }, 30_000);

  it('binds to loopback only', async () => {
    const { gateway } = await cluster();
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
