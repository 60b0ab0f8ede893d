// Input boundary for Experiments and Metrics: unknown data in, typed objects out (or one clear error).
// Validation is ajv code compiled ahead of time (src/generated/, `npm run gen`) from the same
// schema objects that the CRD manifests embed (schema.ts), tightened so that unknown fields are
// rejected instead of silently dropped (validator-source.ts): a quick yes-or-no check first
// (checks.js), and for a refused document the full validator that says why (validators.js).
// Older forms are read as v2alpha2 (docs/iter8-behaviour.md#versions-and-older-forms):
//   - apiVersion iter8.tools/v2alpha1;
//   - a task written as `library: knative` + `task: init-experiment`        -> task: knative/init-experiment
//   - `criteria.reward: {...}` (a single reward, v2alpha1)                   -> criteria.rewards: [{...}]
//   - `spec.metrics` (written by etc3 before 23f771f, 2021-03-25)            -> status.metrics
//   - `status.endTime` (removed by the v2alpha1 -> v2alpha2 rename)          -> dropped
//   - Metric `type: counter|gauge` (before etc3 v0.1.20)                     -> Counter|Gauge
//   - Metric `sampleSize: {name, namespace?}` (v2alpha1)                     -> sampleSize: "namespace/name"
// They are converted whatever the apiVersion says: the CRD serves v2alpha1 and v2alpha2 with the same
// schema and no conversion webhook, so a v2alpha1 object comes back labelled v2alpha2 with its legacy
// fields intact.

import type { ErrorObject } from 'ajv';

import * as checks from '../generated/checks.js';
import * as generated from '../generated/validators.js';
import { copyJson, NotJsonError } from '../util/json-copy.js';
import {
  API_VERSION,
  LEGACY_API_VERSION,
  type Criteria,
  type DeploymentPattern,
  type Experiment,
  type ExperimentSpec,
  type Metric,
  type Objective,
  type ResolvedSpec,
  type Reward,
  type TaskSpec,
} from './types.js';
import { isRecord } from '../util/records.js';

/** Input that is not a valid Experiment or Metric. `message` is one line naming the field. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  /** Dotted field path, e.g. `spec.duration.iterationsPerLoop` or `spec.strategy.actions.start[0].task`; '' for the whole document. */
  readonly path: string;
  /** The rule that failed: a JSON Schema keyword (`minimum`, `enum`, `required`, `additionalProperties`, ...) or `apiVersion`, `kind`, `int-or-string`, `legacy`. */
  readonly rule: string;
  /** What is wrong, without path or source. */
  readonly problem: string;
  readonly source: string | undefined;

  constructor(details: { path: string; rule: string; problem: string; source?: string | undefined }) {
    const located = details.path ? `${details.path}: ${details.problem}` : details.problem;
    super(details.source ? `${details.source}: ${located}` : located);
    this.path = details.path;
    this.rule = details.rule;
    this.problem = details.problem;
    this.source = details.source;
  }
}

export { strictSchemaOf, VALIDATOR_SOURCE_SCHEMAS } from './validator-source.js';

/** An ajv standalone validator: true or false, with the errors of the last call in `errors`. */
interface Validator<T> {
  (data: unknown): data is T;
  errors?: ErrorObject[] | null;
}

const validators = {
  // ajv's ValidateFunction, narrowed to what each one checks: `check` only answers, `explain` says why.
  experiment: {
    check: checks.experiment as unknown as Validator<Experiment>,
    explain: generated.experiment as unknown as Validator<Experiment>,
  },
  metric: {
    check: checks.metric as unknown as Validator<Metric>,
    explain: generated.metric as unknown as Validator<Metric>,
  },
};

/** Checks `document` against one schema; a refused one is validated again to name the problem. */
function validate<T>(
  validator: { check: Validator<T>; explain: Validator<T> },
  document: unknown,
  source: string | undefined,
): asserts document is T {
  if (validator.check(document)) return;
  // Both are compiled from one schema, so the second refuses too; its errors are the message.
  if (!validator.explain(document)) throw errorFromAjv(validator.explain.errors ?? [], document, source);
}

// ---- public parsing API ----

export interface ParseOptions {
  /**
   * The input is plain JSON (from JSON.parse) that nobody changes while the result is used: it is
   * copied only when a legacy form must be converted, and the result otherwise shares its objects.
   * A tick reads an experiment this way (the step copies the status it changes).
   */
  shareInput?: boolean;
}

