// `iter8fn describe`: the human-readable report iter8ctl printed for an Experiment
// (docs/iter8-behaviour.md#iter8ctl-describe; test/unit/describe.test.ts checks it against iter8ctl's
// golden reports).
//
// The input is whatever the user piped in (`kubectl get experiment x -o yaml`), possibly from an
// older or newer Iter8, possibly hand-edited, so it is read as `unknown`, field by field. A field
// that is missing or of the wrong type is treated as absent. Rendering never throws.
//
// Two deliberate differences from iter8ctl:
//  1. Reward Assessment: the ` *` marks the version with the best value for the reward's
//     preferred direction, among versions that have a value. iter8ctl kept the address of its loop
//     variable, so the star always landed on the last version (docs/iter8-behaviour.md#the-iter8ctl-reward-star).
//  2. Objective Assessment: a version with no value for the objective's metric shows
//     `unavailable` rather than the `false` analytics records for it (see analysis/verdict.ts).
// Neither changes any of the golden reports: they have no rewards, and every objective metric has
// a value for every version.

import { fixed, formatPValue } from '../analysis/comparisons.js';
import { aggregatedValueNanos, objectiveVerdictOf } from '../analysis/verdict.js';
import { VERDICT_WORDS } from '../experiment/outcome.js';
import { formatFixed3Ceil, isQuantity, parseQuantity } from '../experiment/quantity.js';
import { renderTable } from './table.js';
import { field, isRecord } from '../util/records.js';

const UNAVAILABLE = 'unavailable';

const CANARY_EXPLANATION = [
  '> If the candidate version satisfies the experiment objectives, then it is the winner.',
  '> Otherwise, if the baseline version satisfies the experiment objectives, it is the winner.',
  '> Otherwise, there is no winner.',
];
const CONFORMANCE_EXPLANATION = [
  '> If the version being validated; i.e., the baseline version, satisfies the experiment objectives, it is the winner.',
  '> Otherwise, there is no winner.',
];

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A scalar as Go's `%v` would print it; anything else counts as absent. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

function text(value: unknown): string {
  return scalar(value) ?? '';
}

/** A quantity at 3 decimals rounded toward +inf; undefined when the value is not a quantity. */
function quantityText(value: unknown): string | undefined {
  if (!isQuantity(value)) return undefined;
  try {
    return formatFixed3Ceil(parseQuantity(value));
  } catch {
    return undefined;
  }
}

/** Baseline then candidates, or undefined when the experiment has no versionInfo. */
function versionNames(spec: unknown): string[] | undefined {
  const info = field(spec, 'versionInfo');
  if (!isRecord(info)) return undefined;
  const names = [text(field(field(info, 'baseline'), 'name'))];
  for (const candidate of list(field(info, 'candidates'))) names.push(text(field(candidate, 'name')));
  return names;
}

function valueCell(status: unknown, metric: string, version: string): string {
  const nanos = aggregatedValueNanos(status, metric, version);
  return nanos === undefined ? UNAVAILABLE : formatFixed3Ceil(nanos);
}

/**
 * One reward row's cells. The star goes on the best value (highest for `High`, lowest otherwise,
 * as iter8ctl read any direction other than High as "lower better"); values are compared exactly,
 * and on a tie the first version keeps the star.
 */
export function rewardCells(
  status: unknown,
  metric: string,
  preferredDirection: unknown,
  versions: readonly string[],
): string[] {
  const values = versions.map((version) => aggregatedValueNanos(status, metric, version));
  const higherBetter = preferredDirection === 'High';
  let best: number | undefined;
  values.forEach((value, index) => {
    if (value === undefined) return;
    const current = best === undefined ? undefined : values[best];
    if (current === undefined || (higherBetter ? value > current : value < current)) best = index;
  });
  return values.map((value, index) => {
    if (value === undefined) return UNAVAILABLE;
    const shown = formatFixed3Ceil(value);
    return index === best ? `${shown} *` : shown;
  });
}

/** `<lower> <= <metric> <= <upper>`, either bound omitted when unset. */
function objectiveLabel(objective: unknown): string {
  const bound = (key: string): string | undefined => {
    const raw = field(objective, key);
    if (raw === undefined || raw === null) return undefined;
    // A limit that is not a quantity is shown as written rather than dropped.
    return quantityText(raw) ?? scalar(raw);
  };
  const lower = bound('lowerLimit');
  const upper = bound('upperLimit');
  let label = text(field(objective, 'metric'));
  if (lower !== undefined) label = `${lower} <= ${label}`;
  if (upper !== undefined) label = `${label} <= ${upper}`;
  return label;
}

function metricLabel(metricInfo: unknown): string {
  const name = text(field(metricInfo, 'name'));
  const units = scalar(field(field(field(metricInfo, 'metricObj'), 'spec'), 'units'));
  return units === undefined ? name : `${name} (${units})`;
}

