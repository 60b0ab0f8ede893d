// Deep copies of plain JSON data, the only data experiments and statuses hold. structuredClone and a
// JSON.stringify/JSON.parse round trip both go through a serializer; a walk over the values is
// several times faster, and a fleet tick copies every experiment and status more than once.

/** Thrown for a value that is not plain JSON data (a function, a class instance, a symbol, a bigint, ...). */
export class NotJsonError extends Error {}

const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * A deep copy of `value`, built of plain objects, arrays, strings, finite or not numbers, booleans
 * and null. Object properties that are undefined are left out, as JSON.stringify leaves them out;
 * an undefined array element is refused, since JSON would turn it into null. Throws NotJsonError
 * for anything else.
 */
export function copyJson<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) throw new NotJsonError('an array holds undefined');
      out[i] = copy(item);
    }
    return out;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      // An own "__proto__" key (JSON.parse makes one) must stay data: plain assignment would set the prototype.
      if (key === '__proto__') {
        Object.defineProperty(out, key, { value: copy(item), enumerable: true, writable: true, configurable: true });
      } else {
        out[key] = copy(item);
      }
    }
    return out;
  }
  throw new NotJsonError(`not JSON data: ${typeof value}`);
}
