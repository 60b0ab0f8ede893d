// Any JSON-over-HTTP backend (Prometheus, New Relic, Sysdig, Elastic): build the request from the
// Metric's templates (docs/iter8-behaviour.md#query-templates), send it, and read the value with the metric's jq
// expression.
// Messages say what the backend did, on one line, quoting its answer; fetch.ts prefixes the metric
// and version. Whatever the backend sent back is scrubbed of the secret's values before it is quoted.
//
// Requests go out on node:http(s) with kept-alive connections, never following a redirect. Not
// fetch(): its first use loads undici (tens of milliseconds on a cold start), and each request costs
// several times the CPU of an http.request, which a fleet tick making thousands of queries pays.

import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { firstNumber, truncate } from '../jq.js';
import { jsonEscaper, promqlEscaper, safeSubstitute, substitute } from '../template.js';
import type { BucketOutcome, MetricOutcome, MetricProvider, MetricQuery } from './provider.js';
import { asError, errorMessage } from '../../util/errors.js';
import { redactSecrets, secretForms } from '../../util/redact.js';

export interface HttpProviderOptions {
  /** Largest response body read, in bytes; a larger one is an error, not a truncated parse. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface BuiltRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export function isPrometheusMetric(query: Pick<MetricQuery, 'metric'>): boolean {
  const spec = query.metric.spec;
  return spec.provider === 'prometheus' || /\/api\/v1\/query(_range)?$/.test(spec.urlTemplate ?? '');
}

/** Requests already built, by query: the allowlist check (fetch.ts) and the send build the same one. */
const built = new WeakMap<MetricQuery, BuiltRequest>();

/** Builds the HTTP request of one metric for one version. Throws TemplateValueError or Error. */
export function buildRequest(query: MetricQuery): BuiltRequest {
  let request = built.get(query);
  if (!request) {
    request = buildRequestOnce(query);
    built.set(query, request);
  }
  return request;
}

function buildRequestOnce(query: MetricQuery): BuiltRequest {
  const spec = query.metric.spec;
  if (!spec.urlTemplate) throw new Error('the metric has no urlTemplate');
  const secret = query.secret ?? {};
  const url = new URL(spec.secret ? safeSubstitute(spec.urlTemplate, secret) : spec.urlTemplate);
  const promql = isPrometheusMetric(query);
  for (const param of spec.params ?? []) {
    const value =
      promql && param.name === 'query'
        ? substitute(param.value, query.args, promqlEscaper)
        : safeSubstitute(param.value, query.args);
    url.searchParams.append(param.name, value);
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  const interpolateHeaders = spec.secret !== undefined && (spec.authType === 'Bearer' || spec.authType === 'APIKey');
  for (const header of spec.headerTemplates ?? []) {
    headers[header.name] = interpolateHeaders ? safeSubstitute(header.value, secret) : header.value;
  }
  // Answers are a value or a few series: compressing them costs both ends more CPU than sending them
  // (a fleet tick reads thousands). A metric that asks for an encoding gets it.
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'accept-encoding'))
    headers['accept-encoding'] = 'identity';
  if (spec.authType === 'Basic') {
    const { username, password } = secret;
    if (username === undefined || password === undefined) {
      throw new Error('the metric uses Basic auth but its secret lacks username or password');
    }
    headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  const method = spec.method ?? 'GET';
  let body: string | undefined;
  if (spec.body !== undefined) {
    const text = substitute(spec.body, query.args, jsonEscaper);
    try {
      body = JSON.stringify(JSON.parse(text));
    } catch {
      throw new Error('the metric body is not valid JSON after substitution');
    }
    headers['content-type'] = 'application/json';
  }
  return { url: url.toString(), method, headers, ...(body !== undefined ? { body } : {}) };
}

/** What a timeout destroys: the request in flight (and its response with it). */
interface InFlight {
  request?: ClientRequest;
}

/** Connections kept per backend origin; more requests wait for a free one. */
const SOCKETS_PER_ORIGIN = 64;

/**
 * One connection pool for the whole process, as fetch has: providers are made per iteration, and
 * each made its own pool, every iteration would open new connections and leave the old ones idle.
 */
const AGENTS = {
  http: new HttpAgent({ keepAlive: true, maxSockets: SOCKETS_PER_ORIGIN }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: SOCKETS_PER_ORIGIN }),
};

