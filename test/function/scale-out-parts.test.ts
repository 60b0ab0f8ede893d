// The parts of scale-out, each alone (test/function/scale-out.test.ts runs them together):
// - the test Broker (test/support/test-broker.ts) behaves as Knative's Broker and Trigger do for what
//   the scale-out tests rely on: ingress in binary and structured mode, round-robin over subscribers,
//   the retry policy (which answers are retried, how many times, the backoff sequence), the
//   dead-letter sink with the reason, and the shipped Trigger's delivery read from eventing/trigger.yaml;
// - the fan-out configuration (ITER8FN_SCAN_INLINE_MAX, K_SINK, K_CE_OVERRIDES) is checked at start;
// - a scan with more due experiments than the threshold sends exactly the due ones to the sink, from
//   the one LIST, without reading or writing any experiment itself.

import { afterEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parse } from 'yaml';
import { CloudEvent, HTTP } from 'cloudevents';
import { TRIGGER_BACKOFF_DELAY, TRIGGER_RETRY } from '../../src/eventing/schedule.js';
import { clusterHandlerOptions, clusterSource } from '../../src/function/cluster.js';
import { DEFAULT_SCAN_INLINE_MAX, readFunctionConfig } from '../../src/function/config.js';
import { createHandler } from '../../src/function/handler.js';
import { MemoryKubernetesApi } from '../support/kube/memory-api.js';
import {
  backoffMs,
  isoDurationMs,
  isRetryable,
  shippedDelivery,
  TestBroker,
  type DeliverySpec,
} from '../support/test-broker.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A subscriber answering each request with the next status of `statuses` (the last one repeats). */
async function subscriber(statuses: number[]): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      response.writeHead(status, { 'content-type': 'application/json', 'ce-type': 'reply.type' });
      response.end(JSON.stringify({ answered: received.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** samples/mirroring/experiment.yaml as `namespace/name`, iterating every 10 s, five times. */
function sampleExperiment(namespace: string, name: string) {
  const sample = parse(readFileSync(new URL('../../samples/mirroring/experiment.yaml', import.meta.url), 'utf8')) as {
    spec: Record<string, unknown>;
  };
  return {
    ...sample,
    metadata: { name, namespace },
    spec: {
      ...sample.spec,
      target: `${namespace}/sample-app`,
      duration: { intervalSeconds: 10, iterationsPerLoop: 5 },
    },
  };
}

const FAST: DeliverySpec = { retry: 3, backoffPolicy: 'linear', backoffDelay: 'PT0.01S' };
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function started<T extends { close(): Promise<void> }>(thing: Promise<T>): Promise<T> {
  const value = await thing;
  cleanups.push(() => value.close());
  return value;
}

function event(id: string, data: unknown = { experiment: 'default/one' }): CloudEvent<unknown> {
  return new CloudEvent({
    id,
    type: 'dev.knative.sources.ping',
    source: '/test',
    datacontenttype: 'application/json',
    data,
  });
}

async function publish(url: string, ce: CloudEvent<unknown>, mode: 'binary' | 'structured' = 'binary') {
  const message = mode === 'binary' ? HTTP.binary(ce) : HTTP.structured(ce);
  const response = await fetch(url, {
    method: 'POST',
    headers: message.headers as Record<string, string>,
    body: message.body as string,
  });
  await response.text();
  return response.status;
}

describe('delivery policy arithmetic', () => {
  it('reads ISO-8601 durations and refuses what is not one', () => {
    expect(isoDurationMs('PT0.5S')).toBe(500);
    expect(isoDurationMs('PT1M30S')).toBe(90_000);
    expect(isoDurationMs('P1DT1H')).toBe(25 * 3600_000);
    expect(() => isoDurationMs('0.5s')).toThrow(/not an ISO-8601 duration/);
    expect(() => isoDurationMs('PT')).toThrow(/not an ISO-8601 duration/);
  });

  it('waits backoffDelay x n (linear) or backoffDelay x 2^n (exponential) before retry n', () => {
    const linear: DeliverySpec = { retry: 5, backoffPolicy: 'linear', backoffDelay: 'PT2.5S' };
    const exponential: DeliverySpec = { retry: 5, backoffPolicy: 'exponential', backoffDelay: 'PT0.5S' };
    expect([1, 2, 3].map((n) => backoffMs(linear, n))).toEqual([2500, 5000, 7500]);
    expect([1, 2, 3].map((n) => backoffMs(exponential, n))).toEqual([1000, 2000, 4000]);
  });

  it('retries no answer, 404, 408, 409, 429 and 5xx; nothing else', () => {
    const retried = [undefined, 404, 408, 409, 429, 500, 502, 503, 504].map(isRetryable);
    const notRetried = [200, 202, 301, 400, 401, 403, 405, 410, 413, 422].map(isRetryable);
    expect(retried.every(Boolean)).toBe(true);
    expect(notRetried.some(Boolean)).toBe(false);
  });

  it('uses the delivery of the shipped Trigger', () => {
    expect(shippedDelivery()).toEqual({
      retry: TRIGGER_RETRY,
      backoffPolicy: 'exponential',
      backoffDelay: TRIGGER_BACKOFF_DELAY,
    });
  });
});

describe('the test broker', () => {
  it('accepts binary and structured events with 202 and delivers them round-robin, in binary mode', async () => {
    const a = await started(subscriber([200]));
    const b = await started(subscriber([200]));
    const broker = await started(TestBroker.start({ subscribers: [a.url, b.url], delivery: FAST }));
    expect(await publish(broker.url, event('e1'), 'binary')).toBe(202);
    expect(await publish(broker.url, event('e2', { namespace: 'x' }), 'structured')).toBe(202);
    expect(await publish(broker.url, event('e3'), 'binary')).toBe(202);
    await broker.idle(10_000);
    expect(a.received.map((r) => r.headers['ce-id'])).toEqual(['e1', 'e3']);
    expect(b.received.map((r) => r.headers['ce-id'])).toEqual(['e2']);
    expect(b.received[0]?.headers).toMatchObject({
      'ce-type': 'dev.knative.sources.ping',
      'ce-source': '/test',
      'content-type': 'application/json',
    });
    expect(JSON.parse(b.received[0]?.body ?? '')).toEqual({ namespace: 'x' });
    expect(broker.deliveries.map((d) => d.state)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(broker.deliveries[0]?.reply).toEqual({ status: 200, type: 'reply.type', body: { answered: 1 } });
  });

  it('refuses a request that is not a CloudEvent with 400', async () => {
    const a = await started(subscriber([200]));
    const broker = await started(TestBroker.start({ subscribers: [a.url], delivery: FAST }));
    const response = await fetch(broker.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not a CloudEvent: missing specversion, id, source, type/);
    expect(broker.deliveries).toEqual([]);
  });

  it('retries a 503 on the next subscriber until one accepts it', async () => {
    const failing = await started(subscriber([503]));
    const healthy = await started(subscriber([200]));
    const broker = await started(TestBroker.start({ subscribers: [failing.url, healthy.url], delivery: FAST }));
    await publish(broker.url, event('retry-me'));
    await broker.idle(10_000);
    const [delivery] = broker.deliveries;
    expect(delivery?.state).toBe('delivered');
    expect(delivery?.attempts.map((a) => [a.subscriber, a.status])).toEqual([
      [0, 503],
      [1, 200],
    ]);
  });

  it('does not retry a 400 or a 413: the event goes straight to the dead-letter sink, with why', async () => {
    const refusing = await started(subscriber([413]));
    const deadLetters = await started(subscriber([202]));
    const broker = await started(
      TestBroker.start({ subscribers: [refusing.url], delivery: FAST, deadLetterSink: deadLetters.url }),
    );
    await publish(broker.url, event('too-big'));
    await broker.idle(10_000);
    expect(refusing.received).toHaveLength(1);
    expect(broker.deliveries[0]?.state).toBe('dead-lettered');
    expect(deadLetters.received[0]?.headers).toMatchObject({
      'ce-id': 'too-big',
      'ce-knativeerrorcode': '413',
      'ce-knativeerrordest': refusing.url,
    });
    const data = Buffer.from(String(deadLetters.received[0]?.headers['ce-knativeerrordata']), 'base64');
    expect(JSON.parse(data.toString('utf8'))).toEqual({ answered: 1 });
  });

  it('gives up after `retry` retries of connection errors and drops the event without a dead-letter sink', async () => {
    const closed = `http://127.0.0.1:${await closedPort()}/`;
    const broker = await started(TestBroker.start({ subscribers: [closed], delivery: FAST }));
    await publish(broker.url, event('nowhere'));
    await broker.idle(10_000);
    const [delivery] = broker.deliveries;
    expect(delivery?.state).toBe('dropped');
    expect(delivery?.attempts).toHaveLength(1 + FAST.retry);
    expect(delivery?.attempts.every((a) => a.status === undefined && /ECONNREFUSED/.test(a.error ?? ''))).toBe(true);
  });

  it('retries an answer the test marks as lost, and records the lost answer', async () => {
    const a = await started(subscriber([200]));
    const broker = await started(
      TestBroker.start({ subscribers: [a.url], delivery: FAST, loseAnswer: (_d, attempt) => attempt.number === 0 }),
    );
    await publish(broker.url, event('lost'));
    await broker.idle(10_000);
    expect(a.received).toHaveLength(2);
    expect(broker.deliveries[0]?.attempts.map((x) => [x.answerLost ?? false, x.reply?.body])).toEqual([
      [true, { answered: 1 }],
      [false, { answered: 2 }],
    ]);
  });

  it('delivers only the types its Trigger filter names, and refuses non-loopback subscribers', async () => {
    const a = await started(subscriber([200]));
    const broker = await started(TestBroker.start({ subscribers: [a.url], delivery: FAST, types: ['other.type'] }));
    expect(await publish(broker.url, event('filtered'))).toBe(202);
    await broker.idle(10_000);
    expect(a.received).toHaveLength(0);
    expect(broker.deliveries[0]?.state).toBe('filtered');
    await expect(TestBroker.start({ subscribers: ['http://example.com/'], delivery: FAST })).rejects.toThrow(
      /not a loopback URL/,
    );
  });
});

describe('fan-out configuration', () => {
  it('reads the threshold, the sink and the SinkBinding overrides', () => {
    expect(readFunctionConfig({})).toMatchObject({ scanInlineMax: DEFAULT_SCAN_INLINE_MAX });
    expect(readFunctionConfig({}).sink).toBeUndefined();
    expect(
      readFunctionConfig({
        ITER8FN_SCAN_INLINE_MAX: '0',
        K_SINK: 'http://broker-ingress.knative-eventing.svc.cluster.local/iter8-system/iter8',
        K_CE_OVERRIDES: '{"extensions":{"cluster":"east"}}',
      }),
    ).toMatchObject({
      scanInlineMax: 0,
      sink: 'http://broker-ingress.knative-eventing.svc.cluster.local/iter8-system/iter8',
      sinkExtensions: { cluster: 'east' },
    });
  });

  it('names every bad value at start', () => {
    expect(() =>
      readFunctionConfig({
        ITER8FN_SCAN_INLINE_MAX: '-1',
        K_SINK: 'broker',
        K_CE_OVERRIDES: '{"extensions":{"Bad-Name":"x"}}',
      }),
    ).toThrow(
      /K_SINK must be an http\(s\) URL \(got "broker"\); K_CE_OVERRIDES must be JSON .*; ITER8FN_SCAN_INLINE_MAX must be a whole number of at least 0 \(got "-1"\)/,
    );
    expect(() => readFunctionConfig({ K_CE_OVERRIDES: 'not json' })).toThrow(/K_CE_OVERRIDES must be JSON/);
  });
});

describe('a scan handing out its due experiments', () => {
  it('sends one tick per due experiment to K_SINK, with the overrides, and no experiment is read or written', async () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    const api = new MemoryKubernetesApi();
    const experiment = (name: string, status?: Record<string, unknown>) => ({
      ...sampleExperiment('fan', name),
      ...(status ? { status } : {}),
    });
    const due = ['a', 'b', 'c', 'd'];
    for (const name of due) api.put(experiment(name));
    // Iterated a second ago: not due. Completed: not listed.
    const recent = new Date(now - 1000).toISOString();
    api.put(experiment('recent', { startTime: recent, lastUpdateTime: recent, completedIterations: 1 }));
    api.put(
      experiment('done', {
        completedIterations: 5,
        stage: 'Completed',
        conditions: [{ type: 'Completed', status: 'True' }],
      }),
    );

    const sink = await started(subscriber([202]));
    const config = readFunctionConfig({
      ITER8FN_SCAN_INLINE_MAX: '3',
      K_SINK: sink.url,
      K_CE_OVERRIDES: '{"extensions":{"cluster":"east"}}',
    });
    const handle = createHandler(
      clusterSource(api, config),
      clusterHandlerOptions(config, { clock: () => now, log: () => undefined }),
    );
    const reply = (await handle({
      cloudevent: { id: 'scan-1', type: 'dev.knative.sources.ping', source: '/scan', specversion: '1.0', data: {} },
    })) as { type?: string; data?: unknown };

    expect(reply.type).toBe('tools.iter8.scan.completed');
    expect(reply.data).toEqual({ event: 'scan-1', due: 4, handedOut: 4, sink: sink.url });
    const sent = sink.received.map((r) => ({
      id: r.headers['ce-id'],
      type: r.headers['ce-type'],
      source: r.headers['ce-source'],
      cluster: r.headers['ce-cluster'],
      data: JSON.parse(r.body) as unknown,
    }));
    expect(sent.sort((x, y) => String(x.id).localeCompare(String(y.id)))).toEqual(
      due.map((name) => ({
        id: `scan-1/fan/${name}`,
        type: 'dev.knative.sources.ping',
        source: '/scan',
        cluster: 'east',
        data: { experiment: `fan/${name}` },
      })),
    );
    // One LIST; nothing read one by one, nothing written: the instances the events reach do that.
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /apis/iter8.tools/v2alpha2/experiments']);
  });
});

describe('a scan whose hand-out partly fails', () => {
  it('answers 503 naming what was not sent, and its retry sends the same event ids again', async () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    const api = new MemoryKubernetesApi();
    const names = ['a', 'b', 'c', 'd'];
    for (const name of names) api.put(sampleExperiment('part', name));
    // The sink refuses the first two events it receives (a Broker ingress under pressure), then takes all.
    const sink = await started(subscriber([503, 503, 202]));
    const config = readFunctionConfig({ ITER8FN_SCAN_INLINE_MAX: '1', K_SINK: sink.url });
    const handle = createHandler(
      clusterSource(api, config),
      clusterHandlerOptions(config, { clock: () => now, log: () => undefined }),
    );
    const scan = { id: 'scan-7', type: 'dev.knative.sources.ping', source: '/scan', specversion: '1.0', data: {} };

    const first = (await handle({ cloudevent: scan })) as { statusCode?: number; body?: Record<string, unknown> };
    expect(first.statusCode).toBe(503);
    expect(first.body).toMatchObject({ event: 'scan-7', due: 4, handedOut: 2, notSent: 2, sink: sink.url });
    expect(first.body?.failed).toEqual([
      { experiment: expect.stringMatching(/^part\/[a-d]$/), error: `${sink.url} answered 503` },
      { experiment: expect.stringMatching(/^part\/[a-d]$/), error: `${sink.url} answered 503` },
    ]);
    expect(first.body?.error).toBe(
      `2 of 4 due experiment(s) could not be handed out to ${sink.url} (first: ${(first.body?.failed as Array<{ experiment: string }>)[0]?.experiment}: ${sink.url} answered 503); the scan is to be retried`,
    );

    // The Trigger retries the scan: every experiment is still due (none was iterated yet), and the
    // ids are the same as the first time, so a Broker or a tick sees a redelivery, not a new tick.
    const retry = (await handle({ cloudevent: scan })) as { type?: string; data?: unknown };
    expect(retry.type).toBe('tools.iter8.scan.completed');
    expect(retry.data).toEqual({ event: 'scan-7', due: 4, handedOut: 4, sink: sink.url });
    const ids = sink.received.map((r) => String(r.headers['ce-id']));
    expect(ids).toHaveLength(8);
    expect([...new Set(ids)].sort()).toEqual(names.map((n) => `scan-7/part/${n}`));
  });
});
