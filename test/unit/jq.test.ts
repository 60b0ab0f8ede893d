import { describe, expect, it } from '@jest/globals';
import { firstNumber, QUERIES_PER_INSTANCE } from '../../src/metrics/jq.js';

const PROMETHEUS = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1, '21.7639'] }] } });
const EXPR = '.data.result[0].value[1] | tonumber';

describe('jqExpression on real jq', () => {
  it('reads the first output as a number, as Iter8 did', async () => {
    expect(await firstNumber(PROMETHEUS, EXPR)).toEqual({ kind: 'number', value: 21.7639 });
    expect(await firstNumber('{"a":[3,4]}', '.a[]')).toEqual({ kind: 'number', value: 3 });
  });

  it('tells no data (null, NaN, no output) from an error (jq error, a string, infinity)', async () => {
    expect((await firstNumber('{"a":"NaN"}', '.a | tonumber')).kind).toBe('no-data');
    expect((await firstNumber('{}', 'empty')).kind).toBe('no-data');
    expect(await firstNumber('{"a":"x"}', '.a')).toMatchObject({ kind: 'error', message: expect.stringMatching(/yielded "x", not a number/) });
    expect(await firstNumber('{"a":"+Inf"}', '.a | tonumber')).toMatchObject({ kind: 'error', message: expect.stringMatching(/\+Inf/) });
    expect(await firstNumber('not json', '.a')).toMatchObject({ kind: 'error', message: expect.stringMatching(/parse error/) });
    expect(await firstNumber('{}', '.[[[')).toMatchObject({ kind: 'error', message: expect.stringMatching(/compile error/) });
  });

  it('keeps answering over thousands of queries in one process (a single jq-wasm instance fails after a few hundred)', async () => {
    const total = QUERIES_PER_INSTANCE * 12;
    const results = await Promise.all(Array.from({ length: total }, () => firstNumber(PROMETHEUS, EXPR)));
    expect(results.filter((r) => r.kind !== 'number')).toEqual([]);
  });
});
