// The one schema (src/experiment/schema.ts): it must be a valid Kubernetes structural schema, the CRD
// manifests on disk must be generated from it, the validator must be compiled from the very same
// objects, and each of its rules must reject bad input naming the field.

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

import { buildCrds, CRD_FILES, serializeCrd, type Crds } from '../../src/experiment/crd.js';
import {
  InvalidInputError,
  parseExperiment,
  parseMetric,
  strictSchemaOf,
  VALIDATOR_SOURCE_SCHEMAS,
} from '../../src/experiment/parse.js';
import { QUANTITY_PATTERN } from '../../src/experiment/quantity.js';
import {
  EXPERIMENT_SCHEMA,
  METRIC_SCHEMA,
  METRIC_SPEC_SCHEMA,
  type StructuralSchema,
} from '../../src/experiment/schema.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ---- fixtures ----

function validExperiment(): Record<string, unknown> {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'quickstart-exp', namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: {
        testingPattern: 'Canary',
        deploymentPattern: 'Progressive',
        actions: { start: [{ task: 'knative/init-experiment', with: { anything: [1, { nested: true }] } }] },
        weights: { maxCandidateWeight: 100, maxCandidateWeightIncrement: 10 },
      },
      criteria: {
        requestCount: 'iter8-knative/request-count',
        objectives: [
          { metric: 'iter8-knative/mean-latency', upperLimit: 50 },
          { metric: 'iter8-knative/error-rate', upperLimit: '0.01', rollback_on_failure: true },
        ],
        strength: { anything: 'goes' },
      },
      duration: { intervalSeconds: 10, iterationsPerLoop: 10, maxLoops: 1 },
      versionInfo: {
        baseline: { name: 'sample-app-v1', variables: [{ name: 'revision', value: 'sample-app-v1' }] },
        candidates: [
          {
            name: 'sample-app-v2',
            weightObjRef: {
              apiVersion: 'serving.knative.dev/v1',
              kind: 'Service',
              name: 'sample-app',
              namespace: 'default',
              fieldPath: '.spec.traffic[1].percent',
            },
          },
        ],
      },
    },
  };
}

function validMetric(): Record<string, unknown> {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Metric',
    metadata: { name: 'mean-latency', namespace: 'iter8-knative' },
    spec: {
      description: 'Mean latency',
      units: 'milliseconds',
      type: 'Gauge',
      sampleSize: 'iter8-knative/request-count',
      provider: 'prometheus',
      params: [{ name: 'query', value: "sum(increase(x{revision_name='$name'}[${elapsedTime}s]))" }],
      method: 'GET',
      jqExpression: '.data.result[0].value[1] | tonumber',
      urlTemplate: 'http://prometheus-operated.iter8-system:9090/api/v1/query',
    },
  };
}

type Json = Record<string, unknown>;
const at = (document: Json, ...keys: string[]): Json => {
  let node: unknown = document;
  for (const key of keys) node = (node as Json)[key];
  return node as Json;
};

function rejection(parseInput: () => unknown): InvalidInputError {
  try {
    parseInput();
  } catch (err) {
    if (err instanceof InvalidInputError) return err;
    throw err;
  }
  throw new Error('expected the input to be rejected');
}

// ---- the schema is a Kubernetes structural schema ----

interface SchemaNode {
  path: string;
  node: StructuralSchema;
}

function walk(schema: StructuralSchema, path = ''): SchemaNode[] {
  const nodes: SchemaNode[] = [{ path, node: schema }];
  for (const [name, child] of Object.entries(schema.properties ?? {})) nodes.push(...walk(child, `${path}.${name}`));
  if (typeof schema.additionalProperties === 'object') nodes.push(...walk(schema.additionalProperties, `${path}.*`));
  if (schema.items) nodes.push(...walk(schema.items, `${path}[]`));
  // anyOf branches of int-or-string are value validations, not fields; they are checked below.
  return nodes;
}

