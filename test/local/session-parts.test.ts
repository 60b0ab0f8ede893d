// The parts of a local session that decide how a run ends, without starting one: how it is cut
// short (RunControl), what an error becomes (outcomeOfError), the exit code of each outcome, and
// what subscribers get. session.test.ts and the system tier run whole sessions.

import { describe, expect, it } from '@jest/globals';
import { localExitCode } from '../../src/cli/local.js';
import { ManifestError } from '../../src/local/manifest.js';
import { Interrupted, RunControl, RunFailure } from '../../src/local/run-control.js';
import { SessionEvents, type LocalEvent, type LocalOutcome, type LocalResult } from '../../src/local/session-events.js';
import { outcomeOfError } from '../../src/local/session-result.js';
import { eventLines } from '../../src/local/session-text.js';

describe('RunControl', () => {
  it('keeps the first reason: a failure after stop() is still an interruption', () => {
    const control = new RunControl();
    expect(() => control.checkpoint()).not.toThrow();
    control.stop('SIGTERM');
    control.fail('revision sample-app-v2 exited');
    expect(control.reason()).toBeInstanceOf(Interrupted);
    expect(() => control.checkpoint()).toThrow('interrupted (SIGTERM)');
  });

  it('rejects a raced wait with the abort reason as soon as the run fails, and passes results through before', async () => {
    const control = new RunControl();
    await expect(control.race(Promise.resolve('first request sent'))).resolves.toBe('first request sent');
    const never = new Promise<never>(() => undefined);
    const raced = control.race(never);
    control.fail('the experiment did not finish within 240 s');
    await expect(raced).rejects.toThrow(new RunFailure('the experiment did not finish within 240 s'));
  });

  it('says when the run is ending, so that exits and deadlines from then on are not news', () => {
    const control = new RunControl();
    expect(control.stopping).toBe(false);
    control.markStopping();
    expect(control.stopping).toBe(true);
    expect(control.signal.aborted).toBe(false);
  });
});

describe('outcomeOfError', () => {
  it('names an interruption by its signal, whatever error the interrupted step threw', () => {
    expect(outcomeOfError(new Error('socket hang up'), new Interrupted('SIGINT'))).toEqual({
      kind: 'interrupted',
      reason: 'SIGINT',
    });
  });

  it('calls input met late (a metric file) invalid input, and anything else an error', () => {
    expect(outcomeOfError(new ManifestError('metrics.yaml: invalid YAML'), undefined)).toEqual({
      kind: 'invalid-input',
      message: 'metrics.yaml: invalid YAML',
    });
    // A failure aborts the run; the step that was waiting then throws something else.
    expect(outcomeOfError(new Error('aborted'), new RunFailure('revision sample-app-v1 exited (code 1)'))).toEqual({
      kind: 'error',
      message: 'revision sample-app-v1 exited (code 1)',
    });
  });
});

describe('the exit code of each outcome', () => {
  const exitOf = (outcome: LocalOutcome): number => localExitCode({ outcome } as LocalResult);

  it('is 0 only for a pass, 2 for input, 128 + n for signal n', () => {
    expect(exitOf({ kind: 'passed' })).toBe(0);
    expect(exitOf({ kind: 'failed' })).toBe(1);
    expect(exitOf({ kind: 'error', message: 'revision exited' })).toBe(1);
    expect(exitOf({ kind: 'invalid-input', message: 'prometheus not found' })).toBe(2);
    expect(exitOf({ kind: 'interrupted', reason: 'SIGINT' })).toBe(130);
    expect(exitOf({ kind: 'interrupted', reason: 'SIGTERM' })).toBe(143);
  });
});

describe('SessionEvents', () => {
  it('delivers every event to each subscriber until it unsubscribes, and debug lines only when asked', () => {
    const quiet = new SessionEvents(false);
    const verbose = new SessionEvents(true);
    const seen: LocalEvent[] = [];
    const unsubscribe = quiet.subscribe((event) => seen.push(event));
    verbose.subscribe((event) => seen.push(event));
    quiet.note('traffic: the curl loop is sending GET example.com/');
    quiet.debug('prometheus: ready');
    verbose.debug('function: tick default/mirroring');
    unsubscribe();
    quiet.phase('running');
    expect(seen).toEqual([
      { type: 'note', line: 'traffic: the curl loop is sending GET example.com/' },
      { type: 'debug', line: 'function: tick default/mirroring' },
    ]);
  });

  it('print as lines, except what the live block and the page draw', () => {
    expect(eventLines({ type: 'started', line: 'started gateway at http://127.0.0.1:4000' }, false)).toEqual([
      'started gateway at http://127.0.0.1:4000',
    ]);
    expect(eventLines({ type: 'debug', line: 'prometheus: ready' }, false)).toEqual(['debug: prometheus: ready']);
    expect(eventLines({ type: 'phase', phase: 'running' }, false)).toEqual([]);
    expect(eventLines({ type: 'live', title: 'mirroring' }, true)).toEqual([]);
  });
});
