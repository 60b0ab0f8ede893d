// `iter8fn doctor FILE|-|NS/NAME`: what a user runs when values stay `unavailable`. It does what the
// next iteration would do (resolve the metrics, choose the pack, fetch every value, run the checks)
// and prints each step's evidence: Prometheus reachable, which packs' series exist, requests per
// version, each metric's rendered query and raw answer, the allowlist verdict per URL, and one
// sentence of diagnosis. It reads only: no status write, no Kubernetes write, queries only.
// Exit 0 when every objective would have a value for every version, 1 when not, 2 on bad input.

import { parseExperiment, InvalidInputError } from '../experiment/parse.js';
import type { Experiment, MetricSnapshot } from '../experiment/types.js';
import { elapsedSeconds, targetArgs, versionArgs } from '../metrics/args.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import {
  experimentNamespace,
  metricIdentity,
  MetricResolutionError,
  resolveExperimentMetrics,
} from '../metrics/catalog.js';
import { experimentVersions } from '../experiment/versions.js';
import { fetchIterationValues } from '../metrics/fetch.js';
import type { Finding } from '../metrics/findings.js';
import { checkPackValues, PackPinError, selectPack } from '../metrics/pack-checks.js';
import { describePack, matchingPacks, MetricPackResolver } from '../metrics/pack-resolver.js';
import { builtinMetricPacks, packOf } from '../metrics/packs.js';
import { PrometheusQueryError, queryVector } from '../metrics/prometheus-query.js';
import { promqlEscaper, substitute } from '../metrics/template.js';
import { liveRevisionsOf } from '../knative/init-experiment.js';
import type { KubernetesApi } from '../store/kubernetes-api.js';
import { EXPERIMENTS, KNATIVE_SERVICES } from '../store/kubernetes-api.js';
import { connectKubernetes } from '../store/kubernetes-store.js';
import { clusterMetricCatalog } from '../store/kubernetes-metrics.js';
import { UrlAllowlist, UrlAllowlistError } from '../util/url-allowlist.js';
import { errorMessage } from '../util/errors.js';
import { ExitCode } from './exit-codes.js';
import { loadMetricFiles, metricCatalog } from '../metrics/metric-files.js';
import { CliInputError } from './run.js';

export interface DoctorOptions {
  /** A file, `-` (stdin), or `namespace/name` of an Experiment in the cluster. */
  target: string;
  prometheus?: string;
  metrics?: string[];
  metricPack?: string;
  /** The function's allowlist (ITER8FN_ALLOWED_METRIC_URLS); unset: every URL is allowed, as in `run`. */
  allowedUrls?: string[];
  kubeconfig?: string;
  /** Window in seconds when the experiment has not started; default 300. */
  windowSeconds?: number;
  timeoutMs?: number;
  print?: (line: string) => void;
  /** Reads the experiment from a file or stdin (cli/main.ts readResources). */
  readResources: (file: string) => Promise<unknown[]>;
  /** For tests: an API already connected. */
  api?: KubernetesApi;
  clock?: () => number;
}

const CLUSTER_REF = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-.a-z0-9]*[a-z0-9])?)$/;

class DoctorInputError extends Error {}

interface Loaded {
  experiment: Experiment;
  catalog: MetricCatalog;
  liveRevisions?: (experiment: Experiment) => Promise<string[] | undefined>;
}

async function load(options: DoctorOptions): Promise<Loaded> {
  const match = CLUSTER_REF.exec(options.target);
  const isFile = options.target === '-' || !match || /\.ya?ml$/.test(options.target);
  if (isFile) {
    const documents = await options.readResources(options.target).catch((err: unknown) => {
      throw new DoctorInputError(errorMessage(err));
    });
    const raw = documents.find((d) => (d as { kind?: unknown } | null)?.kind === 'Experiment');
    if (!raw) throw new DoctorInputError(`${options.target}: no Experiment in it`);
    const experiment = parseExperiment(raw, options.target === '-' ? 'stdin' : options.target);
    const files = await loadMetricFiles(options.metrics ?? [], experimentNamespace(experiment));
    return { experiment, catalog: metricCatalog(files, options.prometheus) };
  }
  const [, namespace = '', , name = ''] = match;
  const api =
    options.api ??
    (await connectKubernetes({
      ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
      timeoutMs: options.timeoutMs ?? 10000,
    }));
  const raw = await api.get(EXPERIMENTS, namespace, name);
  if (!raw) throw new DoctorInputError(`experiment ${namespace}/${name} not found in the cluster`);
  const experiment = parseExperiment(raw, `experiment ${namespace}/${name}`);
  return {
    experiment,
    catalog: clusterMetricCatalog(api, options.prometheus ? { prometheusUrl: options.prometheus } : {}),
    liveRevisions: async (e) => {
      const { namespace: ns, service } = targetArgs(e);
      const ksvc = await api.get(KNATIVE_SERVICES, ns, service).catch(() => undefined);
      return ksvc ? liveRevisionsOf(ksvc) : undefined;
    },
  };
}

