// A Knative Broker for tests: an ingress on 127.0.0.1 that accepts CloudEvents as a Broker's
// ingress does (binary or structured mode, 202 Accepted), and a dispatcher that delivers each event
// to one of N subscriber URLs, round-robin per attempt (a Knative Service spreads requests over its
// instances the same way), with a Trigger's delivery policy: `retry` retries after the first
// attempt, linear or exponential backoff from an ISO-8601 `backoffDelay`, an optional per-attempt
// `timeout`, and an optional dead-letter sink. Which answers are retried and how long each backoff is
// follow Knative Eventing's dispatcher; docs/event-contract.md#broker-and-trigger-delivery says so in
// words. Every attempt is recorded for assertions.
//
// Bounded: at most `maxEvents` events are accepted (more are answered 503), at most `concurrency`
// attempts are in flight, subscribers must be loopback URLs, and the broker closes itself after
// `lifetimeMs`.

import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

export type BackoffPolicy = 'linear' | 'exponential';

/** A Trigger's spec.delivery, the fields this broker honours. */
export interface DeliverySpec {
  /** Retries after the first attempt. */
  retry: number;
  backoffPolicy: BackoffPolicy;
  /** ISO-8601 duration, e.g. PT0.5S. */
  backoffDelay: string;
  /** ISO-8601 duration of each attempt; unset: 30 s here. */
  timeout?: string;
}

/** The delivery of the shipped Trigger of `type` (eventing/trigger.yaml). */
export function shippedDelivery(type = 'dev.knative.sources.ping'): DeliverySpec {
  const text = readFileSync(new URL('../../eventing/trigger.yaml', import.meta.url), 'utf8');
  for (const document of parseAllDocuments(text)) {
    const trigger = document.toJS() as {
      spec?: { filter?: { attributes?: { type?: string } }; delivery?: Partial<DeliverySpec> };
    } | null;
    const delivery = trigger?.spec?.delivery;
    if (trigger?.spec?.filter?.attributes?.type !== type || !delivery) continue;
    if (
      typeof delivery.retry !== 'number' ||
      (delivery.backoffPolicy !== 'linear' && delivery.backoffPolicy !== 'exponential') ||
      typeof delivery.backoffDelay !== 'string'
    ) {
      throw new Error(`eventing/trigger.yaml: the Trigger for ${type} has an incomplete spec.delivery`);
    }
    return {
      retry: delivery.retry,
      backoffPolicy: delivery.backoffPolicy,
      backoffDelay: delivery.backoffDelay,
      ...(delivery.timeout ? { timeout: delivery.timeout } : {}),
    };
  }
  throw new Error(`eventing/trigger.yaml has no Trigger for type ${type}`);
}

/**
 * An ISO-8601 duration in milliseconds: PnDTnHnMnS with decimal fractions (PT0.5S, PT1M30S, P1D).
 * Years, months and weeks are refused: their length is not fixed.
 */
export function isoDurationMs(text: string): number {
  const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    text,
  );
  if (!match || text === 'P' || text.endsWith('T'))
    throw new Error(`not an ISO-8601 duration: ${JSON.stringify(text)}`);
  const [, days, hours, minutes, seconds] = match.map((part) => Number(part ?? 0));
  return Math.round((((days ?? 0) * 24 + (hours ?? 0)) * 60 * 60 + (minutes ?? 0) * 60 + (seconds ?? 0)) * 1000);
}

/** How long Knative waits before retry number `retry` (1 = the first retry): delay x n, or delay x 2^n. */
export function backoffMs(delivery: DeliverySpec, retry: number): number {
  const delay = isoDurationMs(delivery.backoffDelay);
  return delivery.backoffPolicy === 'linear' ? delay * retry : delay * 2 ** retry;
}

/** Whether Knative's dispatcher retries an attempt answered with `status` (undefined: no answer at all). */
export function isRetryable(status: number | undefined): boolean {
  if (status === undefined) return true;
  return status === 404 || status === 408 || status === 409 || status === 429 || status >= 500;
}

/** A received event: its attributes (extensions included) and data, however it came in. */
export interface BrokerEvent {
  attributes: Record<string, string>;
  /** The data's media type; absent when the event has none. */
  contentType?: string;
  data: Buffer;
}

