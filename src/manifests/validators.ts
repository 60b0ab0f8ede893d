// The Experiment and Metric validators compiled ahead of time: ajv's standalone code for the
// schemas of validator-source.ts, as a plain ES module with a small declaration beside it, in the
// generated folder src/generated/ (left alone by the linter and the formatter). `npm run gen` writes
// both with the manifests, and test/unit/manifests.test.ts fails when a file on disk differs from
// what the schemas give, so they cannot drift from the CRDs.

import { _, Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { KUBERNETES_SCHEMA_KEYWORDS } from '../experiment/schema.js';
import {
  CHECK_OPTIONS,
  SCHEMA_FORMATS,
  strictSchemaOf,
  VALIDATOR_OPTIONS,
  VALIDATOR_SOURCE_SCHEMAS,
} from '../experiment/validator-source.js';

/** The two generated modules: `validators` say why a document is refused, `checks` only whether. */
export const VALIDATOR_MODULES = {
  validators: {
    file: 'src/generated/validators.js',
    types: 'src/generated/validators.d.ts',
    options: VALIDATOR_OPTIONS,
  },
  checks: { file: 'src/generated/checks.js', types: 'src/generated/checks.d.ts', options: CHECK_OPTIONS },
} as const;

export type ValidatorModule = keyof typeof VALIDATOR_MODULES;

const header = (module: ValidatorModule): string[] => [
  '// Generated from src/experiment/validator-source.ts by `npm run gen`; do not edit by hand.',
  module === 'validators'
    ? '// ajv standalone code: `experiment` and `metric` are ajv ValidateFunctions (errors in `.errors`).'
    : '// ajv standalone code: `experiment` and `metric` are ajv ValidateFunctions that stop at the first error.',
];

/** The declaration of a generated module: all the type checker needs to know of it. */
export function validatorTypesModule(module: ValidatorModule): string {
  return [
    ...header(module),
    "import type { ValidateFunction } from 'ajv';",
    '',
    'export declare const experiment: ValidateFunction;',
    'export declare const metric: ValidateFunction;',
    '',
  ].join('\n');
}

export function validatorsModule(module: ValidatorModule): string {
  // `formats` in the generated code is SCHEMA_FORMATS, imported by the module itself.
  const { options } = VALIDATOR_MODULES[module];
  const ajv = new Ajv({ ...options, code: { source: true, esm: true, lines: true, formats: _`formats` } });
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
    ...header(module),
    ...imports,
    "import { SCHEMA_FORMATS as formats } from '../experiment/validator-source.js';",
    body.trimEnd(),
    '',
  ].join('\n');
}
