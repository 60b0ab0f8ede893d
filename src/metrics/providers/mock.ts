// Metric.spec.mock (docs/iter8-behaviour.md#mock-metrics): no request is made. Iter8 drew Gauge values from a Beta
// distribution around `level`; iter8fn returns `level` itself so that runs are reproducible.

import { quantityToNumber } from '../../experiment/quantity.js';
import type { MetricOutcome, MetricProvider, MetricQuery } from './provider.js';

export class MockMetricProvider implements MetricProvider {
  readonly name = 'mock';

  async fetch(query: MetricQuery): Promise<MetricOutcome> {
    const entry = query.metric.spec.mock?.find((m) => m.name === query.version);
    if (!entry) {
      return { kind: 'error', message: `mock metric ${query.metricId} has no level for version ${query.version}` };
    }
    const level = quantityToNumber(entry.level);
    const value = query.metric.spec.type === 'Counter' ? level * query.elapsedSeconds : level;
    return { kind: 'value', value };
  }
}