export function parseExperiment(input: unknown, source?: string, options: ParseOptions = {}): Experiment {
  const document =
    options.shareInput && isRecord(input) && !convertsExperiment(input) ? input : copyOfDocument(input, source);
  checkTypeMeta(document, 'Experiment', source);
  convertLegacyExperimentFields(document, source);
  validate(validators.experiment, document, source);
  return finishExperiment(document, source);
}

export function parseMetric(input: unknown, source?: string): Metric {
  const document = copyOfDocument(input, source);
  checkTypeMeta(document, 'Metric', source);
  convertLegacyMetricFields(document);
  validate(validators.metric, document, source);
  return document;
}

// ---- defaults (docs/iter8-behaviour.md#spec-defaults) ----

export const SPEC_DEFAULTS = {
  deploymentPattern: 'Progressive',
  maxCandidateWeight: 100,
  maxCandidateWeightIncrement: 10,
  intervalSeconds: 20,
  iterationsPerLoop: 15,
  maxLoops: 1,
} as const;

/** The spec with Iter8's in-memory defaults filled in. The input is not modified. */
export function applyDefaults(spec: ExperimentSpec): ResolvedSpec {
  const { strategy, duration } = spec;
  return {
    ...spec,
    strategy: {
      ...strategy,
      deploymentPattern: strategy.deploymentPattern ?? SPEC_DEFAULTS.deploymentPattern,
      weights: {
        maxCandidateWeight: strategy.weights?.maxCandidateWeight ?? SPEC_DEFAULTS.maxCandidateWeight,
        maxCandidateWeightIncrement:
          strategy.weights?.maxCandidateWeightIncrement ?? SPEC_DEFAULTS.maxCandidateWeightIncrement,
      },
    },
    duration: {
      intervalSeconds: duration?.intervalSeconds ?? SPEC_DEFAULTS.intervalSeconds,
      iterationsPerLoop: duration?.iterationsPerLoop ?? SPEC_DEFAULTS.iterationsPerLoop,
      maxLoops: duration?.maxLoops ?? SPEC_DEFAULTS.maxLoops,
    },
  };
}

/** `rollback_on_failure` as Iter8 read it (Objective.GetRollbackOnFailure): BlueGreen rolls back unless told otherwise. */
export function effectiveRollbackOnFailure(objective: Objective, deploymentPattern: DeploymentPattern): boolean {
  return objective.rollback_on_failure ?? deploymentPattern === 'BlueGreen';
}

// ---- steps ----

type JsonObject = Record<string, unknown>;

/** A private deep copy, so that conversions never touch the caller's data. */
function copyOfDocument(input: unknown, source: string | undefined): JsonObject {
  if (!isRecord(input)) {
    throw new InvalidInputError({
      path: '',
      rule: 'type',
      problem: `must be an object, found ${describeValue(input)}`,
      source,
    });
  }
  try {
    return copyJson(input);
  } catch (err) {
    if (!(err instanceof NotJsonError)) throw err;
    // Not plain JSON (a Date from a YAML timestamp, say): what structuredClone can copy is accepted.
    try {
      return structuredClone(input);
    } catch {
      throw new InvalidInputError({ path: '', rule: 'type', problem: 'must be plain JSON data', source });
    }
  }
}

function checkTypeMeta(document: JsonObject, kind: 'Experiment' | 'Metric', source: string | undefined): void {
  const { apiVersion } = document;
  if (apiVersion !== API_VERSION && apiVersion !== LEGACY_API_VERSION) {
    const problem =
      apiVersion === undefined
        ? 'required field is missing (required)'
        : `must be ${API_VERSION} or ${LEGACY_API_VERSION}, found ${describeValue(apiVersion)} (apiVersion)`;
    throw new InvalidInputError({
      path: 'apiVersion',
      rule: apiVersion === undefined ? 'required' : 'apiVersion',
      problem,
      source,
    });
  }
  if (document.kind !== kind) {
    const problem =
      document.kind === undefined
        ? 'required field is missing (required)'
        : `must be ${kind}, found ${describeValue(document.kind)} (kind)`;
    throw new InvalidInputError({
      path: 'kind',
      rule: document.kind === undefined ? 'required' : 'kind',
      problem,
      source,
    });
  }
  // Not `required` in the schema: Kubernetes restricts what a CRD may say about the root metadata.
  if (document.metadata === undefined) {
    throw new InvalidInputError({
      path: 'metadata',
      rule: 'required',
      problem: 'required field is missing (required)',
      source,
    });
  }
  document.apiVersion = API_VERSION;
}

