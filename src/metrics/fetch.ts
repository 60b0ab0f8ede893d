// Fetches every metric value of one iteration: all (metric, version) pairs concurrently, each pair
// once however many times it is referenced, each bounded by a timeout.

import type { Experiment, MetricSnapshot, VersionDetail } from '../experiment/types.js';
import { elapsedSeconds, versionArgs } from './args.js';
import { experimentNamespace, metricIdentity } from './catalog.js';
import { HttpMetricProvider } from './providers/http.js';
import { MockMetricProvider } from './providers/mock.js';
import type { MetricOutcome, MetricProvider, MetricQuery } from './providers/provider.js';
import { errorMessage } from '../util/errors.js';

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
  providers?: MetricProviders;
  secrets?: SecretReader;
}

/** metric id (`ns/name`) -> version name -> outcome. */
export type FetchedValues = Map<string, Map<string, MetricOutcome>>;

export const defaultProviders = (): MetricProviders => ({ http: new HttpMetricProvider(), mock: new MockMetricProvider() });

export function experimentVersions(experiment: Experiment): VersionDetail[] {
  const info = experiment.spec.versionInfo;
  return info ? [info.baseline, ...(info.candidates ?? [])] : [];
}

export async function fetchIterationValues(
  experiment: Experiment,
  snapshots: readonly MetricSnapshot[],
  now: number,
  options: FetchOptions = {},
): Promise<FetchedValues> {
  const providers = options.providers ?? defaultProviders();
  const timeoutMs = options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const elapsed = elapsedSeconds(experiment.status?.startTime, now);
  const versions = experimentVersions(experiment);
  const metrics = new Map(snapshots.map((s) => [metricIdentity(s.metricObj), s.metricObj]));
  const values: FetchedValues = new Map();
  const jobs: Promise<void>[] = [];
  for (const [metricId, metric] of metrics) {
    const perVersion = new Map<string, MetricOutcome>();
    values.set(metricId, perVersion);
    const secret = readSecret(experiment, metric.spec.secret, options.secrets);
    for (const version of versions) {
      jobs.push(
        (async () => {
          const secretData = await secret;
          if (secretData.kind === 'error') {
            perVersion.set(version.name, { kind: 'error', message: `metric ${metricId}: ${secretData.message}` });
            return;
          }
          const query: MetricQuery = {
            metricId,
            metric,
            version: version.name,
            args: versionArgs(version, elapsed),
            ...(secretData.data ? { secret: secretData.data } : {}),
            elapsedSeconds: elapsed,
          };
          const provider = metric.spec.mock ? providers.mock : providers.http;
          perVersion.set(version.name, await fetchWithTimeout(provider, query, timeoutMs));
        })(),
      );
    }
  }
  await Promise.all(jobs);
  return values;
}

async function fetchWithTimeout(provider: MetricProvider, query: MetricQuery, timeoutMs: number): Promise<MetricOutcome> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<MetricOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ kind: 'error', message: `metric ${query.metricId} (version ${query.version}): no answer within ${timeoutMs} ms` });
    }, timeoutMs);
  });
  try {
    return await Promise.race([
      provider.fetch(query, controller.signal).catch((err: unknown): MetricOutcome => ({
        kind: 'error',
        message: `metric ${query.metricId}: ${errorMessage(err)}`,
      })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

type SecretResult = { kind: 'ok'; data?: Record<string, string> } | { kind: 'error'; message: string };

async function readSecret(experiment: Experiment, ref: string | undefined, secrets: SecretReader | undefined): Promise<SecretResult> {
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
