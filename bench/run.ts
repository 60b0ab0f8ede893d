// `npm run bench`: every benchmark of issue #6, side by side in one run, each against its floor or
// reference measured in the same run. Prints a table and writes bench/results.json.
//
//   node dist/bench/run.js [--smoke] [--only coldStart,iteration,fleet,gateway] [--out FILE]
//                          [--scan-concurrency N]
//
// Each section runs in a process of its own (section-main.ts) and stops everything it started.
// --smoke runs every section with tiny sizes (well under a minute): it checks that the benchmark
// works, and its figures mean little. The exit code is 0 when every section produced figures,
// whether or not the goals were met (benchmarks are not pass/fail tests), and 1 otherwise.

import Table from 'cli-table3';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ColdStartOptions } from './cold-start.js';
import type { FleetOptions } from './fleet.js';
import type { GatewayOptions } from './gateway.js';
import type { IterationOptions } from './iteration.js';
import { loadAverage, machineInfo } from './machine.js';
import type {
  BenchResults,
  ColdStartResult,
  FleetResult,
  FleetRun,
  GatewayResult,
  IterationResult,
} from './results.js';
import type { SectionInput } from './section-main.js';
import { projectRoot, runChild } from './support.js';

const SECTIONS = ['coldStart', 'iteration', 'fleet', 'gateway'] as const;
type Section = (typeof SECTIONS)[number];

interface Plan {
  coldStart: ColdStartOptions;
  iteration: IterationOptions;
  fleet: FleetOptions;
  gateway: GatewayOptions;
}

const FULL: Plan = {
  coldStart: { runs: 11 },
  iteration: { samples: 50, warmup: 300 },
  fleet: { sizes: [100, 1000, 5000], measuredSize: 1000, rounds: 3, scrapeIntervalSeconds: 10 },
  gateway: { rate: 1000, durationSeconds: 10, warmupSeconds: 3 },
};

const SMOKE: Plan = {
  coldStart: { runs: 2 },
  iteration: { samples: 3, warmup: 1 },
  fleet: { sizes: [5, 20], measuredSize: 20, rounds: 1, scrapeIntervalSeconds: 1 },
  gateway: { rate: 200, durationSeconds: 2, warmupSeconds: 1 },
};

/** Bounds per section, so that a hung section cannot hold the run forever. */
const SECTION_TIMEOUT_MS: Record<Section, number> = {
  coldStart: 300_000,
  iteration: 180_000,
  fleet: 900_000,
  gateway: 180_000,
};

interface Arguments {
  smoke: boolean;
  only: Section[];
  out: string;
  scanConcurrency?: number;
}

