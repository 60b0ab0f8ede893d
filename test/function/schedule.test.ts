// The PingSource schedule derived from intervalSeconds, `iter8fn schedule`, `iter8fn iterate`'s
// input handling, and the function's configuration from the environment.

import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { iterateCommand, iterationRequest } from '../../src/cli/iterate.js';
import { scheduleCommand } from '../../src/cli/schedule.js';
import {
  cronScheduleFor,
  expressibleIntervals,
  pingDueToleranceMs,
  pingSourceName,
  ScheduleError,
  triggersFor,
} from '../../src/eventing/schedule.js';
import { ConfigError, readFunctionConfig } from '../../src/function/config.js';
import { applyDefaults } from '../../src/experiment/parse.js';
import type { Experiment } from '../../src/experiment/types.js';
import { EventType } from '../../src/function/events.js';
import { createHandler, type ExperimentSource } from '../../src/function/handler.js';
import { OfflineTaskRunner } from '../../src/iteration/tasks.js';
import { InMemoryMetricCatalog } from '../../src/metrics/catalog.js';
import { MemoryExperimentStore } from '../support/memory-store.js';
import { isDue } from '../../src/iteration/step.js';
import { projectRoot } from '../support/seeds.js';
import { freePort, seedExperiment } from './harness.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('cronScheduleFor', () => {
  it.each([
    [1, '* * * * * *'],
    [2, '*/2 * * * * *'],
    [10, '*/10 * * * * *'],
    [20, '*/20 * * * * *'],
    [30, '*/30 * * * * *'],
    [60, '0 * * * * *'],
    [120, '0 */2 * * * *'],
    [900, '0 */15 * * * *'],
    [1800, '0 */30 * * * *'],
    [3600, '0 0 * * * *'],
    [7200, '0 0 */2 * * *'],
    [21600, '0 0 */6 * * *'],
    [86400, '0 0 0 * * *'],
  ])('%i s -> %s', (seconds, cron) => {
    expect(cronScheduleFor(seconds)).toBe(cron);
  });

  it('fires evenly: every expressible interval divides its cron period', () => {
    for (const seconds of expressibleIntervals()) {
      const period = seconds < 60 ? 60 : seconds < 3600 ? 3600 : 86400;
      expect({ seconds, remainder: period % seconds }).toEqual({ seconds, remainder: 0 });
      expect(() => cronScheduleFor(seconds)).not.toThrow();
    }
  });

  it('refuses an interval no cron expresses evenly, naming the nearest that work', () => {
    expect(() => cronScheduleFor(45)).toThrow(ScheduleError);
    expect(() => cronScheduleFor(45)).toThrow(
      'intervalSeconds 45 cannot be expressed as an even PingSource cron schedule: use seconds that divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30), minutes that divide 60, or hours that divide 24 (nearest: 30 or 60)',
    );
    expect(() => cronScheduleFor(90)).toThrow('(nearest: 60 or 120)');
    expect(() => cronScheduleFor(7)).toThrow('(nearest: 6 or 10)');
    expect(() => cronScheduleFor(86400 * 2)).toThrow('(nearest: 86400)');
    expect(() => cronScheduleFor(0)).toThrow('at least 1');
    expect(() => cronScheduleFor(1.5)).toThrow('whole number');
  });
});

describe('pingDueToleranceMs', () => {
  it('keeps a PingSource tick that lands a little before interval after the last iteration due', () => {
    const spec = applyDefaults({
      target: 'default/app',
      strategy: { testingPattern: 'Conformance' },
      duration: { intervalSeconds: 10 },
    });
    const tick = Date.parse('2026-11-21T10:00:00Z');
    // The last tick came 0.4 s late and its iteration ended 50 ms after; this tick comes 0.05 s late.
    const status = { completedIterations: 1, lastUpdateTime: new Date(tick + 450).toISOString() };
    const next = tick + 10_050;
    expect(isDue(status, spec, next)).toBe(false); // Iter8's 100 ms: this tick would be skipped
    expect(isDue(status, spec, next, pingDueToleranceMs(10_000))).toBe(true);
    // A redelivery of the tick just served is still not due.
    expect(isDue(status, spec, tick + 2000, pingDueToleranceMs(10_000))).toBe(false);
  });

  it('absorbs PingSource jitter (up to 0.5 s) plus the previous iteration running late, but not a redelivery', () => {
    expect(pingDueToleranceMs(10_000)).toBe(5000);
    expect(pingDueToleranceMs(600_000)).toBe(5000);
    expect(pingDueToleranceMs(1000)).toBe(500);
    expect(pingDueToleranceMs(100)).toBe(100);
  });
});