/** The samples of a vector, one line: `{revision="a"} 12, {} 3`. */
function formatSamples(samples: ReadonlyArray<{ labels: Record<string, string>; value: number }>): string {
  if (samples.length === 0) return 'empty vector (no series matched)';
  const shown = samples.slice(0, 5).map((s) => {
    const labels = Object.entries(s.labels)
      .map(([k, v]) => `${k}="${v}"`)
      .join(',');
    return `{${labels}} ${s.value}`;
  });
  return shown.join(', ') + (samples.length > 5 ? `, ... (${samples.length} series)` : '');
}

export async function runDoctor(options: DoctorOptions): Promise<number> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const clock = options.clock ?? Date.now;
  let loaded: Loaded;
  let allowlist: UrlAllowlist | undefined;
  try {
    loaded = await load(options);
    allowlist = options.allowedUrls ? UrlAllowlist.parse(options.allowedUrls) : undefined;
  } catch (err) {
    const badInput =
      err instanceof DoctorInputError ||
      err instanceof InvalidInputError ||
      err instanceof CliInputError ||
      err instanceof UrlAllowlistError;
    // Anything else (the cluster cannot be reached, ...) is no verdict on the input.
    print(`error: ${errorMessage(err)}`);
    return badInput ? ExitCode.InvalidInput : ExitCode.Failed;
  }
  const { experiment } = loaded;
  const now = clock();
  const started = experiment.status?.startTime;
  const window = started ? elapsedSeconds(started, now) : (options.windowSeconds ?? 300);
  const windowed: Experiment = {
    ...experiment,
    status: { ...experiment.status, startTime: new Date(now - window * 1000).toISOString() },
  };
  const versions = experimentVersions(experiment);
  const target = targetArgs(experiment);
  print(
    `experiment ${experiment.metadata.namespace ?? 'default'}/${experiment.metadata.name ?? ''} on ${experiment.spec.target}`,
  );
  print(
    `  versions: ${versions.map((v) => `${v.name} (revision ${versionArgs(v, window, target).revision ?? v.name})`).join(', ')}; window ${window} s`,
  );

  let snapshots: MetricSnapshot[];
  try {
    snapshots = experiment.status?.metrics?.length
      ? experiment.status.metrics
      : await resolveExperimentMetrics(experiment, loaded.catalog);
  } catch (err) {
    if (!(err instanceof MetricResolutionError)) throw err;
    print(`diagnosis: ${err.message}`);
    return ExitCode.Failed;
  }

  // Prometheus and the packs.
  const resolver = new MetricPackResolver(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
  const packUrl = snapshots.find((s) => packOf(s.metricObj))?.metricObj.spec.urlTemplate;
  let unreachable: string | undefined;
  if (packUrl) {
    print(`prometheus ${new URL(packUrl).origin}`);
    try {
      const rows = await resolver.probe(packUrl);
      print('  reachable: yes');
      const present = matchingPacks(builtinMetricPacks(), rows);
      print(
        `  packs whose series exist: ${present.length > 0 ? present.map((p) => `${p.name} (${describePack(p)})`).join('; ') : 'none'}`,
      );
    } catch (err) {
      if (!(err instanceof PrometheusQueryError)) throw err;
      unreachable = err.message;
      print(`  reachable: no: ${err.message}`);
    }
  }
  const pin = options.metricPack ? { name: options.metricPack, source: '--metric-pack' } : undefined;
  let selection;
  try {
    selection = await selectPack(windowed, snapshots, { resolver, ...(pin ? { pin } : {}) });
  } catch (err) {
    if (!(err instanceof PackPinError)) throw err;
    print(`error: ${err.message}`);
    return ExitCode.InvalidInput;
  }
  if (selection.choice) {
    const choice = selection.choice;
    print(
      `  pack used: ${choice.kind === 'unknown' ? `none decided (${choice.reason})` : `${choice.pack.name} (${choice.reason})`}`,
    );
  }
  snapshots = selection.snapshots;

  // What the next iteration would fetch, and what it would find.
  const values = await fetchIterationValues(windowed, snapshots, now, {
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.allowedUrls ? { allowedUrls: options.allowedUrls } : {}),
  });
  const findings: Finding[] = await checkPackValues(windowed, snapshots, selection, values, now, {
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(loaded.liveRevisions ? { liveRevisions: loaded.liveRevisions } : {}),
  });

  const requestCount = snapshots.find((s) => packOf(s.metricObj) && s.metricObj.metadata.name === 'request-count');
  if (requestCount) {
    const counts = values.get(metricIdentity(requestCount.metricObj));
    print(
      `requests per version over ${window} s: ${versions
        .map((v) => {
          const outcome = counts?.get(v.name);
          return `${v.name} ${outcome?.kind === 'value' ? Math.round(outcome.value) : 'unknown'}`;
        })
        .join(', ')}`,
    );
  }

  print('metrics');
  const urls = new Map<string, string>();
  for (const snapshot of snapshots) {
    const metric = snapshot.metricObj;
    const id = metricIdentity(metric);
    const pack = packOf(metric);
    print(`  ${snapshot.name}${pack ? ` (pack ${pack})` : ''}: ${metric.spec.urlTemplate ?? '(mock)'}`);
    if (metric.spec.urlTemplate) {
      try {
        const url = new URL(metric.spec.urlTemplate);
        const verdict = !allowlist
          ? 'allowed (no allowlist given)'
          : allowlist.allows(url)
            ? 'allowed'
            : 'refused: not among the allowed metric URLs (MetricURLRefused)';
        urls.set(`${url.origin}${url.pathname}`, verdict);
      } catch {
        urls.set(metric.spec.urlTemplate, 'not a URL until its secret is substituted');
      }
    }
    const query = metric.spec.params?.find((p) => p.name === 'query')?.value;
    for (const version of versions) {
      const outcome = values.get(id)?.get(version.name);
      const shown =
        outcome?.kind === 'value'
          ? `value ${outcome.value}`
          : outcome?.kind === 'unavailable'
            ? `unavailable: ${outcome.reason}`
            : outcome
              ? `${outcome.kind}: ${outcome.message}`
              : 'not fetched';
      print(`    ${version.name}: ${shown}`);
      if (query === undefined || metric.spec.mock || !metric.spec.urlTemplate || outcome?.kind === 'refused') continue;
      let rendered: string;
      try {
        rendered = substitute(query, versionArgs(version, window, target), promqlEscaper).trim();
      } catch (err) {
        print(`      query cannot be rendered: ${errorMessage(err)}`);
        continue;
      }
      print(`      query: ${rendered}`);
      if (metric.spec.provider !== 'prometheus') continue;
      try {
        print(
          `      answer: ${formatSamples(await queryVector(metric.spec.urlTemplate, rendered, options.timeoutMs))}`,
        );
      } catch (err) {
        if (!(err instanceof PrometheusQueryError)) throw err;
        print(`      answer: ${err.message}`);
      }
    }
  }
  print('allowlist');
  for (const [url, verdict] of urls) print(`  ${url}: ${verdict}`);
  for (const finding of findings)
    if (finding.reason !== 'MetricPack') print(`finding ${finding.reason}: ${finding.message}`);

  const objectiveMetrics = (experiment.spec.criteria?.objectives ?? []).map((o) => o.metric);
  const missing: string[] = [];
  for (const reference of objectiveMetrics) {
    const snapshot = snapshots.find((s) => s.name === reference);
    for (const version of versions) {
      const outcome = snapshot ? values.get(metricIdentity(snapshot.metricObj))?.get(version.name) : undefined;
      if (outcome?.kind !== 'value') {
        const why =
          outcome === undefined ? 'not fetched' : outcome.kind === 'unavailable' ? outcome.reason : outcome.message;
        missing.push(`${reference} has no value for version ${version.name}: ${why}`);
      }
    }
  }
  const explained = findings.find((f) => f.reason !== 'MetricPack');
  const diagnosis = unreachable
    ? `Prometheus cannot be reached (${unreachable}); check --prometheus / ITER8FN_PROMETHEUS_URL.`
    : missing.length === 0
      ? 'Every objective has a value for every version: the next iteration can assess them.'
      : explained
        ? `${explained.reason}: ${explained.message}.`
        : `${missing[0]}.`;
  print(`diagnosis: ${diagnosis}`);
  return missing.length === 0 && !unreachable ? ExitCode.Ok : ExitCode.Failed;
}
