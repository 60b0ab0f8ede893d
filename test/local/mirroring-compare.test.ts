// `iter8fn local samples/mirroring-compare --speed 3`: the dark version judged against live on the
// same mirrored traffic. Without a fault it passes every objective and every comparison; with
// `latency=+50%` it still passes every absolute limit of the seed but is slower than live, so the
// run exits 1 and says so.

import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Experiment } from '../../src/experiment/types.js';
import { projectRoot } from '../support/seeds.js';
import { leftovers, startLocal } from './local-cli.js';

const SAMPLE = path.join(projectRoot, 'samples/mirroring-compare');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'iter8fn-local-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function stateOf(output: string): Experiment {
  const file = /^state: (.+)$/m.exec(output)?.[1];
  if (!file) throw new Error(`no state line in:\n${output}`);
  return parse(readFileSync(file, 'utf8')) as Experiment;
}

describe('iter8fn local samples/mirroring-compare --speed 3', () => {
  it('equal versions: every objective and every comparison satisfied, exit 0', async () => {
    const run = startLocal([SAMPLE, '--speed', '3', '--state', path.join(scratch, 'equal')]);
    const { code, output } = await run.exited;
    // On failure, show why: the end of the output names the comparison and its reason.
    expect(code === 0 ? 'exit 0' : output.slice(-3000)).toBe('exit 0');
    expect(output).toMatch(/^ {2}revision {2}sample-app-v2 \(dark, T_VERSION=green, service time 18 ms\)$/m);
    expect(output).toMatch(/^result: passed: current \(sample-app-v2\) met every objective and every comparison$/m);
    const records = stateOf(output).status?.analysis?.comparisons?.data ?? [];
    expect(records.map((r) => [r.metric, r.verdict])).toEqual([
      ['iter8-knative/95th-percentile-tail-latency', 'satisfied'],
      ['iter8-knative/mean-latency', 'satisfied'],
      ['iter8-knative/error-rate', 'satisfied'],
    ]);
    expect(await leftovers(run, output)).toEqual([]);
  }, 120_000);

  it('latency=+50% on the dark version: the absolute limits hold, the comparisons say "slower than live", exit 1', async () => {
    const run = startLocal([
      SAMPLE,
      '--speed',
      '3',
      '--state',
      path.join(scratch, 'slower'),
      '--inject',
      'sample-app-v2:latency=+50%',
    ]);
    const { code, output } = await run.exited;
    expect(code === 1 ? 'exit 1' : output.slice(-3000)).toBe('exit 1');
    expect(output).toMatch(/injected latency=\+50%/);
    const experiment = stateOf(output);
    expect(experiment.status?.analysis?.versionAssessments?.data).toEqual({ current: [true, true, true] });
    const records = experiment.status?.analysis?.comparisons?.data ?? [];
    process.stdout.write(
      `mirroring-compare +50%: ${records.map((r) => `${r.metric} ${r.verdict} ratio ${r.ratio ?? '-'} p ${r.pValue ?? '-'} samples ${r.testedSamples}/${r.referenceSamples}`).join('; ')}\n`,
    );
    // The mean is exact (histogram sum / count), so the +50% shows in full. The p95 is interpolated
    // within coarse buckets: on a busy machine, where live's own timers run late, part of live's
    // requests can reach the dark version's bucket and its ratio can stay under 1.1; both are right.
    const [p95, mean] = records;
    expect(mean).toMatchObject({ metric: 'iter8-knative/mean-latency', verdict: 'violated' });
    expect(mean?.ratio).toBeGreaterThan(1.3);
    expect(mean?.pValue).toBeLessThan(0.01);
    expect(['violated', 'satisfied']).toContain(p95?.verdict);
    expect(output).toMatch(
      /^result: failed: .*current is slower than live: iter8-knative\/(95th-percentile-tail|mean)-latency current \/ live = \d\.\d\d \(> 1\.10\)/m,
    );
    expect(output).toContain('****** Comparison Assessment ******');
    expect(await leftovers(run, output)).toEqual([]);
  }, 120_000);

  it('a relative latency names what is wrong: a bad percentage, or a revision without a service time', async () => {
    const bad = await startLocal([SAMPLE, '--inject', 'sample-app-v2:latency=+fast%']).exited;
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/bad latency "\+fast%": expected a relative increase such as \+50%/);
    const noServiceTime = await startLocal([
      path.join(projectRoot, 'samples/mirroring'),
      '--inject',
      'sample-app-v2:latency=+50%',
    ]).exited;
    expect(noServiceTime.code).toBe(2);
    expect(noServiceTime.output).toMatch(
      /--inject sample-app-v2:latency=\+50%: a relative latency needs the revision's service time; set the annotation iter8fn\.dev\/local-service-time/,
    );
  }, 30_000);
});