function winnerSection(spec: unknown, status: unknown, out: string[]): void {
  const assessment = field(field(status, 'analysis'), 'winnerAssessment');
  if (!isRecord(assessment)) return;
  const pattern = field(field(spec, 'strategy'), 'testingPattern');
  const conformance = pattern === 'Conformance';
  out.push('', '****** Winner Assessment ******');
  if (pattern === 'Canary') out.push(...CANARY_EXPLANATION);
  if (conformance) out.push(...CONFORMANCE_EXPLANATION);
  const versions = versionNames(spec);
  // Go prints a []string with %s as `[a b c]`.
  if (!conformance && versions !== undefined) out.push(`App versions in this experiment: [${versions.join(' ')}]`);
  const data = field(assessment, 'data');
  const winner = field(data, 'winner');
  // iter8ctl crashed on winnerFound without a winner; "not found" is the honest reading.
  const found = field(data, 'winnerFound') === true && typeof winner === 'string';
  out.push(`Winning version: ${found ? winner : 'not found'}`);
  const recommended = scalar(field(status, 'versionRecommendedForPromotion'));
  if (!conformance && recommended !== undefined) out.push(`Version recommended for promotion: ${recommended}`);
}

function rewardSection(spec: unknown, status: unknown, versions: readonly string[], out: string[]): void {
  // iter8ctl printed rewards only once versionAssessments existed; kept for identical output.
  if (!isRecord(field(field(status, 'analysis'), 'versionAssessments'))) return;
  const rewards = list(field(field(spec, 'criteria'), 'rewards'));
  if (rewards.length === 0) return;
  out.push('', '****** Reward Assessment ******');
  out.push("> Identifies values of reward metrics for each version. The best version is marked with a '*'.");
  const rows = rewards.map((reward) => {
    const metric = text(field(reward, 'metric'));
    const direction = field(reward, 'preferredDirection');
    const label = `${metric} ${direction === 'High' ? '(higher better)' : '(lower better)'}`;
    return [label, ...rewardCells(status, metric, direction, versions)];
  });
  pushTable(out, ['Reward', ...versions], rows);
}

function objectiveSection(spec: unknown, status: unknown, versions: readonly string[], out: string[]): void {
  const objectives = list(field(field(spec, 'criteria'), 'objectives'));
  if (objectives.length === 0) return;
  if (!isRecord(field(field(status, 'analysis'), 'versionAssessments'))) return;
  out.push('', '****** Objective Assessment ******');
  out.push(
    '> Identifies whether or not the experiment objectives are satisfied by the most recently observed metrics values for each version.',
  );
  const rows = objectives.map((objective, index) => {
    const metric = text(field(objective, 'metric'));
    return [
      objectiveLabel(objective),
      ...versions.map((version) => VERDICT_WORDS[objectiveVerdictOf(status, metric, index, version)].table),
    ];
  });
  pushTable(out, ['Objective', ...versions], rows);
}

/** A finite number field, or undefined. */
function numberField(value: unknown, key: string): number | undefined {
  const raw = field(value, key);
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}

/** The observed side and the bound of each limit of one comparison record, e.g. [`current / live = 1.07`, `<= 1.10`]. */
function comparisonParts(record: unknown): Array<{ observed: string; bound: string }> {
  const version = text(field(record, 'version'));
  const reference = text(field(record, 'reference'));
  const shown = (bound: unknown): string => {
    const number = typeof bound === 'string' || typeof bound === 'number' ? Number(bound) : Number.NaN;
    return Number.isFinite(number) ? fixed(number) : text(bound);
  };
  const part = (operator: '/' | '-', value: number | undefined, bound: unknown) => {
    const limit = typeof bound === 'string' || typeof bound === 'number' ? Number(bound) : Number.NaN;
    return {
      observed: `${version} ${operator} ${reference}${value === undefined ? '' : ` = ${fixed(value)}`}`,
      bound: `${value !== undefined && value > limit ? '>' : '<='} ${shown(bound)}`,
    };
  };
  const parts: Array<{ observed: string; bound: string }> = [];
  const maxRatio = field(record, 'maxRatio');
  if (maxRatio !== undefined) parts.push(part('/', numberField(record, 'ratio'), maxRatio));
  const maxIncrease = field(record, 'maxIncrease');
  if (maxIncrease !== undefined) parts.push(part('-', numberField(record, 'difference'), maxIncrease));
  return parts;
}

/** `current / live = 1.07 (<= 1.10)` and/or `current - live = 0.002 (<= 0.005)`, from one comparison record. */
export function comparisonResultText(record: unknown): string {
  return comparisonParts(record)
    .map((p) => `${p.observed} (${p.bound})`)
    .join(', ');
}

