// Latency distributions for `iter8fn report --prometheus`: per version, the request latency
// histogram over the experiment's window (start of the first iteration to the last one). The
// buckets are read from the series the experiment's own tail-latency metric reads: the inner
// expression of its histogram_quantile (whatever the metric pack), with increase() for rate(), in
// the metric's units. Without such a metric, the Knative queue-proxy histogram of Knative <= 1.18.

import { versionArgs } from '../metrics/args.js';
import { promqlEscaper, substitute } from '../metrics/template.js';
import { errorMessage } from '../util/errors.js';
import type { ReportModel } from './model.js';

/** Knative Serving (up to 1.18) queue-proxy latency histogram, in milliseconds. */
export const LATENCY_BUCKET_QUERY =
  "sum by (le) (increase(revision_app_request_latencies_bucket{revision_name='$revision'}[${elapsedTime}s]))";

/** The bucket query inside a quantile query, and the factor its result is scaled by (1000 for s to ms). */
export function bucketQueryOf(quantileQuery: string): { query: string; scale: number } | undefined {
  const start = quantileQuery.indexOf('histogram_quantile(');
  if (start < 0) return undefined;
  // The second argument: from the first comma at depth 1 to the paren that closes the call.
  let depth = 0;
  let comma = -1;
  let end = -1;
  for (let i = start + 'histogram_quantile'.length; i < quantileQuery.length; i++) {
    const c = quantileQuery[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      end = i;
      break;
    } else if (c === ',' && depth === 1 && comma < 0) comma = i;
  }
  if (comma < 0 || end < 0) return undefined;
  const inner = quantileQuery
    .slice(comma + 1, end)
    .trim()
    .replace(/\brate\(/g, 'increase(');
  const factor = /^\s*([0-9.]+)\s*\*\s*histogram_quantile\(/.exec(quantileQuery.slice(0, start + 19))?.[1];
  return { query: inner, scale: factor !== undefined ? Number(factor) : 1 };
}

export interface LatencyBucket {
  /** Upper bound in milliseconds (Infinity for +Inf). */
  le: number;
  /** Requests in this bucket alone (not cumulative). */
  count: number;
}

export interface VersionHistogram {
  version: string;
  revision: string;
  query: string;
  buckets: LatencyBucket[];
  /** Why there are no buckets: no requests in the window, or the query failed. */
  missing?: string;
}

export interface LatencyHistograms {
  /** Evaluation time (ISO) and window in seconds shared by every version. */
  time: string;
  windowSeconds: number;
  versions: VersionHistogram[];
}

const TIMEOUT_MS = 10_000;

interface VectorAnswer {
  status?: string;
  error?: string;
  data?: { resultType?: string; result?: Array<{ metric?: Record<string, string>; value?: [number, string] }> };
}

/** Cumulative `le` samples to per-bucket counts, ascending; empty when nothing was observed. */
export function toBuckets(samples: ReadonlyArray<{ le: string; value: number }>): LatencyBucket[] {
  const cumulative = samples
    .map((s) => ({ le: s.le === '+Inf' ? Infinity : Number(s.le), value: s.value }))
    .filter((s) => !Number.isNaN(s.le) && Number.isFinite(s.value))
    .sort((a, b) => a.le - b.le);
  // increase() extrapolates, so counts are fractional and a cumulative series may dip slightly.
  let previous = 0;
  const buckets = cumulative.map(({ le, value }) => {
    const count = Math.max(0, value - previous);
    previous = Math.max(previous, value);
    return { le, count };
  });
  return previous > 0 ? buckets : [];
}

async function queryVector(baseUrl: string, query: string, time: number): Promise<VectorAnswer> {
  const url = new URL('api/v1/query', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('query', query);
  url.searchParams.set('time', (time / 1000).toFixed(3));
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  let body: VectorAnswer;
  try {
    body = JSON.parse(text) as VectorAnswer;
  } catch {
    throw new Error(`${url.origin} answered HTTP ${response.status} with a body that is not JSON`);
  }
  if (!response.ok || body.status !== 'success')
    throw new Error(`${url.origin} answered HTTP ${response.status}: ${body.error ?? 'no error message'}`);
  return body;
}

/**
 * Reads each version's latency histogram at the experiment's last iteration, over the window since
 * its start. A version whose query fails or finds no requests says why instead of failing the report.
 */
export async function fetchLatencyHistograms(model: ReportModel, prometheusUrl: string): Promise<LatencyHistograms> {
  const end = Date.parse(model.lastUpdateTime ?? '') || Date.now();
  const start = Date.parse(model.startTime ?? '') || end;
  // The same window the metrics read at the last iteration: ${elapsedTime}, from startTime.
  const windowSeconds = Math.max(1, Math.ceil((end - start) / 1000));
  const quantile = model.metrics.find((m) => m.query?.includes('histogram_quantile(') && m.units !== undefined);
  const source = (quantile?.query !== undefined ? bucketQueryOf(quantile.query) : undefined) ?? {
    query: LATENCY_BUCKET_QUERY,
    scale: 1,
  };
  const [namespace = '', service = ''] = model.target.includes('/') ? model.target.split('/') : ['', model.target];
  const versions = await Promise.all(
    model.versions.map(async (version): Promise<VersionHistogram> => {
      const revision = model.revisions[version] ?? version;
      const args = versionArgs({ name: version, variables: model.variables[version] ?? [] }, windowSeconds, {
        namespace,
        service,
      });
      const query = substitute(source.query, args, promqlEscaper);
      try {
        const answer = await queryVector(prometheusUrl, query, end);
        const samples = (answer.data?.result ?? []).flatMap((series) => {
          const le = series.metric?.le;
          const value = Number(series.value?.[1]);
          if (le === undefined) return [];
          return [{ le: le === '+Inf' ? le : String(Number(le) * source.scale), value }];
        });
        const buckets = toBuckets(samples);
        return {
          version,
          revision,
          query,
          buckets,
          ...(buckets.length === 0 ? { missing: `no requests of revision ${revision} in the window` } : {}),
        };
      } catch (err) {
        return { version, revision, query, buckets: [], missing: `the query failed: ${errorMessage(err)}` };
      }
    }),
  );
  return { time: new Date(end).toISOString(), windowSeconds, versions };
}
