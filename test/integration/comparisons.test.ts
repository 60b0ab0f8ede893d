// Comparisons end to end: `iter8fn run` on experiments with a reference version, against a real
// Prometheus scraping real revisions (test/support/prometheus.ts) that answer real HTTP traffic
// with the latency and errors injected here. The live revision answers after 100 ms, in Knative's
// (100, 150] ms bucket (the answer itself adds a little); a revision twice as slow lands in
// (200, 250]. Latencies this far apart stay apart on a busy machine, where timers run late.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { runExperimentFile } from '../../src/cli/run.js';
import type { Comparison, Experiment, ExperimentSpec } from '../../src/experiment/types.js';
import { firstValue } from '../../src/local/prometheus.js';
import { renderDescribe } from '../../src/report/describe.js';
import { iter8KnativeQuery, startKnativeFixture, type KnativeFixture } from '../support/prometheus.js';

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

const revision = (name: string) => [{ name: 'revision', value: name }];
// At 40 rps a 4 s window holds about 160 requests per version; 50 leaves room on a busy machine.
const P95: Comparison = { metric: 'iter8-knative/95th-percentile-tail-latency', maxRatio: '1.1', minSamples: 50 };
const MEAN: Comparison = { metric: 'iter8-knative/mean-latency', maxRatio: '1.1', minSamples: 50 };
const ERRORS: Comparison = { metric: 'iter8-knative/error-rate', maxIncrease: '0.005', minSamples: 50 };

/** A Conformance experiment on `tested` with `reference` as the version it is compared with. */
function conformance(name: string, tested: string, reference: string, comparisons: Comparison[]): Experiment {
  return experiment(name, comparisons, {
    strategy: { testingPattern: 'Conformance' },
    versionInfo: {
      baseline: { name: 'current', variables: revision(tested) },
      reference: { name: 'live', variables: revision(reference) },
    },
  });
}

function experiment(name: string, comparisons: Comparison[], spec: Partial<ExperimentSpec>): Experiment {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name, namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern: 'Conformance' },
      criteria: { comparisons },
      // Three iterations 2 s apart (10 s / speed 5): the last window spans about 4 s of traffic.
      duration: { intervalSeconds: 10, iterationsPerLoop: 3 },
      ...spec,
    },
  };
}

async function run(fixture: KnativeFixture, written: Experiment) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-compare-'));
  tempDirs.push(dir);
  const file = path.join(dir, 'experiment.yaml');
  await fs.writeFile(file, stringify(written));
  const lines: string[] = [];
  const code = await runExperimentFile({
    file,
    prometheus: fixture.prometheus.url,
    speed: 5,
    print: (line) => lines.push(line),
  });
  const result = parse(await fs.readFile(file, 'utf8')) as Experiment;
  const records = result.status?.analysis?.comparisons?.data ?? [];
  return { code, lines, experiment: result, records, report: renderDescribe(result) };
}

