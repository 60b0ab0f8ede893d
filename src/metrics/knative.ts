// The built-in metric names (`iter8-knative/<name>`). Their queries live in the pack files under
// config/metrics/ (see packs.ts and docs/metric-packs.md); before a pack is detected, a built-in name
// resolves to the `knative-1.18` pack, whose queries are Iter8's own
// (docs/iter8-behaviour.md#the-iter8-knative-metric-pack): they select the revision with the
// `$revision` variable, the form the seed tutorials were written against. Versions named after their
// revision need no variable: the engine supplies `revision` = version name (metrics/args.ts).

import type { Metric } from '../experiment/types.js';
import { builtinMetricPacks, findPack, LEGACY_PACK, PACK_NAMESPACE } from './packs.js';

export { DEFAULT_PROMETHEUS_QUERY_URL, PROMETHEUS_JQ } from './packs.js';

export const KNATIVE_NAMESPACE = PACK_NAMESPACE;

/** The Metrics of the knative-1.18 pack (Iter8's iter8-knative queries). */
export const KNATIVE_METRICS: readonly Metric[] = (findPack(LEGACY_PACK, builtinMetricPacks()) ?? { metrics: [] })
  .metrics;
