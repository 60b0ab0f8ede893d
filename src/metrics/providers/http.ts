// Any JSON-over-HTTP backend (Prometheus, New Relic, Sysdig, Elastic): build the request from the
// Metric's templates (iter8.md §2.2), send it, and read the value with the metric's jq expression.

import { firstNumber, truncate } from '../jq.js';
import { jsonEscaper, promqlEscaper, safeSubstitute, substitute, TemplateValueError } from '../template.js';
import type { MetricOutcome, MetricProvider, MetricQuery } from './provider.js';
import { errorMessage } from '../../util/errors.js';

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
  if (!spec.urlTemplate) throw new Error(`metric ${query.metricId} has no urlTemplate`);
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
      throw new Error(`metric ${query.metricId} uses Basic auth but its secret lacks username or password`);
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
      throw new Error(`metric ${query.metricId}: body is not valid JSON after substitution`);
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
    if (!query.metric.spec.jqExpression) {
      return { kind: 'error', message: `metric ${query.metricId} has no jqExpression` };
    }
    let request: BuiltRequest;
    try {
      request = buildRequest(query);
    } catch (err) {
      const message = err instanceof TemplateValueError ? `metric ${query.metricId}: ${err.message}` : errorMessage(err);
      return { kind: 'error', message };
    }
    const where = `${request.method} ${new URL(request.url).origin}${new URL(request.url).pathname}`;
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
      return { kind: 'error', message: `${where}: ${signal.aborted ? 'timed out' : describeFetchError(err)}` };
    }
    let text: string;
    try {
      text = await readLimited(response, this.maxBodyBytes, signal);
    } catch (err) {
      return { kind: 'error', message: `${where}: ${signal.aborted ? 'timed out reading the response' : errorMessage(err)}` };
    }
    if (response.status >= 300) {
      return { kind: 'error', message: `${where} answered HTTP ${response.status}: ${truncate(oneLine(text), 200)}` };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { kind: 'error', message: `${where} answered a body that is not JSON: ${truncate(oneLine(text), 120)}` };
    }
    const prometheus = prometheusShape(parsed);
    if (prometheus?.status === 'error') {
      return { kind: 'error', message: `${where}: Prometheus error: ${prometheus.error ?? 'unknown'}` };
    }
    const expression = query.metric.spec.jqExpression;
    if (prometheus && prometheus.resultCount > 1 && /result\[0\]/.test(expression)) {
      return {
        kind: 'error',
        message: `query for metric ${query.metricId} (version ${query.version}) returned ${prometheus.resultCount} series where one was expected; aggregate it (e.g. sum(...))`,
      };
    }
    const outcome = await firstNumber(text, expression);
    if (outcome.kind === 'number') return { kind: 'value', value: outcome.value };
    if (outcome.kind === 'no-data') return { kind: 'unavailable', reason: outcome.detail };
    // A filter that fails on an empty Prometheus vector means "no data yet", not a broken backend.
    if (prometheus && prometheus.resultCount === 0) return { kind: 'unavailable', reason: 'no data (empty result)' };
    return { kind: 'error', message: `metric ${query.metricId}: ${outcome.message}` };
  }
}

interface PrometheusShape {
  status: string;
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
    ...(typeof record.error === 'string' ? { error: record.error } : {}),
    resultCount: result ? result.length : -1,
  };
}

async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`response of ${declared} bytes exceeds the ${maxBytes}-byte limit`);
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
      throw new Error(`response exceeds the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describeFetchError(err: unknown): string {
  const cause = typeof err === 'object' && err !== null ? (err as { cause?: unknown }).cause : undefined;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  return cause !== undefined ? `${errorMessage(err)} (${errorMessage(cause)})` : errorMessage(err);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
