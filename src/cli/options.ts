// Argument parsers shared by the commands' flags.

import { InvalidArgumentError } from 'commander';

export const positiveInteger =
  (flag: string) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${flag} takes a whole number (got "${value}")`);
    return n;
  };

export const positiveNumber =
  (flag: string) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new InvalidArgumentError(`${flag} takes a number above 0 (got "${value}")`);
    return n;
  };

/** For repeatable flags: every value, in order. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
