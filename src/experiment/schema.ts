// The one JSON Schema for the iter8.tools Experiment and Metric resources
// (docs/iter8-behaviour.md#the-experiment-resource).
// It is written as a Kubernetes *structural* OpenAPI v3 schema, so the very same objects are:
//   - embedded in the CRD manifests (crd.ts -> config/crd/*.yaml), and
//   - compiled by ajv to validate input (parse.ts, which derives a stricter copy from them).
// Structural-schema rules that shape what is written here: no $ref, a `type` on every node unless it
// is x-kubernetes-int-or-string or x-kubernetes-preserve-unknown-fields, int-or-string written exactly
// as `anyOf: [{type: integer}, {type: string}]`, and the root `metadata` may only be `{type: object}`.

import {
  AUTH_TYPES,
  COMPARISON_TESTS,
  COMPARISON_VERDICTS,
  CONDITION_TYPES,
  DEPLOYMENT_PATTERNS,
  HISTORY_LIMIT,
  METRIC_COMPARISON_KINDS,
  METRIC_TYPES,
  STAGES,
  TESTING_PATTERNS,
} from './types.js';
import { VERDICTS } from './outcome.js';
import { QUANTITY_PATTERN } from './quantity.js';

/** The subset of OpenAPI v3 (plus Kubernetes extensions) that a CRD structural schema may use. */
export interface StructuralSchema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly description?: string;
  readonly format?: 'int32' | 'date-time';
  readonly properties?: Readonly<Record<string, StructuralSchema>>;
  readonly additionalProperties?: StructuralSchema | boolean;
  readonly required?: readonly string[];
  readonly items?: StructuralSchema;
  readonly enum?: readonly string[];
  readonly default?: string | number | boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  readonly anyOf?: readonly StructuralSchema[];
  readonly 'x-kubernetes-int-or-string'?: true;
  readonly 'x-kubernetes-preserve-unknown-fields'?: true;
}

/** The Kubernetes vendor keywords used here; ajv must be told they are annotations. */
export const KUBERNETES_SCHEMA_KEYWORDS = [
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
] as const;

// ---- building blocks ----

const text = (description?: string): StructuralSchema => ({ type: 'string', ...(description ? { description } : {}) });

const int32 = (description: string, bounds: { minimum?: number; maximum?: number } = {}): StructuralSchema => ({
  type: 'integer',
  format: 'int32',
  description,
  ...bounds,
});

const time = (description: string): StructuralSchema => ({ type: 'string', format: 'date-time', description });

const oneOfStrings = (values: readonly string[], description: string): StructuralSchema => ({
  type: 'string',
  enum: values,
  description,
});

const listOf = (items: StructuralSchema, description: string): StructuralSchema => ({
  type: 'array',
  description,
  items,
});

const mapOf = (values: StructuralSchema, description: string): StructuralSchema => ({
  type: 'object',
  description,
  additionalProperties: values,
});

/** A Kubernetes resource.Quantity: an integer, or a string such as "0.01", 10m or 5880641926n. */
export const quantitySchema = (description: string): StructuralSchema => ({
  description,
  'x-kubernetes-int-or-string': true,
  anyOf: [{ type: 'integer' }, { type: 'string' }],
  pattern: QUANTITY_PATTERN,
});

const namedValue = (description: string): StructuralSchema => ({
  type: 'object',
  description,
  required: ['name', 'value'],
  properties: { name: text(), value: text() },
});

/** Free-form JSON that the API server keeps as written. */
const anyJson = (description: string): StructuralSchema => ({
  description,
  'x-kubernetes-preserve-unknown-fields': true,
});

// ---- Metric (docs/iter8-behaviour.md#the-metric-resource) ----

