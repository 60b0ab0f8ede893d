// Fetches every metric value of one iteration: all (metric, version) pairs concurrently, each pair
// once however many times it is referenced, each bounded by a timeout. Every message that leaves
// here is one line, starts with `metric <ns/name> (version <v>): ` and holds no value of the
// metric's secret, whichever provider produced it.

import type { Experiment, Metric, MetricSnapshot } from '../experiment/types.js';
import { comparedVersions, comparisonReference, fetchedVersions } from '../experiment/versions.js';
import { elapsedSeconds, targetArgs, versionArgs } from './args.js';
import { experimentNamespace, metricIdentity } from './catalog.js';
import { buildRequest, HttpMetricProvider } from './providers/http.js';
import { MockMetricProvider } from './providers/mock.js';
import type { BucketOutcome, MetricOutcome, MetricProvider, MetricQuery } from './providers/provider.js';
import { errorMessage } from '../util/errors.js';
import { redactSecrets, secretForms } from '../util/redact.js';
import { UrlAllowlist } from '../util/url-allowlist.js';

export const DEFAULT_QUERY_TIMEOUT_MS = 5000;

export interface SecretReader {
  /** Decoded secret data, or undefined if the secret does not exist. */
  get(namespace: string, name: string): Promise<Record<string, string> | undefined>;
}

export interface MetricProviders {
  http: MetricProvider;
  mock: MetricProvider;
}

export interface FetchOptions {
  timeoutMs?: number;
  /** Replaces the built-in providers (then maxBodyBytes does not apply: it configures the built-in HTTP provider). */
  providers?: MetricProviders;
  secrets?: SecretReader;
  /** Largest response body the built-in HTTP provider reads; default 4 MiB (DEFAULT_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
  /**
   * URL prefixes metrics may query, e.g. `http://prometheus-operated.iter8-system:9090/api/v1`:
   * scheme, host and port must match exactly, the path must lie below the prefix's path. A metric
   * whose URL matches none is refused without a request, and the experiment fails. Unset: any URL.
   * An entry that is not an absolute http(s) URL makes fetchIterationValues throw UrlAllowlistError.
   */
  allowedUrls?: readonly string[];
}

/** metric id (`ns/name`) -> version name -> outcome. */
export type FetchedValues = Map<string, Map<string, MetricOutcome>>;