export class HttpMetricProvider implements MetricProvider {
  readonly name = 'http';
  private readonly maxBodyBytes: number;

  constructor(options: HttpProviderOptions = {}) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  }

  async fetch(query: MetricQuery, signal: AbortSignal): Promise<MetricOutcome> {
    // One abort listener for the whole exchange (cheaper than handing the signal to http.request,
    // which watches it through the stream machinery): a timeout destroys whatever is in flight.
    const inFlight: InFlight = {};
    const abort = (): void => {
      inFlight.request?.destroy();
    };
    signal.addEventListener('abort', abort, { once: true });
    try {
      return await this.exchange(query, signal, inFlight);
    } finally {
      signal.removeEventListener('abort', abort);
    }
  }

  private async exchange(query: MetricQuery, signal: AbortSignal, inFlight: InFlight): Promise<MetricOutcome> {
    if (!query.metric.spec.jqExpression) return { kind: 'error', message: 'the metric has no jqExpression' };
    const answer = await this.exchangeJson(query, signal, inFlight);
    if (answer.kind !== 'json') return answer;
    const { text, parsed, prometheus, where, forms } = answer;
    const expression = query.metric.spec.jqExpression;
    // Picking one of several series would report a number that describes no version in particular.
    if (prometheus && prometheus.resultCount > 1 && INDEXES_RESULT.test(expression)) {
      return {
        kind: 'error',
        message: `${where}: the query returned ${prometheus.resultCount} series where one was expected (jq ${expression}); aggregate it, e.g. sum(...)`,
      };
    }
    const outcome = await firstNumber(text, expression, parsed);
    if (outcome.kind === 'number') return { kind: 'value', value: outcome.value };
    if (outcome.kind === 'no-data') return { kind: 'unavailable', reason: redactSecrets(outcome.detail, forms) };
    // A filter that fails on an empty Prometheus vector means "no data yet", not a broken backend.
    if (prometheus && prometheus.resultCount === 0) return { kind: 'unavailable', reason: 'no data (empty result)' };
    return { kind: 'error', message: `${where}: ${redactSecrets(outcome.message, forms)}` };
  }

  /** The metric's comparison.bucketQuery, sent as its `query` parameter, read as a Prometheus vector with an `le` label. */
  async fetchBuckets(query: MetricQuery, signal: AbortSignal): Promise<BucketOutcome> {
    const bucketQuery = query.metric.spec.comparison?.bucketQuery;
    if (!bucketQuery) return { kind: 'unavailable', reason: 'the metric has no comparison.bucketQuery' };
    const params = (query.metric.spec.params ?? []).filter((param) => param.name !== 'query');
    const bucketMetric = {
      ...query.metric,
      spec: { ...query.metric.spec, params: [...params, { name: 'query', value: bucketQuery }] },
    };
    const inFlight: InFlight = {};
    const abort = (): void => {
      inFlight.request?.destroy();
    };
    signal.addEventListener('abort', abort, { once: true });
    try {
      const answer = await this.exchangeJson({ ...query, metric: bucketMetric }, signal, inFlight);
      if (answer.kind !== 'json') {
        const reason =
          answer.kind === 'error' || answer.kind === 'refused'
            ? answer.message
            : answer.kind === 'unavailable'
              ? answer.reason
              : 'the bucket query answered a single value';
        return { kind: 'unavailable', reason: `bucket query: ${reason}` };
      }
      return prometheusBuckets(answer.parsed);
    } finally {
      signal.removeEventListener('abort', abort);
    }
  }

  /** Sends the metric's request and reads a JSON answer; anything else is the outcome to report. */
  private async exchangeJson(
    query: MetricQuery,
    signal: AbortSignal,
    inFlight: InFlight,
  ): Promise<
    | {
        kind: 'json';
        text: string;
        parsed: unknown;
        prometheus: PrometheusShape | undefined;
        where: string;
        forms: string[];
      }
    | MetricOutcome
  > {
    let request: BuiltRequest;
    try {
      request = buildRequest(query);
    } catch (err) {
      return { kind: 'error', message: errorMessage(err) };
    }
    const forms = secretForms(query.secret);
    // Redacted before anything is flattened or shortened, so that no part of a secret survives.
    const clean = (text: string): string => oneLine(redactSecrets(text, forms));
    const quote = (text: string, max: number): string => truncate(clean(text), max);
    // Never the query string: it may carry credentials, and the query itself is in the Metric.
    const target = new URL(request.url);
    const where = clean(`${request.method} ${target.origin}${target.pathname}`);
    let response: IncomingMessage;
    try {
      response = await this.send(request, target, signal, inFlight);
    } catch (err) {
      return {
        kind: 'error',
        message: `${where}: ${signal.aborted ? 'timed out' : clean(describeTransportError(err))}`,
      };
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400) {
      response.destroy();
      return {
        kind: 'error',
        message: `${where} answered HTTP ${status} ${redirectTarget(response, target)}; redirects are not followed`,
      };
    }
    let text: string;
    try {
      text = await readLimited(response, this.maxBodyBytes, signal);
    } catch (err) {
      const problem = signal.aborted
        ? 'timed out reading the response'
        : err instanceof ResponseTooLargeError
          ? err.message
          : `${clean(describeTransportError(err))} while reading the response`;
      return { kind: 'error', message: `${where} answered HTTP ${status}, then: ${problem}` };
    }
    let parsed: unknown;
    let parseFailed = false;
    try {
      parsed = JSON.parse(text);
    } catch {
      parseFailed = true;
    }
    const prometheus = parseFailed ? undefined : prometheusShape(parsed);
    if (status >= 400) {
      const answer =
        prometheus?.status === 'error' ? prometheusError(prometheus, forms) : quote(text, 200) || '(empty body)';
      return { kind: 'error', message: `${where} answered HTTP ${status}: ${answer}` };
    }
    if (parseFailed) {
      return {
        kind: 'error',
        message: `${where} answered a body that is not JSON (${contentType(response)}): ${quote(text, 120) || '(empty body)'}`,
      };
    }
    if (prometheus?.status === 'error') {
      return { kind: 'error', message: `${where} answered ${prometheusError(prometheus, forms)}` };
    }
    return { kind: 'json', text, parsed, prometheus, where, forms: [...forms] };
  }

  /** Sends the request; resolves with the response once its head has arrived. */
  private send(request: BuiltRequest, target: URL, signal: AbortSignal, inFlight: InFlight): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new Error('aborted'));
      const headers: Record<string, string> = { ...request.headers };
      if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
      const secure = target.protocol === 'https:';
      if (!secure && target.protocol !== 'http:') return reject(new Error(`${target.protocol} URLs are not supported`));
      const send = secure ? httpsRequest : httpRequest;
      const attempt = (fresh: boolean): void => {
        // A retry goes out on a connection of its own, closed afterwards.
        let outgoing: ClientRequest;
        try {
          outgoing = send({
            protocol: target.protocol,
            hostname: target.hostname.replace(/^\[(.*)\]$/, '$1'),
            port: target.port,
            path: `${target.pathname}${target.search}`,
            method: request.method,
            headers,
            agent: fresh ? false : secure ? AGENTS.https : AGENTS.http,
          });
        } catch (err) {
          // Node refuses a header before sending anything; the message names the header, never its
          // value (which may be a secret).
          return reject(invalidHeader(err) ?? asError(err));
        }
        inFlight.request = outgoing;
        let answered = false;
        outgoing.once('response', (response) => {
          answered = true;
          resolve(response);
        });
        outgoing.once('error', (err: NodeJS.ErrnoException) => {
          // A kept-alive connection the backend had already closed: the request never reached it.
          const stale =
            !fresh && !answered && outgoing.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE');
          if (stale && !signal.aborted) attempt(true);
          else reject(err);
        });
        outgoing.end(request.body);
      };
      attempt(false);
    });
  }
}

