import { describe, it, expect, afterEach } from '@jest/globals';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  firstValue,
  PROMETHEUS_NOT_FOUND,
  startPrometheus,
  type PrometheusQueryResponse,
} from '../../src/local/prometheus.js';
import { FaultSpecError, parseFaultSpec, parseInjectOption } from '../../src/local/revision.js';
import { iter8KnativeQuery, startKnativeFixture, type KnativeFixture } from '../support/prometheus.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iter8fn-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('startPrometheus', () => {
  it('starts, answers queries, and stops without leaving a process or data behind', async () => {
    const prometheus = await startPrometheus({ scrapeTargets: [] });
    cleanups.push(() => prometheus.stop());
    expect(prometheus.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(isAlive(prometheus.pid)).toBe(true);
    expect(existsSync(prometheus.dataDir)).toBe(true);

    const response = await prometheus.query('vector(42)');
    expect(firstValue(response)).toBe(42);

    await prometheus.stop();
    expect(isAlive(prometheus.pid)).toBe(false);
    expect(existsSync(prometheus.dataDir)).toBe(false);
    await expect(prometheus.stop()).resolves.toBeUndefined();
  }, 20000);

  it('fails with a one-line install hint when the binary is missing, and cleans up', async () => {
    const tempRoot = scratchDir();
    const saved = process.env['PROMETHEUS_BIN'];
    process.env['PROMETHEUS_BIN'] = '/nonexistent';
    cleanups.push(() => {
      if (saved === undefined) delete process.env['PROMETHEUS_BIN'];
      else process.env['PROMETHEUS_BIN'] = saved;
    });
    const error = await startPrometheus({ scrapeTargets: [], tempRoot }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe(PROMETHEUS_NOT_FOUND);
    expect(error?.message).not.toContain('\n');
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('reports an early exit on one line with the last stderr lines, and cleans up', async () => {
    const tempRoot = scratchDir();
    const fakeBinary = join(tempRoot, 'fake-prometheus');
    writeFileSync(fakeBinary, '#!/bin/sh\necho "loading config" >&2\necho "err=\\"bad config\\"" >&2\nexit 3\n');
    chmodSync(fakeBinary, 0o755);
    const error = await startPrometheus({ scrapeTargets: [], tempRoot, binary: fakeBinary }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe('prometheus exited early (code 3): loading config | err="bad config"');
    expect(readdirSync(tempRoot)).toEqual(['fake-prometheus']);
  });

  it('rejects scrape targets that are not host:port', async () => {
    await expect(startPrometheus({ scrapeTargets: ['http://127.0.0.1:9091/metrics'] })).rejects.toThrow(
      /bad scrape target/,
    );
  });
});

describe('parseFaultSpec / parseInjectOption', () => {
  it('parses latency and error fraction', () => {
    expect(parseFaultSpec('latency=80ms,errors=0.05')).toEqual({ latencyMs: 80, errorRate: 0.05 });
    expect(parseFaultSpec(' errors=5% , latency=0.5s ')).toEqual({ latencyMs: 500, errorRate: 0.05 });
    expect(parseInjectOption('sample-app-v2:latency=80ms,errors=0.05')).toEqual({
      revisionName: 'sample-app-v2',
      faults: { latencyMs: 80, errorRate: 0.05 },
    });
  });

  it.each([
    ['', /empty fault spec/],
    ['latency=80', /bad latency "80": expected a duration with a unit/],
    ['latency=-5ms', /bad latency/],
    ['errors=1.5', /cannot exceed 1/],
    ['errors=abc', /bad errors "abc"/],
    ['jitter=5ms', /unknown fault "jitter"/],
    ['latency=5ms,latency=6ms', /latency given twice/],
    ['latency', /expected key=value/],
  ])('rejects %j', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(FaultSpecError);
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });

  it('rejects an --inject value without a revision', () => {
    expect(() => parseInjectOption('latency=80ms')).toThrow(/expected <revision>:<faults>/);
    expect(() => parseInjectOption('Bad_Name:latency=80ms')).toThrow(/not a valid revision name/);
  });
});

describe('Knative fixture scraped by a real Prometheus', () => {
  let fixture: KnativeFixture | undefined;
  afterEach(async () => {
    await fixture?.stop();
    fixture = undefined;
  });

  it('serves iter8-knative metrics: counts, error rate, mean latency; NaN/empty for an idle revision', async () => {
    const errorRate = 0.2;
    const injectedLatencyMs = 80;
    fixture = await startKnativeFixture({
      revisions: [
        { name: 'sample-app-v1', rps: 10 },
        { name: 'sample-app-v2', rps: 20, faults: { latencyMs: injectedLatencyMs, errorRate } },
        { name: 'sample-app-v3', rps: 0 },
      ],
      traffic: { maxDurationMs: 30000 },
    });
    const { prometheus } = fixture;
    const f = fixture;
    const value = async (
      metric: Parameters<typeof iter8KnativeQuery>[0],
      revision: string,
    ): Promise<number | undefined> =>
      firstValue(await prometheus.query(iter8KnativeQuery(metric, revision, f.elapsedSeconds())));

    // The apps answer like knative-route-demo.
    const page = await fetch(fixture.revisions['sample-app-v1']?.url ?? '').then((r) => r.text());
    expect(page).toContain('App blue');

    // Wait until Prometheus holds a few seconds of v2 traffic (first scrape lands ~5-7 s after start).
    const hasEnough = (r: PrometheusQueryResponse): boolean => (firstValue(r) ?? 0) >= 80;
    await prometheus.waitFor(
      "sum(increase(revision_app_request_latencies_count{revision_name='sample-app-v2'}[1m]))",
      hasEnough,
      25000,
    );

    const v2Count = await value('request-count', 'sample-app-v2');
    const v2Errors = await value('error-count', 'sample-app-v2');
    const v2ErrorRate = await value('error-rate', 'sample-app-v2');
    const v2Mean = await value('mean-latency', 'sample-app-v2');
    const v2P95 = await value('95th-percentile-tail-latency', 'sample-app-v2');
    expect(v2Count).toBeGreaterThan(0);
    expect(v2Errors).toBeGreaterThan(0);
    expect(Math.abs((v2ErrorRate ?? NaN) - errorRate)).toBeLessThan(0.05);
    expect(v2Mean).toBeGreaterThanOrEqual(injectedLatencyMs);
    expect(v2Mean).toBeLessThan(injectedLatencyMs + 15);
    // Whole-ms latencies of 80-9x ms fall in the le=80 and le=100 buckets.
    expect(v2P95).toBeGreaterThanOrEqual(80);
    expect(v2P95).toBeLessThanOrEqual(100);

    const v1Count = await value('request-count', 'sample-app-v1');
    expect(v1Count).toBeGreaterThan(0);
    expect(await value('error-rate', 'sample-app-v1')).toBe(0);
    expect(await value('mean-latency', 'sample-app-v1')).toBeLessThan(20);

    // No traffic: counters fall back to vector(0), ratios are 0/0 = NaN, the quantile is empty.
    expect(await value('request-count', 'sample-app-v3')).toBe(0);
    expect(await value('error-count', 'sample-app-v3')).toBe(0);
    expect(await value('error-rate', 'sample-app-v3')).toBeNaN();
    expect(await value('mean-latency', 'sample-app-v3')).toBeNaN();
    const v3P95 = await prometheus.query(
      iter8KnativeQuery('95th-percentile-tail-latency', 'sample-app-v3', f.elapsedSeconds()),
    );
    expect(v3P95.data?.result).toEqual([]);
    expect(firstValue(v3P95)).toBeUndefined();

    // The series carry the Knative <= 1.18 labels.
    const labels = await prometheus.query(
      "revision_app_request_latencies_count{revision_name='sample-app-v2',response_code='503'}",
    );
    const series = (labels.data?.result as Array<{ metric: Record<string, string> }>)[0]?.metric;
    expect(series).toMatchObject({
      namespace_name: 'default',
      service_name: 'sample-app',
      configuration_name: 'sample-app',
      revision_name: 'sample-app-v2',
      response_code: '503',
      response_code_class: '5xx',
    });

    const stats = await fixture.traffic()?.stop();
    expect(stats?.byStatus['sample-app-v3']).toEqual({});
    expect(stats?.failures['sample-app-v2']).toBe(0);
    const prometheusPid = prometheus.pid;
    await fixture.stop();
    fixture = undefined;
    expect(isAlive(prometheusPid)).toBe(false);
  }, 40000);
});
