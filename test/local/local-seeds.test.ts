// `iter8fn local` on both seeds' tutorial files exactly as their pages show them, and how a run
// ends when it is interrupted (Ctrl-C) or one of its revisions crashes: every process it started is
// stopped, its ports are freed, and the state file keeps what was completed.

import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Experiment } from '../../src/experiment/types.js';
import { projectRoot, seedTutorialFiles } from '../support/seeds.js';
import { isRunning, leftovers, startLocal } from './local-cli.js';

const SAMPLE = path.join(projectRoot, 'samples/mirroring');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'iter8fn-local-seeds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function seedFolder(prefix: '000_' | '001_'): string {
  const dir = path.join(scratch, `seed-${prefix}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(seedTutorialFiles(prefix))) writeFileSync(path.join(dir, name), content);
  return dir;
}

function stateFile(output: string): string {
  const file =
    /^state: (.+)$/m.exec(output)?.[1] ?? /the state file keeps the last completed iteration: (.+)$/m.exec(output)?.[1];
  if (!file) throw new Error(`no state file named in:\n${output}`);
  return file;
}

const stateOf = (output: string): Experiment => parse(readFileSync(stateFile(output), 'utf8')) as Experiment;

describe('the seeds as written, played locally', () => {
  it('seed 000: example.com, mirrorPercent 40, v2alpha2; every objective true', async () => {
    const folder = seedFolder('000_');
    const experimentBefore = readFileSync(path.join(folder, 'experiment.yaml'), 'utf8');
    const run = startLocal([folder, '--speed', '10', '--state', path.join(scratch, 'state-000')]);
    const { code, output } = await run.exited;
    expect({ code, tail: output.slice(-1500) }).toMatchObject({ code: 0 });
    expect(output).toMatch(/^ {2}traffic {3}GET example\.com\/ in a loop/m);
    expect(output).toMatch(/mirror 40% → knative-local-gateway/);
    const experiment = stateOf(output);
    expect(experiment.status?.completedIterations).toBe(10);
    expect(experiment.status?.analysis?.versionAssessments?.data).toEqual({ current: [true, true, true] });
    expect(readFileSync(path.join(folder, 'experiment.yaml'), 'utf8')).toBe(experimentBefore);
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);

  it('seed 001: customdomain.com, v2alpha1 (library: knative, bare metric names); every objective true', async () => {
    const run = startLocal([seedFolder('001_'), '--speed', '10', '--state', path.join(scratch, 'state-001')]);
    const { code, output } = await run.exited;
    expect({ code, tail: output.slice(-1500) }).toMatchObject({ code: 0 });
    expect(output).toMatch(
      /^ {2}traffic {3}GET customdomain\.com\/ in a loop: first after 1 s \(10 s ÷ 10\), then every 0\.05 s \(0\.5 s ÷ 10\), for at most 60 s \(600 s ÷ 10\)$/m,
    );
    expect(output).toMatch(
      /customdomain-routing \[\* @ knative-serving\/knative-local-gateway\]: authority\^=customdomain\.com-shadow → sample-app-v2; authority\^=customdomain\.com → sample-app-v1/,
    );
    const experiment = stateOf(output);
    expect(experiment.status?.completedIterations).toBe(7);
    expect(experiment.status?.analysis?.versionAssessments?.data).toEqual({ current: [true, true, true] });
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);
});

describe('ending early leaves nothing behind', () => {
  it('Ctrl-C (SIGINT) mid-run: exit 130, every process stopped, every port freed, the state file keeps the completed iterations', async () => {
    const run = startLocal([SAMPLE, '--speed', '5', '--state', path.join(scratch, 'interrupted')]);
    await run.waitFor(/^iteration 2 of 10 /m, 60_000);
    run.child.kill('SIGINT');
    const { code, output } = await run.exited;
    expect(code).toBe(130);
    expect(output).toMatch(
      /^interrupted \(SIGINT\): stopping everything; the state file keeps the last completed iteration: /m,
    );
    const experiment = stateOf(output);
    expect(experiment.status?.stage).toBe('Running');
    expect(experiment.status?.completedIterations).toBeGreaterThanOrEqual(2);
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);

  it('a revision that crashes mid-run: the run says which one and ends with exit 1, stopping the rest', async () => {
    const run = startLocal([SAMPLE, '--speed', '5', '--state', path.join(scratch, 'crashed')]);
    const started = await run.waitFor(/^started revision sample-app-v2 \(pid (\d+)\)/m, 30_000);
    await run.waitFor(/^iteration 1 of 10 /m, 60_000);
    const pid = Number(started[1]);
    process.kill(pid, 'SIGKILL');
    const { code, output } = await run.exited;
    expect(code).toBe(1);
    expect(output).toMatch(
      new RegExp(`^error: revision sample-app-v2 \\(pid ${pid}\\) exited unexpectedly \\(signal SIGKILL\\)$`, 'm'),
    );
    expect(isRunning(pid)).toBe(false);
    expect(await leftovers(run, output)).toEqual([]);
  }, 90_000);
});
