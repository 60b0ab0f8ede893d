// Checks that a parsed Experiment can be iterated: the controller-side validation of Iter8
// (docs/iter8-behaviour.md#controller-validation) plus checks of iter8fn's own limits.
// The schema (parse.ts) already guarantees the shape; these are the cross-field rules it cannot express.
// Every problem names the field path, so that a user sees where to look, not only what is wrong.

import { isDnsLabel } from './names.js';
import { parseQuantity, quantityToNumber } from './quantity.js';
import type { Experiment, ExperimentSpec, TestingPattern, VersionDetail } from './types.js';

export interface ValidationProblem {
  /** Dotted field path, e.g. `spec.versionInfo.candidates`. */
  path: string;
  /** Stable name of the failed check, e.g. `candidates-count`. */
  rule: string;
  /** One line, `<path>: <Iter8's message where Iter8 had the check> (<detail>)`; becomes the InvalidExperiment condition message. */
  message: string;
}

/** The tasks iter8fn can run. Iter8 had more (common/exec, metrics/collect, ...); iter8fn runs only these. */
export const KNOWN_TASKS: ReadonlySet<string> = new Set(['knative/init-experiment']);

/** The actions (keys of spec.strategy.actions) each known task may appear in. */
export const TASK_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'knative/init-experiment': ['start'],
};

/** The first problem that prevents an iteration, or undefined when there is none. */
export function validateForIteration(experiment: Experiment): ValidationProblem | undefined {
  return listValidationProblems(experiment)[0];
}

/**
 * Every problem, most fundamental first: tasks (they run before any iteration), the target, metric
 * references and limits, then Iter8's version checks in Iter8's order.
 */
export function listValidationProblems(experiment: Experiment): ValidationProblem[] {
  const { spec } = experiment;
  return [
    ...taskProblems(spec),
    ...targetProblems(spec),
    ...metricReferenceProblems(spec),
    ...limitProblems(spec),
    ...comparisonProblems(spec),
    ...versionInfoProblems(spec),
  ];
}

const problem = (path: string, rule: string, text: string): ValidationProblem => ({
  path,
  rule,
  message: `${path}: ${text}`,
});

// ---- iter8fn checks ----

function taskProblems(spec: ExperimentSpec): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const [action, tasks] of Object.entries(spec.strategy.actions ?? {})) {
    tasks.forEach((task, index) => {
      const path = `spec.strategy.actions.${action}[${index}].task`;
      const allowedActions = TASK_ACTIONS[task.task];
      if (!KNOWN_TASKS.has(task.task) || allowedActions === undefined) {
        problems.push(
          problem(path, 'unknown-task', `unknown task "${task.task}" (known tasks: ${[...KNOWN_TASKS].join(', ')})`),
        );
      } else if (!allowedActions.includes(action)) {
        problems.push(
          problem(
            path,
            'task-action',
            `task "${task.task}" is not allowed in ${action} actions (allowed in: ${allowedActions.join(', ')})`,
          ),
        );
      }
    });
  }
  return problems;
}

// A Kubernetes namespace and a Knative service name are both DNS-1123 labels (isDnsLabel).
// A Metric name is a DNS-1123 subdomain.
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const isLabel = isDnsLabel;

function usesInitExperiment(spec: ExperimentSpec): boolean {
  return Object.values(spec.strategy.actions ?? {}).some((tasks) =>
    tasks.some((t) => t.task === 'knative/init-experiment'),
  );
}

function targetProblems(spec: ExperimentSpec): ValidationProblem[] {
  if (!usesInitExperiment(spec)) return [];
  const parts = spec.target.split('/');
  const [namespace, name] = parts;
  if (parts.length === 2 && namespace !== undefined && name !== undefined && isLabel(namespace) && isLabel(name))
    return [];
  // The first sentence is the knative/init-experiment task's own error.
  return [
    problem(
      'spec.target',
      'target-format',
      `unable to parse target into name and namespace of the ksvc (knative/init-experiment needs namespace/name, found "${spec.target}")`,
    ),
  ];
}

/** `name` or `namespace/name`, as etc3 resolved metric references. */
export function isMetricReference(reference: string): boolean {
  const parts = reference.split('/');
  const name = parts[parts.length - 1];
  if (parts.length > 2 || name === undefined) return false;
  if (parts.length === 2 && !isLabel(parts[0] ?? '')) return false;
  return name.length <= 253 && DNS_1123_SUBDOMAIN.test(name);
}

function metricReferenceProblems(spec: ExperimentSpec): ValidationProblem[] {
  const criteria = spec.criteria;
  if (!criteria) return [];
  const references: Array<[path: string, reference: string]> = [];
  if (criteria.requestCount !== undefined) references.push(['spec.criteria.requestCount', criteria.requestCount]);
  criteria.rewards?.forEach((r, i) => references.push([`spec.criteria.rewards[${i}].metric`, r.metric]));
  criteria.indicators?.forEach((m, i) => references.push([`spec.criteria.indicators[${i}]`, m]));
  criteria.objectives?.forEach((o, i) => references.push([`spec.criteria.objectives[${i}].metric`, o.metric]));
  criteria.comparisons?.forEach((c, i) => references.push([`spec.criteria.comparisons[${i}].metric`, c.metric]));
  return references
    .filter(([, reference]) => !isMetricReference(reference))
    .map(([path, reference]) =>
      problem(
        path,
        'metric-reference',
        `invalid metric reference "${reference}" (must be name or namespace/name, lowercase DNS-1123)`,
      ),
    );
}

