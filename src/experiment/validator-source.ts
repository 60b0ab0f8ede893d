// What the Experiment and Metric validators are made from: the schema objects embedded in the CRDs
// (schema.ts), tightened so that unknown fields are rejected instead of silently dropped, the two
// formats Kubernetes checks, and ajv's options. The validators are compiled ahead of time into
// src/generated/validators.js (`npm run gen`, src/manifests/validators.ts): compiling them takes longer
// than a whole iteration, and a scale-to-zero function would pay it on every cold start.

import { EXPERIMENT_SCHEMA, METRIC_SCHEMA, type StructuralSchema } from './schema.js';

/** The schemas the validators are compiled from: the very objects embedded in the CRDs. */
export const VALIDATOR_SOURCE_SCHEMAS = { experiment: EXPERIMENT_SCHEMA, metric: METRIC_SCHEMA } as const;

/**
 * A copy of `schema` in which every object node that lists its properties (and does not preserve
 * unknown fields) rejects any other property. Kubernetes would prune such fields silently; a typo in
 * an experiment file should be an error instead.
 */
export function strictSchemaOf(schema: StructuralSchema): StructuralSchema {
  const tightened: { -readonly [K in keyof StructuralSchema]: StructuralSchema[K] } = { ...schema };
  if (schema.properties) {
    tightened.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, child]) => [name, strictSchemaOf(child)]),
    );
    if (schema.additionalProperties === undefined && !schema['x-kubernetes-preserve-unknown-fields']) {
      tightened.additionalProperties = false;
    }
  }
  if (typeof schema.additionalProperties === 'object')
    tightened.additionalProperties = strictSchemaOf(schema.additionalProperties);
  if (schema.items) tightened.items = strictSchemaOf(schema.items);
  if (schema.anyOf) tightened.anyOf = schema.anyOf.map(strictSchemaOf);
  return tightened;
}

// Kubernetes validates `format` on CRD fields; these mirror the two formats the schema uses.
const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const isInt32 = (value: number): boolean => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;

/** The formats, by name, in the form ajv takes them; the generated validators import this object. */
export const SCHEMA_FORMATS = {
  int32: { type: 'number', validate: isInt32 },
  'date-time': RFC3339_DATE_TIME,
} as const;

/** allErrors so that the deepest error can be chosen; verbose so that errors carry their schema node. */
export const VALIDATOR_OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false } as const;

/**
 * The same schemas checked for a yes or no only: it stops at the first error and keeps no schema
 * nodes, so a valid document (every tick reads one) is checked in about 60% of the time, and the
 * function compiles less on its first event. A document it refuses is checked again with
 * VALIDATOR_OPTIONS to say why.
 */
export const CHECK_OPTIONS = { ...VALIDATOR_OPTIONS, allErrors: false, verbose: false } as const;
