// `iter8fn report` in a real browser (Debian chromium via playwright-core): an experiment run by
// `iter8fn run` against a real Prometheus scraping real revisions, reported with --prometheus, then
// opened from a file. The page must draw without a console error, request nothing but its own
// file, and each chart must hold exactly the values of status.history.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { renderReportFile } from '../../src/cli/report.js';
import { runExperimentFile } from '../../src/cli/run.js';
import { quantityToNumber } from '../../src/experiment/quantity.js';
import type { Experiment } from '../../src/experiment/types.js';
import { firstValue } from '../../src/local/prometheus.js';
import type { Browser } from '../support/browser.js';
import { launchBrowser } from '../support/browser.js';
import { canaryExperiment } from '../support/canary-experiment.js';
import { iter8KnativeQuery, startKnativeFixture, type KnativeFixture } from '../support/prometheus.js';

const HOSTILE = `<img src=x onerror="alert(1)">&</script><script>alert(2)</script>`;
const REVISIONS: [string, string] = ['sample-app-v1', 'sample-app-v2'];
const SCREENSHOTS = path.join(os.tmpdir(), 'iter8fn-screenshots');

interface DrawnChart {
  id: string;
  kind: string;
  labels: string[];
  data: Array<Array<number | null>>;
}

describe('iter8fn report in chromium', () => {
  let fixture: KnativeFixture;
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-report-'));
    fixture = await startKnativeFixture({
      revisions: [
        { name: 'sample-app-v1', rps: 10, faults: { latencyMs: 3 } },
        { name: 'sample-app-v2', rps: 10, faults: { latencyMs: 30, errorRate: 0.05 } },
      ],
      traffic: { maxDurationMs: 40_000 },
    });
    await fixture.prometheus.waitFor(
      iter8KnativeQuery('request-count', 'sample-app-v2', 30),
      (r) => (firstValue(r) ?? 0) > 0,
      20_000,
    );
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await fixture?.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function runAndReport(experiment: Experiment, name: string) {
    const file = path.join(folder, `${name}.yaml`);
    await fs.writeFile(file, stringify(experiment));
    await runExperimentFile({ file, prometheus: fixture.prometheus.url, speed: 10, print: () => undefined });
    const ran = parse(await fs.readFile(file, 'utf8')) as Experiment;
    const html = path.join(folder, `${name}.html`);
    await fs.writeFile(html, await renderReportFile({ file, format: 'html', prometheus: fixture.prometheus.url }));
    return { ran, url: pathToFileURL(html).href };
  }

  it('draws every metric over the iterations in status.history, with no error and no request', async () => {
    const { ran, url } = await runAndReport(
      canaryExperiment({
        name: 'report',
        baseline: 'baseline',
        candidate: 'candidate',
        iterations: 5,
        revisions: REVISIONS,
      }),
      'report',
    );
    const history = ran.status?.history ?? [];
    expect(history.length).toBe(5);
    const { page, requests, errors } = await browser.open(url);
    await page.waitForSelector('body[data-charts-drawn]');
    const charts = await page.evaluate(() =>
      (
        globalThis as unknown as {
          iter8fnCharts: Array<{
            id: string;
            kind: string;
            plot: { data: Array<Array<number | null>>; series: Array<{ label: string }> };
          }>;
        }
      ).iter8fnCharts.map((c) => ({
        id: c.id,
        kind: c.kind,
        labels: c.plot.series.map((s) => s.label),
        data: c.plot.data.map((column) => Array.from(column)),
      })),
    );
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);

    const lines = charts.filter((c: DrawnChart) => c.kind === 'line');
    const metrics = ran.status?.metrics?.map((m) => m.name) ?? [];
    expect(lines).toHaveLength(metrics.length);
    metrics.forEach((metric, index) => {
      const chart = lines[index]!;
      expect(chart.data[0]).toEqual(history.map((h) => h.iteration));
      for (const [column, version] of ['baseline', 'candidate'].entries()) {
        expect(chart.labels[column + 1]).toBe(version);
        expect(chart.data[column + 1]).toEqual(
          history.map((h) => {
            const value = h.values[metric]?.[version];
            return value === undefined ? null : quantityToNumber(value);
          }),
        );
      }
    });
    // The objective's limit is drawn beside the versions: mean latency <= 50.
    const meanLatency = lines[metrics.indexOf('iter8-knative/mean-latency')]!;
    expect(meanLatency.labels[3]).toBe('upper limit');
    expect(new Set(meanLatency.data[3])).toEqual(new Set([50]));

    // Both versions' latency distributions, overlaid; each sums to 100 %.
    const histogram = charts.find((c: DrawnChart) => c.kind === 'histogram')!;
    expect(histogram.labels.slice(1)).toEqual(['baseline', 'candidate']);
    for (const column of histogram.data.slice(1)) {
      expect((column as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    }
    // The candidate (30 ms added) sits in slower buckets than the baseline (3 ms).
    const peak = (column: Array<number | null>) => column.indexOf(Math.max(...(column as number[])));
    expect(peak(histogram.data[2]!)).toBeGreaterThan(peak(histogram.data[1]!));

    // The verdicts: the candidate's 5% errors violate error-rate <= 0.01.
    const errorRow = page.locator('#objectives tr', { hasText: 'error-rate' });
    await expect(errorRow.locator('td').nth(1).textContent()).resolves.toContain('violated');

    mkdirSync(SCREENSHOTS, { recursive: true });
    const shot = path.join(SCREENSHOTS, `report-${Date.now()}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    process.stdout.write(`report screenshot: ${shot}\n`);
    await page.close();
  }, 90_000);

  it('shows hostile names as text: no element, no script, no request', async () => {
    const experiment = canaryExperiment({
      name: 'hostile',
      baseline: HOSTILE,
      candidate: 'candidate',
      iterations: 1,
      revisions: REVISIONS,
    });
    const { url } = await runAndReport(experiment, 'hostile');
    const { page, requests, errors, dialogs } = await browser.open(url);
    await page.waitForSelector('body[data-charts-drawn]');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await expect(page.locator('#objectives thead').textContent()).resolves.toContain(HOSTILE);
    await page.close();
  }, 60_000);
});
