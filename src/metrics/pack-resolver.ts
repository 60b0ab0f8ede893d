// Which metric pack serves the built-in names against a given Prometheus: one probe query per
// Prometheus, cached for PROBE_TTL_MS, tells which packs' series exist there; the pack with the lowest
// priority among them wins. A pin (experiment annotation, ITER8FN_METRIC_PACK, --metric-pack) skips
// the probe. See docs/metric-packs.md#detection.

import { builtinMetricPacks, findPack, LEGACY_PACK, type MetricPack, type SeriesRequirement } from './packs.js';
import { instantQueryUrl, PrometheusQueryError, queryVector, type Sample } from './prometheus-query.js';

/** How long one probe's answer is reused for the same Prometheus. */
export const PROBE_TTL_MS = 30_000;
/** The pin value that asks for detection. */
export const AUTO_PACK = 'auto';
/** The experiment annotation that pins a pack. */
export const PIN_ANNOTATION = 'iter8fn.dev/metric-pack';

/** What a pin says and where it came from (for the status line). */
export interface PackPin {
  name: string;
  source: string;
}

export type PackChoice =
  | { kind: 'pinned'; pack: MetricPack; reason: string }
  | { kind: 'detected'; pack: MetricPack; reason: string }
  /** No pack's series exist: the built-in names keep the knative-1.18 queries, and `reason` says why there is no value. */
  | { kind: 'none'; pack: MetricPack; reason: string }
  /** The probe failed (Prometheus unreachable...): nothing is decided this time. */
  | { kind: 'unknown'; reason: string };

/** One kind of series the probe found. */
export interface ProbeRow {
  series: string;
  revisionLabel: 'present' | 'absent';
  reporter?: string;
}

/** Names the built-in pack names, for messages. */
export const packNames = (packs: readonly MetricPack[] = builtinMetricPacks()): string[] => packs.map((p) => p.name);

/** Throws an Error naming the known packs when `pin` names none of them (`auto` is no pin). */
export function checkPackName(pin: string, packs: readonly MetricPack[] = builtinMetricPacks()): void {
  if (pin === AUTO_PACK || findPack(pin, packs)) return;
  throw new Error(unknownPackText(pin, packs));
}

/**
 * One query for every pack: the count of series per name, per presence of the promoted
 * `kn_revision_name` label and per Istio reporter.
 */
export function probeQuery(packs: readonly MetricPack[]): string {
  const names = [...new Set(packs.flatMap((p) => p.requires.map((r) => r.series)))].sort();
  return (
    `count by (__name__, iter8fn_revision_label, reporter) (label_replace(label_replace(` +
    `{__name__=~"${names.join('|')}"}, "iter8fn_revision_label", "absent", "__name__", ".*"), ` +
    `"iter8fn_revision_label", "present", "kn_revision_name", ".+"))`
  );
}

export function probeRows(samples: readonly Sample[]): ProbeRow[] {
  return samples.map((s) => ({
    series: s.labels.__name__ ?? '',
    revisionLabel: s.labels.iter8fn_revision_label === 'present' ? 'present' : 'absent',
    ...(s.labels.reporter ? { reporter: s.labels.reporter } : {}),
  }));
}

const satisfies = (rows: readonly ProbeRow[], need: SeriesRequirement): boolean =>
  rows.some(
    (row) =>
      row.series === need.series &&
      (need.revisionLabel === undefined || row.revisionLabel === need.revisionLabel) &&
      (need.reporter === undefined || row.reporter === need.reporter),
  );

/** The packs whose every required series the probe found, best first. */
export function matchingPacks(packs: readonly MetricPack[], rows: readonly ProbeRow[]): MetricPack[] {
  return packs.filter((pack) => pack.requires.every((need) => satisfies(rows, need)));
}

export function describeRequirement(need: SeriesRequirement): string {
  const qualifiers = [
    need.revisionLabel === 'present' ? 'with kn_revision_name' : '',
    need.revisionLabel === 'absent' ? 'without kn_revision_name' : '',
    need.reporter ? `reporter="${need.reporter}"` : '',
  ].filter(Boolean);
  return qualifiers.length > 0 ? `${need.series} (${qualifiers.join(', ')})` : need.series;
}

