// Any JSON-over-HTTP backend (Prometheus, New Relic, Sysdig, Elastic): build the request from the
// Metric's templates (iter8.md §2.2), send it, and read the value with the metric's jq expression.
// Messages say what the backend did, on one line, quoting its answer; fetch.ts prefixes the metric
// and version. Whatever the backend sent back is scrubbed of the secret's values before it is quoted.

import { firstNumber, truncate } from '../jq.js';
import { jsonEscaper, promqlEscaper, safeSubstitute, substitute } from '../template.js';
import type { MetricOutcome, MetricProvider, MetricQuery } from './provider.js';
import { errorMessage } from '../../util/errors.js';
import { redactSecrets, secretForms } from '../../util/redact.js';

export interface HttpProviderOptions {
  /** Largest response body read, in bytes; a larger one is an error, not a truncated parse. */
  maxBodyBytes?: number;
  fetchImpl?: typeof fetch;
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

/** Builds the HTTP request of one metric for one version. Throws TemplateValueError or Error. */
export function buildRequest(query: MetricQuery): BuiltRequest {
  const spec = query.metric.spec;
  if (!spec.urlTemplate) throw new Error('the metric has no urlTemplate');
  const secret = query.secret ?? {};
  const url = new URL(spec.secret ? safeSubstitute(spec.urlTemplate, secret) : spec.urlTemplate);
  const promql = isPrometheusMetric(query);
  for (const param of spec.params ?? []) {
    const value = promql && param.name === 'query'
      ? substitute(param.value, query.args, promqlEscaper)
      : safeSubstitute(param.value, query.args);
    url.searchParams.append(param.name, value);
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  const interpolateHeaders = spec.secret !== undefined && (spec.authType === 'Bearer' || spec.authType === 'APIKey');
  for (const header of spec.headerTemplates ?? []) {
    headers[header.name] = interpolateHeaders ? safeSubstitute(header.value, secret) : header.value;
  }
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

export class HttpMetricProvider implements MetricProvider {
  readonly name = 'http';
  private readonly maxBodyBytes: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: HttpProviderOptions = {}) {
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  async fetch(query: MetricQuery, signal: AbortSignal): Promise<MetricOutcome> {
    if (!query.metric.spec.jqExpression) return { kind: 'error', message: 'the metric has no jqExpression' };
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
    let response: Response;
    try {
      response = await this.fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal,
        // A redirect could lead off the operator's allowlist; refuse rather than follow.
        redirect: 'manual',
      });
    } catch (err) {
      // The HTTP client quotes a header value it rejects, and a header value may be a secret.
      return { kind: 'error', message: `${where}: ${signal.aborted ? 'timed out' : clean(describeFetchError(err))}` };
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'error', message: `${where} answered HTTP ${response.status} ${redirectTarget(response, target)}; redirects are not followed` };
    }
    let text: string;
    try {
      text = await readLimited(response, this.maxBodyBytes, signal);
    } catch (err) {
      const problem = signal.aborted
        ? 'timed out reading the response'
        : err instanceof ResponseTooLargeError
          ? err.message
          : `${clean(describeFetchError(err))} while reading the response`;
      return { kind: 'error', message: `${where} answered HTTP ${response.status}, then: ${problem}` };
    }
    let parsed: unknown;
    let parseFailed = false;
    try {
      parsed = JSON.parse(text);
    } catch {
      parseFailed = true;
    }
    const prometheus = parseFailed ? undefined : prometheusShape(parsed);
    if (response.status >= 400) {
      const answer = prometheus?.status === 'error' ? prometheusError(prometheus, forms) : quote(text, 200) || '(empty body)';
      return { kind: 'error', message: `${where} answered HTTP ${response.status}: ${answer}` };
    }
    if (parseFailed) {
      return { kind: 'error', message: `${where} answered a body that is not JSON (${contentType(response)}): ${quote(text, 120) || '(empty body)'}` };
    }
    if (prometheus?.status === 'error') {
      return { kind: 'error', message: `${where} answered ${prometheusError(prometheus, forms)}` };
    }
    const expression = query.metric.spec.jqExpression;
    // Picking one of several series would report a number that describes no version in particular.
    if (prometheus && prometheus.resultCount > 1 && INDEXES_RESULT.test(expression)) {
      return {
        kind: 'error',
        message: `${where}: the query returned ${prometheus.resultCount} series where one was expected (jq ${expression}); aggregate it, e.g. sum(...)`,
      };
    }
    const outcome = await firstNumber(text, expression);
    if (outcome.kind === 'number') return { kind: 'value', value: outcome.value };
    if (outcome.kind === 'no-data') return { kind: 'unavailable', reason: redactSecrets(outcome.detail, forms) };
    // A filter that fails on an empty Prometheus vector means "no data yet", not a broken backend.
    if (prometheus && prometheus.resultCount === 0) return { kind: 'unavailable', reason: 'no data (empty result)' };
    return { kind: 'error', message: `${where}: ${redactSecrets(outcome.message, forms)}` };
  }
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

async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new ResponseTooLargeError(`the response of ${declared} bytes exceeds the ${maxBytes}-byte limit`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) {
      await reader.cancel();
      throw new Error('aborted');
    }
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ResponseTooLargeError(`the response exceeds the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function prometheusError(prometheus: PrometheusShape, forms: readonly string[]): string {
  const kind = prometheus.errorType ? ` ${prometheus.errorType}` : '';
  return `a Prometheus error${kind}: ${truncate(oneLine(redactSecrets(prometheus.error ?? 'no error message', forms)), 200)}`;
}

/** Where a redirect pointed: the origin only, since its path and query may carry tokens. */
function redirectTarget(response: Response, requested: URL): string {
  const location = response.headers.get('location');
  if (!location) return 'without a Location';
  try {
    return `to ${new URL(location, requested).origin}`;
  } catch {
    return 'to an unparseable Location';
  }
}

function contentType(response: Response): string {
  return response.headers.get('content-type')?.split(';')[0]?.trim() || 'no content-type';
}

function describeFetchError(err: unknown): string {
  const cause = typeof err === 'object' && err !== null ? (err as { cause?: unknown }).cause : undefined;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  // undici ends a body cut off by the peer with "terminated"; the cause says how.
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  return cause !== undefined ? `${errorMessage(err)} (${errorMessage(cause)})` : errorMessage(err);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