/** `Metric.spec`; shared by the Metric resource and the snapshots in `Experiment.status.metrics`. */
export const METRIC_SPEC_SCHEMA: StructuralSchema = {
  type: 'object',
  description: 'How to query one metric for each version.',
  properties: {
    description: text('Informational.'),
    units: text('Informational; shown as "name (units)".'),
    type: { ...oneOfStrings(METRIC_TYPES, 'Counter or Gauge (informational, except for mocks).'), default: 'Gauge' },
    sampleSize: text('Reference (name or namespace/name) to the counter metric giving the sample size.'),
    provider: text('Informational; "iter8" marks a builtin metric that is not fetched over HTTP.'),
    params: listOf(namedValue('HTTP query parameter; the value is a template.'), 'HTTP query parameters.'),
    body: text('POST body template; interpolated and then parsed as JSON.'),
    method: { ...oneOfStrings(['GET', 'POST'], 'HTTP method.'), default: 'GET' },
    authType: oneOfStrings(AUTH_TYPES, 'HTTP authentication, with credentials from `secret`.'),
    secret: text('Kubernetes secret (name or namespace/name) holding credentials and template data.'),
    headerTemplates: listOf(namedValue('HTTP header; the value is a template.'), 'HTTP headers.'),
    urlTemplate: text('URL of the metrics backend.'),
    jqExpression: text('jq program whose first output is the metric value.'),
    mock: listOf(
      {
        type: 'object',
        description: 'Mocked level of one version.',
        required: ['name', 'level'],
        properties: { name: text('Version name.'), level: quantitySchema('Mean (gauge) or rate (counter).') },
      },
      'Fake values instead of HTTP queries.',
    ),
    // iter8fn extension (docs/comparisons.md).
    comparison: {
      type: 'object',
      description: 'iter8fn: how comparisons test this metric for significance.',
      required: ['kind'],
      properties: {
        kind: oneOfStrings(
          METRIC_COMPARISON_KINDS,
          'distribution: rank test on histogram buckets (needs bucketQuery); proportion: the value is a share of sampleSize.',
        ),
        bucketQuery: text(
          'PromQL template answering one series per `le` label, each the cumulative count over the window.',
        ),
      },
    },
  },
};

export const METRIC_SCHEMA: StructuralSchema = {
  type: 'object',
  description: 'Metric is an Iter8 metric definition (iter8.tools/v2alpha2).',
  required: ['spec'],
  properties: {
    apiVersion: text(),
    kind: text(),
    metadata: { type: 'object' },
    spec: METRIC_SPEC_SCHEMA,
  },
};

// ---- Experiment spec (docs/iter8-behaviour.md#spec-defaults) ----

const objectReference: StructuralSchema = {
  type: 'object',
  description: 'The object and field holding the traffic weight of a version.',
  properties: {
    apiVersion: text(),
    kind: text(),
    namespace: text(),
    name: text(),
    fieldPath: text('Path of the weight inside the object; must start with "." (e.g. .spec.traffic[0].percent).'),
    resourceVersion: text(),
    uid: text(),
  },
};

const versionDetail: StructuralSchema = {
  type: 'object',
  description: 'One version of the application under experiment.',
  required: ['name'],
  properties: {
    name: text('Version name; unique within the experiment.'),
    variables: listOf(namedValue('Variable for metric queries and tasks.'), 'Variables for metric queries and tasks.'),
    weightObjRef: objectReference,
  },
};

const taskSpec: StructuralSchema = {
  type: 'object',
  description: 'One task of an action.',
  required: ['task'],
  properties: {
    task: text('Task name, "<library>/<task>" (e.g. knative/init-experiment).'),
    // v2alpha1 wrote the library separately; it is kept so that such objects are stored intact and
    // are read as task "<library>/<task>" (parse.ts).
    library: text('Legacy v2alpha1 form: the task library, read as task "<library>/<task>".'),
    with: {
      type: 'object',
      description: 'Task inputs.',
      'x-kubernetes-preserve-unknown-fields': true,
    },
  },
};

const reward: StructuralSchema = {
  type: 'object',
  required: ['metric', 'preferredDirection'],
  properties: {
    metric: text('Metric reference (name or namespace/name).'),
    preferredDirection: oneOfStrings(['High', 'Low'], 'Whether higher or lower values are better.'),
  },
};

