// What `iter8fn report` shows, read once from an experiment of unknown shape (a status written by
// iter8fn, an Iter8 v2 object from kubectl, or hand-edited YAML). Like describe, nothing here
// throws on odd input: a field that is missing or of the wrong type is treated as absent.

import { aggregatedValueNanos, objectiveVerdictOf } from '../analysis/verdict.js';
import type { Verdict } from '../experiment/outcome.js';
import { isVerdict, VERDICT_WORDS } from '../experiment/outcome.js';
import { field, isRecord } from '../util/records.js';
import { formatFixed3Ceil, isQuantity, nanosToNumber, parseQuantity } from '../experiment/quantity.js';

export type CellVerdict = (typeof VERDICT_WORDS)[Verdict]['report'];

export interface ObjectiveCell {
  /** Latest value, when there is one. */
  value?: number;
  /** The value as describe prints it (3 decimals rounded up). */
  shown?: string;
  verdict: CellVerdict;
  /** Why there is no verdict, when unavailable. */
  reason?: string;
}

export interface ObjectiveRow {
  metric: string;
  upperLimit?: number;
  lowerLimit?: number;
  /** `lower <= metric <= upper`, as describe labels it. */
  label: string;
  cells: ObjectiveCell[];
}

export interface ComparisonRow {
  metric: string;
  version: string;
  reference: string;
  /** `ratio 1.070` or `difference 2.000`, when computed. */
  measure?: string;
  /** `ratio <= 1.1` or `increase <= 5`. */
  bound?: string;
  verdict: CellVerdict;
  reason?: string;
}

export interface MetricSeries {
  metric: string;
  units?: string;
  description?: string;
  /** The query as the Metric wrote it (a template: $revision, ${elapsedTime} and the like). */
  query?: string;
  upperLimit?: number;
  lowerLimit?: number;
  /** Per version, one value (or null, unavailable) per history entry. */
  values: Record<string, Array<number | null>>;
  /** Latest value per version (from aggregatedMetrics) as describe prints it, null when unavailable. */
  latest: Record<string, string | null>;
}

export type Outcome = 'running' | 'completed' | 'rolled back' | 'failed' | 'not started';

