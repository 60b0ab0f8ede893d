// The I/O around the built-in metric names for one iteration: choose the pack (pin or probe), point
// the experiment's built-in snapshots at it, and after the values are fetched, say why a value is
// missing when the cause is known: no pack's series at all, the Knative whole-seconds bug, or a
// version that received no requests while its service's live revision did.
// See docs/metric-packs.md.

import type { Experiment, MetricSnapshot } from '../experiment/types.js';
import { elapsedSeconds, targetArgs, versionArgs } from './args.js';
import { metricIdentity } from './catalog.js';
import type { FetchedValues } from './fetch.js';
import type { Finding } from './findings.js';
import { experimentVersions } from '../experiment/versions.js';
import {
  AUTO_PACK,
  checkPackName,
  PIN_ANNOTATION,
  sharedPackResolver,
  type MetricPackResolver,
  type PackChoice,
  type PackPin,
} from './pack-resolver.js';
import { PACK_ANNOTATION, PACK_CHOICE_ANNOTATION, PACK_NAMESPACE, packOf, type MetricPack } from './packs.js';
import { PrometheusQueryError, queryVector } from './prometheus-query.js';
import { promqlEscaper, substitute } from './template.js';

export interface PackOptions {
  resolver?: MetricPackResolver;
  /** The operator's or user's pin (ITER8FN_METRIC_PACK, --metric-pack); the experiment's annotation wins. */
  pin?: PackPin;
  /** Revisions that serve the service's traffic now (a Knative Service's status.traffic); undefined: unknown. */
  liveRevisions?: (experiment: Experiment) => Promise<string[] | undefined>;
  timeoutMs?: number;
}

export class PackPinError extends Error {}

/** The pin that applies to `experiment`: its annotation, else the configured one. Throws PackPinError. */
export function pinOf(experiment: Experiment, configured: PackPin | undefined): PackPin | undefined {
  const annotated = experiment.metadata.annotations?.[PIN_ANNOTATION];
  if (annotated !== undefined) {
    try {
      checkPackName(annotated.trim());
    } catch (err) {
      throw new PackPinError(`metadata.annotations["${PIN_ANNOTATION}"]: ${(err as Error).message}`);
    }
    return { name: annotated.trim(), source: `annotation ${PIN_ANNOTATION}` };
  }
  return configured && configured.name !== AUTO_PACK ? configured : undefined;
}

const isPackSnapshot = (snapshot: MetricSnapshot): boolean => packOf(snapshot.metricObj) !== undefined;

/** The snapshots with every built-in one replaced by `pack`'s metric of the same name (URL kept). Pure. */
export function pointSnapshotsAt(
  snapshots: readonly MetricSnapshot[],
  pack: MetricPack,
  choice: string,
): MetricSnapshot[] {
  return snapshots.map((snapshot) => {
    if (!isPackSnapshot(snapshot)) return snapshot;
    const old = snapshot.metricObj;
    const replacement = pack.metrics.find((m) => m.metadata.name === old.metadata.name);
    if (!replacement) return snapshot;
    return {
      name: snapshot.name,
      metricObj: {
        ...replacement,
        metadata: {
          ...replacement.metadata,
          namespace: old.metadata.namespace ?? PACK_NAMESPACE,
          annotations: { [PACK_ANNOTATION]: pack.name, [PACK_CHOICE_ANNOTATION]: choice },
        },
        spec: { ...replacement.spec, ...(old.spec.urlTemplate ? { urlTemplate: old.spec.urlTemplate } : {}) },
      },
    };
  });
}

export interface PackSelection {
  snapshots: MetricSnapshot[];
  choice?: PackChoice;
}

/** Chooses the pack for the experiment's built-in snapshots (none: returned as they are). */
export async function selectPack(
  experiment: Experiment,
  snapshots: readonly MetricSnapshot[],
  options: PackOptions,
): Promise<PackSelection> {
  const first = snapshots.find(isPackSnapshot);
  const url = first?.metricObj.spec.urlTemplate;
  if (!first || !url) return { snapshots: [...snapshots] };
  const resolver = options.resolver ?? sharedPackResolver();
  const choice = await resolver.choose(url, pinOf(experiment, options.pin));
  if (choice.kind === 'unknown') return { snapshots: [...snapshots], choice };
  const label = `${choice.pack.name}: ${choice.reason}`;
  return { snapshots: pointSnapshotsAt(snapshots, choice.pack, label), choice };
}

const LATENCY_UNITS = 'milliseconds';

/**
 * After the fetch: replaces values that cannot be trusted with `unavailable` and the reason, and
 * returns what the status must say. `values` is changed in place.
 */