const EXPERIMENT_SPEC_SCHEMA: StructuralSchema = {
  type: 'object',
  description: 'What to test, how, and for how long.',
  required: ['target', 'strategy'],
  properties: {
    target: {
      type: 'string',
      minLength: 1,
      description: 'At most one unfinished experiment holds a target at a time; for Knative, namespace/ksvc-name.',
    },
    versionInfo: {
      type: 'object',
      description: 'The versions; required before the first iteration (a start task may fill it in).',
      required: ['baseline'],
      properties: {
        baseline: versionDetail,
        candidates: listOf(versionDetail, 'Candidate versions.'),
        // iter8fn extension (docs/comparisons.md).
        reference: { ...versionDetail, description: 'iter8fn: the version comparisons test against.' },
      },
    },
    strategy: {
      type: 'object',
      required: ['testingPattern'],
      properties: {
        testingPattern: oneOfStrings(TESTING_PATTERNS, 'Testing pattern.'),
        deploymentPattern: oneOfStrings(DEPLOYMENT_PATTERNS, 'Deployment pattern; defaults to Progressive.'),
        actions: mapOf(listOf(taskSpec, 'Tasks run in order.'), 'Tasks per action (start, loop, finish).'),
        weights: {
          type: 'object',
          properties: {
            maxCandidateWeight: int32('Largest percent of traffic for a candidate; defaults to 100.', {
              minimum: 0,
              maximum: 100,
            }),
            maxCandidateWeightIncrement: int32('Largest weight increase per iteration; defaults to 10.', {
              minimum: 0,
              maximum: 100,
            }),
          },
        },
      },
    },
    criteria: {
      type: 'object',
      properties: {
        requestCount: text('Metric reference counting requests.'),
        rewards: listOf(reward, 'Rewards; exactly one for A/B and A/B/N, none otherwise.'),
        // v2alpha1 had a single reward; it is kept so that such objects are stored intact and are read
        // as rewards: [reward] (parse.ts).
        reward: { ...reward, description: 'Legacy v2alpha1 form of rewards: [reward].' },
        indicators: listOf(text(), 'Metric references that are only reported.'),
        objectives: listOf(
          {
            type: 'object',
            required: ['metric'],
            properties: {
              metric: text('Metric reference (name or namespace/name).'),
              upperLimit: quantitySchema('Largest acceptable value (inclusive).'),
              lowerLimit: quantitySchema('Smallest acceptable value (inclusive).'),
              rollback_on_failure: {
                type: 'boolean',
                description: 'Roll back when violated; defaults to true for BlueGreen, false otherwise.',
              },
            },
          },
          'Service level objectives.',
        ),
        // iter8fn extension (docs/comparisons.md).
        comparisons: listOf(
          {
            type: 'object',
            required: ['metric'],
            properties: {
              metric: text('Metric reference (name or namespace/name).'),
              maxRatio: quantitySchema('tested <= maxRatio x reference.'),
              maxIncrease: quantitySchema('tested <= reference + maxIncrease, in the metric units.'),
              minSamples: int32('Samples on each side before any verdict; defaults to 100.', { minimum: 1 }),
              confidence: quantitySchema('Confidence of the one-sided test; defaults to 0.95.'),
            },
          },
          'iter8fn: each tested version against the reference version, on the same window.',
        ),
        strength: anyJson('Reserved; not read.'),
      },
    },
    duration: {
      type: 'object',
      properties: {
        intervalSeconds: int32('Seconds between iterations; defaults to 20.', { minimum: 1 }),
        iterationsPerLoop: int32('Iterations per loop; defaults to 15.', { minimum: 1 }),
        maxLoops: int32('Loops; defaults to 1.', { minimum: 1 }),
      },
    },
  },
};

// ---- Experiment status (docs/iter8-behaviour.md#status-and-analysis) ----

