// `iter8fn report`: one self-contained HTML page for an experiment. It opens with no network at all:
// the chart library (uPlot) and its stylesheet are inlined from the copy `npm run build` puts under
// dist/report-assets, the data travels as JSON inside the page, and a Content-Security-Policy
// forbids every request. Everything taken from the experiment is escaped (text as HTML, data as
// JSON that cannot close its script element).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LatencyHistograms } from './histograms.js';
import type { CellVerdict, MetricSeries, ReportModel } from './model.js';

export interface HtmlReportOptions {
  histograms?: LatencyHistograms;
  /** When the report was made; shown in the footer. */
  now?: Date;
}

/** What the page's script draws; the browser tests read the same structure back from the charts. */
export type ChartSpec =
  | {
      id: string;
      kind: 'line';
      title: string;
      units?: string;
      /** Iteration numbers, or with `time` seconds since the epoch (x). */
      x: number[];
      time?: true;
      xLabel?: string;
      series: Array<{ label: string; values: Array<number | null>; color?: string; dash?: number[] }>;
      limits: Array<{ label: string; value: number }>;
    }
  | {
      id: string;
      kind: 'histogram';
      title: string;
      /** Bucket labels, one per x position. */
      buckets: string[];
      /** Per version, percent of its requests in each bucket. */
      series: Array<{ label: string; values: number[] }>;
    };

const ASSET_FOLDER = ['dist', 'report-assets'];
export const CHART_LIBRARY_FILES = { script: 'uPlot.iife.min.js', style: 'uPlot.min.css' } as const;

/** The package root: the nearest folder above this module holding package.json. */
function packageRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('iter8fn report: package.json not found above the report module');
    folder = parent;
  }
  return folder;
}

let assets: { script: string; style: string } | undefined;

export function chartLibrary(): { script: string; style: string } {
  if (assets) return assets;
  const root = packageRoot();
  // The copy `npm run build` made; in a checkout not built yet (unit tests), uPlot's own files.
  const built = path.join(root, ...ASSET_FOLDER);
  const folder = existsSync(built) ? built : path.join(root, 'node_modules', 'uplot', 'dist');
  const read = (file: string) => {
    const full = path.join(folder, file);
    if (!existsSync(full)) throw new Error(`the chart library is missing (${full}); run npm run build`);
    return readFileSync(full, 'utf8');
  };
  assets = { script: read(CHART_LIBRARY_FILES.script), style: read(CHART_LIBRARY_FILES.style) };
  return assets;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A library's source inside a <script> element: only `</script` could end it early. */
function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1');
}

const VERDICT_TEXT: Record<CellVerdict, string> = { met: '✔ met', violated: '✘ violated', unavailable: 'unavailable' };

function verdictCell(verdict: CellVerdict, value: string | undefined, reason: string | undefined): string {
  const valueText = value !== undefined ? `<span class="value">${escapeHtml(value)}</span>` : '';
  const reasonText = reason !== undefined ? `<span class="reason">${escapeHtml(reason)}</span>` : '';
  return `<td class="verdict ${verdict.replace(' ', '-')}"><span class="mark">${VERDICT_TEXT[verdict]}</span>${valueText}${reasonText}</td>`;
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(1) : Number(value.toPrecision(4)).toString();
}

function limitText(series: Pick<MetricSeries, 'upperLimit' | 'lowerLimit'>): string | undefined {
  const parts: string[] = [];
  if (series.lowerLimit !== undefined) parts.push(`at least ${formatNumber(series.lowerLimit)}`);
  if (series.upperLimit !== undefined) parts.push(`at most ${formatNumber(series.upperLimit)}`);
  return parts.length > 0 ? parts.join(' and ') : undefined;
}

export function summary(model: ReportModel): string {
  const name = model.namespace ? `${model.namespace}/${model.name}` : model.name;
  const outcomeClass =
    model.outcome === 'completed'
      ? model.winner !== undefined
        ? 'good'
        : 'bad'
      : model.outcome === 'failed' || model.outcome === 'rolled back'
        ? 'bad'
        : 'neutral';
  const item = (label: string, value: string, extra = '') =>
    `<div class="item${extra}"><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`;
  return `<header class="summary ${outcomeClass}">
<p class="kicker">iter8fn experiment report</p>
<h1>${escapeHtml(name)}</h1>
<dl>
${item('Stage', model.stage, ' stage')}
${item('Outcome', model.outcome, ' outcome')}
${item('Winner', model.winner ?? 'not found', ' winner')}
${item('Iterations', String(model.completedIterations))}
${item('Target', model.target)}
${item('Testing pattern', model.testingPattern)}
</dl>
<p class="message">${escapeHtml(model.message || 'no message')}</p>
</header>`;
}

