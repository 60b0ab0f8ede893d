// How a local run is judged and how it ended: passed or not from the state file, the outcome of
// an error, the verdict lines, and the report written at the end.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { objectiveVerdictOf } from '../analysis/verdict.js';
import { parseExperiment } from '../experiment/parse.js';
import type { Experiment } from '../experiment/types.js';
import { endedWithoutFailure, getCondition } from '../iteration/conditions.js';
import { fetchLatencyHistograms } from '../report/histograms.js';
import { renderHtmlReport } from '../report/html.js';
import { reportModel } from '../report/model.js';
import { comparisonLines } from '../report/comparison-lines.js';
import { objectiveRows } from '../report/objective-rows.js';
import { errorMessage } from '../util/errors.js';
import type { ObjectiveLine } from './live-view.js';
import { ManifestError } from './manifest.js';
import { PrometheusStartError } from './prometheus.js';
import { Interrupted } from './run-control.js';
import type { ComparisonLine, LocalOutcome } from './session-events.js';

/** Passed: completed without failure (as `iter8fn run` exits 0), and a winner found. */
export function passed(experiment: Experiment): boolean {
  const status = experiment.status;
  return (
    getCondition(status, 'Completed')?.status === 'True' &&
    endedWithoutFailure(experiment) &&
    status?.analysis?.winnerAssessment?.data.winnerFound === true
  );
}

/** How a run that threw ended: stopped, refused input met late (Prometheus, metric files), or broken. */
export function outcomeOfError(err: unknown, abortReason: Error | undefined): LocalOutcome {
  const reason: unknown = abortReason ?? err;
  if (reason instanceof Interrupted) return { kind: 'interrupted', reason: reason.reason };
  if (err instanceof ManifestError || err instanceof PrometheusStartError)
    return { kind: 'invalid-input', message: err.message };
  return { kind: 'error', message: errorMessage(reason) };
}

/** Per objective and version: the verdict the status records (`unavailable` without a value), and the value. */
export function objectiveLines(experiment: Experiment): ObjectiveLine[] {
  return objectiveRows(experiment, (metric, index, version) =>
    objectiveVerdictOf(experiment.status, metric, index, version),
  );
}

/** Per comparison and tested version: the verdict word the live lines show, and the full line. */
export function comparisonLinesOf(experiment: Experiment): ComparisonLine[] {
  const records = experiment.status?.analysis?.comparisons?.data ?? [];
  return comparisonLines(experiment).map((line, index) => ({
    verdict: records[index]?.verdict === 'unavailable' ? 'inconclusive' : (records[index]?.verdict ?? ''),
    line,
  }));
}

/** The state file as the function last wrote it. */
export async function readState(file: string): Promise<Experiment> {
  return parseExperiment(parseYaml(await fs.readFile(file, 'utf8')) as unknown, file);
}

/** The report of the ended experiment, with each version's latency histogram, next to the state file. */
export async function writeReport(stateFile: string, experiment: Experiment, prometheusUrl: string): Promise<string> {
  const model = reportModel(experiment);
  const histograms = await fetchLatencyHistograms(model, prometheusUrl);
  const file = path.join(path.dirname(stateFile), 'report.html');
  await fs.writeFile(file, renderHtmlReport(model, { histograms }));
  return file;
}
