// Metric packs: one YAML file each under config/metrics/, read at run time. Every pack answers to the
// same metric names in the same units (latency in ms), so an objective on `iter8-knative/mean-latency`
// means the same thing whichever stack produced the series; which pack serves a run is decided by
// pack-resolver.ts. The files are the source: the CLI, the function (bundled or not) and local mode
// find them by walking up from this module to the folder that holds config/metrics; the function's
// bundle carries them already parsed.
// See docs/metric-packs.md.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { parseMetric } from '../experiment/parse.js';
import type { Metric } from '../experiment/types.js';
import { isRecord } from '../util/records.js';

/** The namespace the built-in metric names live in (Iter8's name for its Knative metrics). */
export const PACK_NAMESPACE = 'iter8-knative';
export const DEFAULT_PROMETHEUS_QUERY_URL = 'http://prometheus-operated.iter8-system:9090/api/v1/query';
export const PROMETHEUS_JQ = '.data.result[0].value[1] | tonumber';
/** On a Metric that comes from a pack: the pack's name. */
export const PACK_ANNOTATION = 'iter8fn.dev/metric-pack';
/** On a resolved pack Metric in status.metrics: how the pack was chosen. */
export const PACK_CHOICE_ANNOTATION = 'iter8fn.dev/metric-pack-choice';
/** The folder of the pack files, when they are not beside the code (an unusual install). */
export const PACKS_FOLDER_ENV = 'ITER8FN_METRIC_PACKS_DIR';

/** One series the probe must find for a pack to apply. */
export interface SeriesRequirement {
  series: string;
  /** Whether the series must carry the promoted `kn_revision_name` label; unset: either. */
  revisionLabel?: 'present' | 'absent';
  /** The Istio `reporter` label value the series must carry; unset: any. */
  reporter?: string;
}

export interface MetricPack {
  name: string;
  description: string;
  /** Lower wins when several packs' series exist. */
  priority: number;
  requires: SeriesRequirement[];
  /** PromQL answering one series per revision of `$service` in `$namespace`, labelled `revision`. */
  requestsByRevision: string;
  /** PromQL that answers a non-empty vector when a version's series show the whole-seconds bug. */
  wholeSecondsCheck?: string;
  /** The pack's Metrics, in namespace PACK_NAMESPACE, annotated with the pack name. */
  metrics: Metric[];
  file: string;
}

export class MetricPackError extends Error {}

/** The names every pack must define (the objectives users write do not change with the stack). */
export const PACK_METRIC_NAMES = [
  'request-count',
  'error-count',
  'error-rate',
  'mean-latency',
  '95th-percentile-tail-latency',
  'latency-p50',
  'latency-p90',
  'latency-p99',
] as const;

type Fields = Record<string, unknown>;

function text(record: Fields, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value.trim() === '')
    throw new MetricPackError(`${where}.${key}: a string is required`);
  return value;
}

function optionalText(record: Fields, key: string, where: string): string | undefined {
  return record[key] === undefined ? undefined : text(record, key, where);
}

function records(record: Fields, key: string, where: string): Fields[] {
  const value = record[key];
  if (!Array.isArray(value) || value.length === 0 || !value.every(isRecord)) {
    throw new MetricPackError(`${where}.${key}: a non-empty list of objects is required`);
  }
  return value;
}

function requirement(raw: Fields, where: string): SeriesRequirement {
  const revisionLabel = raw.revisionLabel;
  if (revisionLabel !== undefined && revisionLabel !== 'present' && revisionLabel !== 'absent') {
    throw new MetricPackError(`${where}.revisionLabel: must be present or absent`);
  }
  const reporter = optionalText(raw, 'reporter', where);
  return {
    series: text(raw, 'series', where),
    ...(revisionLabel !== undefined ? { revisionLabel } : {}),
    ...(reporter !== undefined ? { reporter } : {}),
  };
}

function packMetric(raw: Fields, pack: string, where: string): Metric {
  const name = text(raw, 'name', where);
  const type = raw.type;
  if (type !== 'Counter' && type !== 'Gauge') throw new MetricPackError(`${where}.type: must be Counter or Gauge`);
  const units = optionalText(raw, 'units', where);
  const sampleSize = optionalText(raw, 'sampleSize', where);
  return parseMetric(
    {
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Metric',
      metadata: { name, namespace: PACK_NAMESPACE, annotations: { [PACK_ANNOTATION]: pack } },
      spec: {
        description: text(raw, 'description', where),
        ...(units ? { units } : {}),
        type,
        ...(sampleSize
          ? { sampleSize: sampleSize.includes('/') ? sampleSize : `${PACK_NAMESPACE}/${sampleSize}` }
          : {}),
        provider: 'prometheus',
        params: [{ name: 'query', value: text(raw, 'query', where) }],
        jqExpression: PROMETHEUS_JQ,
        urlTemplate: DEFAULT_PROMETHEUS_QUERY_URL,
        // How comparisons test the metric (docs/comparisons.md#bucket-query); parseMetric checks its shape.
        ...(raw.comparison !== undefined ? { comparison: raw.comparison } : {}),
      },
    },
    where,
  );
}

