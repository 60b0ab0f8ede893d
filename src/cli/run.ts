// `iter8fn run FILE`: drives an experiment file to its end at its own interval, writing status
// after every iteration. A thin loop over runTick; all decisions are the engine's.

import path from 'node:path';
import type { Verdict } from '../experiment/outcome.js';
import { VERDICT_WORDS } from '../experiment/outcome.js';
import { applyDefaults, InvalidInputError, parseExperiment } from '../experiment/parse.js';
import type { Experiment } from '../experiment/types.js';
import { comparisonLines } from '../report/comparison-lines.js';
import { validateForIteration } from '../experiment/validate.js';
import { endedWithoutFailure } from '../iteration/conditions.js';
import { ExitCode } from './exit-codes.js';
import { ITER8_DUE_POLICY, totalIterations } from '../iteration/step.js';
import type { StepResult } from '../iteration/step.js';
import { OfflineTaskRunner } from '../iteration/tasks.js';
import type { TickResult } from '../iteration/tick.js';
import { runTick } from '../iteration/tick.js';
import type { MetricCatalog } from '../metrics/catalog.js';
import { experimentNamespace } from '../metrics/catalog.js';
import { loadMetricFiles, metricCatalog, MetricFileError } from '../metrics/metric-files.js';
import { objectiveRows } from '../report/objective-rows.js';
import { FileExperimentStore, FileFormatError } from '../store/file-store.js';
import { sleep } from '../util/sleep.js';

export interface RunOptions {
  file: string;
  prometheus?: string;
  metrics?: string[];
  /** Pins the pack of the built-in metric names (`--metric-pack`); default: detected. */
  metricPack?: string;
  timeoutMs?: number;
  errorLimit?: number;
  /** Divides intervalSeconds when waiting between iterations (demos and tests). */
  speed?: number;
  print?: (line: string) => void;
  signal?: AbortSignal;
  clock?: () => number;
}

export class CliInputError extends Error {}

export async function runExperimentFile(options: RunOptions): Promise<number> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const clock = options.clock ?? Date.now;
  const store = new FileExperimentStore(options.file);

  let experiment: Experiment;
  let catalog: MetricCatalog;
  try {
    const stored = await store.read();
    if (!stored) throw new CliInputError(`${options.file}: no such file`);
    experiment = parseExperiment(stored.raw, options.file);
    const problem = validateForIteration(experiment);
    if (problem) throw new CliInputError(`${options.file}: ${problem.message}`);
    catalog = metricCatalog(
      await loadMetricFiles(options.metrics ?? [], experimentNamespace(experiment)),
      options.prometheus,
    );
  } catch (err) {
    if (
      err instanceof CliInputError ||
      err instanceof MetricFileError ||
      err instanceof InvalidInputError ||
      err instanceof FileFormatError
    ) {
      print(`error: ${err.message}`);
      return ExitCode.InvalidInput;
    }
    throw err;
  }

  const spec = applyDefaults(experiment.spec);
  const total = totalIterations(spec);
  const name = experiment.metadata.name ?? path.basename(options.file);
  print(
    `${name}: ${spec.strategy.testingPattern} experiment on ${spec.target}, ${total} iteration(s) every ${spec.duration.intervalSeconds} s` +
      (options.speed && options.speed !== 1 ? ` (waits divided by ${options.speed})` : ''),
  );

  // The pack line is printed when the pack changes, the other findings with every iteration.
  const announced = { pack: '' };
  const deps = {
    catalog,
    tasks: new OfflineTaskRunner(),
    fetch: { ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) },
    packs: {
      ...(options.metricPack ? { pin: { name: options.metricPack, source: '--metric-pack' } } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    },
    ...(options.errorLimit !== undefined ? { errorLimit: options.errorLimit } : {}),
    clock,
    due: { ...ITER8_DUE_POLICY, speed: options.speed ?? 1 },
  };
  for (;;) {
    if (options.signal?.aborted) {
      print('interrupted; the file holds the status of the last completed iteration');
      return ExitCode.Failed;
    }
    const result = await runTick(store, deps);
    const exit = report(result, total, print, announced);
    if (exit !== undefined) return exit;
    // The engine decides when the next iteration is due (speed already applied); after an errored
    // attempt, retry one (sped-up) interval later.
    const wait =
      result.kind === 'not-due'
        ? result.dueAt - clock()
        : (spec.duration.intervalSeconds * 1000) / (options.speed ?? 1);
    await sleep(Math.max(0, wait), options.signal);
  }
}

/** Prints what a tick did; returns an exit code when the run is over. */
function report(
  result: TickResult,
  total: number,
  print: (line: string) => void,
  announced: { pack: string },
): number | undefined {
  switch (result.kind) {
    case 'not-found':
      print('error: the experiment file disappeared');
      return ExitCode.InvalidInput;
    case 'invalid':
      print(`error: ${result.message}`);
      return ExitCode.InvalidInput;
    case 'conflict':
      print('the file changed while an iteration ran; reading it again');
      return undefined;
    case 'not-due':
      return undefined;
    case 'already-completed':
      print(`already completed: ${result.experiment.status?.message ?? ''}`);
      return finalExitCode(result.experiment);
    case 'stepped':
      for (const task of result.tasks) print(`start task ${task.task}: ${task.outcome}: ${task.message}`);
      for (const finding of result.findings ?? []) {
        if (finding.reason !== 'MetricPack') continue;
        if (finding.message !== announced.pack) print(finding.message);
        announced.pack = finding.message;
      }
      printStep(result.experiment, result.step, total, print);
      for (const finding of result.findings ?? []) {
        if (finding.reason !== 'MetricPack') print(`  ${finding.reason}: ${finding.message}`);
      }
      if (result.step.outcome.kind === 'experiment-completed' || result.step.outcome.kind === 'experiment-failed') {
        print(`${result.experiment.status?.message ?? ''}`);
        return finalExitCode(result.experiment);
      }
      return undefined;
  }
}

export function finalExitCode(experiment: Experiment): number {
  // A comparison left violated or inconclusive at the end means the tested version did not prove itself.
  if ((experiment.status?.analysis?.comparisons?.data ?? []).some((record) => record.verdict !== 'satisfied'))
    return ExitCode.Failed;
  return endedWithoutFailure(experiment) ? ExitCode.Ok : ExitCode.Failed;
}

function printStep(experiment: Experiment, step: StepResult, total: number, print: (line: string) => void): void {
  const outcome = step.outcome;
  if (outcome.kind === 'iteration-errored') {
    print(
      `iteration ${(experiment.status?.completedIterations ?? 0) + 1} of ${total} not counted: metric error ${outcome.attempt}: ${outcome.error.message}`,
    );
    return;
  }
  if (outcome.kind === 'experiment-failed') return;
  print(`iteration ${outcome.iteration} of ${total}`);
  for (const line of verdictLines(experiment, step.verdicts)) print(`  ${line}`);
  for (const line of comparisonLines(experiment)) print(`  ${line}`);
}

/** One line per objective and version: `current  mean-latency <= 50.000  true (0.879)`. */
export function verdictLines(experiment: Experiment, verdicts: Record<string, Verdict[]>): string[] {
  const rows = objectiveRows(
    experiment,
    (_metric, index, version) => VERDICT_WORDS[verdicts[version]?.[index] ?? 'unavailable'].table,
  );
  const width = Math.max(...rows.map((row) => row.version.length), 1);
  return rows.map(
    (row) =>
      `${row.version.padEnd(width)}  ${row.label.padEnd(48)} ${row.verdict}${row.value !== undefined ? ` (${row.value})` : ''}`,
  );
}