export async function checkPackValues(
  experiment: Experiment,
  snapshots: readonly MetricSnapshot[],
  selection: PackSelection,
  values: FetchedValues,
  now: number,
  options: PackOptions = {},
): Promise<Finding[]> {
  const choice = selection.choice;
  if (!choice || choice.kind === 'unknown') return [];
  const packSnapshots = snapshots.filter(isPackSnapshot);
  const url = packSnapshots[0]?.metricObj.spec.urlTemplate;
  if (!url) return [];
  const versions = experimentVersions(experiment);
  const setUnavailable = (metricIds: readonly string[], version: string | undefined, reason: string): void => {
    for (const id of metricIds) {
      const perVersion = values.get(id);
      if (!perVersion) continue;
      for (const name of version === undefined ? [...perVersion.keys()] : [version]) {
        perVersion.set(name, { kind: 'unavailable', reason });
      }
    }
  };
  const packIds = packSnapshots.map((s) => metricIdentity(s.metricObj));
  if (choice.kind === 'none') {
    setUnavailable(packIds, undefined, choice.reason);
    return [{ reason: 'NoMetricSeries', message: choice.reason }];
  }
  const findings: Finding[] = [{ reason: 'MetricPack', message: `metric pack ${choice.pack.name}: ${choice.reason}` }];
  const elapsed = elapsedSeconds(experiment.status?.startTime, now);
  const target = targetArgs(experiment);
  const timeoutMs = options.timeoutMs ?? 5000;
  const run = async (template: string, args: Record<string, string>) =>
    queryVector(url, substitute(template, args, promqlEscaper), timeoutMs);

  const pack = choice.pack;
  const latencyIds = packSnapshots
    .filter((s) => s.metricObj.spec.units === LATENCY_UNITS)
    .map((s) => metricIdentity(s.metricObj));
  const wholeSecondsCheck = pack.wholeSecondsCheck;
  if (wholeSecondsCheck && latencyIds.length > 0) {
    const affected: string[] = [];
    await Promise.all(
      versions.map(async (version) => {
        try {
          const answer = await run(wholeSecondsCheck, versionArgs(version, elapsed, target));
          if (answer.length > 0) affected.push(version.name);
        } catch (err) {
          if (!(err instanceof PrometheusQueryError)) throw err;
          // The fetch has met the same failure and reports it.
        }
      }),
    );
    if (affected.length > 0) {
      const message = wholeSecondsMessage(affected.sort());
      for (const version of affected) setUnavailable(latencyIds, version, message);
      findings.push({ reason: 'KnativeWholeSecondsBug', message, versions: affected });
    }
  }

  const countId = packSnapshots.find((s) => s.metricObj.metadata.name === 'request-count');
  const counts = countId ? values.get(metricIdentity(countId.metricObj)) : undefined;
  const idle = versions.filter((version) => {
    const outcome = counts?.get(version.name);
    return (
      outcome !== undefined && (outcome.kind === 'unavailable' || (outcome.kind === 'value' && outcome.value <= 0))
    );
  });
  if (counts && idle.length > 0) {
    let byRevision: Map<string, number>;
    try {
      const answer = await run(pack.requestsByRevision, { ...target, elapsedTime: String(elapsed) });
      byRevision = new Map(answer.map((s) => [s.labels.revision ?? '', s.value]));
    } catch (err) {
      if (!(err instanceof PrometheusQueryError)) throw err;
      return findings;
    }
    const live = await options.liveRevisions?.(experiment);
    for (const version of idle) {
      const revision = versionArgs(version, elapsed, target).revision ?? version.name;
      const others = (live ?? [...byRevision.keys()]).filter((r) => r !== revision);
      const served = others
        .map((r) => ({ revision: r, count: Math.round(byRevision.get(r) ?? 0) }))
        .filter((r) => r.count > 0);
      if (served.length === 0) continue;
      const message = noTrafficMessage(version.name, revision, elapsed, served, live !== undefined);
      const unavailableIds = packIds.filter((id) => {
        const outcome = values.get(id)?.get(version.name);
        return outcome?.kind === 'unavailable';
      });
      setUnavailable(unavailableIds, version.name, message);
      findings.push({ reason: 'NoTraffic', message, versions: [version.name] });
    }
  }
  return findings;
}

export const WHOLE_SECONDS_FIXED_VERSIONS = ['1.19.9', '1.20.2', '1.21.0'] as const;

function wholeSecondsMessage(versions: readonly string[]): string {
  return (
    `latency unavailable for ${versions.join(', ')}: the Knative series show requests but a zero latency sum with every request in the first bucket, ` +
    `the whole-seconds bug of Knative Serving 1.19.0-1.19.8 and 1.20.0-1.20.1 (sub-second latencies recorded as 0 s); ` +
    `upgrade to ${WHOLE_SECONDS_FIXED_VERSIONS.join(', ')} or later, or pin the istio-sidecar or istio-gateway pack`
  );
}

function noTrafficMessage(
  version: string,
  revision: string,
  elapsed: number,
  served: ReadonlyArray<{ revision: string; count: number }>,
  fromCluster: boolean,
): string {
  const others = served.map((s) => `${s.revision} received ${s.count}`).join(', ');
  const whose = fromCluster ? 'the live revision' : 'other revisions of the service';
  return (
    `version ${version} (revision ${revision}) received no requests in the last ${elapsed} s while ${whose} did (${others}); likely causes: ` +
    `the mirror does not reach it; on Istio >= 1.28 mirrored copies keep their Host (no -shadow suffix), so a route on the shadow authority never matches: ` +
    `set DISABLE_SHADOW_HOST_SUFFIX=false on istiod or route the copy by another match; or the revision is scaled to zero`
  );
}