export interface ReportModel {
  name: string;
  namespace: string;
  target: string;
  testingPattern: string;
  stage: string;
  outcome: Outcome;
  winner?: string;
  message: string;
  completedIterations: number;
  startTime?: string;
  lastUpdateTime?: string;
  versions: string[];
  /** The `revision` variable of each version (its name when it has none), for latency histograms. */
  revisions: Record<string, string>;
  /** Each version's variables, as its metric queries see them. */
  variables: Record<string, Array<{ name: string; value: string }>>;
  objectives: ObjectiveRow[];
  comparisons: ComparisonRow[];
  /** Iteration numbers and times of status.history; empty when the status has none. */
  iterations: number[];
  times: string[];
  metrics: MetricSeries[];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function quantity(value: unknown): number | undefined {
  if (!isQuantity(value)) return undefined;
  try {
    return nanosToNumber(parseQuantity(value));
  } catch {
    return undefined;
  }
}

function versionsOf(
  spec: unknown,
): Array<{ name: string; revision: string; variables: Array<{ name: string; value: string }> }> {
  const info = field(spec, 'versionInfo');
  const details = [field(info, 'baseline'), ...list(field(info, 'candidates'))].filter(isRecord);
  return details.flatMap((detail) => {
    const name = str(field(detail, 'name'));
    if (name === undefined) return [];
    const variables = list(field(detail, 'variables')).flatMap((v) => {
      const [key, value] = [str(field(v, 'name')), str(field(v, 'value'))];
      return key !== undefined && value !== undefined ? [{ name: key, value }] : [];
    });
    const revision = variables.find((v) => v.name === 'revision')?.value ?? name;
    return [{ name, revision, variables }];
  });
}

function outcomeOf(status: unknown): Outcome {
  const conditions = list(field(status, 'conditions'));
  const condition = (type: string) => conditions.find((c) => field(c, 'type') === type);
  if (field(condition('Failed'), 'status') === 'True') return 'failed';
  if (field(condition('Completed'), 'status') === 'True') {
    return /rolled back/i.test(str(field(condition('Completed'), 'message')) ?? '') ? 'rolled back' : 'completed';
  }
  const started = field(status, 'stage') !== undefined || Number(field(status, 'completedIterations')) > 0;
  return started ? 'running' : 'not started';
}

/**
 * Why `metric` has no value for `version`: the reason the analysis recorded in aggregatedMetrics'
 * message (`<metric> is unavailable for version <version>: <reason>`), else what is missing.
 */
function unavailableReason(status: unknown, metric: string, version: string, metrics: readonly string[]): string {
  if (!(Number(field(status, 'completedIterations')) > 0)) return 'no iteration has completed yet';
  const message = str(field(field(field(status, 'analysis'), 'aggregatedMetrics'), 'message')) ?? '';
  const prefix = `${metric} is unavailable for version ${version}: `;
  const start = message.indexOf(prefix);
  if (start >= 0) {
    const rest = message.slice(start + prefix.length);
    // The reason runs to the next warning or to the Info part.
    const ends = [rest.indexOf('; Info: '), ...metrics.map((m) => rest.indexOf(`, ${m} is unavailable for version `))];
    const end = Math.min(...ends.filter((i) => i >= 0), rest.length);
    return rest.slice(0, end);
  }
  return `status.analysis.aggregatedMetrics has no value of ${metric} for version ${version}`;
}

function objectiveLabel(metric: string, lower?: unknown, upper?: unknown): string {
  const bound = (raw: unknown) =>
    isQuantity(raw)
      ? formatFixed3Ceil(parseQuantity(raw))
      : raw === undefined
        ? undefined
        : typeof raw === 'string'
          ? raw
          : JSON.stringify(raw);
  let label = metric;
  const low = bound(lower);
  const high = bound(upper);
  if (low !== undefined) label = `${low} <= ${label}`;
  if (high !== undefined) label = `${label} <= ${high}`;
  return label;
}

export function reportModel(experiment: unknown): ReportModel {
  const metadata = field(experiment, 'metadata');
  const spec = field(experiment, 'spec');
  const status = field(experiment, 'status');
  const versionList = versionsOf(spec);
  const versions = versionList.map((v) => v.name);
  const snapshots = list(field(status, 'metrics')).filter(isRecord);
  const metricNames = snapshots.map((s) => str(field(s, 'name')) ?? '').filter((name) => name !== '');
  const objectivesSpec = list(field(field(spec, 'criteria'), 'objectives'));
  const assessed = isRecord(field(field(status, 'analysis'), 'versionAssessments'));

  const objectives: ObjectiveRow[] = objectivesSpec.map((objective, index) => {
    const metric = str(field(objective, 'metric')) ?? '';
    const upper = quantity(field(objective, 'upperLimit'));
    const lower = quantity(field(objective, 'lowerLimit'));
    const cells = versions.map((version): ObjectiveCell => {
      const nanos = aggregatedValueNanos(status, metric, version);
      const verdict = assessed ? objectiveVerdictOf(status, metric, index, version) : 'unavailable';
      const cell: ObjectiveCell = {
        verdict: VERDICT_WORDS[verdict].report,
        ...(nanos !== undefined ? { value: nanosToNumber(nanos), shown: formatFixed3Ceil(nanos) } : {}),
      };
      if (cell.verdict === 'unavailable') {
        cell.reason =
          nanos === undefined
            ? unavailableReason(status, metric, version, metricNames)
            : 'status.analysis.versionAssessments has no verdict for it';
      }
      return cell;
    });
    return {
      metric,
      label: objectiveLabel(metric, field(objective, 'lowerLimit'), field(objective, 'upperLimit')),
      ...(upper !== undefined ? { upperLimit: upper } : {}),
      ...(lower !== undefined ? { lowerLimit: lower } : {}),
      cells,
    };
  });

  const history = list(field(status, 'history')).filter(isRecord);
  const metrics: MetricSeries[] = metricNames.map((metric) => {
    const snapshot = snapshots.find((s) => field(s, 'name') === metric);
    const metricSpec = field(field(snapshot, 'metricObj'), 'spec');
    const query = list(field(metricSpec, 'params')).find((p) => field(p, 'name') === 'query');
    const objective = objectives.find((o) => o.metric === metric);
    const values: Record<string, Array<number | null>> = {};
    const latest: Record<string, string | null> = {};
    for (const version of versions) {
      values[version] = history.map(
        (record) => quantity(field(field(field(record, 'values'), metric), version)) ?? null,
      );
      const nanos = aggregatedValueNanos(status, metric, version);
      latest[version] = nanos === undefined ? null : formatFixed3Ceil(nanos);
    }
    const units = str(field(metricSpec, 'units'));
    const description = str(field(metricSpec, 'description'));
    const queryText = str(field(query, 'value')) ?? str(field(metricSpec, 'urlTemplate'));
    return {
      metric,
      ...(units !== undefined ? { units } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(queryText !== undefined ? { query: queryText.trim() } : {}),
      ...(objective?.upperLimit !== undefined ? { upperLimit: objective.upperLimit } : {}),
      ...(objective?.lowerLimit !== undefined ? { lowerLimit: objective.lowerLimit } : {}),
      values,
      latest,
    };
  });

  const winnerData = field(field(field(status, 'analysis'), 'winnerAssessment'), 'data');
  const winner = field(winnerData, 'winnerFound') === true ? str(field(winnerData, 'winner')) : undefined;
  const iterations = Number(field(status, 'completedIterations'));
  const startTime = str(field(status, 'startTime'));
  const lastUpdateTime = str(field(status, 'lastUpdateTime'));
  return {
    name: str(field(metadata, 'name')) ?? '',
    namespace: str(field(metadata, 'namespace')) ?? '',
    target: str(field(spec, 'target')) ?? '',
    testingPattern: str(field(field(spec, 'strategy'), 'testingPattern')) ?? '',
    stage: str(field(status, 'stage')) ?? 'not recorded',
    outcome: outcomeOf(status),
    ...(winner !== undefined ? { winner } : {}),
    message: str(field(status, 'message')) ?? '',
    completedIterations: Number.isInteger(iterations) && iterations > 0 ? iterations : 0,
    ...(startTime !== undefined ? { startTime } : {}),
    ...(lastUpdateTime !== undefined ? { lastUpdateTime } : {}),
    versions,
    revisions: Object.fromEntries(versionList.map((v) => [v.name, v.revision])),
    variables: Object.fromEntries(versionList.map((v) => [v.name, v.variables])),
    objectives,
    comparisons: comparisonsOf(status),
    iterations: history.map((record) => Number(field(record, 'iteration'))),
    times: history.map((record) => str(field(record, 'time')) ?? ''),
    metrics,
  };
}

/**
 * Comparison results from status.analysis.comparisons (a list of records, one per metric and
 * tested version, each against the live reference); none when the status has none.
 */
function comparisonsOf(status: unknown): ComparisonRow[] {
  const records = list(field(field(field(status, 'analysis'), 'comparisons'), 'data')).filter(isRecord);
  return records.map((record) => {
    const verdict = field(record, 'verdict');
    const ratio = field(record, 'ratio');
    const difference = field(record, 'difference');
    const reason = str(field(record, 'reason'));
    const bound = str(field(record, 'maxRatio')) ?? str(field(record, 'maxIncrease'));
    const row: ComparisonRow = {
      metric: str(field(record, 'metric')) ?? '',
      version: str(field(record, 'version')) ?? '',
      reference: str(field(record, 'reference')) ?? '',
      verdict: VERDICT_WORDS[isVerdict(verdict) ? verdict : 'unavailable'].report,
      ...(typeof ratio === 'number' ? { measure: `ratio ${ratio.toFixed(3)}` } : {}),
      ...(typeof difference === 'number' ? { measure: `difference ${difference.toFixed(3)}` } : {}),
      ...(bound !== undefined
        ? { bound: field(record, 'maxRatio') !== undefined ? `ratio <= ${bound}` : `increase <= ${bound}` }
        : {}),
      ...(reason !== undefined ? { reason } : {}),
    };
    return row;
  });
}
