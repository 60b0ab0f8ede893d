// What an iteration found about its metrics, beyond the values: the pack that answered, and the
// causes of values it knows are missing. Produced by pack-checks.ts (I/O), recorded by the pure
// step. See docs/metric-packs.md.

export interface Finding {
  reason: 'MetricPack' | 'NoMetricSeries' | 'KnativeWholeSecondsBug' | 'NoTraffic';
  message: string;
  /** The versions it concerns (all when absent). */
  versions?: string[];
}
