// A metrics backend on 127.0.0.1 that misbehaves on request: slow, 5xx, HTML, truncated or oversized
// bodies, reset connections, Prometheus errors, redirects, echoed credentials. Tests point real
// Metric URLs at it and go through the real HTTP provider.
//
// It also holds the model that ties the two levels of the fault tests together: a BackendAnswer is
// something a backend can say about one (metric, version); behaviourFor() says it over HTTP, and
// stepOutcomeFor() is the MetricOutcome the iteration step must end up seeing for it.

import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll } from '@jest/globals';
import fc from 'fast-check';
import type { MetricOutcome } from '../../src/metrics/providers/provider.js';

export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  recorded: RecordedRequest;
  /** setTimeout that the backend cancels when it closes. */
  later: (ms: number, action: () => void) => void;
}

export type Behaviour = (exchange: Exchange) => void;

export class MisbehavingBackend {
  /** What the next requests get. */
  behaviour: Behaviour = prometheusAnswer(vector(['1']));
  readonly requests: RecordedRequest[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private readonly server: Server = createServer();
  private port = 0;

  private constructor() {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('request', (request: IncomingMessage, response: ServerResponse) => this.handle(request, response));
  }

  static async start(): Promise<MisbehavingBackend> {
    const backend = new MisbehavingBackend();
    await backend.listen();
    return backend;
  }

  /** A backend listening for the tests of the calling file: started before them, closed after them. */
  static forTests(): MisbehavingBackend {
    const backend = new MisbehavingBackend();
    beforeAll(() => backend.listen());
    afterAll(() => backend.close());
    return backend;
  }

  private async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The Prometheus instant-query endpoint of this backend. */
  get queryUrl(): string {
    return `${this.origin}/api/v1/query`;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      this.requests.push(recorded);
      const later = (ms: number, action: () => void): void => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          action();
        }, ms);
        this.timers.add(timer);
      };
      this.behaviour({ request, response, recorded, later });
    });
  }
}

// ---- bodies ----

/** A Prometheus instant-query answer with one series per value, values as Prometheus writes them. */
export function vector(values: readonly string[]): string {
  const result = values.map((value, index) => ({
    metric: { revision_name: `series-${index}` },
    value: [1767225600.123, value],
  }));
  return JSON.stringify({ status: 'success', data: { resultType: 'vector', result } });
}

/** How Prometheus writes a float sample: NaN, +Inf, -Inf, otherwise the shortest decimal form. */
export function prometheusNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return Object.is(value, -0) ? '-0' : String(value);
}

// ---- behaviours ----

export const respond =
  (status: number, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Behaviour =>
  ({ response }) => {
    response.writeHead(status, headers);
    response.end(body);
  };

export const prometheusAnswer = (body: string): Behaviour => respond(200, body);

export const html = (status: number, body: string): Behaviour =>
  respond(status, body, { 'content-type': 'text/html; charset=utf-8' });

/** Answers only after `ms`, then behaves as `then`. */
export const slow =
  (ms: number, then: Behaviour): Behaviour =>
  (exchange) =>
    exchange.later(ms, () => {
      if (!exchange.response.destroyed) then(exchange);
    });

/** Sends headers promising `body`, writes `sentBytes` of it, then resets the TCP connection. */
export const resetMidResponse =
  (body: string, sentBytes: number): Behaviour =>
  ({ request, response, later }) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    response.write(body.slice(0, sentBytes));
    later(20, () => request.socket.resetAndDestroy());
  };

/** A body of `bytes` bytes, streamed in chunks; with or without a Content-Length announcing it. */
export const oversized =
  (bytes: number, declareLength: boolean): Behaviour =>
  ({ response }) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      ...(declareLength ? { 'content-length': String(bytes) } : {}),
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let left = bytes;
    const pump = (): void => {
      while (left > 0) {
        const piece = chunk.subarray(0, Math.min(chunk.length, left));
        left -= piece.length;
        if (!response.write(piece)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end();
    };
    response.on('error', () => undefined);
    pump();
  };

export const redirect = (status: number, location: string): Behaviour =>
  respond(status, 'moved', { location, 'content-type': 'text/plain' });

/** Answers `status` with the request's headers in the body, as some proxies' error pages do. */
export const echoHeaders =
  (status: number, format: 'json' | 'html'): Behaviour =>
  ({ response, recorded }) => {
    const headers = JSON.stringify(recorded.headers);
    if (format === 'json') {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          status: 'success',
          data: { resultType: 'vector', result: [{ metric: {}, value: [1, headers] }] },
        }),
      );
    } else {
      response.writeHead(status, { 'content-type': 'text/html' });
      response.end(`<html><body><h1>${status}</h1><pre>request headers: ${headers}</pre></body></html>`);
    }
  };

