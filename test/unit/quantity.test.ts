import { describe, expect, it } from '@jest/globals';
import {
  formatFixed3Ceil,
  formatQuantity,
  numberToNanos,
  numberToQuantity,
  parseQuantity,
  quantityToNumber,
} from '../../src/experiment/quantity.js';

describe('Kubernetes quantities', () => {
  it.each([
    ['10m', 10_000_000n],
    ['0.01', 10_000_000n],
    ['50', 50_000_000_000n],
    ['2k', 2_000_000_000_000n],
    ['5880641926n', 5_880_641_926n],
    ['1Ki', 1024_000_000_000n],
    ['1e3', 1_000_000_000_000n],
    ['-1.5', -1_500_000_000n],
    ['.5', 500_000_000n],
    ['250u', 250_000n],
  ])('parses %s exactly', (text, nanos) => {
    expect(parseQuantity(text)).toBe(nanos);
  });

  it('parses YAML numbers through their shortest decimal form', () => {
    expect(parseQuantity(0.01)).toBe(parseQuantity('10m'));
    expect(parseQuantity(50)).toBe(parseQuantity('50'));
    expect(numberToNanos(0.1 + 0.2)).toBe(300_000_000n); // 0.30000000000000004 rounds to nano precision
  });

  it('rejects what Kubernetes rejects', () => {
    for (const bad of ['', 'abc', '1.2.3', '5 m', '1x', 'Inf']) expect(() => parseQuantity(bad)).toThrow(/quantity/);
    expect(() => parseQuantity(Number.NaN)).toThrow();
  });

  it('writes the canonical DecimalSI form Iter8 stored', () => {
    expect(numberToQuantity(0.01)).toBe('10m');
    expect(numberToQuantity(5.880641926)).toBe('5880641926n');
    expect(numberToQuantity(1022.564102565)).toBe('1022564102565n');
    expect(numberToQuantity(0)).toBe('0');
    expect(numberToQuantity(2000)).toBe('2k');
    expect(numberToQuantity(1500)).toBe('1500');
    expect(numberToQuantity(-0.25)).toBe('-250m');
    expect(formatQuantity(parseQuantity('1Ki'))).toBe('1024');
    expect(quantityToNumber(numberToQuantity(136.084))).toBe(136.084);
  });

  it('rounds to 3 decimals toward +infinity, exactly', () => {
    expect(formatFixed3Ceil(parseQuantity('5880641926n'))).toBe('5.881');
    expect(formatFixed3Ceil(parseQuantity('10m'))).toBe('0.010');
    expect(formatFixed3Ceil(parseQuantity('2k'))).toBe('2000.000');
    expect(formatFixed3Ceil(parseQuantity(1.1))).toBe('1.100'); // 1.1 * 1000 is 1100.0000000000002 in floating point
    expect(formatFixed3Ceil(parseQuantity('228.419047620'))).toBe('228.420');
    expect(formatFixed3Ceil(parseQuantity('-1.0005'))).toBe('-1.000');
    expect(formatFixed3Ceil(0n)).toBe('0.000');
  });
});
