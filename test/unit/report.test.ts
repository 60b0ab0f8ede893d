import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { renderReportFile } from '../../src/cli/report.js';
import { iterate } from '../../src/iteration/step.js';
import type { Experiment, MetricSnapshot } from '../../src/experiment/types.js';
import type { FetchedValues } from '../../src/metrics/fetch.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';
import { renderDescribe } from '../../src/report/describe.js';
import { escapeHtml, renderHtmlReport, scriptJson } from '../../src/report/html.js';
import { bucketQueryOf, toBuckets } from '../../src/report/histograms.js';
import { reportModel } from '../../src/report/model.js';
import { renderTextReport } from '../../src/report/text-report.js';
import { canaryExperiment } from '../support/canary-experiment.js';
import { conformanceDir } from '../support/seeds.js';

const HOSTILE = `<img src=x onerror="alert(1)">'&</script><script>alert(2)</script>`;
const metric = (name: string) => KNATIVE_METRICS.find((m) => m.metadata.name === name)!;
const SNAPSHOTS: MetricSnapshot[] = [
  { name: 'iter8-knative/mean-latency', metricObj: metric('mean-latency') },
  { name: 'iter8-knative/error-rate', metricObj: metric('error-rate') },
];

const canary = (names: { experiment: string; baseline: string; candidate: string }): Experiment =>
  canaryExperiment({ name: names.experiment, baseline: names.baseline, candidate: names.candidate, iterations: 3 });

/** Runs the pure step over per-iteration values: [baseline latency, candidate latency | undefined]. */
function played(exp: Experiment, latencies: Array<[number, number | undefined]>): Experiment {
  const [baseline, candidate] = [exp.spec.versionInfo!.baseline.name, exp.spec.versionInfo!.candidates![0]!.name];
  let current = exp;
  latencies.forEach(([base, cand], index) => {
    const values: FetchedValues = new Map([
      [
        'iter8-knative/mean-latency',
        new Map([
          [baseline, { kind: 'value' as const, value: base }],
          [
            candidate,
            cand === undefined
              ? { kind: 'unavailable' as const, reason: 'no requests yet' }
              : { kind: 'value', value: cand },
          ],
        ]),
      ],
      [
        'iter8-knative/error-rate',
        new Map([
          [baseline, { kind: 'value' as const, value: 0 }],
          [candidate, { kind: 'value' as const, value: 0.002 }],
        ]),
      ],
    ]);
    const step = iterate(current, { metrics: SNAPSHOTS, values }, Date.parse('2026-12-01T10:00:00Z') + index * 10_000);
    current = { ...current, status: step.status };
  });
  return current;
}

describe('report model', () => {
  it('reads objectives, their verdicts and the reason a value is unavailable', () => {
    const exp = played(canary({ experiment: 'e', baseline: 'v1', candidate: 'v2' }), [
      [20, undefined],
      [21, 60],
      [22, undefined],
    ]);
    const model = reportModel(exp);
    expect(model.outcome).toBe('completed');
    expect(model.iterations).toEqual([1, 2, 3]);
    expect(model.objectives[0]?.cells).toEqual([
      { verdict: 'met', value: 22, shown: '22.000' },
      { verdict: 'unavailable', reason: 'no requests yet' },
    ]);
    expect(model.metrics[0]?.values).toEqual({ v1: [20, 21, 22], v2: [null, 60, null] });
    expect(model.metrics[0]?.upperLimit).toBe(50);
  });

  it('says why a value is missing when no iteration ran', () => {
    const model = reportModel(canary({ experiment: 'e', baseline: 'v1', candidate: 'v2' }));
    expect(model.objectives[0]?.cells[0]).toEqual({ verdict: 'unavailable', reason: 'no iteration has completed yet' });
    expect(model.outcome).toBe('not started');
  });

  it('turns cumulative buckets into per-bucket counts', () => {
    expect(
      toBuckets([
        { le: '+Inf', value: 10 },
        { le: '5', value: 2 },
        { le: '10', value: 9 },
      ]),
    ).toEqual([
      { le: 5, count: 2 },
      { le: 10, count: 7 },
      { le: Infinity, count: 1 },
    ]);
    expect(toBuckets([{ le: '5', value: 0 }])).toEqual([]);
  });
});