describe('pingSourceName', () => {
  it('is readable, and unique and short for long names', () => {
    expect(pingSourceName('default', 'mirroring')).toBe('iter8-default-mirroring');
    expect(pingSourceName('default', 'a.b')).toBe('iter8-default-a-b');
    const long = pingSourceName('a-very-long-namespace-name', 'an-experiment-with-a-very-long-name-indeed');
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).not.toBe(pingSourceName('a-very-long-namespace-name', 'an-experiment-with-a-very-long-name-indeed-2'));
  });
});

describe('iter8fn schedule', () => {
  it('prints the PingSource for the sample experiment and the Trigger shipped in eventing/trigger.yaml', async () => {
    const { io, out } = capture();
    expect(await scheduleCommand(path.join(projectRoot, 'samples/mirroring/experiment.yaml'), {}, io)).toBe(0);
    const printed = parseAllDocuments(out()).map((d) => d.toJS() as Record<string, unknown>);
    const sample = parseAllDocuments(
      await fs.readFile(path.join(projectRoot, 'samples/mirroring/pingsource.yaml'), 'utf8'),
    )[0]?.toJS();
    const trigger = parseAllDocuments(
      await fs.readFile(path.join(projectRoot, 'eventing/trigger.yaml'), 'utf8'),
    )[0]?.toJS();
    expect(printed).toEqual([sample, trigger]);
    expect(printed[0]).toMatchObject({
      spec: { schedule: '*/10 * * * * *', data: '{"experiment":"default/mirroring"}' },
    });
  });

  it('takes names for another install, and skips the Trigger on request', async () => {
    const { io, out } = capture();
    const options = { namespace: 'tools', broker: 'events', functionService: 'my-iter8fn', trigger: false };
    expect(await scheduleCommand(path.join(projectRoot, 'samples/mirroring/experiment.yaml'), options, io)).toBe(0);
    const printed = parseAllDocuments(out()).map((d) => d.toJS());
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({
      metadata: { namespace: 'tools' },
      spec: { sink: { ref: { kind: 'Broker', name: 'events' } } },
    });
    expect(
      triggersFor({ namespace: 'tools', broker: 'events', functionService: 'my-iter8fn', deadLetterService: 'dl' })
        .ticks.spec.subscriber.ref.name,
    ).toBe('my-iter8fn');
  });

  it('exits 2 naming the problem: an interval no cron expresses, an invalid experiment, no experiment', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-schedule-'));
    try {
      const sample = await fs.readFile(path.join(projectRoot, 'samples/mirroring/experiment.yaml'), 'utf8');
      const odd = path.join(dir, 'odd.yaml');
      await fs.writeFile(odd, sample.replace('intervalSeconds: 10', 'intervalSeconds: 45'));
      let c = capture();
      expect(await scheduleCommand(odd, {}, c.io)).toBe(2);
      expect(c.err()).toMatch(
        /^error: experiment default\/mirroring: spec\.duration\.intervalSeconds 45 cannot be expressed as an even PingSource cron schedule/,
      );
      expect(c.out()).toBe('');
      const invalid = path.join(dir, 'invalid.yaml');
      await fs.writeFile(invalid, sample.replace('testingPattern: Conformance', 'testingPattern: Blue'));
      c = capture();
      expect(await scheduleCommand(invalid, {}, c.io)).toBe(2);
      expect(c.err()).toMatch(/spec\.strategy\.testingPattern: must be one of/);
      const empty = path.join(dir, 'empty.yaml');
      await fs.writeFile(empty, 'kind: ConfigMap\n');
      c = capture();
      expect(await scheduleCommand(empty, {}, c.io)).toBe(2);
      expect(c.err()).toBe(`error: no Experiment in ${empty}\n`);
      c = capture();
      expect(await scheduleCommand(path.join(dir, 'missing.yaml'), {}, c.io)).toBe(2);
      expect(c.err()).toMatch(/ENOENT/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('iter8fn iterate', () => {
  it('builds the manual-trigger CloudEvent func invoke would send', () => {
    const event = iterationRequest('default/mirroring');
    expect(event).toMatchObject({
      type: 'tools.iter8.iteration.requested',
      source: '/iter8fn/cli',
      datacontenttype: 'application/json',
      data: { experiment: 'default/mirroring' },
    });
    expect(iterationRequest('default').data).toEqual({ namespace: 'default' });
    expect(() => iterationRequest('Default/x')).toThrow('target must be <namespace>/<name>');
    expect(() => iterationRequest('a/b/c')).toThrow();
  });

  it('exits 2 for bad input and 1 when the sink does not answer', async () => {
    let c = capture();
    expect(await iterateCommand('default/x', { sink: 'not a url' }, c.io)).toBe(2);
    expect(c.err()).toBe('error: --sink must be a URL, got "not a url"\n');
    c = capture();
    expect(await iterateCommand('x/y/z', { sink: 'http://127.0.0.1:1' }, c.io)).toBe(2);
    c = capture();
    const port = await freePort();
    expect(await iterateCommand('default/x', { sink: `http://127.0.0.1:${port}` }, c.io)).toBe(1);
    expect(c.err()).toBe(
      `error: sending tools.iter8.iteration.requested to http://127.0.0.1:${port}/: connection refused\n`,
    );
  });
});

describe('function configuration', () => {
  it('has defaults for everything, and only the Prometheus URL as allowed metric URL', () => {
    expect(readFunctionConfig({})).toEqual({
      allowedMetricUrls: ['http://prometheus-operated.iter8-system:9090/api/v1'],
      scanConcurrency: 8,
      scanInlineMax: 100,
      queryTimeoutMs: 5000,
      kubeTimeoutMs: 10000,
      errorLimit: 3,
      readyTimeoutMs: 60000,
      logTicks: 'notable',
    });
    expect(readFunctionConfig({ ITER8FN_LOG_TICKS: 'all' }).logTicks).toBe('all');
    expect(
      readFunctionConfig({ ITER8FN_PROMETHEUS_URL: 'http://prom.monitoring:9090/prometheus/' }).allowedMetricUrls,
    ).toEqual(['http://prom.monitoring:9090/prometheus/api/v1']);
    expect(readFunctionConfig({ ITER8FN_ALLOWED_METRIC_URLS: '*' }).allowedMetricUrls).toBeUndefined();
    expect(readFunctionConfig({ ITER8FN_NAMESPACES: 'default, team-a', KUBECONFIG: '/k' })).toMatchObject({
      namespaces: ['default', 'team-a'],
      kubeconfig: '/k',
    });
  });

  it('names every bad variable at once', () => {
    const read = () =>
      readFunctionConfig({
        ITER8FN_PROMETHEUS_URL: 'prometheus:9090',
        ITER8FN_SCAN_CONCURRENCY: '0',
        ITER8FN_QUERY_TIMEOUT_MS: 'soon',
        ITER8FN_NAMESPACES: 'Default',
        ITER8FN_ALLOWED_METRIC_URLS: 'ftp://x',
        ITER8FN_LOG_TICKS: 'verbose',
      });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      'invalid function configuration: ITER8FN_PROMETHEUS_URL must be an http(s) URL (got "prometheus:9090"); ITER8FN_ALLOWED_METRIC_URLS: allowed metric URL "ftp://x" must be http or https; ITER8FN_NAMESPACES: "Default" is not a namespace name; ITER8FN_LOG_TICKS must be notable or all (got "verbose"); ITER8FN_SCAN_CONCURRENCY must be a whole number of at least 1 (got "0"); ITER8FN_QUERY_TIMEOUT_MS must be a whole number of at least 1 (got "soon")',
    );
  });
});

describe('tick log lines (ITER8FN_LOG_TICKS)', () => {
  const completed = new MemoryExperimentStore({
    ...(seedExperiment('done') as unknown as Experiment),
    status: { conditions: [{ type: 'Completed', status: 'True' }], stage: 'Completed' },
  });
  const source: ExperimentSource = {
    store: (ref) =>
      ref.name === 'done'
        ? completed
        : { read: async () => undefined, writeStatus: async () => Promise.reject(new Error('no such experiment')) },
    pages: async function* () {
      yield [];
    },
    catalog: new InMemoryMetricCatalog([]),
    tasks: new OfflineTaskRunner(),
  };
  const ping = (id: string, experiment: string) => ({
    id,
    type: EventType.Ping,
    source: '/test',
    specversion: '1.0',
    data: { experiment },
  });

  it('logs only the ticks that need a look with `notable` (the function default), and every tick with `all`', async () => {
    for (const logTicks of ['notable', 'all'] as const) {
      const lines: string[] = [];
      const handle = createHandler(source, { logTicks, log: (line) => lines.push(line) });
      await handle({}, ping('e1', 'default/done'));
      await handle({}, ping('e2', 'default/gone'));
      const expected = ['e2 default/gone: not-found: experiment default/gone not found'];
      expect(lines).toEqual(logTicks === 'all' ? ['e1 default/done: already-completed', ...expected] : expected);
    }
  });
});