/**
 * A Prometheus instant vector with one series per `le` (the bucket's upper bound, `+Inf` last) as
 * cumulative counts. Samples of NaN (no traffic in the window) count as no data.
 */
export function prometheusBuckets(body: unknown): BucketOutcome {
  const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
  const result = typeof data === 'object' && data !== null ? (data as { result?: unknown }).result : undefined;
  if (!Array.isArray(result)) return { kind: 'unavailable', reason: 'the bucket query answered no Prometheus vector' };
  if (result.length === 0) return { kind: 'unavailable', reason: 'no data (the bucket query found no series)' };
  const pairs: Array<[number, number]> = [];
  for (const series of result as unknown[]) {
    const record = typeof series === 'object' && series !== null ? (series as Record<string, unknown>) : {};
    const labels = record.metric as Record<string, unknown> | undefined;
    const le = labels?.le;
    const value = Array.isArray(record.value) ? (record.value as unknown[])[1] : undefined;
    if (typeof le !== 'string' || typeof value !== 'string') {
      return {
        kind: 'unavailable',
        reason: 'the bucket query answered a series without an `le` label or a value; aggregate it by (le)',
      };
    }
    const bound = le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le);
    const count = Number(value);
    if (Number.isNaN(bound))
      return { kind: 'unavailable', reason: `the bucket query answered le="${le}", not a number` };
    if (Number.isNaN(count)) return { kind: 'unavailable', reason: 'no data (the bucket counts are NaN)' };
    pairs.push([bound, count]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  if (new Set(pairs.map(([bound]) => bound)).size !== pairs.length) {
    return { kind: 'unavailable', reason: 'the bucket query answered one `le` twice; aggregate it with sum by (le)' };
  }
  if (pairs.at(-1)?.[0] !== Number.POSITIVE_INFINITY) {
    return { kind: 'unavailable', reason: 'the bucket query answered no le="+Inf" bucket' };
  }
  return { kind: 'buckets', buckets: { upperBounds: pairs.map(([b]) => b), cumulative: pairs.map(([, c]) => c) } };
}

/** A jq expression that takes one element of a Prometheus result by position. */
const INDEXES_RESULT = /result\s*\[\s*-?\d+\s*\]/;

interface PrometheusShape {
  status: string;
  errorType?: string;
  error?: string;
  resultCount: number;
}

function prometheusShape(body: unknown): PrometheusShape | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.status !== 'string') return undefined;
  const data = record.data as Record<string, unknown> | undefined;
  const result = data && Array.isArray(data.result) ? data.result : undefined;
  return {
    status: record.status,
    ...(typeof record.errorType === 'string' ? { errorType: record.errorType } : {}),
    ...(typeof record.error === 'string' ? { error: record.error } : {}),
    resultCount: result ? result.length : -1,
  };
}

