// `iter8fn report --format text`: describe's report, followed by the history describe does not show.

import { renderDescribe } from './describe.js';
import type { ReportModel } from './model.js';
import { renderTable } from './table.js';

function historyTable(model: ReportModel): string {
  if (model.iterations.length === 0)
    return '\n****** History ******\n> This status has no history (status.history).\n\n';
  const columns = model.metrics.flatMap((m) => model.versions.map((v) => ({ metric: m, version: v })));
  const header = ['Iteration', 'Time', ...columns.map(({ metric, version }) => `${metric.metric} ${version}`)];
  const rows = model.iterations.map((iteration, index) => [
    String(iteration),
    model.times[index] ?? '',
    ...columns.map(({ metric, version }) => {
      const value = metric.values[version]?.[index];
      return value === null || value === undefined ? 'unavailable' : value.toFixed(3);
    }),
  ]);
  return `\n****** History ******\n> Values per iteration (status.history).\n${renderTable(header, rows)}\n`;
}

/** describe's text, then the history table. */
export function renderTextReport(experiment: unknown, model: ReportModel): string {
  return renderDescribe(experiment).replace(/\n+$/, '\n') + historyTable(model);
}
