// Comparison verdicts through the pure iteration step: the rules of docs/comparisons.md, the
// records in status.analysis.comparisons, the winner and the end message.

import { describe, expect, it } from '@jest/globals';
import { alignBuckets } from '../../src/analysis/comparisons.js';
import type { Comparison, Experiment, MetricSnapshot } from '../../src/experiment/types.js';
import { listValidationProblems } from '../../src/experiment/validate.js';
import { iterate } from '../../src/iteration/step.js';
import type { FetchedBuckets, FetchedValues } from '../../src/metrics/fetch.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';
import type { BucketOutcome, MetricOutcome } from '../../src/metrics/providers/provider.js';

const metric = (name: string) => {
  const found = KNATIVE_METRICS.find((m) => m.metadata.name === name);
  if (!found) throw new Error(`no pack metric ${name}`);
  return found;
};
const NAMES = ['mean-latency', '95th-percentile-tail-latency', 'error-rate', 'request-count'] as const;
type Name = (typeof NAMES)[number];
const SNAPSHOTS: MetricSnapshot[] = NAMES.map((name) => ({ name: `iter8-knative/${name}`, metricObj: metric(name) }));
const T0 = Date.parse('2026-11-21T12:00:00Z');

function experiment(comparisons: Comparison[], spec: Partial<Experiment['spec']> = {}): Experiment {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'mirroring-compare', namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern: 'Conformance' },
      criteria: { objectives: [{ metric: 'iter8-knative/mean-latency', upperLimit: 50 }], comparisons },
      duration: { intervalSeconds: 10, iterationsPerLoop: 1, maxLoops: 1 },
      versionInfo: {
        baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] },
        reference: { name: 'live', variables: [{ name: 'revision', value: 'sample-app-v1' }] },
      },
      ...spec,
    },
  };
}

const BOUNDS = [5, 10, 20, 40, 60, 80, 100, Number.POSITIVE_INFINITY];
/** Cumulative bucket counts from per-bucket counts over BOUNDS. */
function histogram(perBucket: readonly number[]): BucketOutcome {
  let total = 0;
  return { kind: 'buckets', buckets: { upperBounds: BOUNDS, cumulative: perBucket.map((c) => (total += c)) } };
}

type Side = Partial<Record<Name, number>> & { buckets?: readonly number[] };
function observe(sides: Record<string, Side>): { values: FetchedValues; buckets: FetchedBuckets } {
  const values: FetchedValues = new Map();
  const buckets: FetchedBuckets = new Map();
  for (const [version, side] of Object.entries(sides)) {
    for (const name of NAMES) {
      const value = side[name];
      const outcome: MetricOutcome =
        value === undefined ? { kind: 'unavailable', reason: 'no data (empty result)' } : { kind: 'value', value };
      const id = `iter8-knative/${name}`;
      if (!values.has(id)) values.set(id, new Map());
      values.get(id)?.set(version, outcome);
      if (side.buckets && (name === 'mean-latency' || name === '95th-percentile-tail-latency')) {
        if (!buckets.has(id)) buckets.set(id, new Map());
        buckets.get(id)?.set(version, histogram(side.buckets));
      }
    }
  }
  return { values, buckets };
}

function run(exp: Experiment, sides: Record<string, Side>) {
  const { values, buckets } = observe(sides);
  return iterate(exp, { metrics: SNAPSHOTS, values, buckets }, T0);
}

const P95: Comparison = { metric: 'iter8-knative/95th-percentile-tail-latency', maxRatio: '1.1' };
const ERRORS: Comparison = { metric: 'iter8-knative/error-rate', maxIncrease: '0.005', minSamples: 200 };
const live: Side = {
  'mean-latency': 30,
  '95th-percentile-tail-latency': 39,
  'error-rate': 0,
  'request-count': 1000,
  buckets: [0, 0, 0, 1000, 0, 0, 0, 0],
};

