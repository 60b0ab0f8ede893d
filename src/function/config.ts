// The function's configuration: environment variables only (func.yaml `run.envs` sets them). Every
// variable is listed in FUNCTION_ENV with its default and meaning (the README table is this list).
// A bad value stops the function at start with every problem named, rather than at the first event.

import { isDnsLabel } from '../experiment/names.js';
import { DEFAULT_QUERY_TIMEOUT_MS } from '../metrics/fetch.js';
import { DEFAULT_PROMETHEUS_QUERY_URL } from '../metrics/knative.js';
import { AUTO_PACK, checkPackName } from '../metrics/pack-resolver.js';
import { DEFAULT_ERROR_LIMIT } from '../iteration/step.js';
import { UrlAllowlist } from '../util/url-allowlist.js';
import { errorMessage } from '../util/errors.js';

export interface FunctionConfig {
  /** Kubeconfig path(s); undefined: the pod's service account (or ~/.kube/config outside a cluster). */
  kubeconfig?: string;
  /** Base URL for Prometheus metrics; undefined: each metric's own urlTemplate. */
  prometheusUrl?: string;
  /** URL prefixes metrics may query; undefined: any URL. */
  allowedMetricUrls?: string[];
  /** Namespaces the function reads; undefined: all (the cluster-wide install). */
  namespaces?: string[];
  /** The metric pack the built-in names use; undefined: detected per Prometheus. */
  metricPack?: string;
  scanConcurrency: number;
  /** Due experiments a scan advances itself; with more, and a sink, it hands them out (fan-out.ts). */
  scanInlineMax: number;
  /** Where a scan hands experiments out: K_SINK, set by the SinkBinding; undefined: no fan-out. */
  sink?: string;
  /** CloudEvent extensions the SinkBinding asks every sent event to carry (K_CE_OVERRIDES). */
  sinkExtensions?: Record<string, string>;
  queryTimeoutMs: number;
  kubeTimeoutMs: number;
  errorLimit: number;
  readyTimeoutMs: number;
  /** Which ticks get a log line (ITER8FN_LOG_TICKS). */
  logTicks: TickLogging;
}

/**
 * `notable`: a line for every tick whose result needs a look (refused, errored, unavailable,
 * failed, invalid, completed, conflict, not-found) and one per scan; `all`: also the routine
 * results (iterated, not-due, already-completed). A log line is a synchronous write to the
 * container's stdout pipe, the largest per-event cost the function can avoid (README, "Performance").
 */
export type TickLogging = 'notable' | 'all';

/**
 * The largest CloudEvent body the function accepts, in bytes: 64 KiB. Events are tiny (a ping is
 * `{"experiment":"<ns>/<name>"}`), so anything near the limit is a mistake or an attack; faas-js-runtime
 * refuses a larger body with 413 before the handler runs. `npm start` passes it as --bodyLimit and
 * func.yaml sets FUNC_BODY_LIMIT, which faas-js-runtime reads first.
 */
export const EVENT_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Due experiments a scan advances in its own instance before it hands them out through K_SINK. A
 * warm iteration costs a few milliseconds of CPU, so 100 take well under a second even at
 * ITER8FN_SCAN_CONCURRENCY 8; beyond that a 10 s scan interval starts to be at risk on one instance.
 */
export const DEFAULT_SCAN_INLINE_MAX = 100;

/** Below this, a real event with a long namespace and name could be refused. */
const MIN_EVENT_BODY_LIMIT_BYTES = 1024;

export interface EnvVariable {
  name: string;
  default: string;
  meaning: string;
}

