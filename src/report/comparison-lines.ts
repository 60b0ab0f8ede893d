// One line per comparison and tested version, as `iter8fn run` prints after each iteration and
// local mode shows live.

import { formatPValue } from '../analysis/comparisons.js';
import type { Experiment } from '../experiment/types.js';
import { comparisonResultText, comparisonVerdictText } from './describe.js';

/** One line per comparison and tested version: `current  95th-percentile-tail-latency  current / live = 1.07 (<= 1.10)  satisfied (p = ..., 812 / 790 samples)`. */
export function comparisonLines(experiment: Experiment): string[] {
  const records = experiment.status?.analysis?.comparisons?.data ?? [];
  const width = Math.max(...records.map((r) => r.version.length), 1);
  return records.map((record) => {
    const details = [
      ...(record.pValue !== undefined ? [`p = ${formatPValue(record.pValue)}`] : []),
      `${record.testedSamples ?? '?'} / ${record.referenceSamples ?? '?'} samples`,
    ].join(', ');
    // A violated reason starts with "<version> is slower than <reference>"; the figures are on the line already.
    const reason =
      record.verdict === 'satisfied' || record.reason === undefined
        ? ''
        : `: ${record.verdict === 'violated' ? (record.reason.split(':')[0] ?? '') : record.reason}`;
    return `${record.version.padEnd(width)}  ${record.metric} ${comparisonResultText(record)}  ${comparisonVerdictText(record.verdict)} (${details})${reason}`;
  });
}