describe('comparison verdicts', () => {
  it('satisfied within the bound: the record holds values, ratio, bound, samples; the baseline wins', () => {
    const step = run(experiment([P95]), {
      current: { ...live, 'mean-latency': 31, '95th-percentile-tail-latency': 40 },
      live,
    });
    const [record] = step.status.analysis?.comparisons?.data ?? [];
    expect(record).toMatchObject({
      metric: 'iter8-knative/95th-percentile-tail-latency',
      version: 'current',
      reference: 'live',
      testedValue: '40',
      referenceValue: '39',
      maxRatio: '1.1',
      testedSamples: 1000,
      referenceSamples: 1000,
      minSamples: 100,
      confidence: '0.95',
      verdict: 'satisfied',
    });
    expect(record?.ratio).toBeCloseTo(40 / 39, 5);
    expect(step.status.analysis?.winnerAssessment?.data).toMatchObject({ winnerFound: true, winner: 'current' });
    expect(step.status.message).toContain('Experiment completed successfully');
  });

  it('violated beyond the bound and significant: "slower than live", p-value, no winner, end message says why', () => {
    const slower: Side = {
      ...live,
      'mean-latency': 46,
      '95th-percentile-tail-latency': 59,
      buckets: [0, 0, 0, 0, 1000, 0, 0, 0],
    };
    const step = run(experiment([P95]), { current: slower, live });
    const [record] = step.status.analysis?.comparisons?.data ?? [];
    expect(record?.verdict).toBe('violated');
    expect(record?.test).toBe('mann-whitney');
    expect(record?.pValue).toBeLessThan(0.01);
    expect(record?.reason).toMatch(/^current is slower than live: .* current \/ live = 1\.51 \(> 1\.10\), p = /);
    expect(step.status.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
    expect(step.status.analysis?.winnerAssessment?.message).toContain(
      'current is not the winner: current is slower than live',
    );
    expect(step.status.message).toContain('comparisons not satisfied: current is slower than live');
    // A violated comparison decides the winner; it does not roll back.
    expect(step.outcome).toEqual({ kind: 'experiment-completed', iteration: 1, rolledBack: false });
  });

  it('too few samples: inconclusive with "needs 200 requests per version, had 37", and no winner', () => {
    const step = run(experiment([ERRORS]), {
      current: { ...live, 'error-rate': 0.5, 'request-count': 37 },
      live,
    });
    const [record] = step.status.analysis?.comparisons?.data ?? [];
    expect(record?.verdict).toBe('unavailable');
    expect(record?.reason).toBe('needs 200 requests per version, had 37 (current) and 1000 (live)');
    expect(step.status.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
    expect(step.status.message).toContain('needs 200 requests per version, had 37');
  });

  it('error rate maxIncrease: violated by a significant rise, satisfied within the margin', () => {
    const violated = run(experiment([ERRORS]), { current: { ...live, 'error-rate': 0.05 }, live });
    const [bad] = violated.status.analysis?.comparisons?.data ?? [];
    expect(bad).toMatchObject({ verdict: 'violated', test: 'two-proportion', difference: 0.05 });
    expect(bad?.reason).toMatch(
      /^current is worse than live: iter8-knative\/error-rate current - live = 0\.05 \(> 0\.005\)/,
    );
    const fine = run(experiment([ERRORS]), { current: { ...live, 'error-rate': 0.004 }, live });
    expect(fine.status.analysis?.comparisons?.data[0]?.verdict).toBe('satisfied');
  });

  it('beyond the bound without significance is inconclusive, with the p-value in the reason', () => {
    // 0.8% against 0% on 300 requests each: above the 0.5% margin, but far from significant.
    const step = run(experiment([ERRORS]), {
      current: { ...live, 'error-rate': 0.008, 'request-count': 300 },
      live: { ...live, 'request-count': 300 },
    });
    const [record] = step.status.analysis?.comparisons?.data ?? [];
    expect(record?.verdict).toBe('unavailable');
    expect(record?.reason).toMatch(/beyond the bound .* but not significant at 0\.95 \(p = 0\.\d+\)/);
    expect(record?.pValue).toBeGreaterThan(0.05);
  });

  it('a zero reference value leaves a ratio inconclusive', () => {
    const step = run(experiment([{ metric: 'iter8-knative/error-rate', maxRatio: '2' }]), {
      current: { ...live, 'error-rate': 0.01 },
      live,
    });
    expect(step.status.analysis?.comparisons?.data[0]).toMatchObject({
      verdict: 'unavailable',
      reason: 'the value of live is 0, so current / live has no ratio',
    });
  });

  it('a reference without data is inconclusive and names why', () => {
    const step = run(experiment([P95]), { current: live, live: { buckets: [0, 0, 0, 0, 0, 0, 0, 0] } });
    expect(step.status.analysis?.comparisons?.data[0]?.reason).toBe('no value for live: no data (empty result)');
  });

  it('Canary: the candidate is tested against the baseline; failing it, the baseline wins', () => {
    const canary = experiment([P95], {
      strategy: { testingPattern: 'Canary' },
      versionInfo: {
        baseline: { name: 'live', variables: [{ name: 'revision', value: 'sample-app-v1' }] },
        candidates: [{ name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] }],
      },
    });
    const slower: Side = { ...live, '95th-percentile-tail-latency': 59, buckets: [0, 0, 0, 0, 1000, 0, 0, 0] };
    const failing = run(canary, { live, current: slower });
    expect(failing.status.analysis?.comparisons?.data.map((r) => [r.version, r.reference, r.verdict])).toEqual([
      ['current', 'live', 'violated'],
    ]);
    expect(failing.status.analysis?.winnerAssessment?.data).toMatchObject({ winnerFound: true, winner: 'live' });
    const passing = run(canary, { live, current: live });
    expect(passing.status.analysis?.winnerAssessment?.data).toMatchObject({ winnerFound: true, winner: 'current' });
  });
});

describe('comparison validation names the field path', () => {
  it('reports a missing bound, a bad confidence, a missing reference and a reused name', () => {
    const exp = experiment([{ metric: 'iter8-knative/error-rate' }, { ...ERRORS, confidence: '1.5' }]);
    const info = exp.spec.versionInfo;
    const withoutReference = {
      ...exp,
      spec: { ...exp.spec, versionInfo: { baseline: info?.baseline ?? { name: 'x' } } },
    };
    expect(listValidationProblems(exp).map((p) => p.message)).toEqual([
      'spec.criteria.comparisons[0]: a comparison needs maxRatio, maxIncrease or both',
      'spec.criteria.comparisons[1].confidence: confidence must lie strictly between 0 and 1 (found 1.5)',
    ]);
    expect(listValidationProblems(withoutReference).map((p) => p.path)).toContain('spec.versionInfo.reference');
    const reused = experiment([P95], {
      versionInfo: { baseline: { name: 'live' }, reference: { name: 'live' } },
    });
    expect(listValidationProblems(reused).map((p) => p.path)).toContain('spec.versionInfo.reference.name');
  });
});

describe('bucket alignment', () => {
  it('turns cumulative counts into per-bucket counts over the union of bounds', () => {
    const a = { upperBounds: [10, 20, Number.POSITIVE_INFINITY], cumulative: [4.4, 10, 12] };
    const b = { upperBounds: [10, 15, 20, Number.POSITIVE_INFINITY], cumulative: [1, 2, 3, 3] };
    expect(alignBuckets(a, b)).toEqual([
      [4, 0, 6, 2],
      [1, 1, 1, 0],
    ]);
  });
});