describe('report HTML', () => {
  it('escapes every name and message taken from the experiment', () => {
    const exp = played(canary({ experiment: HOSTILE, baseline: HOSTILE, candidate: 'v2' }), [[20, 21]]);
    exp.status!.message = HOSTILE;
    const html = renderHtmlReport(reportModel(exp));
    const page = html.slice(html.indexOf('<main>'));
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain(escapeHtml(HOSTILE));
    // In the embedded data the name is JSON whose `<` cannot open or close an element.
    const data = html.slice(html.indexOf('id="iter8fn-report-data">'));
    expect(data.slice(0, data.indexOf('</script>'))).not.toContain('<img');
    expect(JSON.parse(scriptJson(HOSTILE))).toBe(HOSTILE);
  });

  it('forbids every request with a Content-Security-Policy and inlines the chart library', () => {
    const html = renderHtmlReport(
      reportModel(played(canary({ experiment: 'e', baseline: 'a', candidate: 'b' }), [[1, 2]])),
    );
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).toContain('uPlot');
  });

  it('renders an Iter8 v2 object without history, saying so', async () => {
    const html = await renderReportFile({ file: path.join(conformanceDir, 'experiment5.yaml'), format: 'html' });
    expect(html).toContain('This status has no history');
    expect(html).toContain('sklearn-iris-experiment-1');
    expect(html).toMatch(/mean-latency &lt;= 1000\.000<\/th><td class="verdict met">/);
  });
});

describe('report --format text', () => {
  it("is describe's report followed by the history", async () => {
    const file = path.join(conformanceDir, 'experiment5.yaml');
    const experiment = parse(await fs.readFile(file, 'utf8')) as unknown;
    const text = await renderReportFile({ file, format: 'text' });
    expect(text.startsWith(renderDescribe(experiment).trimEnd())).toBe(true);
    expect(text).toContain('This status has no history');

    const exp = played(canary({ experiment: 'e', baseline: 'v1', candidate: 'v2' }), [
      [20, undefined],
      [21, 60],
    ]);
    const withHistory = renderTextReport(exp, reportModel(exp));
    expect(withHistory.startsWith(renderDescribe(exp).trimEnd())).toBe(true);
    expect(withHistory).toMatch(/\|\s+1 \| 2026-12-01T10:00:00.000Z \|\s+20.000 \| unavailable\s+\|/);
  });
});

describe('the latency buckets behind a quantile metric', () => {
  it('takes the inner expression of histogram_quantile, increase for rate, and its scale', () => {
    expect(
      bucketQueryOf(
        "histogram_quantile(0.95, sum(rate(revision_app_request_latencies_bucket{revision_name='$revision'}[${elapsedTime}s])) by (le))",
      ),
    ).toEqual({
      query: "sum(increase(revision_app_request_latencies_bucket{revision_name='$revision'}[${elapsedTime}s])) by (le)",
      scale: 1,
    });
    expect(
      bucketQueryOf(
        '1000 * histogram_quantile(0.95, sum by (le) ((rate(kn_queueproxy_app_duration_seconds_bucket[${elapsedTime}s]) * on(job, instance) group_left() target_info{kn_revision_name="$revision"})))',
      ),
    ).toEqual({
      query:
        'sum by (le) ((increase(kn_queueproxy_app_duration_seconds_bucket[${elapsedTime}s]) * on(job, instance) group_left() target_info{kn_revision_name="$revision"}))',
      scale: 1000,
    });
    expect(bucketQueryOf('sum(rate(x[1m]))')).toBeUndefined();
  });
});
