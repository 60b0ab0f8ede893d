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
import type { Spread } from '../../bench/support.js';
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
const spread = (value: Spread): void => {
  positive(value.min);
  positive(value.median);
  positive(value.max);
  expect(value.min).toBeLessThanOrEqual(value.median);
  expect(value.median).toBeLessThanOrEqual(value.max);
};
const fleetRun = (run: FleetRun): void => {
  for (const key of [
    'experiments',
    'series',
    'perExperimentMs',
    'peakRssMiB',
    'readyRssMiB',
    'firstTickPeakRssMiB',
    'queries',
    'experimentsPerSecond',
    'floorExperimentsPerSecond',
    'ratio',
  ] as const)
    positive(run[key]);
  spread(run.tickMs);
  spread(run.floorMs);
  for (const key of ['functionCpuMsPerExperiment', 'floorCpuMsPerExperiment', 'apiServerCpuMsPerExperiment'] as const)
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
      expect(output).toContain('experiments per instance');
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
        spread(cold.ours);
        spread(cold.hello);
        for (const key of ['oursListeningMs', 'helloListeningMs', 'ratio'] as const) positive(cold[key]);
        expect(cold.oursRunsMs).toHaveLength(cold.runs);
        expect(cold.helloRunsMs).toHaveLength(cold.runs);
        expect(cold.firstReply).toBe('tools.iter8.iteration.completed: iterated');
        goal(cold.goal);
      }

      const iteration = results.iteration;
      expect(iteration).toBeDefined();
      if (iteration) {
        for (const figures of [iteration.functionMs, iteration.bareMs, iteration.helloMs, iteration.floorWithHelloMs])
          spread(figures);
        for (const part of Object.values(iteration.bareParts)) positive(part);
        positive(iteration.ratioBare);
        positive(iteration.ratioWithHello);
        // Every forced event, warm-up included, was one counted iteration.
        expect(iteration.iterationsCounted).toBe(iteration.samples + iteration.warmup.events);
        positive(iteration.warmup.events);
        expect(iteration.warmup.batchMediansMs.length).toBeGreaterThanOrEqual(1);
        // CPU from /proc has 10 ms resolution: a smoke run's few events may read as 0.
        for (const value of Object.values(iteration.cpu)) finite(value);
        goal(iteration.goals.latency);
        goal(iteration.goals.cpu);
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