// ---- the answer model ----

/** What a backend can say about one (metric, version). */
export type BackendAnswer =
  | { kind: 'number'; value: number }
  | { kind: 'nan' }
  | { kind: 'infinity'; sign: 1 | -1 }
  | { kind: 'empty' }
  | { kind: 'several-series'; count: number }
  | { kind: 'backend-error'; status: number; body: string }
  | { kind: 'timeout' };

/** Answers with data or the lack of it: never an error. */
export const healthyAnswer: fc.Arbitrary<BackendAnswer> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 2000 }) },
        { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
        // Negative and past-int32 samples (a counter that went backwards, a runaway sum).
        { weight: 3, arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }) },
        // The whole double range: huge, subnormal and -0 samples must not break a status either.
        { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
      )
      .map((value): BackendAnswer => ({ kind: 'number', value })),
  },
  { weight: 1, arbitrary: fc.constant<BackendAnswer>({ kind: 'nan' }) },
  { weight: 1, arbitrary: fc.constant<BackendAnswer>({ kind: 'empty' }) },
);

/** Any answer, faults included. */
export const anyAnswer: fc.Arbitrary<BackendAnswer> = fc.oneof(
  { weight: 8, arbitrary: healthyAnswer },
  { weight: 1, arbitrary: fc.constantFrom<1 | -1>(1, -1).map((sign): BackendAnswer => ({ kind: 'infinity', sign })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 2, max: 4 }).map((count): BackendAnswer => ({ kind: 'several-series', count })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        status: fc.constantFrom(500, 502, 503, 504),
        body: fc.constantFrom('upstream connect error', 'overloaded', ''),
      })
      .map(({ status, body }): BackendAnswer => ({ kind: 'backend-error', status, body })),
  },
  { weight: 1, arbitrary: fc.constant<BackendAnswer>({ kind: 'timeout' }) },
);

/** jq prints IEEE infinities as +/-DBL_MAX, so a sample of +/-DBL_MAX cannot be told from an infinity. */
const indistinguishableFromInfinity = (value: number): boolean => Math.abs(value) >= Number.MAX_VALUE;

/** The answer over HTTP; a timeout answer takes `timeoutMs` plus a margin. */
export function behaviourFor(answer: BackendAnswer, timeoutMs: number): Behaviour {
  switch (answer.kind) {
    case 'number':
      return prometheusAnswer(vector([prometheusNumber(answer.value)]));
    case 'nan':
      return prometheusAnswer(vector(['NaN']));
    case 'infinity':
      return prometheusAnswer(vector([answer.sign > 0 ? '+Inf' : '-Inf']));
    case 'empty':
      return prometheusAnswer(vector([]));
    case 'several-series':
      return prometheusAnswer(vector(Array.from({ length: answer.count }, (_, index) => String(index + 1))));
    case 'backend-error':
      return respond(answer.status, answer.body, { 'content-type': 'text/plain' });
    case 'timeout':
      return slow(timeoutMs + 500, prometheusAnswer(vector(['1'])));
  }
}

/** The MetricOutcome kind the real provider must produce for `answer`. */
export function expectedOutcomeKind(answer: BackendAnswer): MetricOutcome['kind'] {
  switch (answer.kind) {
    case 'number':
      return indistinguishableFromInfinity(answer.value) ? 'error' : 'value';
    case 'nan':
    case 'empty':
      return 'unavailable';
    case 'infinity':
    case 'several-series':
    case 'backend-error':
    case 'timeout':
      return 'error';
  }
}

/**
 * What the step sees for `answer`, as the real provider and fetch.ts would report it (the wording of
 * messages is the fault tests' business; here only the kind and the value matter).
 */
export function stepOutcomeFor(answer: BackendAnswer, metricId: string, version: string): MetricOutcome {
  const error = (what: string): MetricOutcome => ({
    kind: 'error',
    message: `metric ${metricId} (version ${version}): ${what}`,
  });
  switch (answer.kind) {
    case 'number':
      return indistinguishableFromInfinity(answer.value)
        ? error('not a finite number')
        : { kind: 'value', value: answer.value };
    case 'nan':
      return { kind: 'unavailable', reason: 'jq expression yielded null (NaN or no data)' };
    case 'empty':
      return { kind: 'unavailable', reason: 'no data (empty result)' };
    case 'infinity':
      return error(`jq expression yielded ${answer.sign > 0 ? '+Inf' : '-Inf'}, not a finite number`);
    case 'several-series':
      return error(`the query returned ${answer.count} series where one was expected`);
    case 'backend-error':
      return error(`GET http://backend/api/v1/query answered HTTP ${answer.status}: ${answer.body}`);
    case 'timeout':
      return error('no answer within 5000 ms');
  }
}