export const describePack = (pack: MetricPack): string => pack.requires.map(describeRequirement).join(' + ');

/** Why no pack applies: every series tried, and what usually causes their absence. */
export function noPackReason(packs: readonly MetricPack[], origin: string): string {
  const tried = [...new Set(packs.flatMap((p) => p.requires.map(describeRequirement)))];
  return (
    `no metric pack's series found in the Prometheus at ${origin} (tried ${tried.join(', ')}); likely causes: ` +
    `Knative Serving >= 1.19 with request-metrics-protocol: none (its default; set http/protobuf or prometheus in config-observability), ` +
    `nothing scraping the queue-proxy or the Istio proxies (no ServiceMonitor/PodMonitor), ` +
    `a different Prometheus from the one the cluster's metrics go to, or no request has reached any revision yet`
  );
}

interface CacheEntry {
  at: number;
  rows: ProbeRow[];
}

export class MetricPackResolver {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inFlight = new Map<string, Promise<ProbeRow[]>>();
  /** Probe queries sent so far (the cache is measured by it). */
  probes = 0;
  private readonly packs: readonly MetricPack[];
  private readonly ttlMs: number;
  private readonly timeoutMs: number;
  private readonly clock: () => number;

  constructor(
    options: { packs?: readonly MetricPack[]; ttlMs?: number; timeoutMs?: number; clock?: () => number } = {},
  ) {
    this.packs = options.packs ?? builtinMetricPacks();
    this.ttlMs = options.ttlMs ?? PROBE_TTL_MS;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.clock = options.clock ?? Date.now;
  }

  /** The series the probe finds at `queryUrl`'s Prometheus (cached). Throws PrometheusQueryError. */
  async probe(queryUrl: string): Promise<ProbeRow[]> {
    const key = instantQueryUrl(queryUrl).toString();
    const cached = this.cache.get(key);
    if (cached && this.clock() - cached.at < this.ttlMs) return cached.rows;
    // Concurrent ticks against one Prometheus share one probe.
    let pending = this.inFlight.get(key);
    if (!pending) {
      this.probes++;
      pending = queryVector(queryUrl, probeQuery(this.packs), this.timeoutMs).then(probeRows);
      this.inFlight.set(key, pending);
      void pending.then(
        (rows) => {
          this.cache.set(key, { at: this.clock(), rows });
          this.inFlight.delete(key);
        },
        () => this.inFlight.delete(key),
      );
    }
    return pending;
  }

  async choose(queryUrl: string, pin?: PackPin): Promise<PackChoice> {
    if (pin && pin.name !== AUTO_PACK) {
      const pack = findPack(pin.name, this.packs);
      if (!pack) return { kind: 'unknown', reason: `${pin.source}: ${unknownPackText(pin.name, this.packs)}` };
      return { kind: 'pinned', pack, reason: `pinned by ${pin.source}` };
    }
    const origin = safeOrigin(queryUrl);
    let rows: ProbeRow[];
    try {
      rows = await this.probe(queryUrl);
    } catch (err) {
      if (!(err instanceof PrometheusQueryError)) throw err;
      return { kind: 'unknown', reason: `metric pack not detected: ${err.message}` };
    }
    const [best, ...others] = matchingPacks(this.packs, rows);
    if (!best) {
      const reason = noPackReason(this.packs, origin);
      const fallback = findPack(LEGACY_PACK, this.packs) ?? this.packs[0];
      return fallback ? { kind: 'none', pack: fallback, reason } : { kind: 'unknown', reason };
    }
    const also = others.length > 0 ? ` (series of ${others.map((p) => p.name).join(', ')} exist too)` : '';
    return {
      kind: 'detected',
      pack: best,
      reason: `detected: ${describePack(best)} found in the Prometheus at ${origin}${also}`,
    };
  }
}

function unknownPackText(name: string, packs: readonly MetricPack[]): string {
  return `unknown metric pack ${JSON.stringify(name)} (known: ${[AUTO_PACK, ...packNames(packs)].join(', ')})`;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

let shared: MetricPackResolver | undefined;

/** One resolver per process, so its cache serves every tick. */
export function sharedPackResolver(): MetricPackResolver {
  shared ??= new MetricPackResolver();
  return shared;
}
