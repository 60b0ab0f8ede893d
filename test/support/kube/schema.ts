// Custom resources checked as kube-apiserver checks them against their CRD's structural schema:
// unknown fields pruned, defaults applied, then validated (422 naming the first bad field).

import { Ajv, type ValidateFunction } from 'ajv';
import { KUBERNETES_SCHEMA_KEYWORDS, type StructuralSchema } from '../../../src/experiment/schema.js';
import { clone, isObject, qualified, type KubeObject, type ResourceDefinition } from './resources.js';
import { ApiStatusError } from './status.js';

export class StructuralValidator {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(resources: readonly ResourceDefinition[]) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    ajv.addVocabulary([...KUBERNETES_SCHEMA_KEYWORDS]);
    ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
    });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/);
    for (const def of resources) {
      if (def.schema) this.validators.set(qualified(def), ajv.compile(clone(def.schema) as object));
    }
  }

  /** Prune, default and validate a custom resource against its structural schema (422 if invalid). */
  validate(def: ResourceDefinition, object: KubeObject): void {
    if (!def.schema) return;
    defaultAndPrune(object, def.schema);
    const validate = this.validators.get(qualified(def));
    const { apiVersion: _a, kind: _k, ...rest } = object;
    const document = { ...rest, apiVersion: `${def.group}/${def.versions[0]}`, kind: def.kind };
    if (validate && !validate(document)) {
      const error = validate.errors?.[0];
      const field = (error?.instancePath ?? '').slice(1).replace(/\//g, '.');
      throw new ApiStatusError(
        422,
        'Invalid',
        `${def.kind}.${def.group} "${String(object.metadata?.name)}" is invalid: ${field || '<root>'}: Invalid value: ${error?.message ?? 'invalid'}`,
      );
    }
  }
}

/** Drops what the schema does not declare and fills in its defaults, in place (metadata untouched). */
export function defaultAndPrune(object: KubeObject, schema: StructuralSchema): void {
  for (const [key, value] of Object.entries(object)) {
    if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
    const child = schema.properties?.[key];
    if (!child) delete object[key];
    else object[key] = pruneValue(value, child);
  }
  applyDefaults(object, schema);
}

/** Drops fields the structural schema does not declare (kube-apiserver's pruning). */
function pruneValue(value: unknown, schema: StructuralSchema): unknown {
  if (schema['x-kubernetes-preserve-unknown-fields'] && !schema.properties) return value;
  if (isObject(value)) {
    if (schema.properties) {
      for (const [key, child] of Object.entries(value)) {
        const childSchema = schema.properties[key];
        if (childSchema) value[key] = pruneValue(child, childSchema);
        else if (!schema['x-kubernetes-preserve-unknown-fields']) delete value[key];
      }
    } else if (typeof schema.additionalProperties === 'object') {
      for (const [key, child] of Object.entries(value)) value[key] = pruneValue(child, schema.additionalProperties);
    }
    return value;
  }
  if (Array.isArray(value) && schema.items)
    return value.map((item) => pruneValue(item, schema.items as StructuralSchema));
  return value;
}

/** Structural defaulting: a missing property with a `default` gets it, recursively. */
function applyDefaults(value: unknown, schema: StructuralSchema): void {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (value[key] === undefined && child.default !== undefined) value[key] = child.default;
      if (value[key] !== undefined) applyDefaults(value[key], child);
    }
    if (typeof schema.additionalProperties === 'object') {
      for (const child of Object.values(value)) applyDefaults(child, schema.additionalProperties);
    }
  } else if (Array.isArray(value) && schema.items) {
    for (const item of value) applyDefaults(item, schema.items);
  }
}
