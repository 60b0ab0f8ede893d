// Kubernetes resource.Quantity, held exactly as an integer count of nano-units (BigInt).
// Exact arithmetic matters twice: limits are inclusive (a value equal to its limit passes, so
// 0.01 must equal "10m" exactly) and reports round up to 3 decimals (1.1 must print 1.100, not 1.101).

import type { QuantityInput } from './types.js';

/** The pattern Kubernetes (and Iter8's CRD) accepts for a quantity string. */
export const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';
const QUANTITY_RE = new RegExp(QUANTITY_PATTERN);

const NANO = 1_000_000_000n;

const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX: Record<string, bigint> = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n,
};

export class QuantityError extends Error {}

export function isQuantity(input: unknown): input is QuantityInput {
  if (typeof input === 'number') return Number.isFinite(input);
  return typeof input === 'string' && QUANTITY_RE.test(input.trim());
}

/** Parses a quantity into nano-units. Precision finer than 1n is rounded half away from zero. */
export function parseQuantity(input: QuantityInput): bigint {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new QuantityError(`not a finite number: ${input}`);
    return numberToNanos(input);
  }
  const text = input.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/.exec(text);
  if (!QUANTITY_RE.test(text) || !match) throw new QuantityError(`not a Kubernetes quantity: "${input}"`);
  const [, sign = '', whole = '', fraction = '', suffix = ''] = match;
  let mantissa = BigInt((whole || '0') + fraction);
  let scale = -fraction.length; // value = mantissa * 10^scale * multiplier
  let binary = 1n;
  if (suffix in BINARY_SUFFIX) binary = BINARY_SUFFIX[suffix] as bigint;
  else if (suffix in DECIMAL_SUFFIX) scale += DECIMAL_SUFFIX[suffix] as number;
  else if (/^[eE]/.test(suffix)) {
    const exponent = Number(suffix.slice(1));
    if (!Number.isInteger(exponent)) throw new QuantityError(`unsupported exponent in "${input}"`);
    scale += exponent;
  }
  mantissa *= binary;
  const nanos = shiftDecimal(mantissa, scale + 9);
  return sign === '-' ? -nanos : nanos;
}

/** mantissa * 10^shift, rounded half away from zero when shift < 0. */
function shiftDecimal(mantissa: bigint, shift: number): bigint {
  if (shift >= 0) return mantissa * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  const quotient = mantissa / divisor;
  const remainder = mantissa % divisor;
  return remainder * 2n >= divisor ? quotient + 1n : quotient;
}

export function numberToNanos(value: number): bigint {
  if (!Number.isFinite(value)) throw new QuantityError(`not a finite number: ${value}`);
  // Going through the shortest decimal form keeps 0.1 as 0.1 rather than 0.1000000000000000055...
  return parseDecimalString(String(value));
}

function parseDecimalString(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (!match) throw new QuantityError(`not a decimal number: ${text}`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  const nanos = shiftDecimal(BigInt(whole + fraction), Number(exponent) - fraction.length + 9);
  return sign === '-' ? -nanos : nanos;
}

export function nanosToNumber(nanos: bigint): number {
  const whole = nanos / NANO;
  const rest = nanos % NANO;
  return Number(whole) + Number(rest) / 1e9;
}

export function quantityToNumber(input: QuantityInput): number {
  return nanosToNumber(parseQuantity(input));
}

/**
 * Canonical Kubernetes DecimalSI form: an integer mantissa with the largest suffix that keeps it
 * integral (10m, 5880641926n, 50, 2k). Values are rounded to nano precision first.
 */
export function formatQuantity(nanos: bigint): string {
  if (nanos === 0n) return '0';
  const negative = nanos < 0n;
  let mantissa = negative ? -nanos : nanos;
  let exponent = -9;
  while (mantissa % 1000n === 0n && exponent < 18) {
    mantissa /= 1000n;
    exponent += 3;
  }
  const suffix = Object.entries(DECIMAL_SUFFIX).find(([, e]) => e === exponent)?.[0] ?? '';
  return `${negative ? '-' : ''}${mantissa}${suffix}`;
}

export function numberToQuantity(value: number): string {
  return formatQuantity(numberToNanos(value));
}

/**
 * Three decimals, rounded toward +infinity, as iter8ctl prints values and limits
 * (docs/iter8-behaviour.md#value-formatting).
 */
export function formatFixed3Ceil(nanos: bigint): string {
  const step = 1_000_000n; // one thousandth, in nanos
  let thousandths = nanos / step;
  if (nanos % step !== 0n && nanos > 0n) thousandths += 1n;
  const negative = thousandths < 0n;
  const abs = negative ? -thousandths : thousandths;
  const whole = abs / 1000n;
  const fraction = (abs % 1000n).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