export interface Attempt {
  /** 0: the first attempt; n: retry n. */
  number: number;
  /** Index of the subscriber it went to. */
  subscriber: number;
  startedAt: number;
  endedAt: number;
  /** HTTP status, absent when no answer came (connection error, timeout). */
  status?: number;
  error?: string;
  /** The answer arrived but the test told the broker to act as if it had not (a lost answer). */
  answerLost?: boolean;
  /** What the subscriber answered, lost or not: its ce-type (binary mode) and JSON body. */
  reply?: { type?: string; body: unknown };
}

export interface Delivery {
  event: BrokerEvent;
  /** Order in which the ingress accepted it. */
  sequence: number;
  attempts: Attempt[];
  state: 'queued' | 'in-flight' | 'backing-off' | 'delivered' | 'dead-lettered' | 'dropped' | 'filtered';
  /** The subscriber's reply on success: its ce-type (binary mode) and JSON body. */
  reply?: { status: number; type?: string; body: unknown };
}

export interface TestBrokerOptions {
  /** Loopback URLs the events are spread over; may be given later with subscribe(). */
  subscribers?: string[];
  delivery: DeliverySpec;
  /** Only events of these types are delivered (a Trigger's filter); the rest are accepted and dropped. */
  types?: string[];
  deadLetterSink?: string;
  /** Attempts in flight at once; default 24. */
  concurrency?: number;
  /** Events accepted at most; more are answered 503. Default 20,000. */
  maxEvents?: number;
  /** The broker closes itself after this long; default 5 minutes. */
  lifetimeMs?: number;
  /** Test hook: act as if this attempt's (successful) answer never arrived, so it is retried. */
  loseAnswer?: (delivery: Delivery, attempt: Attempt) => boolean;
}

const BODY_LIMIT_BYTES = 256 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

const isLoopback = (url: string): boolean => {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
};

export class TestBroker {
  readonly deliveries: Delivery[] = [];
  private readonly queue: Delivery[] = [];
  private inFlight = 0;
  private backingOff = 0;
  private nextSubscriber = 0;
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sockets = new Set<Socket>();
  private readonly agent: http.Agent;
  private idleWaiters: Array<() => void> = [];
  private readonly lifetime: NodeJS.Timeout;

  private constructor(
    private readonly server: http.Server,
    private readonly options: Required<Omit<TestBrokerOptions, 'types' | 'deadLetterSink' | 'loseAnswer'>> &
      Pick<TestBrokerOptions, 'types' | 'deadLetterSink' | 'loseAnswer'>,
    readonly url: string,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
    this.lifetime = setTimeout(() => void this.close(), options.lifetimeMs);
    this.lifetime.unref();
  }

  static async start(options: TestBrokerOptions): Promise<TestBroker> {
    for (const url of [...(options.subscribers ?? []), ...(options.deadLetterSink ? [options.deadLetterSink] : [])]) {
      if (!isLoopback(url)) throw new Error(`test broker: ${url} is not a loopback URL`);
    }
    isoDurationMs(options.delivery.backoffDelay);
    const server = http.createServer();
    // Node closes idle keep-alive sockets after 5 s; a publisher reusing one at that moment gets
    // ECONNRESET. Knative's ingress keeps them far longer, so this one outlives any test.
    server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const broker = new TestBroker(
      server,
      {
        subscribers: [...(options.subscribers ?? [])],
        delivery: options.delivery,
        concurrency: options.concurrency ?? 24,
        maxEvents: options.maxEvents ?? 20_000,
        lifetimeMs: options.lifetimeMs ?? 5 * 60_000,
        ...(options.types ? { types: options.types } : {}),
        ...(options.deadLetterSink ? { deadLetterSink: options.deadLetterSink } : {}),
        ...(options.loseAnswer ? { loseAnswer: options.loseAnswer } : {}),
      },
      `http://127.0.0.1:${port}/`,
    );
    server.on('connection', (socket) => {
      broker.sockets.add(socket);
      socket.once('close', () => broker.sockets.delete(socket));
    });
    server.on('request', (request, response) => broker.ingress(request, response));
    return broker;
  }

