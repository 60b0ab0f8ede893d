// `npm run bench -- --smoke`, end to end: every benchmark runs with tiny sizes (tens of seconds) and
// writes a well-formed results file. Figures are not checked: they depend on the machine, and
// benchmarks are not pass/fail tests. Needs the compiled benchmark (npm run build) and, like the
// integration tests, Debian's prometheus and wrk.

import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResults, FleetRun, Goal, LatencyFigures } from '../../bench/results.js';
import { projectRoot } from '../support/seeds.js';

const RUN = path.join(projectRoot, 'dist/bench/run.js');

function runSmoke(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    // Jest's flags are not the benchmark's business.
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [RUN, '--smoke', '--out', out], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const finite = (value: unknown): void => {
  expect(typeof value).toBe('number');
  expect(Number.isFinite(value)).toBe(true);
};
const positive = (value: unknown): void => {
  finite(value);
  expect(value as number).toBeGreaterThan(0);
};
const goal = (value: Goal): void => {
  expect(typeof value.text).toBe('string');
  expect(typeof value.met).toBe('boolean');
};
const latency = (figures: LatencyFigures): void => {
  for (const key of ['requests', 'ratePerSecond', 'p50Ms', 'p90Ms', 'p99Ms', 'p999Ms'] as const) positive(figures[key]);
  finite(figures.errors);
};
const fleetRun = (run: FleetRun): void => {
  for (const key of [
    'experiments',
    'series',
    'wallMs',
    'perExperimentMs',
    'peakRssMiB',
    'readyRssMiB',
    'queries',
    'throughputQps',
    'rawQps',
    'ratio',
  ] as const)
    positive(run[key]);
  for (const key of ['functionCpuMsPerExperiment', 'apiServerCpuMsPerExperiment', 'proxyCpuMsPerExperiment'] as const)
    finite(run[key]);
  expect(run.queries).toBe(run.expectedQueries);
  expect(run.expectedQueries).toBe(run.experiments * 4);
  expect(run.queriesMatch).toBe(true);
  expect(run.outcomes).toEqual({ iterated: run.experiments });
};

describe('npm run bench -- --smoke', () => {
  it('runs every benchmark and writes a well-formed results file', async () => {
    expect(existsSync(RUN)).toBe(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iter8fn-bench-smoke-'));
    try {
      const out = path.join(dir, 'results.json');
      const { code, output } = await runSmoke(out);
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
      expect(output).toContain('cold start');
      const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;

      expect(results.mode).toBe('smoke');
      expect(results.failures).toEqual({});
      for (const key of ['cpuModel', 'node', 'os', 'prometheus', 'wrk', 'date'] as const)
        expect(results.machine[key]).toEqual(expect.any(String));
      positive(results.machine.cores);
      positive(results.machine.memoryGiB);
      finite(results.machine.loadAverage.start);
      finite(results.machine.loadAverage.end);

      const cold = results.coldStart;
      expect(cold).toBeDefined();
      if (cold) {
        for (const key of ['oursMs', 'helloMs', 'oursListeningMs', 'helloListeningMs', 'ratio'] as const)
          positive(cold[key]);
        expect(cold.oursRunsMs).toHaveLength(cold.runs);
        expect(cold.helloRunsMs).toHaveLength(cold.runs);
        expect(cold.firstReply).toBe('tools.iter8.iteration.completed: iterated');
        goal(cold.goal);
      }

      const iteration = results.iteration;
      expect(iteration).toBeDefined();
      if (iteration) {
        for (const key of ['iterationMs', 'floorMs', 'ratio'] as const) positive(iteration[key]);
        for (const part of Object.values(iteration.floorParts)) positive(part);
        goal(iteration.goal);
      }

      const fleet = results.fleet;
      expect(fleet).toBeDefined();
      if (fleet) {
        fleetRun(fleet.measured);
        expect(fleet.growth.length).toBeGreaterThanOrEqual(2);
        fleet.growth.forEach(fleetRun);
        expect(fleet.growth.map((run) => run.experiments)).toContain(fleet.measured.experiments);
        for (const value of Object.values(fleet.linearity)) finite(value);
        Object.values(fleet.goals).forEach(goal);
        expect(fleet.goals.queries.met).toBe(true);
      }

      const gateway = results.gateway;
      expect(gateway).toBeDefined();
      if (gateway) {
        latency(gateway.direct);
        latency(gateway.bareProxy);
        latency(gateway.gateway);
        finite(gateway.addedP50Ms);
        finite(gateway.addedP99Ms);
        finite(gateway.overBareProxyP50Ms);
        finite(gateway.overBareProxyP99Ms);
        expect(gateway.mirroredShare).toBeGreaterThan(0);
        goal(gateway.goal);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
