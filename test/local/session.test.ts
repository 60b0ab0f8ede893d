// LocalSession as a library: what a subscriber sees (typed events in order, snapshots), stop()
// mid-run unwinding everything it started, and bad input refused before anything starts.

import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LocalEvent } from '../../src/local/session-events.js';
import { LocalInputError } from '../../src/local/session-input.js';
import { LocalSession } from '../../src/local/session.js';
import { projectRoot } from '../support/seeds.js';
import { isRunning } from './local-cli.js';

const SAMPLE = path.join(projectRoot, 'samples/mirroring');
const scratch = mkdtempSync(path.join(tmpdir(), 'iter8fn-session-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('LocalSession', () => {
  it('streams typed events, answers snapshots, and unwinds everything when stopped mid-run', async () => {
    const session = await LocalSession.open({
      folder: SAMPLE,
      speed: 5,
      stateDir: path.join(scratch, 'stopped'),
      stack: { knative: '1.18', istioTelemetry: true },
    });
    expect(session.plan[0]).toMatch(/^iter8fn local: playing /);
    expect(session.plan).toContain(
      '  metrics   Knative 1.18.0: revision_app_request_latencies_* (ms); Istio standard metrics at the gateway and each sidecar',
    );
    const events: LocalEvent[] = [];
    let stopRequested = false;
    session.subscribe((event) => {
      events.push(event);
      if (event.type === 'iteration' && !stopRequested) {
        stopRequested = true;
        void session.stop('test');
      }
    });
    const result = await session.start();

    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'started')).toHaveLength(5); // two revisions, Prometheus, gateway, function
    expect(types.indexOf('live')).toBeGreaterThan(types.lastIndexOf('started'));
    expect(types.indexOf('iteration')).toBeGreaterThan(types.indexOf('live'));
    expect(types.at(-1)).toBe('end');
    const phases = events.flatMap((e) => (e.type === 'phase' ? [e.phase] : []));
    expect(phases.slice(0, 3)).toEqual(['curl loop sleeping', 'waiting for metrics', 'running']);
    const iteration = events.find((e): e is Extract<LocalEvent, { type: 'iteration' }> => e.type === 'iteration');
    expect(iteration).toMatchObject({ result: 'iterated', completed: 1, total: 10 });
    expect(iteration?.objectives.map((o) => o.label)).toEqual([
      'iter8-knative/mean-latency <= 50.000',
      'iter8-knative/95th-percentile-tail-latency <= 100.000',
      'iter8-knative/error-rate <= 0.010',
    ]);

    expect(result.outcome).toEqual({ kind: 'interrupted', reason: 'test' });
    expect(result.cleanupProblems).toEqual([]);
    expect(result.processes.map((p) => p.name).sort()).toEqual([
      'prometheus',
      'revision sample-app-v1',
      'revision sample-app-v2',
    ]);
    for (const process of result.processes) expect(isRunning(process.pid)).toBe(false);
    expect(result.revisions.find((r) => r.name === 'sample-app-v2')?.mirrored).toBeGreaterThan(0);
    const snapshot = session.snapshot();
    expect(snapshot).toMatchObject({ completed: 1, total: 10 });
    // A second stop changes nothing: the same result.
    await expect(session.stop()).resolves.toBe(result);
  }, 60_000);

  it('refuses bad input before anything starts: one-line LocalInputError, no state folder', async () => {
    const stateDir = path.join(scratch, 'never');
    const refused = async (options: Parameters<typeof LocalSession.open>[0]): Promise<string> => {
      const error = await LocalSession.open(options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LocalInputError);
      return (error as Error).message;
    };
    expect(await refused({ folder: SAMPLE, stateDir, stack: { knative: '1.99' } })).toBe(
      '--knative "1.99": Knative 1.99 is newer than the versions local mode knows (up to 1.23)',
    );
    expect(await refused({ folder: SAMPLE, stateDir, speed: -1 })).toBe('--speed takes a number above 0 (got -1)');
    expect(await refused({ folder: SAMPLE, stateDir, inject: ['sample-app-v2:errors=2'] })).toMatch(
      /the error fraction cannot exceed 1/,
    );
    expect(existsSync(stateDir)).toBe(false);
    expect(readdirSync(scratch)).not.toContain('never');
  });
});