function limitProblems(spec: ExperimentSpec): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  spec.criteria?.objectives?.forEach((objective, index) => {
    const { upperLimit, lowerLimit } = objective;
    if (upperLimit === undefined || lowerLimit === undefined) return;
    if (parseQuantity(upperLimit) < parseQuantity(lowerLimit)) {
      problems.push(
        problem(
          `spec.criteria.objectives[${index}].upperLimit`,
          'limits-order',
          `upperLimit must be >= lowerLimit (upperLimit ${upperLimit}, lowerLimit ${lowerLimit})`,
        ),
      );
    }
  });
  return problems;
}

/** iter8fn comparisons: bounds present and in range, and a reference version to compare with. */
function comparisonProblems(spec: ExperimentSpec): ValidationProblem[] {
  const comparisons = spec.criteria?.comparisons ?? [];
  if (comparisons.length === 0) return [];
  const problems: ValidationProblem[] = [];
  comparisons.forEach((comparison, index) => {
    const path = `spec.criteria.comparisons[${index}]`;
    if (comparison.maxRatio === undefined && comparison.maxIncrease === undefined) {
      problems.push(problem(path, 'comparison-bound', 'a comparison needs maxRatio, maxIncrease or both'));
    }
    if (comparison.maxRatio !== undefined && !(quantityToNumber(comparison.maxRatio) > 0)) {
      problems.push(
        problem(`${path}.maxRatio`, 'comparison-bound', `maxRatio must be above 0 (found ${comparison.maxRatio})`),
      );
    }
    if (comparison.maxIncrease !== undefined && quantityToNumber(comparison.maxIncrease) < 0) {
      problems.push(
        problem(
          `${path}.maxIncrease`,
          'comparison-bound',
          `maxIncrease must not be negative (found ${comparison.maxIncrease})`,
        ),
      );
    }
    if (comparison.confidence !== undefined) {
      const confidence = quantityToNumber(comparison.confidence);
      if (!(confidence > 0 && confidence < 1)) {
        problems.push(
          problem(
            `${path}.confidence`,
            'comparison-confidence',
            `confidence must lie strictly between 0 and 1 (found ${comparison.confidence})`,
          ),
        );
      }
    }
  });
  const info = spec.versionInfo;
  if (info && !info.reference && spec.strategy.testingPattern === 'Conformance') {
    problems.push(
      problem(
        'spec.versionInfo.reference',
        'reference-missing',
        'a Conformance experiment with comparisons needs a reference version to compare the baseline with',
      ),
    );
  }
  const names = info ? [info.baseline, ...(info.candidates ?? [])].map((v) => v.name) : [];
  if (info?.reference && names.includes(info.reference.name)) {
    problems.push(
      problem(
        'spec.versionInfo.reference.name',
        'reference-name',
        `the reference version needs a name of its own ("${info.reference.name}" names a tested version)`,
      ),
    );
  }
  return problems;
}

// ---- Iter8's IsVersionInfoValid, in its order ----

const EXPECTED_CANDIDATES: Record<TestingPattern, { min: number; max: number }> = {
  Conformance: { min: 0, max: 0 },
  Canary: { min: 1, max: 1 },
  'A/B': { min: 1, max: 1 },
  'A/B/N': { min: 1, max: Number.POSITIVE_INFINITY },
};

const EXPECTED_REWARDS: Record<TestingPattern, number> = { Conformance: 0, Canary: 0, 'A/B': 1, 'A/B/N': 1 };

function describeExpected({ min, max }: { min: number; max: number }): string {
  if (min === max) return `${min}`;
  return `at least ${min}`;
}

function versionInfoProblems(spec: ExperimentSpec): ValidationProblem[] {
  const { versionInfo } = spec;
  const pattern = spec.strategy.testingPattern;
  if (!versionInfo) return [problem('spec.versionInfo', 'versionInfo-missing', 'No versionInfo in experiment')];
  const problems: ValidationProblem[] = [];

  const candidates = versionInfo.candidates ?? [];
  const expected = EXPECTED_CANDIDATES[pattern];
  if (candidates.length < expected.min || candidates.length > expected.max) {
    problems.push(
      problem(
        'spec.versionInfo.candidates',
        'candidates-count',
        `Invalid number of candidates for ${pattern} experiment (needs ${describeExpected(expected)}, found ${candidates.length})`,
      ),
    );
  }

  const versions: Array<[path: string, version: VersionDetail]> = [
    ['spec.versionInfo.baseline', versionInfo.baseline],
    ...candidates.map((c, i): [string, VersionDetail] => [`spec.versionInfo.candidates[${i}]`, c]),
  ];
  const seen = new Set<string>();
  for (const [path, version] of versions) {
    if (seen.has(version.name)) {
      problems.push(
        problem(`${path}.name`, 'version-names-unique', `Version names are not unique ("${version.name}" repeats)`),
      );
      break;
    }
    seen.add(version.name);
  }

  const rewards = spec.criteria?.rewards?.length ?? 0;
  if (rewards !== EXPECTED_REWARDS[pattern]) {
    problems.push(
      problem(
        'spec.criteria.rewards',
        'rewards-count',
        `Invalid number of rewards for ${pattern} experiment (needs ${EXPECTED_REWARDS[pattern]}, found ${rewards})`,
      ),
    );
  }

  for (const [path, version] of versions) {
    const fieldPath = version.weightObjRef?.fieldPath;
    if (fieldPath !== undefined && fieldPath !== '' && !fieldPath.startsWith('.')) {
      problems.push(
        problem(
          `${path}.weightObjRef.fieldPath`,
          'fieldpath-dot',
          `Fieldpaths must start with '.' (found "${fieldPath}")`,
        ),
      );
    }
  }
  return problems;
}