describe('the schema is a Kubernetes structural schema', () => {
  for (const [kind, schema] of [
    ['Experiment', EXPERIMENT_SCHEMA],
    ['Metric', METRIC_SCHEMA],
  ] as const) {
    it(`${kind}: every field has a type, unless it is int-or-string or preserves unknown fields`, () => {
      const untyped = walk(schema)
        .filter(
          ({ node }) =>
            !node.type && !node['x-kubernetes-int-or-string'] && !node['x-kubernetes-preserve-unknown-fields'],
        )
        .map(({ path }) => path);
      expect(untyped).toEqual([]);
    });

    it(`${kind}: no $ref, and no object lists both properties and additionalProperties`, () => {
      expect(JSON.stringify(schema)).not.toContain('$ref');
      const both = walk(schema)
        .filter(({ node }) => node.properties && node.additionalProperties !== undefined)
        .map(({ path }) => path);
      expect(both).toEqual([]);
    });

    it(`${kind}: int-or-string is exactly anyOf integer/string with the Kubernetes quantity pattern`, () => {
      const quantities = walk(schema).filter(({ node }) => node['x-kubernetes-int-or-string']);
      expect(quantities.length).toBeGreaterThan(0);
      for (const { node } of quantities) {
        expect(node.type).toBeUndefined();
        expect(node.anyOf).toEqual([{ type: 'integer' }, { type: 'string' }]);
        expect(node.pattern).toBe(QUANTITY_PATTERN);
      }
    });

    it(`${kind}: the root metadata says nothing but type: object (Kubernetes forbids more)`, () => {
      expect(schema.properties?.metadata).toEqual({ type: 'object' });
    });
  }

  it('preserves unknown fields exactly where Iter8 stored free-form data', () => {
    const preserved = walk(EXPERIMENT_SCHEMA)
      .filter(({ node }) => node['x-kubernetes-preserve-unknown-fields'])
      .map(({ path }) => path);
    expect(preserved.sort()).toEqual(
      [
        '.spec.strategy.actions.*[].with',
        '.spec.criteria.strength',
        '.status.analysis.aggregatedBuiltinHists.data',
        '.status.metrics[].metricObj.metadata',
      ].sort(),
    );
  });

  it('is frozen, so nothing can change the schema after the CRD and the validator have read it', () => {
    expect(Object.isFrozen(EXPERIMENT_SCHEMA)).toBe(true);
    expect(
      Object.isFrozen(at(EXPERIMENT_SCHEMA as unknown as Json, 'properties', 'spec', 'properties', 'duration')),
    ).toBe(true);
    expect(Object.isFrozen(METRIC_SPEC_SCHEMA)).toBe(true);
  });
});

// ---- one schema: CRDs, validator and files on disk ----

describe('the CRDs embed the validator schema', () => {
  const crds = buildCrds();

  it('the Experiment CRD embeds the very object the validator is compiled from, for both served versions', () => {
    expect(VALIDATOR_SOURCE_SCHEMAS.experiment).toBe(EXPERIMENT_SCHEMA);
    for (const version of crds.experiments.spec.versions) {
      expect(version.schema.openAPIV3Schema).toBe(VALIDATOR_SOURCE_SCHEMAS.experiment);
    }
  });

  it('the Metric CRD embeds the very object the validator is compiled from, and the Experiment snapshots share its spec', () => {
    expect(VALIDATOR_SOURCE_SCHEMAS.metric).toBe(METRIC_SCHEMA);
    expect(crds.metrics.spec.versions[0]?.schema.openAPIV3Schema).toBe(METRIC_SCHEMA);
    expect(METRIC_SCHEMA.properties?.spec).toBe(METRIC_SPEC_SCHEMA);
    expect(
      at(
        EXPERIMENT_SCHEMA as unknown as Json,
        'properties',
        'status',
        'properties',
        'metrics',
        'items',
        'properties',
        'metricObj',
        'properties',
        'spec',
      ),
    ).toBe(METRIC_SPEC_SCHEMA);
  });

  it('the validator schema is derived from it (strict copy), not written a second time', () => {
    const loosened = (schema: unknown): unknown =>
      JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
        key === 'additionalProperties' && value === false ? undefined : value,
      );
    for (const schema of [EXPERIMENT_SCHEMA, METRIC_SCHEMA]) {
      const strict = strictSchemaOf(schema);
      expect(strict).not.toBe(schema);
      expect(loosened(strict)).toEqual(loosened(schema));
      expect(JSON.stringify(strict)).toContain('"additionalProperties":false');
      expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
    }
  });

  it('the Experiment CRD: v2alpha2 stored, v2alpha1 served, status subresource, Iter8 printer columns', () => {
    const { spec, metadata } = crds.experiments;
    expect(metadata.name).toBe('experiments.iter8.tools');
    expect(spec.group).toBe('iter8.tools');
    expect(spec.scope).toBe('Namespaced');
    expect(spec.names).toEqual({
      kind: 'Experiment',
      listKind: 'ExperimentList',
      plural: 'experiments',
      singular: 'experiment',
    });
    expect(spec.versions.map((v) => [v.name, v.served, v.storage])).toEqual([
      ['v2alpha2', true, true],
      ['v2alpha1', true, false],
    ]);
    for (const version of spec.versions) {
      expect(version.subresources).toEqual({ status: {} });
      expect(version.additionalPrinterColumns).toEqual([
        { name: 'type', type: 'string', jsonPath: '.spec.strategy.testingPattern' },
        { name: 'target', type: 'string', jsonPath: '.spec.target' },
        { name: 'stage', type: 'string', jsonPath: '.status.stage' },
        { name: 'completed iterations', type: 'string', jsonPath: '.status.completedIterations' },
        { name: 'message', type: 'string', jsonPath: '.status.message' },
      ]);
    }
  });

  it('the Metric CRD: v2alpha2 only, no status, printer columns type and description', () => {
    const { spec, metadata } = crds.metrics;
    expect(metadata.name).toBe('metrics.iter8.tools');
    expect(spec.names).toEqual({ kind: 'Metric', listKind: 'MetricList', plural: 'metrics', singular: 'metric' });
    expect(spec.versions).toHaveLength(1);
    expect(spec.versions[0]?.subresources).toBeUndefined();
    expect(spec.versions[0]?.additionalPrinterColumns).toEqual([
      { name: 'type', type: 'string', jsonPath: '.spec.type' },
      { name: 'description', type: 'string', jsonPath: '.spec.description' },
    ]);
  });

  for (const key of Object.keys(CRD_FILES) as Array<keyof Crds>) {
    it(`${CRD_FILES[key]} on disk is what buildCrds() generates`, () => {
      const onDisk: unknown = parse(readFileSync(path.join(projectRoot, CRD_FILES[key]), 'utf8'));
      const generated: unknown = parse(serializeCrd(crds[key]));
      try {
        expect(onDisk).toEqual(generated);
      } catch (err) {
        throw new Error(
          `${CRD_FILES[key]} is stale: it no longer matches src/experiment/schema.ts. Run \`npm run gen\` and commit the result.\n${(err as Error).message}`,
          { cause: err },
        );
      }
    });
  }

  it('the serialized manifest writes shared sub-schemas in full, not as YAML aliases', () => {
    expect(serializeCrd(crds.experiments)).not.toMatch(/[&*]a\d+/);
  });
});

