// `npm run bench`: every benchmark side by side in one run, each against its floor or reference
// measured in the same run. Prints one table of the goals (ratio, goal, met), the fleet growth, a
// sizing table, and writes bench/results.json.
//
//   node dist/bench/run.js [--smoke] [--only coldStart,iteration,fleet,gateway] [--out FILE]
//                          [--scan-concurrency N] [--profile]
//   node dist/bench/run.js --markdown [--out FILE]   the README's tables from a results file (no run)
//
// --profile writes a CPU profile of the function process in the iteration section (into profiles/
// beside the results file) and prints its self time during the measured phase by package and
// folder (bench/profile.ts).
// Each section runs in a process of its own (section-main.ts) and stops everything it started.
// --smoke runs every section with tiny sizes (well under a minute): it checks that the benchmark
// works, and its figures mean little. The exit code is 0 when every section produced figures,
// whether or not the goals were met (benchmarks are not pass/fail tests), and 1 otherwise.

import Table from 'cli-table3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { projectRoot, round, runChild, type Spread } from './support.js';

/** A difference with its sign: +0.4, -0.99 (a tail can come out below the direct one's by chance). */
const signed = (value: number): string => (value < 0 ? `${value}` : `+${value}`);
const SECTIONS = ['coldStart', 'iteration', 'fleet', 'gateway'] as const;
type Section = (typeof SECTIONS)[number];

interface Plan {
  coldStart: ColdStartOptions;
  iteration: IterationOptions;
  fleet: FleetOptions;
  gateway: GatewayOptions;
}

const FULL: Plan = {
  coldStart: { runs: 15 },
  iteration: { samples: 300, warmupBatch: 100, warmupMinBatches: 8, warmupMaxBatches: 20, settleShare: 0.03 },
  fleet: { sizes: [100, 1000, 5000], measuredSize: 1000, rounds: 3, scrapeIntervalSeconds: 10 },
  gateway: { rate: 1000, durationSeconds: 10, warmupSeconds: 3 },
};

const SMOKE: Plan = {
  // The unmeasured first start runs ours first and the measured one hello first: both orders run.
  coldStart: { runs: 1 },
  // Enough events for /proc's 10 ms CPU resolution to read a figure for the sizing table.
  iteration: { samples: 20, warmupBatch: 5, warmupMinBatches: 1, warmupMaxBatches: 3, settleShare: 0.03 },
  // Two rounds: the second runs the floor first.
  fleet: { sizes: [4, 8], measuredSize: 8, rounds: 2, scrapeIntervalSeconds: 1 },
  gateway: { rate: 200, durationSeconds: 1, warmupSeconds: 1 },
};

/** Bounds per section, so that a hung section cannot hold the run forever. */
const SECTION_TIMEOUT_MS: Record<Section, number> = {
  coldStart: 300_000,
  iteration: 400_000,
  fleet: 900_000,
  gateway: 180_000,
};

interface Arguments {
  smoke: boolean;
  markdown: boolean;
  profile: boolean;
  only: Section[];
  out: string;
  scanConcurrency?: number;
}