/** One pack file's content; throws MetricPackError naming the file and field. */
export function parseMetricPack(input: unknown, file: string): MetricPack {
  if (!isRecord(input) || input.kind !== 'MetricPack') throw new MetricPackError(`${file}: not a MetricPack document`);
  const metadata = isRecord(input.metadata) ? input.metadata : {};
  const name = text(metadata, 'name', `${file}: metadata`);
  const spec = input.spec;
  if (!isRecord(spec)) throw new MetricPackError(`${file}: spec: an object is required`);
  const where = `${file}: spec`;
  const priority = spec.priority;
  if (typeof priority !== 'number' || !Number.isInteger(priority)) {
    throw new MetricPackError(`${where}.priority: a whole number is required`);
  }
  const metrics = records(spec, 'metrics', where).map((m, i) => packMetric(m, name, `${where}.metrics[${i}]`));
  const names = new Set(metrics.map((m) => m.metadata.name));
  const missing = PACK_METRIC_NAMES.filter((n) => !names.has(n));
  if (missing.length > 0) throw new MetricPackError(`${where}.metrics: missing ${missing.join(', ')}`);
  const wholeSecondsCheck = optionalText(spec, 'wholeSecondsCheck', where);
  return {
    name,
    description: text(spec, 'description', where),
    priority,
    requires: records(spec, 'requires', where).map((r, i) => requirement(r, `${where}.requires[${i}]`)),
    requestsByRevision: text(spec, 'requestsByRevision', where),
    ...(wholeSecondsCheck ? { wholeSecondsCheck } : {}),
    metrics,
    file,
  };
}

/** Every `*.yaml` pack in `folder`, by priority. */
export function loadMetricPacks(folder: string): MetricPack[] {
  const files = readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const packs: MetricPack[] = [];
  for (const file of files) {
    const where = path.join(folder, file);
    const documents = parseAllDocuments(readFileSync(where, 'utf8'));
    if (!Array.isArray(documents) || documents.length !== 1) {
      throw new MetricPackError(`${where}: one YAML document expected`);
    }
    const [document] = documents as [(typeof documents)[number]];
    if (document.errors[0]) throw new MetricPackError(`${where}: invalid YAML: ${document.errors[0].message}`);
    packs.push(parseMetricPack(document.toJS(), where));
  }
  const seen = new Set<string>();
  for (const pack of packs) {
    if (seen.has(pack.name)) throw new MetricPackError(`${pack.file}: a second pack named ${pack.name}`);
    seen.add(pack.name);
  }
  if (packs.length === 0) throw new MetricPackError(`${folder}: no metric pack files`);
  return packs.sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
}

/** config/metrics of the installed project: beside the code, whether run from src/, dist/ or the bundle. */
export function metricPacksFolder(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[PACKS_FOLDER_ENV]?.trim();
  if (configured) return configured;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'config', 'metrics');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new MetricPackError(
    `no config/metrics folder found above ${path.dirname(fileURLToPath(import.meta.url))}; set ${PACKS_FOLDER_ENV}`,
  );
}

/**
 * The shipped packs as the function bundle carries them: scripts/bundle-function.ts reads
 * config/metrics at build time and defines this identifier as their JSON (packsForBundle), so a
 * cold start does not parse YAML. Undeclared (undefined) everywhere else.
 */
declare const ITER8FN_BUNDLED_PACKS: readonly MetricPack[] | undefined;

/** The packs built into the bundle, unless ITER8FN_METRIC_PACKS_DIR names other files. */
function bundledPacks(env: NodeJS.ProcessEnv): readonly MetricPack[] | undefined {
  if (env[PACKS_FOLDER_ENV]?.trim()) return undefined;
  return typeof ITER8FN_BUNDLED_PACKS === 'undefined' ? undefined : ITER8FN_BUNDLED_PACKS;
}

/** The packs of `folder` as the bundle carries them: plain JSON, files named relative to `root`. */
export function packsForBundle(folder: string, root: string): MetricPack[] {
  return loadMetricPacks(folder).map((pack) => ({ ...pack, file: path.relative(root, pack.file) }));
}

let builtin: readonly MetricPack[] | undefined;

/** The shipped packs, read once per process. */
export function builtinMetricPacks(): readonly MetricPack[] {
  builtin ??= bundledPacks(process.env) ?? loadMetricPacks(metricPacksFolder());
  return builtin;
}

/** The pack Iter8's own queries belong to; the one a built-in name resolves to before detection. */
export const LEGACY_PACK = 'knative-1.18';

export function findPack(name: string, packs: readonly MetricPack[] = builtinMetricPacks()): MetricPack | undefined {
  return packs.find((p) => p.name === name);
}

export function packOf(metric: Metric): string | undefined {
  return metric.metadata.annotations?.[PACK_ANNOTATION];
}
