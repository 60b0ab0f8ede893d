// The Experiment and Metric validators compiled ahead of time: ajv's standalone code for the
// schemas of validator-source.ts, as a plain ES module with a small declaration beside it, in the
// generated folder src/generated/ (left alone by the linter and the formatter). `npm run gen` writes
// both with the manifests, and test/unit/manifests.test.ts fails when a file on disk differs from
// what the schemas give, so they cannot drift from the CRDs.

import { _, Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { KUBERNETES_SCHEMA_KEYWORDS } from '../experiment/schema.js';
import {
  SCHEMA_FORMATS,
  strictSchemaOf,
  VALIDATOR_OPTIONS,
  VALIDATOR_SOURCE_SCHEMAS,
} from '../experiment/validator-source.js';

export const VALIDATORS_FILE = 'src/generated/validators.js';
export const VALIDATOR_TYPES_FILE = 'src/generated/validators.d.ts';

const HEADER = [
  '// Generated from src/experiment/validator-source.ts by `npm run gen`; do not edit by hand.',
  '// ajv standalone code: `experiment` and `metric` are ajv ValidateFunctions (errors in `.errors`).',
];

/** The declaration of the generated module: all the type checker needs to know of it. */
export function validatorTypesModule(): string {
  return [
    ...HEADER,
    "import type { ValidateFunction } from 'ajv';",
    '',
    'export declare const experiment: ValidateFunction;',
    'export declare const metric: ValidateFunction;',
    '',
  ].join('\n');
}

export function validatorsModule(): string {
  // `formats` in the generated code is SCHEMA_FORMATS, imported by the module itself.
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true, esm: true, lines: true, formats: _`formats` } });
  ajv.addVocabulary([...KUBERNETES_SCHEMA_KEYWORDS]);
  for (const [name, format] of Object.entries(SCHEMA_FORMATS)) ajv.addFormat(name, format);
  ajv.addSchema(strictSchemaOf(VALIDATOR_SOURCE_SCHEMAS.experiment), 'experiment');
  ajv.addSchema(strictSchemaOf(VALIDATOR_SOURCE_SCHEMAS.metric), 'metric');
  const code = standalone.default(ajv, { experiment: 'experiment', metric: 'metric' });
  // Even as an ES module, ajv's code require()s its runtime helpers: import them instead.
  const helpers = new Map<string, string>();
  const body = code
    .replace(/^"use strict";\n?/, '')
    .replace(/require\("ajv\/dist\/runtime\/([A-Za-z0-9_]+)"\)/g, (_match, name: string) => {
      const binding = `ajvRuntime_${name}`;
      helpers.set(name, binding);
      return binding;
    });
  const imports = [...helpers].sort().map(([name, binding]) => `import ${binding} from 'ajv/dist/runtime/${name}.js';`);
  return [
    ...HEADER,
    ...imports,
    "import { SCHEMA_FORMATS as formats } from '../experiment/validator-source.js';",
    body.trimEnd(),
    '',
  ].join('\n');
}