/** Legacy fields that the schema does not describe; converted before validation. */
/**
 * Whether parsing changes anything in `document`: a legacy form converted or dropped, or integer
 * analysis values turned into quantity strings (the conversions below and in finishExperiment).
 */
function convertsExperiment(document: JsonObject): boolean {
  const { spec, status } = document;
  if (isRecord(spec)) {
    if (spec.metrics !== undefined) return true;
    if (isRecord(spec.criteria) && spec.criteria.reward !== undefined) return true;
    const actions = isRecord(spec.strategy) ? spec.strategy.actions : undefined;
    if (isRecord(actions)) {
      for (const tasks of Object.values(actions))
        if (Array.isArray(tasks) && tasks.some((task) => isRecord(task) && task.library !== undefined)) return true;
    }
  }
  if (!isRecord(status)) return false;
  if ('endTime' in status) return true;
  if (Array.isArray(status.metrics)) {
    for (const snapshot of status.metrics) {
      const metric = isRecord(snapshot) ? snapshot.metricObj : undefined;
      if (!isRecord(metric)) continue;
      if (metric.apiVersion === LEGACY_API_VERSION) return true;
      const metricSpec = metric.spec;
      if (isRecord(metricSpec) && (metricSpec.type === 'counter' || metricSpec.type === 'gauge')) return true;
      if (isRecord(metricSpec) && isRecord(metricSpec.sampleSize)) return true;
    }
  }
  const aggregated = isRecord(status.analysis) ? status.analysis.aggregatedMetrics : undefined;
  const byMetric = isRecord(aggregated) ? aggregated.data : undefined;
  if (isRecord(byMetric)) {
    const numeric = (record: JsonObject, keys: readonly string[]): boolean =>
      keys.some((key) => typeof record[key] === 'number');
    for (const metric of Object.values(byMetric)) {
      if (!isRecord(metric)) continue;
      if (numeric(metric, ['max', 'min'])) return true;
      if (isRecord(metric.data))
        for (const version of Object.values(metric.data))
          if (isRecord(version) && numeric(version, ['max', 'min', 'value'])) return true;
    }
  }
  return false;
}

function convertLegacyExperimentFields(document: JsonObject, source: string | undefined): void {
  const { spec } = document;
  if (isRecord(spec) && spec.metrics !== undefined) {
    const status = isRecord(document.status) ? document.status : {};
    if (status.metrics !== undefined) {
      throw new InvalidInputError({
        path: 'spec.metrics',
        rule: 'legacy',
        problem: 'the pre-release form of status.metrics cannot be combined with status.metrics (legacy)',
        source,
      });
    }
    status.metrics = spec.metrics;
    delete spec.metrics;
    document.status = status;
  }
  const { status } = document;
  if (isRecord(status)) {
    delete status.endTime;
    if (Array.isArray(status.metrics)) {
      for (const snapshot of status.metrics) {
        if (isRecord(snapshot) && isRecord(snapshot.metricObj)) convertLegacyMetricFields(snapshot.metricObj);
      }
    }
  }
}

function convertLegacyMetricFields(metric: JsonObject): void {
  if (metric.apiVersion === LEGACY_API_VERSION) metric.apiVersion = API_VERSION;
  const { spec } = metric;
  if (!isRecord(spec)) return;
  if (spec.type === 'counter') spec.type = 'Counter';
  if (spec.type === 'gauge') spec.type = 'Gauge';
  if (isRecord(spec.sampleSize) && typeof spec.sampleSize.name === 'string') {
    const { name, namespace } = spec.sampleSize;
    spec.sampleSize = typeof namespace === 'string' && namespace !== '' ? `${namespace}/${name}` : name;
  }
}

/** After validation: legacy fields that the schema keeps (so the API server stores them) become their v2alpha2 form. */
function finishExperiment(experiment: Experiment, source: string | undefined): Experiment {
  // The schema admits these legacy fields, so the validated document may hold them even though types.ts does not.
  for (const tasks of Object.values(experiment.spec.strategy.actions ?? {})) {
    for (const task of tasks as Array<TaskSpec & { library?: string }>) {
      if (task.library !== undefined) {
        if (!task.task.startsWith(`${task.library}/`)) task.task = `${task.library}/${task.task}`;
        delete task.library;
      }
    }
  }
  // The legacy singular `reward` is not part of Criteria; it is read here only to be refused or converted.
  const criteria: (Criteria & { reward?: Reward }) | undefined = experiment.spec.criteria;
  if (criteria?.reward !== undefined) {
    if (criteria.rewards !== undefined) {
      throw new InvalidInputError({
        path: 'spec.criteria.reward',
        rule: 'legacy',
        problem: 'the v2alpha1 form of rewards cannot be combined with rewards (legacy)',
        source,
      });
    }
    criteria.rewards = [criteria.reward];
    delete criteria.reward;
  }
  for (const [index, snapshot] of (experiment.status?.metrics ?? []).entries()) {
    if (snapshot.metricObj.kind !== 'Metric') {
      throw new InvalidInputError({
        path: `status.metrics[${index}].metricObj.kind`,
        rule: 'kind',
        problem: `must be Metric, found ${describeValue(snapshot.metricObj.kind)} (kind)`,
        source,
      });
    }
  }
  normaliseStatusQuantities(experiment);
  return experiment;
}

