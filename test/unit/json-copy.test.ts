import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { copyJson, NotJsonError } from '../../src/util/json-copy.js';

describe('copyJson', () => {
  it('copies plain JSON data exactly as structuredClone does (-0 included), sharing nothing with the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = copyJson(value);
        expect(copy).toEqual(structuredClone(value));
        if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
      }),
    );
    const nested = { a: { b: [1, { c: 'd' }] } };
    const copy = copyJson(nested);
    (copy.a.b[1] as { c: string }).c = 'changed';
    expect(nested.a.b[1]).toEqual({ c: 'd' });
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(copyJson({ a: 1, b: undefined })).toEqual({ a: 1 });
    expect(Object.keys(copyJson({ a: 1, b: undefined }))).toEqual(['a']);
  });

  it('refuses what is not plain JSON data', () => {
    for (const value of [{ when: new Date(0) }, { f: () => 1 }, [1, undefined], new Map(), { n: 1n }, Symbol('s')]) {
      expect(() => copyJson(value)).toThrow(NotJsonError);
    }
  });
});

it('an own "__proto__" key is copied as data, as JSON.parse keeps it', () => {
  const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
  const copied = copyJson(value);
  expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
  expect(Object.keys(copied)).toEqual(['__proto__', 'a']);
  expect(JSON.stringify(copied)).toBe(JSON.stringify(value));
});