const analysisSection = (description: string, data: StructuralSchema): StructuralSchema => ({
  type: 'object',
  description,
  required: ['provenance', 'timestamp', 'data'],
  properties: {
    provenance: text('Source of the data.'),
    timestamp: time('When the data was produced.'),
    message: text(),
    data,
  },
});

const versionWeight: StructuralSchema = {
  type: 'object',
  required: ['name', 'value'],
  properties: { name: text('Version name.'), value: int32('Percent of traffic.') },
};

const EXPERIMENT_STATUS_SCHEMA: StructuralSchema = {
  type: 'object',
  description: 'Progress and results, written by the controller.',
  properties: {
    conditions: listOf(
      {
        type: 'object',
        required: ['type', 'status'],
        properties: {
          type: oneOfStrings(CONDITION_TYPES, 'Condition type.'),
          status: oneOfStrings(['True', 'False', 'Unknown'], 'Condition status.'),
          lastTransitionTime: time('When the condition last changed.'),
          reason: text(),
          message: text(),
        },
      },
      'Completed, Failed and TargetAcquired.',
    ),
    initTime: time('First reconcile.'),
    startTime: time('Start of the first iteration; origin of $elapsedTime.'),
    lastUpdateTime: time('Last completed iteration.'),
    stage: oneOfStrings(STAGES, 'Stage; only moves forward.'),
    completedIterations: int32('Iterations completed so far.', { minimum: 0 }),
    currentWeightDistribution: listOf(versionWeight, 'Traffic weights observed in the cluster.'),
    analysis: {
      type: 'object',
      description: 'The latest analysis.',
      properties: {
        aggregatedBuiltinHists: analysisSection(
          'Histograms collected by the metrics/collect task.',
          anyJson('Per-version Fortio histograms.'),
        ),
        aggregatedMetrics: analysisSection(
          'Metric values.',
          mapOf(
            {
              type: 'object',
              required: ['data'],
              properties: {
                max: quantitySchema('Largest value across versions.'),
                min: quantitySchema('Smallest value across versions.'),
                data: mapOf(
                  {
                    type: 'object',
                    properties: {
                      max: quantitySchema('Largest value seen for this version.'),
                      min: quantitySchema('Smallest value seen for this version.'),
                      value: quantitySchema('Latest value; absent when unavailable.'),
                      sampleSize: int32('Sample size.', { minimum: 0 }),
                    },
                  },
                  'Per version name.',
                ),
              },
            },
            'Per metric reference.',
          ),
        ),
        winnerAssessment: analysisSection('Winner.', {
          type: 'object',
          required: ['winnerFound'],
          properties: {
            winnerFound: { type: 'boolean' },
            winner: text('Winning version name.'),
            bestVersions: listOf(text(), 'Versions tied for best.'),
          },
        }),
        versionAssessments: analysisSection(
          'Objectives met, per version.',
          mapOf(listOf({ type: 'boolean' }, 'One entry per objective, in spec order.'), 'Per version name.'),
        ),
        weights: analysisSection('Recommended traffic weights.', listOf(versionWeight, 'Baseline, then candidates.')),
        // iter8fn extension (types.ts ComparisonRecord).
        comparisons: analysisSection(
          'iter8fn: comparisons of each tested version with the reference.',
          listOf(
            {
              type: 'object',
              required: ['metric', 'version', 'reference', 'minSamples', 'confidence', 'verdict'],
              properties: {
                metric: text('Metric reference as the comparison wrote it.'),
                version: text('Tested version.'),
                reference: text('Reference version.'),
                testedValue: quantitySchema('Value of the tested version.'),
                referenceValue: quantitySchema('Value of the reference version.'),
                ratio: { type: 'number', description: 'tested / reference.' },
                difference: { type: 'number', description: 'tested - reference.' },
                maxRatio: quantitySchema('Bound on the ratio.'),
                maxIncrease: quantitySchema('Bound on the difference.'),
                testedSamples: { type: 'number', description: 'Samples of the tested version.', minimum: 0 },
                referenceSamples: { type: 'number', description: 'Samples of the reference version.', minimum: 0 },
                minSamples: int32('Samples needed on each side.', { minimum: 1 }),
                confidence: quantitySchema('Confidence of the one-sided test.'),
                test: oneOfStrings(COMPARISON_TESTS, 'The significance test used.'),
                pValue: { type: 'number', description: 'One-sided p-value.', minimum: 0, maximum: 1 },
                verdict: oneOfStrings(COMPARISON_VERDICTS, 'satisfied, violated or unavailable (inconclusive).'),
                reason: text('Why unavailable, or what was violated.'),
              },
            },
            'One entry per comparison and tested version, in spec order.',
          ),
        ),
      },
    },
    versionRecommendedForPromotion: text('The winner if found, otherwise the baseline.'),
    message: text('"<Reason>: <message>" of the last condition change.'),
    metrics: listOf(
      {
        type: 'object',
        required: ['name', 'metricObj'],
        properties: {
          name: text('The reference as written in the experiment.'),
          metricObj: {
            type: 'object',
            description: 'Snapshot of the referenced Metric.',
            required: ['apiVersion', 'kind', 'metadata', 'spec'],
            properties: {
              apiVersion: text(),
              kind: text(),
              metadata: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
              spec: METRIC_SPEC_SCHEMA,
            },
          },
        },
      },
      'Snapshots of every referenced Metric.',
    ),
    // iter8fn extension (types.ts MetricErrorRecord).
    metricErrors: {
      type: 'object',
      description: 'iter8fn: consecutive iterations that failed on a metric backend error.',
      required: ['consecutive', 'metric', 'message', 'time'],
      properties: {
        consecutive: int32('Consecutive failed iteration attempts.', { minimum: 0 }),
        metric: text('Metric reference.'),
        version: text('Version name, when the error concerned one version.'),
        message: text('The backend error.'),
        time: time('When the last error happened.'),
      },
    },
    // iter8fn extension (types.ts IterationRecord).
    history: {
      ...listOf(
        {
          type: 'object',
          required: ['iteration', 'time', 'values'],
          properties: {
            iteration: int32('The iteration counted.', { minimum: 1 }),
            time: time('When it was counted.'),
            values: mapOf(
              mapOf(quantitySchema('Value; absent when unavailable.'), 'Per version name.'),
              'Per metric reference.',
            ),
            comparisons: listOf(
              {
                type: 'object',
                required: ['metric', 'version', 'verdict'],
                properties: {
                  metric: text('Metric reference.'),
                  version: text('Tested version name.'),
                  verdict: oneOfStrings([...VERDICTS], 'Verdict.'),
                  ratio: { type: 'number', description: 'tested / reference.' },
                  difference: { type: 'number', description: 'tested - reference.' },
                },
              },
              'Comparison results (reserved).',
            ),
          },
        },
        `iter8fn: the last ${HISTORY_LIMIT} counted iterations, oldest first.`,
      ),
      maxItems: HISTORY_LIMIT,
    },
  },
};

export const EXPERIMENT_SCHEMA: StructuralSchema = {
  type: 'object',
  description: 'Experiment validates versions of an application against metric criteria (iter8.tools/v2alpha2).',
  required: ['spec'],
  properties: {
    apiVersion: text(),
    kind: text(),
    // Kubernetes allows nothing else on the root metadata; the API server validates ObjectMeta itself.
    metadata: { type: 'object' },
    spec: EXPERIMENT_SPEC_SCHEMA,
    status: EXPERIMENT_STATUS_SCHEMA,
  },
};

// Frozen so that the schema the CRD embeds and the schema the validator compiles cannot diverge at runtime.
deepFreeze(EXPERIMENT_SCHEMA);
deepFreeze(METRIC_SCHEMA);

function deepFreeze(value: object): void {
  for (const child of Object.values(value) as unknown[]) {
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child);
  }
  Object.freeze(value);
}
