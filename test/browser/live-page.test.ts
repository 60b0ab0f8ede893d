// The live page of `iter8fn local`, watched in a real browser (Debian chromium via playwright-core)
// while the real command plays the mirroring sample: the page gains an iteration while the test
// watches, draws live and mirrored requests per second, requests nothing but its own server on
// 127.0.0.1, and at the end holds exactly the status.history of the state file and names the
// report written next to it.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { quantityToNumber } from '../../src/experiment/quantity.js';
import type { Experiment } from '../../src/experiment/types.js';
import type { Browser } from '../support/browser.js';
import { launchBrowser } from '../support/browser.js';
import { startLocal } from '../local/local-cli.js';

const SCREENSHOTS = path.join(os.tmpdir(), 'iter8fn-screenshots');

/** What the page script sees of an element. */
interface Element {
  getAttribute(name: string): string | null;
}

interface DrawnChart {
  id: string;
  labels: string[];
  data: Array<Array<number | null>>;
}

describe('iter8fn local: the live page', () => {
  let browser: Browser;
  let scratch: string;
  beforeAll(async () => {
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-live-'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('grows an iteration at a time while the run goes, and ends on the report', async () => {
    const state = path.join(scratch, 'state');
    const run = startLocal(['samples/mirroring', '--speed', '4', '--plain', '--state', state], {
      killAfterMs: 110_000,
    });
    const url = (await run.waitFor(/^live page: (http:\/\/127\.0\.0\.1:\d+\/)$/m, 30_000))[1]!;
    const { page, requests, errors } = await browser.open(url);

    // Watch one iteration arrive.
    await page.waitForSelector('body[data-iterations]', { timeout: 60_000 });
    const seen = Number(await page.getAttribute('body', 'data-iterations'));
    await page.waitForFunction(
      (before) => {
        const body = (globalThis as unknown as { document: { body: Element } }).document.body;
        return Number(body.getAttribute('data-iterations')) > before;
      },
      seen,
      { timeout: 30_000 },
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    const during = path.join(SCREENSHOTS, `live-page-${Date.now()}.png`);
    await page.screenshot({ path: during, fullPage: true });
    process.stdout.write(`live page screenshot (running): ${during}\n`);

    await page.waitForSelector('body[data-ended]', { timeout: 90_000 });
    const { code, output } = await run.exited;
    expect({ code, tail: output.slice(-800) }).toMatchObject({ code: 0 });
    const reportFile = path.join(state, 'report.html');
    expect(output.trimEnd().split('\n').slice(-3)).toContain(`report: ${reportFile}`);
    expect(existsSync(reportFile)).toBe(true);
    await expect(page.locator('#ended').textContent()).resolves.toContain(reportFile);

    const drawn = await page.evaluate(() => {
      const live = (
        globalThis as unknown as {
          iter8fnLive: Record<
            'charts' | 'experimentCharts',
            Array<{ id: string; plot: { data: Array<Array<number | null>>; series: Array<{ label: string }> } }>
          >;
        }
      ).iter8fnLive;
      const read = (c: (typeof live.charts)[number]) => ({
        id: c.id,
        labels: c.plot.series.map((s) => s.label),
        data: c.plot.data.map((column) => Array.from(column)),
      });
      return { traffic: live.charts.map(read), experiment: live.experimentCharts.map(read) };
    });
    expect(errors).toEqual([]);
    expect(requests.every((r) => r.startsWith(url))).toBe(true);

    // Requests per second: the live revision served live traffic, the dark one got mirrored copies.
    const rps = drawn.traffic.find((c: DrawnChart) => c.id === 'rps')!;
    const column = (label: string) => rps.data[rps.labels.indexOf(label)] as number[];
    const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0);
    expect(total(column('sample-app-v1 live'))).toBeGreaterThan(0);
    expect(total(column('sample-app-v2 mirrored'))).toBeGreaterThan(0);
    expect(total(column('sample-app-v2 live'))).toBe(0);

    // The objective charts hold exactly the state file's history.
    const experiment = parse(await fs.readFile(path.join(state, 'experiment.yaml'), 'utf8')) as Experiment;
    const history = experiment.status?.history ?? [];
    expect(history.map((h) => h.iteration)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const metrics = experiment.status?.metrics?.map((m) => m.name) ?? [];
    expect(drawn.experiment).toHaveLength(metrics.length);
    metrics.forEach((metric, index) => {
      const chart = drawn.experiment[index]!;
      expect(chart.data[0]).toEqual(history.map((h) => h.iteration));
      expect(chart.labels[1]).toBe('current');
      expect(chart.data[1]).toEqual(
        history.map((h) => {
          const value = h.values[metric]?.current;
          return value === undefined ? null : quantityToNumber(value);
        }),
      );
    });

    const end = path.join(SCREENSHOTS, `live-page-end-${Date.now()}.png`);
    await page.screenshot({ path: end, fullPage: true });
    process.stdout.write(`live page screenshot (ended): ${end}\n`);
    await page.close();
  }, 150_000);
});