export const FUNCTION_ENV: readonly EnvVariable[] = [
  {
    name: 'KUBECONFIG',
    default: "unset: the pod's service account",
    meaning:
      'Kubeconfig file(s) to reach the API server with, as for kubectl. Outside a cluster without it: ~/.kube/config.',
  },
  {
    name: 'ITER8FN_PROMETHEUS_URL',
    default: "unset: each metric's own urlTemplate",
    meaning:
      'Prometheus base URL (e.g. http://prometheus-operated.iter8-system:9090). Prometheus metrics, the built-in iter8-knative pack included, are sent there, keeping their API path.',
  },
  {
    name: 'ITER8FN_ALLOWED_METRIC_URLS',
    default: 'the Prometheus URL + /api/v1',
    meaning:
      'Comma-separated URL prefixes metrics may query; a metric whose URL matches none fails its experiment (MetricURLRefused) without a request being sent. `*` allows any URL.',
  },
  {
    name: 'ITER8FN_METRIC_PACK',
    default: 'auto: detected from the series in Prometheus',
    meaning:
      'The metric pack the built-in names (`iter8-knative/mean-latency`, ...) use: one of the packs under config/metrics/ (knative-1.18, knative-invocation-promoted, knative-invocation-scrape, knative-queueproxy-promoted, knative-queueproxy-scrape, istio-sidecar, istio-gateway). An experiment annotation iter8fn.dev/metric-pack overrides it.',
  },
  {
    name: 'ITER8FN_NAMESPACES',
    default: 'unset: all namespaces',
    meaning:
      'Comma-separated namespaces the function reads (use with config/rbac/namespaced.yaml). Events naming another namespace are refused; scans cover only these.',
  },
  {
    name: 'ITER8FN_SCAN_CONCURRENCY',
    default: '8',
    meaning: 'Experiments a scan tick (data `{}` or `{"namespace":...}`) advances at once.',
  },
  {
    name: 'ITER8FN_SCAN_INLINE_MAX',
    default: String(DEFAULT_SCAN_INLINE_MAX),
    meaning:
      'Due experiments a scan tick advances itself. When it finds more and K_SINK is set, it sends one tick event per due experiment to K_SINK instead, so the Broker spreads them over every instance (README "Scaling").',
  },
  {
    name: 'K_SINK',
    default: 'unset: a scan advances every due experiment itself',
    meaning:
      'Set by the SinkBinding (eventing/sinkbinding.yaml) to the Broker URL: where a scan with more than ITER8FN_SCAN_INLINE_MAX due experiments sends their tick events.',
  },
  {
    name: 'K_CE_OVERRIDES',
    default: 'unset',
    meaning:
      'Set by the SinkBinding when it has spec.ceOverrides: JSON `{"extensions": {...}}` whose attributes every event sent to K_SINK carries.',
  },
  {
    name: 'ITER8FN_QUERY_TIMEOUT_MS',
    default: String(DEFAULT_QUERY_TIMEOUT_MS),
    meaning: 'Timeout of each metric query.',
  },
  { name: 'ITER8FN_KUBE_TIMEOUT_MS', default: '10000', meaning: 'Timeout of each Kubernetes API call.' },
  {
    name: 'ITER8FN_ERROR_LIMIT',
    default: String(DEFAULT_ERROR_LIMIT),
    meaning:
      'Consecutive intervals with a metric backend error tolerated; the next fails the experiment (redeliveries of one tick count once).',
  },
  {
    name: 'ITER8FN_READY_TIMEOUT_SECONDS',
    default: '60',
    meaning: 'How long knative/init-experiment waits, on the first tick, for the target Knative Service to be Ready.',
  },
  {
    name: 'ITER8FN_LOG_TICKS',
    default: 'notable',
    meaning:
      '`notable`: log a line for each tick whose result needs a look (refused, errored, unavailable, failed, invalid, completed, conflict, not-found) and one per scan; `all`: also for every iterated, not-due and already-completed tick.',
  },
  {
    name: 'FUNC_BODY_LIMIT',
    default: String(EVENT_BODY_LIMIT_BYTES),
    meaning:
      'Largest event body accepted, in bytes (read by faas-js-runtime); a larger event is refused with 413, which the Broker does not retry but hands to the dead-letter sink.',
  },
];

export class ConfigError extends Error {}