// ---- each schema rule rejects bad input, naming the field ----

describe('schema rules (Experiment)', () => {
  it('accepts the valid fixture, keeping free-form task inputs and strength', () => {
    const experiment = parseExperiment(validExperiment());
    expect(experiment.spec.strategy.actions?.start?.[0]?.with).toEqual({ anything: [1, { nested: true }] });
    expect(experiment.spec.criteria?.strength).toEqual({ anything: 'goes' });
  });

  it('missing target', () => {
    const input = validExperiment();
    delete at(input, 'spec').target;
    const error = rejection(() => parseExperiment(input));
    expect(error.message).toBe('spec.target: required field is missing (required)');
    expect(error.rule).toBe('required');
  });

  it('empty target', () => {
    const input = validExperiment();
    at(input, 'spec').target = '';
    expect(rejection(() => parseExperiment(input)).message).toBe(
      'spec.target: must NOT have fewer than 1 characters (minLength)',
    );
  });

  it('bad testingPattern', () => {
    const input = validExperiment();
    at(input, 'spec', 'strategy').testingPattern = 'A/B/n';
    const error = rejection(() => parseExperiment(input));
    expect(error.path).toBe('spec.strategy.testingPattern');
    expect(error.rule).toBe('enum');
    expect(error.message).toBe(
      'spec.strategy.testingPattern: must be one of Canary, A/B, A/B/N, Conformance; found "A/B/n" (enum)',
    );
  });

  it('bad deploymentPattern', () => {
    const input = validExperiment();
    at(input, 'spec', 'strategy').deploymentPattern = 'Rolling';
    expect(rejection(() => parseExperiment(input)).path).toBe('spec.strategy.deploymentPattern');
  });

  it('iterationsPerLoop 0 (Iter8 CRD test), and 1 is accepted', () => {
    const input = validExperiment();
    at(input, 'spec', 'duration').iterationsPerLoop = 0;
    const error = rejection(() => parseExperiment(input));
    expect(error.message).toBe('spec.duration.iterationsPerLoop: must be >= 1 (minimum)');
    expect(error.path).toBe('spec.duration.iterationsPerLoop');
    expect(error.rule).toBe('minimum');
    at(input, 'spec', 'duration').iterationsPerLoop = 1;
    expect(parseExperiment(input).spec.duration?.iterationsPerLoop).toBe(1);
  });

  it('intervalSeconds and maxLoops have minimum 1', () => {
    for (const field of ['intervalSeconds', 'maxLoops']) {
      const input = validExperiment();
      at(input, 'spec', 'duration')[field] = 0;
      expect(rejection(() => parseExperiment(input)).message).toBe(`spec.duration.${field}: must be >= 1 (minimum)`);
    }
  });

  it('a duration that is not an integer', () => {
    const input = validExperiment();
    at(input, 'spec', 'duration').intervalSeconds = 2.5;
    expect(rejection(() => parseExperiment(input)).message).toBe(
      'spec.duration.intervalSeconds: must be integer, found 2.5 (type)',
    );
  });

  it('weights are 0..100', () => {
    const input = validExperiment();
    at(input, 'spec', 'strategy', 'weights').maxCandidateWeight = 101;
    expect(rejection(() => parseExperiment(input)).message).toBe(
      'spec.strategy.weights.maxCandidateWeight: must be <= 100 (maximum)',
    );
    at(input, 'spec', 'strategy', 'weights').maxCandidateWeight = 0;
    at(input, 'spec', 'strategy', 'weights').maxCandidateWeightIncrement = -1;
    expect(rejection(() => parseExperiment(input)).message).toBe(
      'spec.strategy.weights.maxCandidateWeightIncrement: must be >= 0 (minimum)',
    );
  });

  it('bad quantity string', () => {
    const input = validExperiment();
    (at(input, 'spec', 'criteria').objectives as Json[])[1] = {
      metric: 'iter8-knative/error-rate',
      upperLimit: '1 percent',
    };
    const error = rejection(() => parseExperiment(input));
    expect(error.path).toBe('spec.criteria.objectives[1].upperLimit');
    expect(error.rule).toBe('pattern');
    expect(error.message).toMatch(
      /^spec\.criteria\.objectives\[1\]\.upperLimit: must be a Kubernetes quantity .*; found "1 percent" \(pattern\)$/,
    );
  });

  it('a fractional number is not a quantity (Kubernetes int-or-string admits integers only); the string form is', () => {
    const input = validExperiment();
    (at(input, 'spec', 'criteria').objectives as Json[])[1] = { metric: 'iter8-knative/error-rate', upperLimit: 0.01 };
    const error = rejection(() => parseExperiment(input));
    expect(error.path).toBe('spec.criteria.objectives[1].upperLimit');
    expect(error.rule).toBe('int-or-string');
    expect(error.message).toContain('found 0.01 (int-or-string)');
    (at(input, 'spec', 'criteria').objectives as Json[])[1] = {
      metric: 'iter8-knative/error-rate',
      lowerLimit: '10m',
      upperLimit: '1e-2',
    };
    expect(parseExperiment(input).spec.criteria?.objectives?.[1]).toEqual({
      metric: 'iter8-knative/error-rate',
      lowerLimit: '10m',
      upperLimit: '1e-2',
    });
  });

  it('unknown spec field', () => {
    const input = validExperiment();
    at(input, 'spec').handlers = { start: 'none' };
    const error = rejection(() => parseExperiment(input));
    expect(error.message).toBe('spec.handlers: unknown field (additionalProperties)');
    expect(error.rule).toBe('additionalProperties');
  });

  it('unknown field deep in spec (a typo)', () => {
    const input = validExperiment();
    at(input, 'spec', 'duration').iterationPerLoop = 5;
    expect(rejection(() => parseExperiment(input)).path).toBe('spec.duration.iterationPerLoop');
  });

  it('a task needs its task name', () => {
    const input = validExperiment();
    at(input, 'spec', 'strategy', 'actions').start = [{ with: {} }];
    expect(rejection(() => parseExperiment(input)).message).toBe(
      'spec.strategy.actions.start[0].task: required field is missing (required)',
    );
  });

  it('a reward needs High or Low', () => {
    const input = validExperiment();
    at(input, 'spec', 'criteria').rewards = [{ metric: 'iter8-knative/user-engagement', preferredDirection: 'higher' }];
    expect(rejection(() => parseExperiment(input)).path).toBe('spec.criteria.rewards[0].preferredDirection');
  });

  it('a version needs a name; a variable needs a value', () => {
    const input = validExperiment();
    at(input, 'spec', 'versionInfo').baseline = { variables: [{ name: 'revision' }] };
    // The deepest problem is reported first.
    expect(rejection(() => parseExperiment(input)).message).toBe(
      'spec.versionInfo.baseline.variables[0].value: required field is missing (required)',
    );
  });

  it('status: the iter8fn metricErrors extension is part of the schema', () => {
    const input = validExperiment();
    input.status = {
      metricErrors: {
        consecutive: 2,
        metric: 'iter8-knative/mean-latency',
        message: 'connection refused',
        time: '2021-02-12T20:01:07Z',
      },
    };
    expect(parseExperiment(input).status?.metricErrors?.consecutive).toBe(2);
    at(input, 'status', 'metricErrors').consecutive = -1;
    expect(rejection(() => parseExperiment(input)).path).toBe('status.metricErrors.consecutive');
  });

  it('status: stage, condition type and timestamps are checked', () => {
    const input = validExperiment();
    input.status = { stage: 'Done' };
    expect(rejection(() => parseExperiment(input)).path).toBe('status.stage');
    input.status = { conditions: [{ type: 'Ready', status: 'True' }] };
    expect(rejection(() => parseExperiment(input)).path).toBe('status.conditions[0].type');
    input.status = { initTime: 'yesterday' };
    expect(rejection(() => parseExperiment(input)).message).toMatch(/^status\.initTime: must be an RFC 3339 date-time/);
  });

  it('status: aggregatedBuiltinHists data is free-form', () => {
    const input = validExperiment();
    const hists = {
      'sample-app-v1': { DurationHistogram: { Count: 3, Avg: 0.1, Data: [{ Start: 0, End: 0.1, Count: 3 }] } },
    };
    input.status = {
      analysis: { aggregatedBuiltinHists: { provenance: 'x', timestamp: '2021-06-01T00:00:00Z', data: hists } },
    };
    expect(parseExperiment(input).status?.analysis?.aggregatedBuiltinHists?.data).toEqual(hists);
  });
});

