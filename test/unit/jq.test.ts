import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { firstNumber, prometheusValue, QUERIES_PER_INSTANCE } from '../../src/metrics/jq.js';

const PROMETHEUS = JSON.stringify({
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: {}, value: [1, '21.7639'] }] },
});
const EXPR = '.data.result[0].value[1] | tonumber';

describe('jqExpression on real jq', () => {
  it('reads the first output as a number, as Iter8 did', async () => {
    expect(await firstNumber(PROMETHEUS, EXPR)).toEqual({ kind: 'number', value: 21.7639 });
    expect(await firstNumber('{"a":[3,4]}', '.a[]')).toEqual({ kind: 'number', value: 3 });
  });

  it('tells no data (null, NaN, no output) from an error (jq error, a string, infinity)', async () => {
    expect((await firstNumber('{"a":"NaN"}', '.a | tonumber')).kind).toBe('no-data');
    expect((await firstNumber('{}', 'empty')).kind).toBe('no-data');
    expect(await firstNumber('{"a":"x"}', '.a')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/yielded "x", not a number/),
    });
    expect(await firstNumber('{"a":"+Inf"}', '.a | tonumber')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/\+Inf/),
    });
    expect(await firstNumber('not json', '.a')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/parse error/),
    });
    expect(await firstNumber('{}', '.[[[')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/compile error/),
    });
  });

  it('keeps answering over thousands of queries in one process (a single jq-wasm instance fails after a few hundred)', async () => {
    const total = QUERIES_PER_INSTANCE * 12;
    const results = await Promise.all(Array.from({ length: total }, () => firstNumber(PROMETHEUS, EXPR)));
    expect(results.filter((r) => r.kind !== 'number')).toEqual([]);
  });
});

describe('the Prometheus expression read without jq', () => {
  const answer = (result: unknown, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ status: 'success', data: { resultType: 'vector', result }, ...extra });
  /** Sample values as Prometheus writes them, and a few it never writes. */
  const sampleValue = fc.oneof(
    fc
      .tuple(
        fc.boolean(),
        fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,24}$/)),
        fc.option(fc.stringMatching(/^[0-9]{1,24}$/), { nil: undefined }),
      )
      .map(
        ([negative, whole, fraction]) =>
          `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`,
      ),
    fc.constantFrom(
      'NaN',
      '+Inf',
      '-Inf',
      '-0',
      '1e3',
      '.5',
      '5.',
      ' 1',
      '',
      'abc',
      '0x10',
      '00012',
      `1${'0'.repeat(400)}`,
      `0.${'0'.repeat(400)}1`,
    ),
  );
  const body = fc.oneof(
    {
      weight: 6,
      arbitrary: sampleValue.map((value) =>
        answer([{ metric: { revision_name: 'v2' }, value: [1732186800.5, value] }]),
      ),
    },
    fc.constant(answer([])),
    sampleValue.map((value) =>
      answer([
        { metric: {}, value: [1, value] },
        { metric: {}, value: [1, '7'] },
      ]),
    ),
    fc.constantFrom(
      answer([{ metric: {}, value: [1, 2.5] }]),
      answer([{ metric: {}, value: [1] }]),
      answer([{ metric: {}, values: [[1, '2']] }]),
      answer([['not', 'an object']]),
      answer([{ metric: {}, value: [1, '3'] }], {
        nested: JSON.parse(`${'['.repeat(300)}${']'.repeat(300)}`) as unknown,
      }),
      JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1, '4'] } }),
      JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error' }),
      '[1, 2]',
    ),
  );
  const expression = fc.constantFrom(
    '.data.result[0].value[1] | tonumber',
    '.data.result[0].value[1]|tonumber',
    '  .data.result[0].value[1] |  tonumber\n',
    '.data.result[0].value[1]',
  );

  it('gives exactly the outcome real jq gives, whenever it answers at all', async () => {
    await fc.assert(
      fc.asyncProperty(body, expression, async (text, jqExpression) => {
        const direct = prometheusValue(text, JSON.parse(text) as unknown, jqExpression);
        if (direct === undefined) return;
        expect(direct).toEqual(await firstNumber(text, jqExpression));
      }),
      { numRuns: 300 },
    );
  });

  it('answers for the usual Prometheus answers, and leaves everything else to jq', () => {
    const read = (text: string, jqExpression = EXPR) =>
      prometheusValue(text, JSON.parse(text) as unknown, jqExpression);
    expect(read(PROMETHEUS)).toEqual({ kind: 'number', value: 21.7639 });
    expect(read(answer([{ metric: {}, value: [1, 'NaN'] }]))?.kind).toBe('no-data');
    expect(read(answer([{ metric: {}, value: [1, '+Inf'] }]))?.kind).toBe('error');
    expect(read(answer([]))?.kind).toBe('error');
    expect(read(PROMETHEUS, '.data.result[0].value[1]')).toBeUndefined();
    expect(read(answer([{ metric: {}, value: [1, '1e3'] }]))).toBeUndefined();
    expect(
      read(
        answer([{ metric: {}, value: [1, '3'] }], {
          nested: JSON.parse(`${'['.repeat(300)}${']'.repeat(300)}`) as unknown,
        }),
      ),
    ).toBeUndefined();
  });
});