export function objectivesTable(model: ReportModel): string {
  if (model.objectives.length === 0) return '<section><h2>Objectives</h2><p class="note">No objectives.</p></section>';
  const header = model.versions.map((v) => `<th>${escapeHtml(v)}</th>`).join('');
  const rows = model.objectives
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map((cell) => verdictCell(cell.verdict, cell.shown, cell.reason)).join('')}</tr>`,
    )
    .join('\n');
  return `<section id="objectives"><h2>Objectives</h2>
<table class="grid"><thead><tr><th>Objective</th>${header}</tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

function comparisonsTable(model: ReportModel): string {
  if (model.comparisons.length === 0) return '';
  const rows = model.comparisons
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.metric)}</th><td>${escapeHtml(row.version)} against ${escapeHtml(row.reference)}</td><td>${escapeHtml(row.bound ?? '')}</td>${verdictCell(row.verdict, row.measure, row.reason)}</tr>`,
    )
    .join('\n');
  return `<section id="comparisons"><h2>Comparisons</h2>
<table class="grid"><thead><tr><th>Metric</th><th>Versions</th><th>Bound</th><th>Result</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

export function latestTable(model: ReportModel): string {
  if (model.metrics.length === 0) return '';
  const header = model.versions.map((v) => `<th>${escapeHtml(v)}</th>`).join('');
  const rows = model.metrics
    .map((m) => {
      const cells = model.versions
        .map((v) => {
          const value = m.latest[v];
          return value === null || value === undefined
            ? '<td class="unavailable">unavailable</td>'
            : `<td class="num">${escapeHtml(value)}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(m.metric)}${m.units ? ` <span class="units">(${escapeHtml(m.units)})</span>` : ''}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<section id="latest"><h2>Latest values</h2>
<table class="grid"><thead><tr><th>Metric</th>${header}</tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

/** The metrics section; pushes the charts it places onto `charts`. */
export function lineCharts(model: ReportModel, charts: ChartSpec[]): string {
  if (model.iterations.length === 0) {
    return `<section id="metrics"><h2>Metrics over iterations</h2>
<p class="note no-history">This status has no history (status.history), so there is nothing to draw over iterations; the tables show the latest values${model.completedIterations > 0 ? ` (iteration ${model.completedIterations})` : ''}.</p></section>`;
  }
  const figures = model.metrics.map((m, index) => {
    const id = `metric-${index}`;
    const limits: Array<{ label: string; value: number }> = [];
    if (m.upperLimit !== undefined) limits.push({ label: 'upper limit', value: m.upperLimit });
    if (m.lowerLimit !== undefined) limits.push({ label: 'lower limit', value: m.lowerLimit });
    charts.push({
      id,
      kind: 'line',
      title: m.metric,
      ...(m.units ? { units: m.units } : {}),
      x: model.iterations,
      series: model.versions.map((v) => ({ label: v, values: m.values[v] ?? [] })),
      limits,
    });
    const limit = limitText(m);
    return `<figure class="metric">
<h3>${escapeHtml(m.metric)}${m.units ? ` <span class="units">(${escapeHtml(m.units)})</span>` : ''}</h3>
${m.description ? `<p class="description">${escapeHtml(m.description)}</p>` : ''}
<div class="chart" id="${id}" data-chart="${id}"></div>
<figcaption>${limit ? `Objective: ${escapeHtml(limit)} (dashed red line).` : 'Not an objective: no limit.'} A gap is an iteration without a value.</figcaption>
${m.query ? `<details><summary>Query</summary><pre>${escapeHtml(m.query)}</pre></details>` : ''}
</figure>`;
  });
  const first = model.times[0];
  const last = model.times[model.times.length - 1];
  return `<section id="metrics"><h2>Metrics over iterations</h2>
<p class="note">${model.iterations.length} iteration(s) in status.history${first && last ? `, ${escapeHtml(first)} to ${escapeHtml(last)}` : ''}.</p>
<div class="metrics">${figures.join('\n')}</div></section>`;
}

function bucketLabel(le: number): string {
  return Number.isFinite(le) ? `≤ ${formatNumber(le)}` : '> last';
}

function histogramSection(histograms: LatencyHistograms | undefined, charts: ChartSpec[]): string {
  if (!histograms) return '';
  const drawn = histograms.versions.filter((v) => v.buckets.length > 0);
  const notes = histograms.versions
    .filter((v) => v.missing !== undefined)
    .map((v) => `<li>${escapeHtml(v.version)}: ${escapeHtml(v.missing ?? '')}</li>`)
    .join('');
  let chart = '';
  if (drawn.length > 0) {
    // Every version shares the bucket layout of the first; buckets past the last one holding any
    // request are cut, so the bars are readable.
    const bounds = (drawn[0]?.buckets ?? []).map((b) => b.le);
    let lastUsed = 0;
    for (const v of drawn) v.buckets.forEach((b, i) => (b.count > 0 ? (lastUsed = Math.max(lastUsed, i)) : undefined));
    const shown = bounds.slice(0, Math.min(bounds.length, lastUsed + 2));
    charts.push({
      id: 'latency-histogram',
      kind: 'histogram',
      title: 'Request latency (milliseconds)',
      buckets: shown.map(bucketLabel),
      series: drawn.map((v) => {
        const total = v.buckets.reduce((sum, b) => sum + b.count, 0);
        return {
          label: v.version,
          values: shown.map((le) => {
            const bucket = v.buckets.find((b) => b.le === le);
            return bucket && total > 0 ? Number(((bucket.count / total) * 100).toFixed(3)) : 0;
          }),
        };
      }),
    });
    chart = '<div class="chart wide" id="latency-histogram" data-chart="latency-histogram"></div>';
  }
  const queries = histograms.versions
    .map((v) => `<li>${escapeHtml(v.version)} (${escapeHtml(v.revision)}): <pre>${escapeHtml(v.query)}</pre></li>`)
    .join('');
  return `<section id="histograms"><h2>Latency distribution</h2>
<p class="note">Share of each version's requests per latency bucket over the experiment's window (${histograms.windowSeconds} s up to ${escapeHtml(histograms.time)}), overlaid.</p>
${chart}
${notes ? `<ul class="missing">${notes}</ul>` : ''}
<details><summary>Queries</summary><ul class="queries">${queries}</ul></details></section>`;
}

export const REPORT_STYLE = `
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --good: #15803d; --bad: #b91c1c; --neutral: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f8fafc; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
.summary { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--neutral); border-radius: 8px; padding: 16px 20px; }
.summary.good { border-left-color: var(--good); } .summary.bad { border-left-color: var(--bad); }
.kicker { margin: 0; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .06em; }
h1 { margin: 2px 0 12px; font-size: 22px; word-break: break-all; }
dl { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; }
dt { color: var(--muted); font-size: 12px; } dd { margin: 0; font-weight: 600; word-break: break-all; }
.good .outcome dd, .good .winner dd { color: var(--good); } .bad .outcome dd { color: var(--bad); }
.message { margin: 12px 0 0; padding: 8px 10px; background: #f1f5f9; border-radius: 6px; font-family: ui-monospace, monospace; font-size: 13px; word-break: break-word; }
section { margin-top: 22px; } h2 { font-size: 17px; margin: 0 0 10px; } h3 { font-size: 14px; margin: 0 0 4px; word-break: break-all; }
.note { color: var(--muted); margin: 4px 0 10px; }
table.grid { border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 8px; min-width: 50%; }
.grid th, .grid td { padding: 7px 12px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
.grid thead th { background: #f1f5f9; font-size: 12px; color: var(--muted); word-break: break-all; }
.grid tbody th { font-weight: 500; font-family: ui-monospace, monospace; font-size: 13px; word-break: break-all; }
td.num { font-variant-numeric: tabular-nums; }
.verdict .mark { font-weight: 600; } .verdict.met .mark { color: var(--good); } .verdict.violated .mark { color: var(--bad); }
.verdict.unavailable .mark, td.unavailable { color: var(--muted); }
.verdict .value { margin-left: 8px; font-variant-numeric: tabular-nums; }
.verdict .reason { display: block; color: var(--muted); font-size: 12px; max-width: 420px; }
.units { color: var(--muted); font-weight: 400; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 14px; }
figure.metric { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; min-width: 0; }
.description { margin: 0 0 6px; color: var(--muted); font-size: 12px; }
.chart { width: 100%; min-height: 240px; } .chart.wide { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
details summary { cursor: pointer; color: var(--muted); font-size: 12px; margin-top: 6px; }
pre { white-space: pre-wrap; word-break: break-all; background: #f1f5f9; padding: 8px; border-radius: 6px; font-size: 12px; margin: 4px 0; }
ul.queries, ul.missing { padding-left: 18px; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
`;

// Runs in the page: defines window.iter8fnDraw, which draws a ChartSpec with uPlot (`draw`) and
// gives the data a line chart holds (`lineData`, for updates).
export const CHART_SCRIPT = `
(function () {
  'use strict';
  var COLORS = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#0891b2', '#ca8a04'];
  function width(el) { return Math.max(320, Math.floor(el.getBoundingClientRect().width)); }
  function fmt(v) { return v == null ? '-' : (Math.abs(v) >= 100 ? v.toFixed(1) : String(Number(v.toPrecision(4)))); }
  function lineData(spec) {
    var data = [spec.x];
    spec.series.forEach(function (s) { data.push(s.values); });
    spec.limits.forEach(function (l) { data.push(spec.x.map(function () { return l.value; })); });
    return data;
  }
  function line(spec, el) {
    var series = [{ label: spec.xLabel || 'iteration' }];
    spec.series.forEach(function (s, i) {
      var c = s.color || COLORS[i % COLORS.length];
      series.push({ label: s.label, stroke: c, width: 2, spanGaps: false, dash: s.dash,
        points: { show: !spec.time, size: 6, fill: c }, value: function (u, v) { return fmt(v); } });
    });
    spec.limits.forEach(function (l) {
      series.push({ label: l.label, stroke: '#dc2626', dash: [6, 4], width: 1.5, points: { show: false },
        value: function () { return fmt(l.value); } });
    });
    return new uPlot({
      width: width(el), height: 240,
      scales: { x: { time: !!spec.time } },
      axes: [spec.time ? {} : { label: 'iteration', incrs: [1, 2, 5, 10, 20, 50], values: function (u, ticks) { return ticks.map(String); } },
             { label: spec.units || '', size: 60, values: function (u, ticks) { return ticks.map(fmt); } }],
      series: series,
    }, lineData(spec), el);
  }
  function histogram(spec, el) {
    var x = spec.buckets.map(function (_, i) { return i; });
    var series = [{ label: 'bucket', value: function (u, i) { return i == null ? '-' : spec.buckets[i]; } }];
    var data = [x];
    var bars = uPlot.paths.bars({ size: [0.8, 60], align: 0 });
    spec.series.forEach(function (s, i) {
      var c = COLORS[i % COLORS.length];
      series.push({ label: s.label, stroke: c, fill: c + '80', width: 1, paths: bars, points: { show: false },
        value: function (u, v) { return v == null ? '-' : v.toFixed(1) + ' %'; } });
      data.push(s.values);
    });
    return new uPlot({
      width: width(el), height: 280,
      scales: { x: { time: false, range: [-0.6, x.length - 0.4] }, y: { range: [0, 100] } },
      axes: [{ label: 'latency bucket (ms)', incrs: [1], values: function (u, ticks) { return ticks.map(function (t) { return spec.buckets[t] || ''; }); } },
             { label: '% of requests', values: function (u, ticks) { return ticks.map(function (t) { return t + ' %'; }); } }],
      series: series,
    }, data, el);
  }
  /** Draws every spec into the element of its id; returns [{id, kind, plot}]. */
  function draw(specs) {
    var drawn = [];
    specs.forEach(function (spec) {
      var el = document.getElementById(spec.id);
      if (!el) { console.error('iter8fn: no element for chart ' + spec.id); return; }
      try {
        drawn.push({ id: spec.id, kind: spec.kind, plot: spec.kind === 'line' ? line(spec, el) : histogram(spec, el) });
      } catch (err) {
        console.error('iter8fn: chart ' + spec.id + ' failed: ' + err);
      }
    });
    return drawn;
  }
  window.iter8fnDraw = { draw: draw, lineData: lineData };
})();
`;

// The report's own script: draws the embedded charts and lists them on window.iter8fnCharts (the
// browser tests read the drawn data back from there).
const REPORT_SCRIPT = `
(function () {
  'use strict';
  var report = JSON.parse(document.getElementById('iter8fn-report-data').textContent);
  window.iter8fnCharts = window.iter8fnDraw.draw(report.charts);
  document.body.setAttribute('data-charts-drawn', String(window.iter8fnCharts.length));
})();
`;

/** A page's opening up to `<body>`: its security policy, title, the chart library's style and its own. */
export function pageHead(page: { title: string; csp: string; style: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${page.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${chartLibrary().style}</style>
<style>${page.style}</style>
</head>`;
}

/** The chart library, inlined as a script element. */
export function chartLibraryScript(): string {
  return `<script>${inlineScript(chartLibrary().script)}</script>`;
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/** The whole page for one experiment. */
export function renderHtmlReport(model: ReportModel, options: HtmlReportOptions = {}): string {
  const charts: ChartSpec[] = [];
  const body = [
    summary(model),
    objectivesTable(model),
    comparisonsTable(model),
    lineCharts(model, charts),
    latestTable(model),
    histogramSection(options.histograms, charts),
  ].join('\n');
  const name = model.namespace ? `${model.namespace}/${model.name}` : model.name;
  const made = (options.now ?? new Date()).toISOString();
  return `${pageHead({ title: `iter8fn report: ${name}`, csp: CSP, style: REPORT_STYLE })}
<body>
<main>
${body}
<footer>Made by iter8fn report at ${escapeHtml(made)}. Charts drawn with uPlot (MIT licence), inlined in this file.</footer>
</main>
${chartLibraryScript()}
<script type="application/json" id="iter8fn-report-data">${scriptJson({ charts })}</script>
<script>${CHART_SCRIPT}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
