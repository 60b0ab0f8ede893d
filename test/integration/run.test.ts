// `iter8fn run` end to end: the seed experiments, as written, against a real Prometheus scraping
// real revisions that answer real HTTP traffic (test/support/prometheus.ts). Intervals are divided
// with --speed so a 10-iteration experiment takes about 10 s.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runExperimentFile } from '../../src/cli/run.js';
import { renderDescribe } from '../../src/report/describe.js';
import type { Experiment } from '../../src/experiment/types.js';
import { quantityToNumber } from '../../src/experiment/quantity.js';
import { iter8KnativeQuery, startKnativeFixture, type KnativeFixture } from '../support/prometheus.js';
import { firstValue } from '../../src/local/prometheus.js';
import { seedExperimentYaml } from '../support/seeds.js';

const tempDirs: string[] = [];
async function writeTemp(name: string, content: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-run-'));
  tempDirs.push(dir);
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function readExperiment(file: string): Promise<Experiment> {
  return parse(await fs.readFile(file, 'utf8')) as Experiment;
}

/** Waits until Prometheus has samples for the revision, so the first iterations are not all empty. */
async function waitForTraffic(fixture: KnativeFixture, revision: string): Promise<void> {
  await fixture.prometheus.waitFor(
    iter8KnativeQuery('request-count', revision, 30),
    (r) => (firstValue(r) ?? 0) > 0,
    20_000,
  );
}

async function run(file: string, fixture: KnativeFixture, extra: { errorLimit?: number; speed?: number } = {}) {
  const lines: string[] = [];
  const code = await runExperimentFile({
    file,
    prometheus: fixture.prometheus.url,
    speed: extra.speed ?? 10,
    ...(extra.errorLimit !== undefined ? { errorLimit: extra.errorLimit } : {}),
    print: (line) => lines.push(line),
  });
  return { code, lines, experiment: await readExperiment(file) };
}

describe('iter8fn run: a healthy dark version', () => {
  let fixture: KnativeFixture;
  beforeAll(async () => {
    fixture = await startKnativeFixture({
      revisions: [
        { name: 'sample-app-v1', rps: 8 },
        { name: 'sample-app-v2', rps: 4 },
      ],
    });
    await waitForTraffic(fixture, 'sample-app-v2');
  }, 40_000);
  afterAll(async () => fixture?.stop());

  it('completes seed 000 (v2alpha2) as written, every objective true', async () => {
    const written = seedExperimentYaml('000_');
    const file = await writeTemp('experiment.yaml', written);
    const { code, lines, experiment } = await run(file, fixture);
    expect(code).toBe(0);
    expect(lines).toContain(
      'start task knative/init-experiment: skipped: skipped in file mode: it checks a Knative Service in a Kubernetes cluster',
    );
    expect(lines.filter((l) => /^iteration \d+ of 10$/.test(l))).toHaveLength(10);
    const status = experiment.status!;
    expect(status.stage).toBe('Completed');
    expect(status.completedIterations).toBe(10);
    expect(status.message).toBe('ExperimentCompleted: Experiment completed successfully');
    expect(status.analysis?.versionAssessments?.data).toEqual({ current: [true, true, true] });
    expect(status.analysis?.winnerAssessment?.data).toMatchObject({ winnerFound: true, winner: 'current' });
    const latency = status.analysis?.aggregatedMetrics?.data['iter8-knative/mean-latency']?.data.current;
    expect(latency?.value).toBeDefined();
    expect(latency?.sampleSize).toBeGreaterThan(0);
    // The spec and its comments are untouched: only the status node was written.
    expect(experiment.spec).toEqual((parse(written) as Experiment).spec);
    expect(await fs.readFile(file, 'utf8')).toContain('# mean latency of version should be under 50 milliseconds');
    const report = renderDescribe(experiment);
    expect(report).toContain('Experiment stage: Completed');
    expect(report).toContain('Number of completed iterations: 10');
    const objectives = report.slice(report.indexOf('Objective Assessment'), report.indexOf('Metrics Assessment'));
    expect(objectives.match(/\| true +\|/g)).toHaveLength(3);
    expect(objectives).not.toMatch(/false|unavailable/);
  }, 60_000);

  it('completes seed 001 (v2alpha1, bare metric names) as written, every objective true', async () => {
    const file = await writeTemp('experiment.yaml', seedExperimentYaml('001_'));
    const { code, experiment } = await run(file, fixture);
    expect(code).toBe(0);
    const status = experiment.status!;
    expect(experiment.apiVersion).toBe('iter8.tools/v2alpha1'); // the record keeps what the user wrote
    expect(status.completedIterations).toBe(7);
    expect(status.analysis?.versionAssessments?.data).toEqual({ current: [true, true, true] });
    // Bare names resolve to the built-in pack; its sampleSize metric is listed once.
    expect(status.metrics?.map((m) => m.name)).toEqual([
      'mean-latency',
      '95th-percentile-tail-latency',
      'error-rate',
      'iter8-knative/request-count',
    ]);
  }, 60_000);
});

describe('iter8fn run: a faulty or silent dark version', () => {
  let fixture: KnativeFixture;
  beforeAll(async () => {
    fixture = await startKnativeFixture({
      revisions: [
        { name: 'sample-app-v1', rps: 8 },
        { name: 'sample-app-v2', rps: 10, faults: { errorRate: 0.05 } },
        { name: 'sample-app-v3', rps: 0 },
      ],
    });
    await waitForTraffic(fixture, 'sample-app-v2');
  }, 40_000);
  afterAll(async () => fixture?.stop());

  const shortSeed = (revision: string) =>
    seedExperimentYaml('000_')
      .replace('iterationsPerLoop: 10', 'iterationsPerLoop: 3')
      .replace('value: sample-app-v2', `value: ${revision}`);

  it('fails the error-rate objective, and only that one, for a version with 5% errors', async () => {
    const file = await writeTemp('experiment.yaml', shortSeed('sample-app-v2'));
    // Iterations 5 s apart, so the last window holds ~100 requests and 5% is measurable.
    const { code, lines, experiment } = await run(file, fixture, { speed: 2 });
    expect(code).toBe(0); // the experiment completed; its verdict is in the status
    const status = experiment.status!;
    expect(status.analysis?.versionAssessments?.data).toEqual({ current: [true, true, false] });
    expect(status.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
    const errorRate = quantityToNumber(
      status.analysis?.aggregatedMetrics?.data['iter8-knative/error-rate']?.data.current?.value ?? 'NaN',
    );
    expect(errorRate).toBeGreaterThan(0.025);
    expect(errorRate).toBeLessThan(0.1);
    expect(lines.some((l) => /current +iter8-knative\/error-rate <= 0\.010 +false \(0\.\d{3}\)/.test(l))).toBe(true);
    expect(renderDescribe(experiment)).toContain('Winning version: not found');
  }, 60_000);

  it('shows a version with no traffic as unavailable, not as a violated objective', async () => {
    const file = await writeTemp('experiment.yaml', shortSeed('sample-app-v3'));
    const { code, lines, experiment } = await run(file, fixture);
    expect(code).toBe(0);
    const status = experiment.status!;
    expect(status.analysis?.aggregatedMetrics?.data['iter8-knative/mean-latency']?.data.current).toEqual({
      sampleSize: 0,
    });
    expect(
      status.analysis?.aggregatedMetrics?.data['iter8-knative/95th-percentile-tail-latency']?.data.current?.value,
    ).toBeUndefined();
    expect(lines.filter((l) => l.includes(' unavailable')).length).toBeGreaterThanOrEqual(9);
    const report = renderDescribe(experiment);
    expect(report).toMatch(/\| iter8-knative\/mean-latency <= +\| unavailable \|/);
    expect(report).not.toMatch(/\| false +\|/);
  }, 60_000);
});

describe('iter8fn run: Prometheus stops mid-run', () => {
  it('counts each failed attempt as an error, keeps the file intact, and fails past the limit naming the metric', async () => {
    const fixture = await startKnativeFixture({ revisions: [{ name: 'sample-app-v2', rps: 6 }] });
    try {
      await waitForTraffic(fixture, 'sample-app-v2');
      const written = seedExperimentYaml('000_');
      const file = await writeTemp('experiment.yaml', written);
      // Stop Prometheus once two iterations are on file.
      const stopper = (async () => {
        for (;;) {
          const experiment = await readExperiment(file).catch(() => undefined);
          if ((experiment?.status?.completedIterations ?? 0) >= 2) return fixture.prometheus.stop();
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      const { code, lines, experiment } = await run(file, fixture, { errorLimit: 2 });
      await stopper;
      expect(code).toBe(1);
      const errors = lines.filter((l) => l.includes('not counted: metric error'));
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(/connection refused/);
      const status = experiment.status!;
      expect(status.completedIterations).toBeGreaterThanOrEqual(2);
      expect(status.completedIterations).toBeLessThan(10);
      expect(status.conditions?.find((c) => c.type === 'Failed')).toMatchObject({
        status: 'True',
        reason: 'MetricBackendError',
      });
      expect(status.message).toMatch(
        /^MetricBackendError: metric iter8-knative\/\S+ \(version current\) failed 3 consecutive attempts \(limit 2\): .*connection refused/,
      );
      // Intact: the spec is as written, the file parses, and no temporary file is left beside it.
      expect(experiment.spec).toEqual((parse(written) as Experiment).spec);
      expect(await fs.readdir(path.dirname(file))).toEqual(['experiment.yaml']);
    } finally {
      await fixture.stop();
    }
  }, 60_000);
});