describe('schema rules (Metric)', () => {
  it('accepts the valid fixture unchanged', () => {
    expect(parseMetric(validMetric())).toEqual(validMetric());
  });

  it('bad metric type', () => {
    const input = validMetric();
    at(input, 'spec').type = 'Histogram';
    const error = rejection(() => parseMetric(input));
    expect(error.message).toBe('spec.type: must be one of Counter, Gauge; found "Histogram" (enum)');
  });

  it('bad method (Iter8 CRD test: PUT)', () => {
    const input = validMetric();
    at(input, 'spec').method = 'PUT';
    expect(rejection(() => parseMetric(input)).message).toBe(
      'spec.method: must be one of GET, POST; found "PUT" (enum)',
    );
  });

  it('bad authType (Iter8 CRD test: Digest)', () => {
    const input = validMetric();
    at(input, 'spec').authType = 'Digest';
    expect(rejection(() => parseMetric(input)).message).toBe(
      'spec.authType: must be one of Basic, Bearer, APIKey; found "Digest" (enum)',
    );
  });

  it('unknown metric field (Iter8 CRD test)', () => {
    const input = validMetric();
    at(input, 'spec').query = 'up';
    expect(rejection(() => parseMetric(input)).message).toBe('spec.query: unknown field (additionalProperties)');
  });

  it('empty params entry (Iter8 CRD test)', () => {
    const input = validMetric();
    at(input, 'spec').params = [{}];
    expect(rejection(() => parseMetric(input)).path).toBe('spec.params[0].name');
  });

  it('a mock level must be a quantity', () => {
    const input = validMetric();
    at(input, 'spec').mock = [{ name: 'sample-app-v1', level: 'high' }];
    expect(rejection(() => parseMetric(input)).path).toBe('spec.mock[0].level');
    at(input, 'spec').mock = [{ name: 'sample-app-v1', level: '15.0' }];
    expect(parseMetric(input).spec.mock).toEqual([{ name: 'sample-app-v1', level: '15.0' }]);
  });

  it('type and method are optional (Kubernetes fills in the CRD defaults Gauge and GET; parsing does not)', () => {
    const input = validMetric();
    delete at(input, 'spec').type;
    delete at(input, 'spec').method;
    const metric = parseMetric(input);
    expect(metric.spec.type).toBeUndefined();
    expect(metric.spec.method).toBeUndefined();
    expect(at(METRIC_SPEC_SCHEMA as unknown as Json, 'properties', 'type').default).toBe('Gauge');
    expect(at(METRIC_SPEC_SCHEMA as unknown as Json, 'properties', 'method').default).toBe('GET');
  });
});