class ResponseTooLargeError extends Error {}

function readLimited(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      return reject(new ResponseTooLargeError(`the response of ${declared} bytes exceeds the ${maxBytes}-byte limit`));
    }
    if (signal.aborted) {
      response.destroy();
      return reject(new Error('aborted'));
    }
    const chunks: Buffer[] = [];
    let total = 0;
    response.on('data', (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        response.destroy();
        reject(new ResponseTooLargeError(`the response exceeds the ${maxBytes}-byte limit`));
        return;
      }
      chunks.push(chunk);
    });
    let ended = false;
    response.once('end', () => {
      ended = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    response.once('error', reject);
    // Destroyed by a timeout (the request is destroyed, and the response with it): no 'end' comes.
    response.once('close', () => {
      if (!ended) reject(new Error('aborted'));
    });
  });
}

function prometheusError(prometheus: PrometheusShape, forms: readonly string[]): string {
  const kind = prometheus.errorType ? ` ${prometheus.errorType}` : '';
  return `a Prometheus error${kind}: ${truncate(oneLine(redactSecrets(prometheus.error ?? 'no error message', forms)), 200)}`;
}

/** Where a redirect pointed: the origin only, since its path and query may carry tokens. */
function redirectTarget(response: IncomingMessage, requested: URL): string {
  const location = response.headers.location;
  if (!location) return 'without a Location';
  try {
    return `to ${new URL(location, requested).origin}`;
  } catch {
    return 'to an unparseable Location';
  }
}

function contentType(response: IncomingMessage): string {
  return response.headers['content-type']?.split(';')[0]?.trim() || 'no content-type';
}

/** Node's refusal of a header name or value, as an error that names the header only. */
function invalidHeader(err: unknown): Error | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (code !== 'ERR_INVALID_CHAR' && code !== 'ERR_INVALID_HTTP_TOKEN') return undefined;
  const header = JSON.stringify(/\["?([^"\]]*)"?\]/.exec(errorMessage(err))?.[1] ?? '?');
  return new Error(
    code === 'ERR_INVALID_CHAR'
      ? `the value of header ${header} is an invalid header value`
      : `header name ${header} is not a valid HTTP token`,
  );
}

function describeTransportError(err: unknown): string {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  // A peer that resets the connection, before or during the answer ("socket hang up", "aborted").
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'connection reset';
  return errorMessage(err);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