describe('comparisons against a real Prometheus', () => {
  let fixture: KnativeFixture;
  beforeAll(async () => {
    fixture = await startKnativeFixture({
      revisions: [
        { name: 'sample-app-v1', rps: 40, faults: { latencyMs: 100 } },
        { name: 'sample-app-v2', rps: 40, faults: { latencyMs: 100 } },
        { name: 'sample-app-v3', rps: 40, faults: { latencyMs: 200, errorRate: 0.1 } },
      ],
      traffic: { maxRequests: 20_000, maxDurationMs: 120_000 },
    });
    await fixture.prometheus.waitFor(
      iter8KnativeQuery('request-count', 'sample-app-v3', 30),
      (r) => (firstValue(r) ?? 0) > 0,
      20_000,
    );
  }, 40_000);
  afterAll(async () => fixture?.stop());

  it('a dark version 2x slower than live is violated with p < 0.01, and the run exits 1', async () => {
    const { code, lines, records, report, experiment } = await run(
      fixture,
      conformance('slower', 'sample-app-v3', 'sample-app-v1', [P95, MEAN]),
    );
    process.stdout.write(
      `2x slower: ${records.map((r) => `${r.metric} ratio ${r.ratio} p ${r.pValue} samples ${r.testedSamples}/${r.referenceSamples}`).join('; ')}\n`,
    );
    expect(code).toBe(1);
    expect(records.map((r) => r.verdict)).toEqual(['violated', 'violated']);
    for (const record of records) {
      expect(record.test).toBe('mann-whitney');
      expect(record.pValue).toBeLessThan(0.01);
      expect(record.ratio).toBeGreaterThan(1.1);
      expect(record.reason).toMatch(/^current is slower than live: /);
    }
    // The mean is exact (histogram sum / count): twice the latency is nearly twice the mean (the
    // time to answer, the same for both, pulls the ratio below 2).
    expect(records[1]?.ratio).toBeGreaterThan(1.5);
    expect(experiment.status?.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
    expect(
      lines.some((l) =>
        /current +iter8-knative\/mean-latency current \/ live = \d\.\d\d \(> 1\.10\) +violated \(p = /.test(l),
      ),
    ).toBe(true);
    expect(report).toContain('****** Comparison Assessment ******');
    expect(report).toMatch(
      /\| iter8-knative\/mean-latency +\| current \/ live = \d\.\d\d +\| > 1\.10 +\| \d+ \/ \d+ +\| [\d.e-]+ +\| violated +\|/,
    );
  }, 60_000);

  it('equal versions are satisfied and the tested version wins (exit 0)', async () => {
    const { code, records, experiment } = await run(
      fixture,
      conformance('equal', 'sample-app-v2', 'sample-app-v1', [P95, MEAN, ERRORS]),
    );
    expect(records.map((r) => [r.metric, r.verdict])).toEqual([
      [P95.metric, 'satisfied'],
      [MEAN.metric, 'satisfied'],
      [ERRORS.metric, 'satisfied'],
    ]);
    expect(records[0]?.testedSamples).toBeGreaterThanOrEqual(50);
    expect(experiment.status?.analysis?.winnerAssessment?.data).toMatchObject({ winnerFound: true, winner: 'current' });
    expect(code).toBe(0);
  }, 60_000);

  it('too few samples are inconclusive, leave no winner, and the message says what was missing', async () => {
    const { code, records, experiment, report } = await run(
      fixture,
      conformance('few', 'sample-app-v2', 'sample-app-v1', [{ ...P95, minSamples: 1_000_000 }]),
    );
    expect(records[0]?.verdict).toBe('unavailable');
    expect(records[0]?.reason).toMatch(/^needs 1000000 requests per version, had \d+ \(current\) and \d+ \(live\)$/);
    expect(experiment.status?.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
    expect(experiment.status?.message).toMatch(
      /comparisons not satisfied: .*inconclusive: needs 1000000 requests per version, had \d+/,
    );
    expect(report).toMatch(/> inconclusive: needs 1000000 requests per version/);
    expect(code).toBe(1);
  }, 60_000);

  it('error rate maxIncrease: 10% errors against none is violated by the two-proportion test', async () => {
    const { records } = await run(fixture, conformance('errors', 'sample-app-v3', 'sample-app-v1', [ERRORS]));
    expect(records[0]).toMatchObject({ verdict: 'violated', test: 'two-proportion' });
    expect(records[0]?.difference).toBeGreaterThan(0.05);
    expect(records[0]?.pValue).toBeLessThan(0.01);
    expect(records[0]?.reason).toMatch(/^current is worse than live: iter8-knative\/error-rate current - live = /);
  }, 60_000);

  it('Canary: the slower candidate fails its comparisons against the baseline, so the baseline wins', async () => {
    const { records, experiment } = await run(fixture, canaryExperiment());
    expect(records.map((r) => [r.version, r.reference, r.verdict])).toEqual([['candidate', 'baseline', 'violated']]);
    expect(experiment.status?.analysis?.winnerAssessment?.data).toMatchObject({
      winnerFound: true,
      winner: 'baseline',
    });
  }, 60_000);
});

function canaryExperiment(): Experiment {
  return experiment('canary', [MEAN], {
    strategy: { testingPattern: 'Canary', deploymentPattern: 'FixedSplit' },
    versionInfo: {
      baseline: { name: 'baseline', variables: revision('sample-app-v1') },
      candidates: [{ name: 'candidate', variables: revision('sample-app-v3') }],
    },
  });
}