function readArguments(argv: string[]): Arguments {
  const args: Arguments = {
    smoke: false,
    markdown: false,
    profile: false,
    only: [...SECTIONS],
    out: path.join(projectRoot, 'bench/results.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--smoke') args.smoke = true;
    else if (arg === '--markdown') args.markdown = true;
    else if (arg === '--profile') args.profile = true;
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
const range = (s: Spread): string => `${s.median} ms (${s.min}-${s.max})`;

/** One row of a table, as text; rendered for a terminal or as Markdown. */
type Row = string[];

const GOAL_HEAD = [
  'goal (issue 14)',
  'iter8fn: median (min-max)',
  'floor, same run: median (min-max)',
  'ratio',
  'goal',
  'met',
];

function goalRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  const cold: ColdStartResult | undefined = results.coldStart;
  if (cold) {
    rows.push([
      `cold start: spawn to first forced iteration answered (${cold.runs} runs, alternated)`,
      `${range(cold.ours)}; listening at ${ms(cold.oursListeningMs)}`,
      `hello function ${range(cold.hello)}; listening at ${ms(cold.helloListeningMs)}`,
      String(cold.ratio),
      cold.goal.text,
      yes(cold.goal.met),
    ]);
  }
  const it: IterationResult | undefined = results.iteration;
  if (it) {
    rows.push([
      `one warm iteration, an event over HTTP (${it.samples} samples after ${it.warmup.events} warm-up)`,
      range(it.functionMs),
      `bare six requests + hello round trip ${range(it.floorWithHelloMs)}; bare alone ${range(it.bareMs)} (ratio ${it.ratioBare}); hello alone ${range(it.helloMs)}`,
      String(it.ratioWithHello),
      it.goals.latency.text,
      yes(it.goals.latency.met),
    ]);
    rows.push([
      'CPU per iteration (utime + stime)',
      `function process ${ms(it.cpu.functionMsPerIteration)}`,
      `bare client ${ms(it.cpu.bareClientMsPerIteration)} + hello process ${ms(it.cpu.helloMsPerEvent)}`,
      String(it.cpu.ratio),
      it.goals.cpu.text,
      yes(it.goals.cpu.met),
    ]);
  }
  const fleet: FleetResult | undefined = results.fleet;
  if (fleet) {
    const run = fleet.measured;
    rows.push([
      `scan tick of ${thousands(run.experiments)} due experiments (concurrency ${run.scanConcurrency}, ${run.rounds} rounds, alternated)`,
      `${range(run.tickMs)}: ${thousands(run.experimentsPerSecond)} experiments/s`,
      `same LIST, ${thousands(run.expectedQueries)} queries, ${thousands(run.experiments)} PATCHes: ${range(run.floorMs)}, ${thousands(run.floorExperimentsPerSecond)}/s`,
      String(run.ratio),
      fleet.goals.throughput.text,
      yes(fleet.goals.throughput.met),
    ]);
    rows.push([
      `peak RSS of the function process serving those ticks (VmHWM)`,
      `${run.peakRssMiB} MiB over ${run.rounds + 1} ticks; ${run.firstTickPeakRssMiB} MiB after the first; ${run.readyRssMiB} MiB when ready`,
      '-',
      '-',
      fleet.goals.memory.text,
      yes(fleet.goals.memory.met),
    ]);
    rows.push([
      'metric queries sent by each tick',
      `${thousands(run.queries)} (+ ${run.probesPerTick} metric-pack probe)`,
      `metric x version pairs: ${thousands(run.expectedQueries)}`,
      '-',
      fleet.goals.queries.text,
      yes(fleet.goals.queries.met),
    ]);
  }
  const gateway: GatewayResult | undefined = results.gateway;
  if (gateway) {
    rows.push([
      `local gateway, ${gateway.targetRate}/s for ${gateway.durationSeconds} s (${Math.round(gateway.mirroredShare * 100)}% mirrored)`,
      `p50 ${ms(gateway.gateway.p50Ms)}, p99 ${ms(gateway.gateway.p99Ms)} at ${gateway.gateway.ratePerSecond}/s, ${gateway.gateway.errors} errors`,
      `direct p50 ${ms(gateway.direct.p50Ms)}, p99 ${ms(gateway.direct.p99Ms)}; bare proxy p50 ${ms(gateway.bareProxy.p50Ms)}, p99 ${ms(gateway.bareProxy.p99Ms)}`,
      `${signed(gateway.addedP50Ms)} ms p50, ${signed(gateway.addedP99Ms)} ms p99`,
      gateway.goal.text,
      yes(gateway.goal.met),
    ]);
  }
  return rows;
}

const GROWTH_HEAD = [
  'experiments',
  'Prometheus series',
  'tick (median)',
  'floor (median)',
  'ratio',
  'CPU per experiment: function, floor, API server',
  'peak RSS',
  'queries',
];

function growthRows(growth: FleetRun[]): Row[] {
  return growth.map((run) => [
    thousands(run.experiments),
    thousands(run.series),
    ms(run.tickMs.median),
    ms(run.floorMs.median),
    String(run.ratio),
    `${run.functionCpuMsPerExperiment}, ${run.floorCpuMsPerExperiment}, ${run.apiServerCpuMsPerExperiment} ms`,
    `${run.peakRssMiB} MiB`,
    `${thousands(run.queries)}${run.queriesMatch ? '' : ' (MISMATCH)'}`,
  ]);
}

/** Share of one core an instance is planned to spend on iterations: headroom for bursts and GC. */
const PLANNED_CPU_SHARE = 0.5;
const SIZING_INTERVALS_S = [10, 30, 60];
const SIZING_FLEETS = [100, 1000, 10_000];

/**
 * Experiments one instance can iterate per interval, and instances needed per fleet size, from
 * the measured CPU per iteration c: capacity = floor(0.5 x interval / c).
 */
function sizingRows(cpuMsPerIteration: number): { head: string[]; rows: Row[] } {
  const capacity = (intervalS: number): number =>
    Math.floor((PLANNED_CPU_SHARE * intervalS * 1000) / cpuMsPerIteration);
  const head = ['', ...SIZING_INTERVALS_S.map((s) => `intervalSeconds ${s}`)];
  const rows: Row[] = [
    ['experiments per instance', ...SIZING_INTERVALS_S.map((s) => thousands(capacity(s)))],
    ...SIZING_FLEETS.map((n) => [
      `instances for ${thousands(n)} experiments`,
      ...SIZING_INTERVALS_S.map((s) => String(Math.max(1, Math.ceil(n / capacity(s))))),
    ]),
  ];
  return { head, rows };
}

function sizingNote(cpuMsPerIteration: number): string {
  return (
    `sizing from CPU per iteration c = ${cpuMsPerIteration} ms (function process, measured above): one instance at ` +
    `${PLANNED_CPU_SHARE * 100}% of one core iterates floor(${PLANNED_CPU_SHARE} x interval / c) experiments per interval; ` +
    'instances = ceil(experiments / that).'
  );
}

function terminalTable(head: string[], rows: Row[]): string {
  const table = new Table({ style: PLAIN, head });
  // Long cells wrap at '; ' so the terminal table stays readable.
  table.push(...rows.map((row) => row.map((cell) => cell.replace(/; /g, '\n'))));
  return table.toString();
}

function markdownTable(head: string[], rows: Row[]): string {
  const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Everything printed from a results object, as a terminal table or as Markdown for the README. */
function report(results: BenchResults, render: (head: string[], rows: Row[]) => string): string {
  const parts: string[] = [render(GOAL_HEAD, goalRows(results))];
  if (results.fleet) {
    const line = results.fleet.linearity;
    parts.push(
      `fleet tick growth: tick = ${line.fixedMs} ms + ${line.msPerExperiment} ms x experiments (R² ${line.r2}), ` +
        `peak RSS = ${line.baseRssMiB} MiB + ${line.rssMiBPer1000} MiB per 1,000 experiments:`,
      render(GROWTH_HEAD, growthRows(results.fleet.growth)),
    );
    for (const run of results.fleet.growth)
      if (run.queryMismatches) parts.push(`queries at ${run.experiments}: ${run.queryMismatches.join('; ')}`);
  }
  const it = results.iteration;
  if (it && it.cpu.functionMsPerIteration > 0) {
    const sizing = sizingRows(it.cpu.functionMsPerIteration);
    parts.push(sizingNote(it.cpu.functionMsPerIteration), render(sizing.head, sizing.rows));
  }
  if (it?.profile) {
    const per = (value: number): string => `${round(value / it.samples)} ms`;
    parts.push(
      `where the function process's CPU went during the ${it.samples} measured iterations (self time per iteration; profile ${it.profile.file}):`,
      render(
        ['package or folder', 'self time per iteration', 'share of sampled time'],
        it.profile.top.map((entry) => [entry.where, per(entry.selfMs), `${Math.round(entry.share * 1000) / 10}%`]),
      ),
    );
  }
  const m = results.machine;
  parts.push(
    `machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.prometheus}; ` +
      `${m.date}; ${results.durationSeconds} s; load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end` +
      (results.mode === 'smoke' ? ' (smoke run: figures mean little)' : ''),
  );
  return parts.join('\n\n');
}

async function main(): Promise<number> {
  const args = readArguments(process.argv.slice(2));
  if (args.markdown) {
    const results = JSON.parse(readFileSync(args.out, 'utf8')) as BenchResults;
    process.stdout.write(`${report(results, markdownTable)}\n`);
    return 0;
  }
  const plan = args.smoke ? SMOKE : FULL;
  if (args.scanConcurrency) plan.fleet.scanConcurrency = args.scanConcurrency;
  if (args.profile) {
    plan.iteration.profileDir = path.join(path.dirname(args.out), 'profiles');
    mkdirSync(plan.iteration.profileDir, { recursive: true });
  }
  const started = Date.now();
  const machine = machineInfo();
  const say = (line: string): void => void process.stdout.write(`bench: ${line}\n`);
  say(
    `${args.smoke ? 'smoke run' : 'full run'} on ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${machine.loadAverage.start}`,
  );

  const results: BenchResults = { mode: args.smoke ? 'smoke' : 'full', machine, durationSeconds: 0, failures: {} };
  for (const section of args.only) {
    say(`${section}...`);
    const sectionStarted = Date.now();
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
      say(`${section} done in ${Math.round((Date.now() - sectionStarted) / 1000)} s`);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      results.failures[section] = message;
      say(`${section} FAILED: ${message}`);
    }
  }
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  machine.loadAverage.end = loadAverage();

  process.stdout.write(`\n${report(results, terminalTable)}\n`);
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
