// Instant queries whose whole vector matters (the metric-pack probe, the per-revision request
// counts, the whole-seconds check), as opposed to a Metric's one number read through jq. Only ever
// sent to the Prometheus a built-in pack metric is pointed at, which the operator configured.
// Like the metric provider: node:http, no redirects followed, a bounded body, a timeout.

import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Sample {
  labels: Record<string, string>;
  value: number;
}

export class PrometheusQueryError extends Error {}

const MAX_BODY_BYTES = 1024 * 1024;

/** The query endpoint of `queryUrl`'s Prometheus (`.../api/v1/query`, whatever the URL ends in). */
export function instantQueryUrl(queryUrl: string): URL {
  const url = new URL(queryUrl);
  url.search = '';
  url.pathname = url.pathname.replace(/\/api\/v1\/query(_range)?$/, '').replace(/\/+$/, '') + '/api/v1/query';
  return url;
}

/** Runs `promql` as an instant query; throws PrometheusQueryError with a one-line cause. */
export async function queryVector(queryUrl: string, promql: string, timeoutMs = 5000): Promise<Sample[]> {
  const url = instantQueryUrl(queryUrl);
  url.searchParams.set('query', promql);
  const where = `${url.origin}${url.pathname}`;
  const body = await get(url, timeoutMs).catch((err: unknown) => {
    throw new PrometheusQueryError(`${where}: ${err instanceof Error ? err.message : String(err)}`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    throw new PrometheusQueryError(`${where} answered HTTP ${body.status} with a body that is not JSON`);
  }
  const record = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  if (record.status !== 'success') {
    const error = typeof record.error === 'string' ? record.error : `HTTP ${body.status}`;
    throw new PrometheusQueryError(`${where} answered an error: ${error.split('\n')[0] ?? ''}`);
  }
  const data = record.data as { resultType?: unknown; result?: unknown } | undefined;
  if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
    throw new PrometheusQueryError(`${where} did not answer an instant vector`);
  }
  return data.result.map((item: unknown) => {
    const entry = item as { metric?: Record<string, string>; value?: [number, string] };
    return { labels: entry.metric ?? {}, value: Number(entry.value?.[1]) };
  });
}

function get(url: URL, timeoutMs: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      reject(new Error(`${url.protocol} URLs are not supported`));
      return;
    }
    const outgoing = send(url, { method: 'GET', headers: { accept: 'application/json' }, timeout: timeoutMs });
    outgoing.once('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    outgoing.once('error', reject);
    outgoing.once('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.destroy();
        reject(new Error(`answered HTTP ${status}; redirects are not followed`));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      response.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > MAX_BODY_BYTES) response.destroy(new Error(`answer larger than ${MAX_BODY_BYTES} bytes`));
        else chunks.push(chunk);
      });
      response.once('error', reject);
      response.once('end', () => resolve({ status, text: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.end();
  });
}