function readArguments(argv: string[]): Arguments {
  const args: Arguments = { smoke: false, only: [...SECTIONS], out: path.join(projectRoot, 'bench/results.json') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--smoke') args.smoke = true;
    else if (arg === '--out') args.out = path.resolve(value());
    else if (arg === '--only') {
      const names = value().split(',');
      const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (unknown.length > 0)
        throw new Error(`--only: unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
      args.only = names as Section[];
    } else if (arg === '--scan-concurrency') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error('--scan-concurrency needs a whole number of at least 1');
      args.scanConcurrency = n;
    } else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

/** No colours: the table goes to logs and files as often as to a terminal. */
const PLAIN = { head: [], border: [] };

const ms = (value: number): string => `${value} ms`;
const yes = (met: boolean): string => (met ? 'yes' : 'NO');
const thousands = (n: number): string => n.toLocaleString('en-US');

function summaryTable(results: BenchResults): string {
  const table = new Table({
    style: PLAIN,
    head: ['measure', 'iter8fn', 'floor / reference (same run)', 'ratio', 'goal', 'met'],
  });
  const cold: ColdStartResult | undefined = results.coldStart;
  if (cold) {
    table.push([
      `cold start (median of ${cold.runs})`,
      `${ms(cold.oursMs)} to the first reply\n(listening at ${ms(cold.oursListeningMs)})`,
      `hello function ${ms(cold.helloMs)}\n(listening at ${ms(cold.helloListeningMs)})`,
      String(cold.ratio),
      cold.goal.text,
      yes(cold.goal.met),
    ]);
  }
  const iteration: IterationResult | undefined = results.iteration;
  if (iteration) {
    const parts = iteration.floorParts;
    table.push([
      `iteration (median of ${iteration.samples})`,
      ms(iteration.iterationMs),
      `${ms(iteration.floorMs)}: slowest query ${parts.slowestQueryMs}\n+ GET ${parts.getMs} + status PATCH ${parts.patchMs}`,
      String(iteration.ratio),
      iteration.goal.text,
      yes(iteration.goal.met),
    ]);
  }
  const fleet: FleetResult | undefined = results.fleet;
  if (fleet) {
    const run = fleet.measured;
    table.push([
      `fleet tick, ${thousands(run.experiments)} experiments\n(scan concurrency ${run.scanConcurrency})`,
      `${ms(run.wallMs)}, ${thousands(run.throughputQps)} queries/s\npeak RSS ${run.peakRssMiB} MiB\n${thousands(run.queries)} queries (expected ${thousands(run.expectedQueries)})`,
      `raw ${thousands(run.rawQps)} queries/s\n(${run.scanConcurrency * 4} in flight)`,
      String(run.ratio),
      `${fleet.goals.throughput.text}\n${fleet.goals.memory.text}\n${fleet.goals.queries.text}`,
      `${yes(fleet.goals.throughput.met)}\n${yes(fleet.goals.memory.met)}\n${yes(fleet.goals.queries.met)}`,
    ]);
  }
  const gateway: GatewayResult | undefined = results.gateway;
  if (gateway) {
    table.push([
      `local gateway, ${gateway.targetRate}/s for ${gateway.durationSeconds} s\n(${Math.round(gateway.mirroredShare * 100)}% mirrored)`,
      `p50 ${ms(gateway.gateway.p50Ms)}, p99 ${ms(gateway.gateway.p99Ms)}\nat ${gateway.gateway.ratePerSecond}/s, ${gateway.gateway.errors} errors`,
      `direct p50 ${ms(gateway.direct.p50Ms)}, p99 ${ms(gateway.direct.p99Ms)}\nat ${gateway.direct.ratePerSecond}/s\n` +
        `bare proxy p50 ${ms(gateway.bareProxy.p50Ms)}, p99 ${ms(gateway.bareProxy.p99Ms)}\n(gateway over it: +${gateway.overBareProxyP50Ms} p50, +${gateway.overBareProxyP99Ms} p99;\n` +
        `CPU per request ${gateway.cpuUsPerRequest.gateway} µs vs ${gateway.cpuUsPerRequest.bareProxy} µs)`,
      `+${gateway.addedP50Ms} ms p50\n+${gateway.addedP99Ms} ms p99`,
      gateway.goal.text,
      yes(gateway.goal.met),
    ]);
  }
  return table.toString();
}

function growthTable(growth: FleetRun[]): string {
  const table = new Table({
    style: PLAIN,
    head: [
      'experiments',
      'Prometheus\nseries',
      'tick',
      'per experiment',
      'CPU per experiment:\nfunction, API server, proxy',
      'peak RSS',
      'queries',
      'queries/s',
      'raw queries/s',
      'ratio',
    ],
  });
  for (const run of growth) {
    table.push([
      thousands(run.experiments),
      thousands(run.series),
      ms(run.wallMs),
      ms(run.perExperimentMs),
      `${run.functionCpuMsPerExperiment}, ${run.apiServerCpuMsPerExperiment}, ${run.proxyCpuMsPerExperiment} ms`,
      `${run.peakRssMiB} MiB`,
      `${thousands(run.queries)}${run.queriesMatch ? '' : ' (MISMATCH)'}`,
      thousands(run.throughputQps),
      thousands(run.rawQps),
      String(run.ratio),
    ]);
  }
  return table.toString();
}

async function main(): Promise<number> {
  const args = readArguments(process.argv.slice(2));
  const plan = args.smoke ? SMOKE : FULL;
  if (args.scanConcurrency) plan.fleet.scanConcurrency = args.scanConcurrency;
  const started = Date.now();
  const machine = machineInfo();
  const say = (line: string): void => void process.stdout.write(`bench: ${line}\n`);
  say(
    `${args.smoke ? 'smoke run' : 'full run'} on ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );

  const results: BenchResults = { mode: args.smoke ? 'smoke' : 'full', machine, durationSeconds: 0, failures: {} };
  for (const section of args.only) {
    say(`${section}...`);
    const input = { section, options: plan[section] } as SectionInput;
    try {
      const value = await runChild('section-main', input, {
        timeoutMs: SECTION_TIMEOUT_MS[section],
        onProgress: (line) => say(`  ${line}`),
      });
      switch (section) {
        case 'coldStart':
          results.coldStart = value as ColdStartResult;
          break;
        case 'iteration':
          results.iteration = value as IterationResult;
          break;
        case 'fleet':
          results.fleet = value as FleetResult;
          break;
        case 'gateway':
          results.gateway = value as GatewayResult;
          break;
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      results.failures[section] = message;
      say(`${section} FAILED: ${message}`);
    }
  }
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  machine.loadAverage.end = loadAverage();

  process.stdout.write(`\n${summaryTable(results)}\n`);
  if (results.fleet) {
    const line = results.fleet.linearity;
    process.stdout.write(
      `\nfleet tick growth: tick = ${line.fixedMs} ms + ${line.msPerExperiment} ms x experiments (R² ${line.r2}), ` +
        `peak RSS = ${line.baseRssMiB} MiB + ${line.rssMiBPer1000} MiB per 1,000 experiments:\n`,
    );
    process.stdout.write(`${growthTable(results.fleet.growth)}\n`);
  }
  process.stdout.write(
    `\nmachine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.prometheus}, ${machine.wrk}; ` +
      `${machine.date}; ${results.durationSeconds} s; load average ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end\n`,
  );
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  say(`results written to ${path.relative(process.cwd(), args.out) || args.out}`);
  return Object.keys(results.failures).length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
