// The main job end to end: `iter8fn local samples/mirroring --speed 5`, a real process tree
// (revisions, Prometheus) on this machine, judged from outside: exit code, report, state file,
// the tutorial left untouched, and nothing left behind.

import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Experiment } from '../../src/experiment/types.js';
import { projectRoot } from '../support/seeds.js';
import { leftovers, startLocal } from './local-cli.js';

const SAMPLE = path.join(projectRoot, 'samples/mirroring');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'iter8fn-local-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folderHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex');
}

function stateOf(output: string): Experiment {
  const file = /^state: (.+)$/m.exec(output)?.[1];
  if (!file) throw new Error(`no state line in:\n${output}`);
  return parse(readFileSync(file, 'utf8')) as Experiment;
}

describe('iter8fn local samples/mirroring --speed 5', () => {
  it('a healthy dark version: every objective true, exit 0, the report, the state file; the tutorial is untouched and nothing is left behind', async () => {
    const before = folderHash(SAMPLE);
    const run = startLocal([SAMPLE, '--speed', '5', '--state', path.join(scratch, 'healthy')]);
    const { code, output, elapsedMs } = await run.exited;
    process.stdout.write(
      `iter8fn local samples/mirroring --speed 5: exit ${code} after ${(elapsedMs / 1000).toFixed(1)} s\n`,
    );
    expect({ code, tail: output.slice(-1500) }).toMatchObject({ code: 0 });

    // What the user saw: the plan (today's Knative by default), the waiting, the iterations, the report, the state file.
    expect(output).toMatch(
      /^ {2}metrics {3}Knative 1\.21\.0: kn_serving_invocation_duration_seconds_\* \(s\), resource attributes promoted onto the series \(OTLP push\)$/m,
    );
    expect(output).toMatch(
      /^ {2}routing {3}example-mirroring \[example\.com @ mesh, knative-serving\/knative-ingress-gateway\]: \* → knative-local-gateway, mirror 40% → knative-local-gateway$/m,
    );
    expect(output).toMatch(/^waiting for metrics: Prometheus has no samples of sample-app-v2 yet$/m);
    expect(output).toMatch(/^start task knative\/init-experiment: done: /m);
    expect(output.match(/^iteration \d+ of 10 · /gm)).toHaveLength(10);
    expect(output).toContain('Winning version: current');
    expect(output).toMatch(/^result: passed: current \(sample-app-v2\) met every objective$/m);
    expect(output).toMatch(/client errors 0/);

    const experiment = stateOf(output);
    expect(experiment.status?.completedIterations).toBe(10);
    expect(experiment.status?.analysis?.versionAssessments?.data).toEqual({ current: [true, true, true] });
    expect(experiment.status?.analysis?.winnerAssessment?.data).toMatchObject({ winnerFound: true, winner: 'current' });
    expect(folderHash(SAMPLE)).toBe(before);
    expect(await leftovers(run, output)).toEqual([]);
    // Plain lines without a terminal: no cursor movement.
    expect(output).not.toContain('\u001b[');
  }, 90_000);

  it('errors injected into the dark version (Knative 1.20, scraped): error-rate false, exit 1; the client never sees a mirror failure', async () => {
    const run = startLocal([
      SAMPLE,
      '--speed',
      '5',
      '--state',
      path.join(scratch, 'faulty'),
      '--inject',
      'sample-app-v2:errors=0.05',
      '--knative',
      '1.20',
      '--metrics-style',
      'scrape',
    ]);
    const { code, output } = await run.exited;
    expect({ code, tail: output.slice(-1500) }).toMatchObject({ code: 1 });
    const experiment = stateOf(output);
    // The output's end comes with a wrong count, so a run that stopped early says why.
    expect({ completed: experiment.status?.completedIterations, tail: output.slice(-1500) }).toMatchObject({
      completed: 10,
    });
    // mean-latency and the 95th percentile are still fine; the error rate is not.
    expect(experiment.status?.analysis?.versionAssessments?.data).toEqual({ current: [true, true, false] });
    expect(experiment.status?.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
    expect(output).toMatch(/^result: failed: current iter8-knative\/error-rate <= 0\.010: false \(0\.0\d\d\)$/m);
    const traffic =
      /^traffic: live (\d+) · mirrored (\d+) \([\d.]+%\) · dropped (\d+) · mirror failures (\d+) · client errors (\d+)$/m.exec(
        output,
      );
    expect(traffic).not.toBeNull();
    const [, live, mirrored, , failures, clientErrors] = (traffic ?? []).map(Number);
    expect(live).toBeGreaterThan(150);
    expect(mirrored).toBeGreaterThan(40);
    expect(failures).toBeGreaterThan(0); // the dark version's 503s ...
    expect(clientErrors).toBe(0); // ... never reached the client
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);
});

describe('iter8fn local on other stacks', () => {
  it('Knative 1.18 with Istio telemetry: the seed passes on the series it was written for', async () => {
    const run = startLocal([
      SAMPLE,
      ...['--speed', '5', '--state', path.join(scratch, 'knative-1.18'), '--knative', '1.18', '--istio-telemetry'],
    ]);
    const { code, output } = await run.exited;
    expect({ code, tail: output.slice(-1500) }).toMatchObject({ code: 0 });
    expect(output).toMatch(
      /^started revision sample-app-v2 \(pid \d+\) at \S+, metrics at \S+, sidecar metrics at 127\.0\.0\.1:\d+\/stats\/prometheus/m,
    );
    expect(output).toMatch(/^result: passed: current \(sample-app-v2\) met every objective$/m);
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);

  it('Knative 1.20.0 (whole-seconds bug): latencies are not judged at 0 ms; exit 1 naming the bug', async () => {
    const run = startLocal([
      SAMPLE,
      '--speed',
      '5',
      '--state',
      path.join(scratch, 'knative-1.20.0'),
      '--knative',
      '1.20.0',
    ]);
    const { code, output } = await run.exited;
    expect({ code, tail: output.slice(-1500) }).toMatchObject({ code: 1 });
    expect(output).toMatch(/sub-second latencies recorded as 0 s \(whole-seconds bug\)/);
    expect(output).toMatch(/^result: failed: .*whole-seconds bug/m);
    const experiment = stateOf(output);
    expect(experiment.status?.analysis?.winnerAssessment?.data.winnerFound).toBe(false);
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);
});

describe('iter8fn local --no-shadow-suffix (Istio >= 1.28)', () => {
  it('the copies land on the live revision: exit 1, and the last lines name the dark revision that got nothing', async () => {
    const run = startLocal([SAMPLE, '--speed', '5', '--state', path.join(scratch, 'no-suffix'), '--no-shadow-suffix']);
    const { code, output } = await run.exited;
    expect({ code, tail: output.slice(-1500) }).toMatchObject({ code: 1 });
    const words =
      /^no traffic: sample-app-v2 received no requests \(0 live, 0 mirrored\) while sample-app-v1 received (\d+) live and (\d+) mirrored: the mirror does not reach it: without the -shadow suffix \(Istio >= 1\.28\) the copies keep their Host and match the live rule; set DISABLE_SHADOW_HOST_SUFFIX=false on istiod or route the copy by another match$/m.exec(
        output,
      );
    expect(words).not.toBeNull();
    const [, live, mirrored] = (words ?? []).map(Number);
    expect(live).toBeGreaterThan(0);
    expect(mirrored).toBeGreaterThan(0);
    expect(output).toMatch(/^result: failed: /m);
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);
});

describe('iter8fn local: what cannot start exits 2 with one line, and leaves nothing behind', () => {
  const oneLine = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const run = startLocal(args, { env });
    const result = await run.exited;
    return { ...result, run, errors: result.output.split('\n').filter((l) => l.startsWith('error:')) };
  };

  it('a folder that is not a tutorial', async () => {
    const result = await oneLine([path.join(scratch, 'nothing-here')]);
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([`error: ${path.join(scratch, 'nothing-here')}: no such folder`]);
  });

  it('bad --inject values', async () => {
    const unknown = await oneLine([SAMPLE, '--inject', 'sample-app-v9:errors=0.1']);
    expect(unknown.code).toBe(2);
    expect(unknown.errors).toEqual([
      'error: --inject sample-app-v9:errors=0.1: no revision sample-app-v9 in service.yaml (revisions: sample-app-v1, sample-app-v2)',
    ]);
    const malformed = await oneLine([SAMPLE, '--inject', 'sample-app-v2:latency=fast']);
    expect(malformed.code).toBe(2);
    expect(malformed.errors).toHaveLength(1);
    expect(malformed.errors[0]).toMatch(/bad latency "fast"/);
    const knative = await oneLine([SAMPLE, '--knative', '2.0']);
    expect(knative.code).toBe(2);
    expect(knative.errors).toEqual([
      'error: --knative "2.0": expected a Knative Serving version such as 1.18, 1.20, 1.21 or 1.19.5',
    ]);
    const style = await oneLine([SAMPLE, '--knative', '1.21', '--metrics-style', 'pushed']);
    expect(style.code).toBe(2);
    expect(style.errors).toEqual(['error: --metrics-style "pushed": expected promoted or scrape']);
    const speed = await oneLine([SAMPLE, '--speed', '0']);
    expect(speed.code).toBe(2);
    expect(speed.output).toMatch(/--speed takes a number above 0/);
  });

  it('no Prometheus: a one-line instruction, and the revisions it had started are stopped', async () => {
    const result = await oneLine([SAMPLE, '--state', path.join(scratch, 'no-prometheus')], {
      PROMETHEUS_BIN: '/nonexistent/prometheus',
    });
    expect(result.code).toBe(2);
    expect(result.errors).toEqual([
      'error: prometheus not found: install it with `apt-get install -y --no-install-recommends prometheus` or set PROMETHEUS_BIN',
    ]);
    expect(result.output).toMatch(/^started revision sample-app-v2 \(pid \d+\)/m);
    expect(await leftovers(result.run, result.output)).toEqual([]);
  });
});