/** The word a verdict shows as: unavailable comparisons read "inconclusive". */
export function comparisonVerdictText(verdict: unknown): string {
  if (verdict === 'satisfied' || verdict === 'violated') return verdict;
  return 'inconclusive';
}

function comparisonSection(status: unknown, out: string[]): void {
  const records = list(field(field(field(status, 'analysis'), 'comparisons'), 'data'));
  if (records.length === 0) return;
  out.push('', '****** Comparison Assessment ******');
  out.push(
    '> Compares each tested version with the reference version on the same window; violated needs a significant one-sided test.',
  );
  const rows = records.map((record) => {
    const tested = numberField(record, 'testedSamples');
    const reference = numberField(record, 'referenceSamples');
    const p = numberField(record, 'pValue');
    const parts = comparisonParts(record);
    return [
      text(field(record, 'metric')),
      parts.map((part) => part.observed).join(', '),
      parts.map((part) => part.bound).join(', '),
      `${tested ?? '?'} / ${reference ?? '?'}`,
      p === undefined ? '-' : formatPValue(p),
      comparisonVerdictText(field(record, 'verdict')),
    ];
  });
  pushTable(out, ['Comparison', 'Result', 'Bound', 'Samples', 'p-value', 'Verdict'], rows);
  for (const record of records) {
    const reason = scalar(field(record, 'reason'));
    if (reason !== undefined && field(record, 'verdict') !== 'satisfied') {
      out.push(`> ${comparisonVerdictText(field(record, 'verdict'))}: ${reason}`);
    }
  }
}

function metricsSection(status: unknown, versions: readonly string[], out: string[]): void {
  if (!isRecord(field(field(status, 'analysis'), 'aggregatedMetrics'))) return;
  out.push('', '****** Metrics Assessment ******');
  out.push('> Most recently read values of experiment metrics for each version.');
  // Rows follow status.metrics order, as iter8ctl's did.
  const rows = list(field(status, 'metrics')).map((metricInfo) => {
    const name = text(field(metricInfo, 'name'));
    return [metricLabel(metricInfo), ...versions.map((version) => valueCell(status, name, version))];
  });
  pushTable(out, ['Metric', ...versions], rows);
}

function pushTable(out: string[], header: string[], rows: string[][]): void {
  // renderTable ends every line with a newline; `out` holds lines without one.
  out.push(...renderTable(header, rows).replace(/\n$/, '').split('\n'));
}

function build(experiment: unknown): string {
  const metadata = field(experiment, 'metadata');
  const spec = field(experiment, 'spec');
  const strategy = field(spec, 'strategy');
  const status = field(experiment, 'status');

  const out: string[] = [''];
  out.push('****** Overview ******');
  out.push(`Experiment name: ${text(field(metadata, 'name'))}`);
  out.push(`Experiment namespace: ${text(field(metadata, 'namespace'))}`);
  out.push(`Target: ${text(field(spec, 'target'))}`);
  out.push(`Testing pattern: ${text(field(strategy, 'testingPattern'))}`);
  // Progressive is the CRD's default deployment pattern.
  out.push(`Deployment pattern: ${scalar(field(strategy, 'deploymentPattern')) ?? 'Progressive'}`);

  out.push('', '****** Progress Summary ******');
  const stage = scalar(field(status, 'stage'));
  if (stage !== undefined) out.push(`Experiment stage: ${stage}`);
  const iterations = field(status, 'completedIterations');
  const counted = typeof iterations === 'number' && Number.isFinite(iterations) ? iterations : 0;
  out.push(`Number of completed iterations: ${counted}`);
  // iter8fn's TrafficObserved condition: a version that received no requests, named with the causes.
  for (const condition of list(field(status, 'conditions'))) {
    if (text(field(condition, 'type')) === 'TrafficObserved' && text(field(condition, 'status')) === 'False') {
      out.push(`No traffic: ${text(field(condition, 'message'))}`);
    }
  }

  // An experiment that has not completed an iteration has nothing more to report.
  if (counted > 0) {
    // Without versionInfo the tables have only their label column, as in iter8ctl.
    const versions = versionNames(spec) ?? [];
    winnerSection(spec, status, out);
    rewardSection(spec, status, versions, out);
    objectiveSection(spec, status, versions, out);
    comparisonSection(status, out);
    metricsSection(status, versions, out);
  }
  // The report is printed with Go's Fprintln, which adds one newline after the final one.
  return `${out.join('\n')}\n\n`;
}

/**
 * The iter8ctl `describe` report for an experiment object (as parsed from YAML or JSON), exactly
 * as iter8ctl printed it to stdout, including its leading empty line and trailing extra newline.
 */
export function renderDescribe(experiment: unknown): string {
  try {
    return build(experiment);
  } catch {
    // Only reachable through exotic inputs (e.g. objects with throwing getters); a report of the
    // bare overview is still more useful than a crash.
    return build(undefined);
  }
}