/** Reads and checks the configuration; throws ConfigError naming every bad variable. */
export function readFunctionConfig(env: NodeJS.ProcessEnv = process.env): FunctionConfig {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const integer = (name: string, fallback: number, min: number): number => {
    const value = text(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      problems.push(`${name} must be a whole number of at least ${min} (got ${JSON.stringify(value)})`);
      return fallback;
    }
    return n;
  };
  const list = (name: string): string[] | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    const items = value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return items.length > 0 ? items : undefined;
  };

  const prometheusUrl = text('ITER8FN_PROMETHEUS_URL');
  if (prometheusUrl !== undefined && !isHttpUrl(prometheusUrl)) {
    problems.push(`ITER8FN_PROMETHEUS_URL must be an http(s) URL (got ${JSON.stringify(prometheusUrl)})`);
  }

  let allowedMetricUrls = list('ITER8FN_ALLOWED_METRIC_URLS');
  if (allowedMetricUrls?.includes('*')) {
    if (allowedMetricUrls.length > 1)
      problems.push('ITER8FN_ALLOWED_METRIC_URLS: `*` allows any URL and cannot be combined with prefixes');
    allowedMetricUrls = undefined;
  } else if (allowedMetricUrls === undefined) {
    // Only the metrics backend the operator named: an experiment author must not be able to point a
    // Metric (and its secret's credentials) at any other host the function can reach.
    const base = prometheusUrl !== undefined && isHttpUrl(prometheusUrl) ? prometheusUrl : undefined;
    allowedMetricUrls = [`${new URL(base ?? DEFAULT_PROMETHEUS_QUERY_URL).origin}${prometheusPath(base)}/api/v1`];
  }
  if (allowedMetricUrls) {
    try {
      UrlAllowlist.parse(allowedMetricUrls);
    } catch (err) {
      problems.push(`ITER8FN_ALLOWED_METRIC_URLS: ${errorMessage(err)}`);
    }
  }

  const metricPack = text('ITER8FN_METRIC_PACK');
  if (metricPack !== undefined) {
    try {
      checkPackName(metricPack);
    } catch (err) {
      problems.push(`ITER8FN_METRIC_PACK: ${errorMessage(err)}`);
    }
  }

  const namespaces = list('ITER8FN_NAMESPACES');
  for (const namespace of namespaces ?? []) {
    if (!isDnsLabel(namespace)) {
      problems.push(`ITER8FN_NAMESPACES: ${JSON.stringify(namespace)} is not a namespace name`);
    }
  }

  // Read by faas-js-runtime, not by the function; checked here so that a bad value is named at start
  // instead of surfacing as a fastify option error (or as no limit at all).
  const bodyLimit = text('FUNC_BODY_LIMIT');
  if (bodyLimit !== undefined && !(/^\d+$/.test(bodyLimit) && Number(bodyLimit) >= MIN_EVENT_BODY_LIMIT_BYTES)) {
    problems.push(
      `FUNC_BODY_LIMIT must be a whole number of bytes, at least ${MIN_EVENT_BODY_LIMIT_BYTES} (got ${JSON.stringify(bodyLimit)})`,
    );
  }

  const logTicks = text('ITER8FN_LOG_TICKS') ?? 'notable';
  if (logTicks !== 'notable' && logTicks !== 'all')
    problems.push(`ITER8FN_LOG_TICKS must be notable or all (got ${JSON.stringify(logTicks)})`);

  const sink = text('K_SINK');
  if (sink !== undefined && !isHttpUrl(sink))
    problems.push(`K_SINK must be an http(s) URL (got ${JSON.stringify(sink)})`);
  const sinkExtensions = ceOverrides(text('K_CE_OVERRIDES'), problems);

  const config: FunctionConfig = {
    ...(text('KUBECONFIG') ? { kubeconfig: text('KUBECONFIG') } : {}),
    ...(prometheusUrl ? { prometheusUrl } : {}),
    ...(allowedMetricUrls ? { allowedMetricUrls } : {}),
    ...(namespaces ? { namespaces } : {}),
    ...(metricPack !== undefined && metricPack !== AUTO_PACK ? { metricPack } : {}),
    scanConcurrency: integer('ITER8FN_SCAN_CONCURRENCY', 8, 1),
    scanInlineMax: integer('ITER8FN_SCAN_INLINE_MAX', DEFAULT_SCAN_INLINE_MAX, 0),
    ...(sink !== undefined && isHttpUrl(sink) ? { sink } : {}),
    ...(sinkExtensions ? { sinkExtensions } : {}),
    queryTimeoutMs: integer('ITER8FN_QUERY_TIMEOUT_MS', DEFAULT_QUERY_TIMEOUT_MS, 1),
    kubeTimeoutMs: integer('ITER8FN_KUBE_TIMEOUT_MS', 10000, 1),
    errorLimit: integer('ITER8FN_ERROR_LIMIT', DEFAULT_ERROR_LIMIT, 0),
    readyTimeoutMs: integer('ITER8FN_READY_TIMEOUT_SECONDS', 60, 0) * 1000,
    logTicks: logTicks === 'all' ? 'all' : 'notable',
  };
  if (problems.length > 0) throw new ConfigError(`invalid function configuration: ${problems.join('; ')}`);
  return config;
}

/** The path part of a configured Prometheus base URL (a Prometheus behind a path prefix), without a trailing slash. */
function prometheusPath(prometheusUrl: string | undefined): string {
  if (prometheusUrl === undefined) return '';
  try {
    return new URL(prometheusUrl).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/** K_CE_OVERRIDES as a SinkBinding writes it: `{"extensions": {"name": "value", ...}}`. */
function ceOverrides(value: string | undefined, problems: string[]): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const problem = `K_CE_OVERRIDES must be JSON {"extensions": {name: string value, ...}} with lower-case alphanumeric names (got ${JSON.stringify(value)})`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    problems.push(problem);
    return undefined;
  }
  const extensions = (parsed as { extensions?: unknown } | null)?.extensions;
  if (extensions === undefined && typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
    return undefined;
  if (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions)) {
    problems.push(problem);
    return undefined;
  }
  const result: Record<string, string> = {};
  for (const [name, attribute] of Object.entries(extensions)) {
    if (!/^[a-z0-9]{1,20}$/.test(name) || typeof attribute !== 'string') {
      problems.push(problem);
      return undefined;
    }
    result[name] = attribute;
  }
  return result;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