export const defaultProviders = (options: Pick<FetchOptions, 'maxBodyBytes'> = {}): MetricProviders => ({
  http: new HttpMetricProvider(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  mock: new MockMetricProvider(),
});

/** One query of a metric for a version over the experiment's window; the value and bucket fetches share it. */
function metricQuery(
  metricId: string,
  metric: Metric,
  version: Parameters<typeof versionArgs>[0],
  elapsed: number,
  target: Parameters<typeof versionArgs>[2],
  secret: MetricQuery['secret'],
): MetricQuery {
  return {
    metricId,
    metric,
    version: version.name,
    args: versionArgs(version, elapsed, target),
    ...(secret ? { secret } : {}),
    elapsedSeconds: elapsed,
  };
}

/** What every query of one tick shares: providers, timeout, URL allowlist, elapsed time, target. */
function tickSettings(experiment: Experiment, now: number, options: FetchOptions) {
  return {
    providers: options.providers ?? defaultProviders(options),
    timeoutMs: options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    allowlist: options.allowedUrls ? UrlAllowlist.parse(options.allowedUrls) : undefined,
    elapsed: elapsedSeconds(experiment.status?.startTime, now),
    target: targetArgs(experiment),
  };
}

type TickSettings = ReturnType<typeof tickSettings>;
type Refusal = Extract<MetricOutcome, { kind: 'refused' }>;

/**
 * One metric for one version: the secret read, the query built and its URL checked against the
 * allowlist, then asked of the metric's provider. An unreadable secret or a refused URL answers
 * instead, and nothing is sent.
 */
async function queryVersion<T>(
  settings: TickSettings,
  metricId: string,
  metric: Metric,
  version: Parameters<typeof versionArgs>[0],
  secret: Promise<SecretResult>,
  answer: {
    unreadableSecret(message: string): T;
    refused(refusal: Refusal, forms: readonly string[]): T;
    ask(provider: MetricProvider, query: MetricQuery, forms: readonly string[]): Promise<T>;
  },
): Promise<T> {
  const secretData = await secret;
  if (secretData.kind === 'error') return answer.unreadableSecret(secretData.message);
  const query = metricQuery(metricId, metric, version, settings.elapsed, settings.target, secretData.data);
  const forms = secretForms(secretData.data);
  const mock = Boolean(metric.spec.mock);
  const refusal = mock || !settings.allowlist ? undefined : refuseUnlisted(query, settings.allowlist);
  if (refusal) return answer.refused(refusal, forms);
  return answer.ask(mock ? settings.providers.mock : settings.providers.http, query, forms);
}

export async function fetchIterationValues(
  experiment: Experiment,
  snapshots: readonly MetricSnapshot[],
  now: number,
  options: FetchOptions = {},
): Promise<FetchedValues> {
  const settings = tickSettings(experiment, now, options);
  const versions = fetchedVersions(experiment);
  const metrics = new Map(snapshots.map((s) => [metricIdentity(s.metricObj), s.metricObj]));
  const values: FetchedValues = new Map();
  const jobs: Promise<void>[] = [];
  for (const [metricId, metric] of metrics) {
    const perVersion = new Map<string, MetricOutcome>();
    values.set(metricId, perVersion);
    const secret = readSecret(experiment, metric.spec.secret, options.secrets);
    for (const version of versions) {
      const answer = queryVersion(settings, metricId, metric, version, secret, {
        unreadableSecret: (message) => identified({ kind: 'error', message }, metricId, version.name, []),
        refused: (refusal, forms) => identified(refusal, metricId, version.name, forms),
        ask: async (provider, query, forms) =>
          identified(await fetchWithTimeout(provider, query, settings.timeoutMs), metricId, version.name, forms),
      });
      jobs.push(answer.then((outcome) => void perVersion.set(version.name, outcome)));
    }
  }
  await Promise.all(jobs);
  return values;
}

/** metric id (`ns/name`) -> version name -> the histogram behind a distribution metric. */
export type FetchedBuckets = Map<string, Map<string, BucketOutcome>>;

/**
 * The bucket counts of every distribution metric that a comparison names, for the tested versions
 * and the reference, over the same window as the values. A failed bucket query is no backend
 * error: the comparisons that needed it are inconclusive, with the failure as their reason.
 */
export async function fetchComparisonBuckets(
  experiment: Experiment,
  snapshots: readonly MetricSnapshot[],
  now: number,
  options: FetchOptions = {},
): Promise<FetchedBuckets> {
  const buckets: FetchedBuckets = new Map();
  const reference = comparisonReference(experiment);
  if (!reference) return buckets;
  const versions = [...comparedVersions(experiment), reference];
  const compared = new Set((experiment.spec.criteria?.comparisons ?? []).map((c) => c.metric));
  const settings = tickSettings(experiment, now, options);
  const jobs: Promise<void>[] = [];
  for (const snapshot of snapshots) {
    const metric = snapshot.metricObj;
    if (!compared.has(snapshot.name) || metric.spec.comparison?.kind !== 'distribution') continue;
    const metricId = metricIdentity(metric);
    if (buckets.has(metricId)) continue;
    const perVersion = new Map<string, BucketOutcome>();
    buckets.set(metricId, perVersion);
    const secret = readSecret(experiment, metric.spec.secret, options.secrets);
    for (const version of versions) {
      const answer = queryVersion<BucketOutcome>(settings, metricId, metric, version, secret, {
        unreadableSecret: (reason) => ({ kind: 'unavailable', reason }),
        refused: (refusal) => ({ kind: 'unavailable', reason: refusal.message }),
        ask: async (provider, query, forms) => {
          const outcome = await bucketsWithTimeout(provider, query, settings.timeoutMs);
          return outcome.kind === 'unavailable'
            ? { kind: 'unavailable', reason: redactSecrets(outcome.reason, forms).replace(/\s*[\r\n]+\s*/g, ' ') }
            : outcome;
        },
      });
      jobs.push(answer.then((outcome) => void perVersion.set(version.name, outcome)));
    }
  }
  await Promise.all(jobs);
  return buckets;
}

function bucketsWithTimeout(provider: MetricProvider, query: MetricQuery, timeoutMs: number): Promise<BucketOutcome> {
  const fetchBuckets = provider.fetchBuckets?.bind(provider);
  if (!fetchBuckets)
    return Promise.resolve({ kind: 'unavailable', reason: `the ${provider.name} provider has no buckets` });
  return withTimeout(
    (signal) => fetchBuckets(query, signal),
    timeoutMs,
    { kind: 'unavailable', reason: `bucket query: no answer within ${timeoutMs} ms` },
    (err) => ({ kind: 'unavailable', reason: `bucket query: ${errorMessage(err)}` }),
  );
}

/** A refusal when the metric's URL is not on the allowlist; it names the URL's origin only (the query string may hold secrets). */
function refuseUnlisted(query: MetricQuery, allowlist: UrlAllowlist): Refusal | undefined {
  let url: URL;
  try {
    url = new URL(buildRequest(query).url);
  } catch {
    // The provider reports why the request cannot be built, and sends nothing.
    return undefined;
  }
  if (allowlist.allows(url)) return undefined;
  return {
    kind: 'refused',
    reason: 'MetricURLRefused',
    message: `refused to query ${url.origin}: the metric's URL is not among the allowed metric URLs`,
  };
}

/** The outcome with its message on one line, naming metric and version, scrubbed of the secret's values. */
function identified(
  outcome: MetricOutcome,
  metricId: string,
  version: string,
  forms: readonly string[],
): MetricOutcome {
  // Redacted before and after flattening: a secret may hold a line break, or arrive already flattened.
  const clean = (text: string): string =>
    redactSecrets(redactSecrets(text, forms).replace(/\s*[\r\n]+\s*/g, ' '), forms);
  switch (outcome.kind) {
    case 'value':
      // The contract says finite; a provider that breaks it must not reach the quantity arithmetic.
      return Number.isFinite(outcome.value)
        ? outcome
        : {
            kind: 'error',
            message: `metric ${metricId} (version ${version}): the provider returned ${outcome.value}, not a finite number`,
          };
    case 'unavailable':
      return { kind: 'unavailable', reason: clean(outcome.reason) };
    case 'error':
    case 'refused':
      return { ...outcome, message: `metric ${metricId} (version ${version}): ${clean(outcome.message)}` };
  }
}

function fetchWithTimeout(provider: MetricProvider, query: MetricQuery, timeoutMs: number): Promise<MetricOutcome> {
  return withTimeout(
    (signal) => provider.fetch(query, signal),
    timeoutMs,
    { kind: 'error', message: `no answer within ${timeoutMs} ms` },
    (err) => ({ kind: 'error', message: errorMessage(err) }),
  );
}

/** Runs `work`, aborting it after `timeoutMs`; a timeout and a rejection become outcomes, never throws. */
async function withTimeout<T>(
  work: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  onTimeout: T,
  onError: (err: unknown) => T,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(onTimeout);
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal).catch(onError), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

type SecretResult = { kind: 'ok'; data?: Record<string, string> } | { kind: 'error'; message: string };

async function readSecret(
  experiment: Experiment,
  ref: string | undefined,
  secrets: SecretReader | undefined,
): Promise<SecretResult> {
  if (!ref) return { kind: 'ok' };
  const namespace = experimentNamespace(experiment);
  const [secretNamespace, name] = ref.includes('/') ? (ref.split('/', 2) as [string, string]) : [namespace, ref];
  // Secrets are read from the experiment's own namespace only: an experiment author must not be
  // able to make iter8fn read (and send) another namespace's credentials.
  if (secretNamespace !== namespace) {
    return { kind: 'error', message: `secret ${ref} is outside the experiment's namespace ${namespace}; refused` };
  }
  if (!secrets) return { kind: 'error', message: `secret ${name} cannot be read here (no secret store configured)` };
  try {
    const data = await secrets.get(namespace, name);
    return data ? { kind: 'ok', data } : { kind: 'error', message: `secret ${namespace}/${name} not found` };
  } catch (err) {
    return { kind: 'error', message: `secret ${namespace}/${name} could not be read: ${errorMessage(err)}` };
  }
}