/** types.ts holds analysis values as strings; the schema also admits integers, as Kubernetes does. */
function normaliseStatusQuantities(experiment: Experiment): void {
  const asText = (value: unknown): string | undefined =>
    typeof value === 'number' ? String(value) : (value as string | undefined);
  for (const metric of Object.values(experiment.status?.analysis?.aggregatedMetrics?.data ?? {})) {
    if (metric.max !== undefined) metric.max = asText(metric.max);
    if (metric.min !== undefined) metric.min = asText(metric.min);
    for (const version of Object.values(metric.data)) {
      if (version.max !== undefined) version.max = asText(version.max);
      if (version.min !== undefined) version.min = asText(version.min);
      if (version.value !== undefined) version.value = asText(version.value);
    }
  }
}

// ---- choosing and wording the error ----

function errorFromAjv(
  errors: readonly ErrorObject[],
  document: unknown,
  source: string | undefined,
): InvalidInputError {
  const located = errors.map((error) => ({ error, segments: segmentsOf(error) }));
  // The deepest error is the most specific one (a wrong enum value rather than "spec is invalid");
  // ties keep ajv's order, which follows the schema.
  let chosen = located[0];
  for (const candidate of located) {
    if (chosen === undefined || candidate.segments.length > chosen.segments.length) chosen = candidate;
  }
  if (chosen === undefined) return new InvalidInputError({ path: '', rule: 'schema', problem: 'is invalid', source });

  // A quantity that is neither an integer nor a string fails each anyOf branch; say what a quantity is instead.
  const intOrString = located.find(
    ({ error }) =>
      error.keyword === 'anyOf' &&
      error.instancePath === chosen.error.instancePath &&
      isIntOrString(error.parentSchema),
  );
  const path = formatPath(chosen.segments, document);
  if (intOrString) {
    const problem = `must be an integer or a quantity string such as "0.01" or 10m, found ${describeValue(intOrString.error.data)} (int-or-string)`;
    return new InvalidInputError({ path, rule: 'int-or-string', problem, source });
  }
  const { error } = chosen;
  return new InvalidInputError({
    path,
    rule: error.keyword,
    problem: `${describeProblem(error)} (${error.keyword})`,
    source,
  });
}

function segmentsOf(error: ErrorObject): string[] {
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(unescapePointer);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') segments.push(params.missingProperty);
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    segments.push(params.additionalProperty);
  }
  return segments;
}

const unescapePointer = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

const isIntOrString = (schema: unknown): boolean => isRecord(schema) && schema['x-kubernetes-int-or-string'] === true;

const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;

/** `spec.strategy.actions.start[0].task`; map keys that are not plain words are quoted: `data["ns/name"]`. */
function formatPath(segments: readonly string[], document: unknown): string {
  let path = '';
  let node: unknown = document;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      path += `[${segment}]`;
      node = node[Number(segment)];
    } else {
      path += PLAIN_KEY.test(segment) ? (path === '' ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`;
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return path;
}

function describeProblem(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'required field is missing';
    case 'additionalProperties':
      return 'unknown field';
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map(String).join(', ') : '';
      return `must be one of ${allowed}; found ${describeValue(error.data)}`;
    }
    case 'type':
      return `must be ${String(params.type)}, found ${describeValue(error.data)}`;
    case 'pattern':
      if (isIntOrString(error.parentSchema)) {
        return `must be a Kubernetes quantity such as 50, "0.01", 10m or 1.5k; found ${describeValue(error.data)}`;
      }
      return `${error.message ?? 'does not match its pattern'}; found ${describeValue(error.data)}`;
    case 'format':
      return params.format === 'date-time'
        ? `must be an RFC 3339 date-time such as 2021-02-12T20:01:07Z; found ${describeValue(error.data)}`
        : `must be a 32-bit integer; found ${describeValue(error.data)}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}