  /** Sets the URLs events are spread over (subscribers that start after the broker, to know its URL). */
  subscribe(urls: readonly string[]): void {
    for (const url of urls) if (!isLoopback(url)) throw new Error(`test broker: ${url} is not a loopback URL`);
    this.options.subscribers.splice(0, this.options.subscribers.length, ...urls);
    this.pump();
  }

  /** Deliveries whose attempts went to subscriber `index`, counted per attempt. */
  attemptsTo(index: number): number {
    return this.deliveries.reduce((sum, d) => sum + d.attempts.filter((a) => a.subscriber === index).length, 0);
  }

  /** Resolves when nothing is queued, in flight or waiting to be retried; rejects after `timeoutMs`. */
  idle(timeoutMs: number): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        reject(
          new Error(
            `test broker: not idle after ${timeoutMs} ms (${this.queue.length} queued, ${this.inFlight} in flight, ${this.backingOff} backing off)`,
          ),
        );
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.idleWaiters.push(done);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.lifetime);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queue.length = 0;
    this.agent.destroy();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.notifyIdle(true);
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.inFlight === 0 && this.backingOff === 0;
  }

  private notifyIdle(force = false): void {
    if (!force && !this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const waiter of waiters) waiter();
  }

  // ---- ingress ----

  private ingress(request: http.IncomingMessage, response: http.ServerResponse): void {
    const answer = (status: number, message?: string): void => {
      response.writeHead(status, message ? { 'content-type': 'text/plain' } : {});
      response.end(message ?? '');
    };
    if (request.method !== 'POST') return answer(405, 'only POST is accepted');
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > BODY_LIMIT_BYTES) return answer(413, `event larger than ${BODY_LIMIT_BYTES} bytes`);
      if (this.closed) return answer(503, 'broker closed');
      if (this.deliveries.length >= this.options.maxEvents)
        return answer(503, `broker full: ${this.options.maxEvents} events accepted already`);
      let event: BrokerEvent;
      try {
        event = readEvent(request.headers, Buffer.concat(chunks));
      } catch (err) {
        return answer(400, (err as Error).message);
      }
      const delivery: Delivery = { event, sequence: this.deliveries.length, attempts: [], state: 'queued' };
      this.deliveries.push(delivery);
      answer(202);
      if (this.options.types && !this.options.types.includes(event.attributes.type ?? '')) {
        delivery.state = 'filtered';
        return;
      }
      this.queue.push(delivery);
      this.pump();
    });
  }

  // ---- dispatch ----

  private pump(): void {
    while (
      !this.closed &&
      this.options.subscribers.length > 0 &&
      this.inFlight < this.options.concurrency &&
      this.queue.length > 0
    ) {
      const delivery = this.queue.shift() as Delivery;
      this.inFlight += 1;
      delivery.state = 'in-flight';
      void this.attempt(delivery).finally(() => {
        this.inFlight -= 1;
        this.pump();
        this.notifyIdle();
      });
    }
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const subscriber = this.nextSubscriber++ % this.options.subscribers.length;
    const attempt: Attempt = { number: delivery.attempts.length, subscriber, startedAt: Date.now(), endedAt: 0 };
    delivery.attempts.push(attempt);
    const timeoutMs = this.options.delivery.timeout ? isoDurationMs(this.options.delivery.timeout) : DEFAULT_TIMEOUT_MS;
    const result = await post(
      this.options.subscribers[subscriber] as string,
      binaryHeaders(delivery.event),
      delivery.event.data,
      timeoutMs,
      this.agent,
    );
    attempt.endedAt = Date.now();
    if (result.status !== undefined) attempt.status = result.status;
    if (result.error !== undefined) attempt.error = result.error;
    if (result.status !== undefined)
      attempt.reply = { ...(result.type !== undefined ? { type: result.type } : {}), body: result.body };
    if (this.closed) return;
    let status = result.status;
    if (status !== undefined && status >= 200 && status < 300 && this.options.loseAnswer?.(delivery, attempt)) {
      attempt.answerLost = true;
      status = undefined;
    }
    if (status !== undefined && status >= 200 && status < 300) {
      delivery.state = 'delivered';
      delivery.reply = {
        status,
        ...(result.type !== undefined ? { type: result.type } : {}),
        body: result.body,
      };
      return;
    }
    if (isRetryable(status) && attempt.number < this.options.delivery.retry) {
      delivery.state = 'backing-off';
      this.backingOff += 1;
      const timer = setTimeout(
        () => {
          this.timers.delete(timer);
          this.backingOff -= 1;
          if (this.closed) return;
          // A retry goes before events not yet tried: it is older than they are.
          this.queue.unshift(delivery);
          delivery.state = 'queued';
          this.pump();
        },
        backoffMs(this.options.delivery, attempt.number + 1),
      );
      this.timers.add(timer);
      return;
    }
    await this.deadLetter(delivery, attempt, result.body);
  }

  private async deadLetter(delivery: Delivery, attempt: Attempt, body: unknown): Promise<void> {
    const sink = this.options.deadLetterSink;
    if (!sink) {
      delivery.state = 'dropped';
      return;
    }
    // Knative adds why the delivery failed as extensions of the dead-lettered event.
    const extensions: Record<string, string> = {
      knativeerrordest: this.options.subscribers[attempt.subscriber] as string,
      ...(attempt.status !== undefined ? { knativeerrorcode: String(attempt.status) } : {}),
      ...(body !== undefined
        ? { knativeerrordata: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)).toString('base64') }
        : {}),
    };
    const event: BrokerEvent = { ...delivery.event, attributes: { ...delivery.event.attributes, ...extensions } };
    await post(sink, binaryHeaders(event), event.data, DEFAULT_TIMEOUT_MS, this.agent);
    delivery.state = 'dead-lettered';
  }
}

