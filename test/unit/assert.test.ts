// iter8ctl assert semantics (docs/iter8-behaviour.md#iter8ctl-assert), checked against the golden experiments where
// they cover a case: experiment10 is completed with a winner, experiment9 found no winner,
// experiment1 has not started.

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import { type AssertCondition, assertConditions, isCompleted, isWinnerFound } from '../../src/report/assert.js';
import { conformanceDir } from '../support/seeds.js';

const goldenDir = conformanceDir;

function golden(name: string): unknown {
  return parse(readFileSync(path.join(goldenDir, `${name}.yaml`), 'utf8')) as unknown;
}

function experiment(completedStatus: string | undefined, winnerFound: unknown): unknown {
  return {
    status: {
      conditions: [
        ...(completedStatus === undefined ? [] : [{ type: 'Completed', status: completedStatus }]),
        { type: 'Failed', status: 'False' },
      ],
      analysis: { winnerAssessment: { data: { winnerFound } } },
    },
  };
}

describe('assertConditions', () => {
  it('passes a completed experiment with a winner (experiment10)', () => {
    expect(assertConditions(golden('experiment10'), ['completed', 'winnerFound'])).toEqual({
      ok: true,
      lines: ['All conditions satisfied.'],
    });
  });

  it('reports no winner (experiment9)', () => {
    expect(assertConditions(golden('experiment9'), ['winnerFound'])).toEqual({
      ok: false,
      lines: ['no winner found in experiment'],
    });
  });

  it('reports an experiment that has not completed (experiment1)', () => {
    expect(assertConditions(golden('experiment1'), ['completed'])).toEqual({
      ok: false,
      lines: ['experiment has not completed'],
    });
  });

  it('checks conditions in order and reports only the first failure', () => {
    const neither = experiment('False', false);
    expect(assertConditions(neither, ['winnerFound', 'completed']).lines).toEqual(['no winner found in experiment']);
    expect(assertConditions(neither, ['completed', 'winnerFound']).lines).toEqual(['experiment has not completed']);
    expect(assertConditions(experiment('True', false), ['completed', 'winnerFound']).lines).toEqual([
      'no winner found in experiment',
    ]);
  });

  it('needs the Completed condition to be exactly "True"', () => {
    expect(isCompleted(experiment('True', true))).toBe(true);
    expect(isCompleted(experiment('Unknown', true))).toBe(false);
    expect(isCompleted(experiment(undefined, true))).toBe(false);
    // The first Completed condition decides.
    expect(
      isCompleted({
        status: {
          conditions: [
            { type: 'Completed', status: 'False' },
            { type: 'Completed', status: 'True' },
          ],
        },
      }),
    ).toBe(false);
  });

  it('needs winnerFound to be the boolean true', () => {
    expect(isWinnerFound(experiment('True', true))).toBe(true);
    expect(isWinnerFound(experiment('True', 'true'))).toBe(false);
    expect(isWinnerFound({ status: { analysis: { winnerAssessment: null } } })).toBe(false);
  });

  it('rejects an empty or unknown condition list', () => {
    expect(assertConditions(experiment('True', true), [])).toEqual({
      ok: false,
      lines: ['One or more conditions must be specified with assert'],
    });
    expect(assertConditions(experiment('True', true), ['bogus' as AssertCondition])).toEqual({
      ok: false,
      lines: ['unsupported condition found in assertion'],
    });
  });

  it.each([null, undefined, 'x', 3, [], {}, { status: { conditions: 'x', analysis: [] } }])(
    'never throws on %p',
    (input) => {
      const result = assertConditions(input, ['completed', 'winnerFound']);
      expect(result).toEqual({ ok: false, lines: ['experiment has not completed'] });
    },
  );
});