// ---- CloudEvents over HTTP ----

const REQUIRED = ['specversion', 'id', 'source', 'type'] as const;

function readEvent(headers: http.IncomingHttpHeaders, body: Buffer): BrokerEvent {
  const contentType = headers['content-type'];
  if (contentType?.startsWith('application/cloudevents+json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new Error('structured event: the body is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('structured event: the body is not a JSON object');
    const { data, data_base64: dataBase64, ...rest } = parsed as Record<string, unknown>;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(rest)) attributes[name] = String(value);
    checkRequired(attributes);
    const eventContentType = attributes.datacontenttype ?? (data !== undefined ? 'application/json' : undefined);
    delete attributes.datacontenttype;
    let bytes = Buffer.alloc(0);
    if (typeof dataBase64 === 'string') bytes = Buffer.from(dataBase64, 'base64');
    else if (typeof data === 'string' && !eventContentType?.includes('json')) bytes = Buffer.from(data);
    else if (data !== undefined) bytes = Buffer.from(JSON.stringify(data));
    return { attributes, ...(eventContentType ? { contentType: eventContentType } : {}), data: bytes };
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith('ce-') && typeof value === 'string') attributes[name.slice(3)] = value;
  }
  checkRequired(attributes);
  return { attributes, ...(contentType ? { contentType } : {}), data: body };
}

function checkRequired(attributes: Record<string, string>): void {
  const missing = REQUIRED.filter((name) => !attributes[name]);
  if (missing.length > 0) throw new Error(`not a CloudEvent: missing ${missing.join(', ')}`);
}

function binaryHeaders(event: BrokerEvent): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.attributes)) headers[`ce-${name}`] = value;
  if (event.contentType) headers['content-type'] = event.contentType;
  headers['content-length'] = String(event.data.length);
  return headers;
}

interface PostResult {
  status?: number;
  type?: string;
  body?: unknown;
  error?: string;
}

function post(url: string, headers: Record<string, string>, body: Buffer, timeoutMs: number, agent: http.Agent) {
  return new Promise<PostResult>((resolve) => {
    const request = http.request(url, { method: 'POST', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (err) => {
        clearTimeout(timer);
        resolve({ error: err.message });
      });
      response.on('end', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text === '' ? undefined : text;
        try {
          if (text !== '') parsed = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        const type = response.headers['ce-type'];
        resolve({
          status: response.statusCode ?? 0,
          ...(typeof type === 'string' ? { type } : {}),
          ...(parsed !== undefined ? { body: parsed } : {}),
        });
      });
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('error', (err) => {
      clearTimeout(timer);
      resolve({ error: err.message });
    });
    request.end(body);
  });
}
