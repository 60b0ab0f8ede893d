// validateForIteration: each check of Iter8's controller validation (docs/iter8-behaviour.md#controller-validation,
// with Iter8's
// message text) and each iter8fn check, one failing case apiece, asserting the field path.

import { describe, expect, it } from '@jest/globals';

import { parseExperiment } from '../../src/experiment/parse.js';
import type { Experiment, TestingPattern, VersionDetail } from '../../src/experiment/types.js';
import {
  isMetricReference,
  KNOWN_TASKS,
  listValidationProblems,
  TASK_ACTIONS,
  validateForIteration,
} from '../../src/experiment/validate.js';

type Json = Record<string, unknown>;

const version = (name: string, fieldPath?: string): Json => ({
  name,
  ...(fieldPath === undefined
    ? {}
    : {
        weightObjRef: {
          apiVersion: 'serving.knative.dev/v1',
          kind: 'Service',
          namespace: 'default',
          name: 'app',
          fieldPath,
        },
      }),
});

/** A schema-valid experiment that passes every check for its testing pattern. */
function experiment(pattern: TestingPattern, change: (spec: Json) => void = () => undefined): Experiment {
  const candidates: Record<TestingPattern, Json[]> = {
    Conformance: [],
    Canary: [version('v2', '.spec.traffic[1].percent')],
    'A/B': [version('v2', '.spec.traffic[1].percent')],
    'A/B/N': [version('v2', '.spec.traffic[1].percent'), version('v3', '.spec.traffic[2].percent')],
  };
  const rewards =
    pattern === 'A/B' || pattern === 'A/B/N'
      ? [{ metric: 'iter8-knative/user-engagement', preferredDirection: 'High' }]
      : undefined;
  const spec: Json = {
    target: 'default/app',
    strategy: { testingPattern: pattern, actions: { start: [{ task: 'knative/init-experiment' }] } },
    criteria: {
      requestCount: 'iter8-knative/request-count',
      ...(rewards ? { rewards } : {}),
      indicators: ['error-count'],
      objectives: [{ metric: 'iter8-knative/mean-latency', upperLimit: 50, lowerLimit: 0 }],
    },
    versionInfo: { baseline: version('v1', '.spec.traffic[0].percent'), candidates: candidates[pattern] },
  };
  change(spec);
  // Through the parser, so that every fixture is also valid against the schema.
  return parseExperiment({ apiVersion: 'iter8.tools/v2alpha2', kind: 'Experiment', metadata: { name: 'e' }, spec });
}

const at = (spec: Json, ...keys: string[]): Json => keys.reduce<Json>((node, key) => node[key] as Json, spec);

describe('valid experiments', () => {
  for (const pattern of ['Conformance', 'Canary', 'A/B', 'A/B/N'] as const) {
    it(`${pattern}`, () => {
      expect(listValidationProblems(experiment(pattern))).toEqual([]);
      expect(validateForIteration(experiment(pattern))).toBeUndefined();
    });
  }

  it('A/B/N with a single candidate', () => {
    expect(
      validateForIteration(experiment('A/B/N', (spec) => (at(spec, 'versionInfo').candidates = [version('v2')]))),
    ).toBeUndefined();
  });

  it('Conformance and Canary need no criteria at all', () => {
    expect(validateForIteration(experiment('Canary', (spec) => delete spec.criteria))).toBeUndefined();
  });
});

describe('Iter8 controller checks', () => {
  it('versionInfo missing', () => {
    const problem = validateForIteration(experiment('Canary', (spec) => delete spec.versionInfo));
    expect(problem).toEqual({
      path: 'spec.versionInfo',
      rule: 'versionInfo-missing',
      message: 'spec.versionInfo: No versionInfo in experiment',
    });
  });

  describe('number of candidates', () => {
    const withCandidates = (pattern: TestingPattern, candidates: Json[]): Experiment =>
      experiment(pattern, (spec) => {
        at(spec, 'versionInfo').candidates = candidates;
      });

    it('Conformance needs 0', () => {
      expect(validateForIteration(withCandidates('Conformance', [version('v2')]))?.message).toBe(
        'spec.versionInfo.candidates: Invalid number of candidates for Conformance experiment (needs 0, found 1)',
      );
    });

    it('Canary needs exactly 1', () => {
      expect(validateForIteration(withCandidates('Canary', []))?.message).toBe(
        'spec.versionInfo.candidates: Invalid number of candidates for Canary experiment (needs 1, found 0)',
      );
      expect(validateForIteration(withCandidates('Canary', [version('v2'), version('v3')]))?.message).toBe(
        'spec.versionInfo.candidates: Invalid number of candidates for Canary experiment (needs 1, found 2)',
      );
    });

    it('A/B needs exactly 1', () => {
      const problem = validateForIteration(withCandidates('A/B', [version('v2'), version('v3')]));
      expect(problem?.path).toBe('spec.versionInfo.candidates');
      expect(problem?.message).toContain('Invalid number of candidates for A/B experiment (needs 1, found 2)');
    });

    it('A/B/N needs at least 1', () => {
      expect(validateForIteration(withCandidates('A/B/N', []))?.message).toBe(
        'spec.versionInfo.candidates: Invalid number of candidates for A/B/N experiment (needs at least 1, found 0)',
      );
    });

    it('absent candidates count as 0', () => {
      const problem = validateForIteration(experiment('Canary', (spec) => delete at(spec, 'versionInfo').candidates));
      expect(problem?.message).toContain('(needs 1, found 0)');
    });
  });

  it('version names not unique: baseline and candidate', () => {
    const problem = validateForIteration(
      experiment('Canary', (spec) => (at(spec, 'versionInfo').candidates = [version('v1')])),
    );
    expect(problem).toEqual({
      path: 'spec.versionInfo.candidates[0].name',
      rule: 'version-names-unique',
      message: 'spec.versionInfo.candidates[0].name: Version names are not unique ("v1" repeats)',
    });
  });

  it('version names not unique: two candidates', () => {
    const problem = validateForIteration(
      experiment('A/B/N', (spec) => (at(spec, 'versionInfo').candidates = [version('v2'), version('v2')])),
    );
    expect(problem?.path).toBe('spec.versionInfo.candidates[1].name');
    expect(problem?.message).toContain('Version names are not unique');
  });

  describe('number of rewards', () => {
    const reward = { metric: 'iter8-knative/user-engagement', preferredDirection: 'High' };

    it('Canary needs 0', () => {
      expect(
        validateForIteration(experiment('Canary', (spec) => (at(spec, 'criteria').rewards = [reward])))?.message,
      ).toBe('spec.criteria.rewards: Invalid number of rewards for Canary experiment (needs 0, found 1)');
    });

    it('Conformance needs 0', () => {
      expect(
        validateForIteration(experiment('Conformance', (spec) => (at(spec, 'criteria').rewards = [reward])))?.path,
      ).toBe('spec.criteria.rewards');
    });

    it('A/B needs exactly 1', () => {
      expect(validateForIteration(experiment('A/B', (spec) => delete at(spec, 'criteria').rewards))?.message).toBe(
        'spec.criteria.rewards: Invalid number of rewards for A/B experiment (needs 1, found 0)',
      );
    });

    it('A/B/N needs exactly 1', () => {
      expect(
        validateForIteration(experiment('A/B/N', (spec) => (at(spec, 'criteria').rewards = [reward, reward])))?.message,
      ).toBe('spec.criteria.rewards: Invalid number of rewards for A/B/N experiment (needs 1, found 2)');
    });

    it('A/B without criteria at all', () => {
      expect(validateForIteration(experiment('A/B', (spec) => delete spec.criteria))?.path).toBe(
        'spec.criteria.rewards',
      );
    });
  });

  it("fieldPath must start with '.'", () => {
    const problem = validateForIteration(
      experiment('Canary', (spec) => (at(spec, 'versionInfo').candidates = [version('v2', 'spec.traffic[1].percent')])),
    );
    expect(problem).toEqual({
      path: 'spec.versionInfo.candidates[0].weightObjRef.fieldPath',
      rule: 'fieldpath-dot',
      message: `spec.versionInfo.candidates[0].weightObjRef.fieldPath: Fieldpaths must start with '.' (found "spec.traffic[1].percent")`,
    });
  });

  it("an empty fieldPath is not checked (Iter8 checks only non-empty ones); the baseline's is", () => {
    expect(
      validateForIteration(experiment('Canary', (spec) => (at(spec, 'versionInfo').candidates = [version('v2', '')]))),
    ).toBeUndefined();
    const problem = validateForIteration(
      experiment('Canary', (spec) => (at(spec, 'versionInfo').baseline = version('v1', 'x'))),
    );
    expect(problem?.path).toBe('spec.versionInfo.baseline.weightObjRef.fieldPath');
  });

  it('all problems are listed, in Iter8 order', () => {
    const baseline: VersionDetail = { name: 'v1', weightObjRef: { fieldPath: 'bad' } };
    const problems = listValidationProblems(
      experiment('A/B', (spec) => {
        at(spec, 'versionInfo').baseline = baseline;
        at(spec, 'versionInfo').candidates = [version('v1'), version('v3')];
        delete at(spec, 'criteria').rewards;
      }),
    );
    expect(problems.map((p) => p.rule)).toEqual([
      'candidates-count',
      'version-names-unique',
      'rewards-count',
      'fieldpath-dot',
    ]);
  });
});

describe('iter8fn checks', () => {
  it('the known tasks are exactly knative/init-experiment, in start actions', () => {
    expect([...KNOWN_TASKS]).toEqual(['knative/init-experiment']);
    expect(TASK_ACTIONS).toEqual({ 'knative/init-experiment': ['start'] });
  });

  it('an unknown task', () => {
    const problem = validateForIteration(
      experiment(
        'Canary',
        (spec) => (at(spec, 'strategy', 'actions').start = [{ task: 'common/exec', with: { cmd: 'kubectl' } }]),
      ),
    );
    expect(problem).toEqual({
      path: 'spec.strategy.actions.start[0].task',
      rule: 'unknown-task',
      message: 'spec.strategy.actions.start[0].task: unknown task "common/exec" (known tasks: knative/init-experiment)',
    });
  });

  it('a v2alpha1 task name without its library is unknown', () => {
    const problem = validateForIteration(
      experiment('Canary', (spec) => (at(spec, 'strategy', 'actions').start = [{ task: 'init-experiment' }])),
    );
    expect(problem?.path).toBe('spec.strategy.actions.start[0].task');
  });

  it('a known task in the wrong action', () => {
    const problem = validateForIteration(
      experiment('Canary', (spec) => (at(spec, 'strategy', 'actions').finish = [{ task: 'knative/init-experiment' }])),
    );
    expect(problem?.path).toBe('spec.strategy.actions.finish[0].task');
    expect(problem?.rule).toBe('task-action');
    expect(problem?.message).toBe(
      'spec.strategy.actions.finish[0].task: task "knative/init-experiment" is not allowed in finish actions (allowed in: start)',
    );
  });

  it('target must be namespace/name when knative/init-experiment runs', () => {
    for (const target of ['app', 'default/app/extra', 'Default/app', '/app']) {
      const problem = validateForIteration(experiment('Canary', (spec) => (spec.target = target)));
      expect(problem?.path).toBe('spec.target');
      expect(problem?.message).toBe(
        `spec.target: unable to parse target into name and namespace of the ksvc (knative/init-experiment needs namespace/name, found "${target}")`,
      );
    }
  });

  it('any target string is fine without knative/init-experiment (it only serialises experiments)', () => {
    const problem = validateForIteration(
      experiment('Canary', (spec) => {
        spec.target = 'my-app';
        delete at(spec, 'strategy').actions;
      }),
    );
    expect(problem).toBeUndefined();
  });

  it('upperLimit below lowerLimit', () => {
    const problem = validateForIteration(
      experiment(
        'Canary',
        (spec) =>
          (at(spec, 'criteria').objectives = [
            { metric: 'iter8-knative/error-rate', upperLimit: '10m', lowerLimit: '0.1' },
          ]),
      ),
    );
    expect(problem).toEqual({
      path: 'spec.criteria.objectives[0].upperLimit',
      rule: 'limits-order',
      message:
        'spec.criteria.objectives[0].upperLimit: upperLimit must be >= lowerLimit (upperLimit 10m, lowerLimit 0.1)',
    });
  });

  it('equal limits are fine, compared as quantities', () => {
    const problem = validateForIteration(
      experiment(
        'Canary',
        (spec) =>
          (at(spec, 'criteria').objectives = [
            { metric: 'iter8-knative/error-rate', upperLimit: '10m', lowerLimit: '0.01' },
          ]),
      ),
    );
    expect(problem).toBeUndefined();
  });

  it('metric references must be name or namespace/name', () => {
    const cases: Array<[change: (spec: Json) => void, path: string]> = [
      [(spec) => (at(spec, 'criteria').requestCount = 'Request_Count'), 'spec.criteria.requestCount'],
      [
        (spec) => (at(spec, 'criteria').rewards = [{ metric: 'a/b/c', preferredDirection: 'High' }]),
        'spec.criteria.rewards[0].metric',
      ],
      [(spec) => (at(spec, 'criteria').indicators = ['ok', '']), 'spec.criteria.indicators[1]'],
      [
        (spec) => (at(spec, 'criteria').objectives = [{ metric: 'iter8_knative/mean-latency' }]),
        'spec.criteria.objectives[0].metric',
      ],
    ];
    for (const [change, path] of cases) {
      const problem = validateForIteration(experiment('A/B', change));
      expect(problem?.path).toBe(path);
      expect(problem?.rule).toBe('metric-reference');
      expect(problem?.message).toMatch(
        /invalid metric reference ".*" \(must be name or namespace\/name, lowercase DNS-1123\)$/,
      );
    }
  });

  it('isMetricReference', () => {
    for (const good of [
      'mean-latency',
      'iter8-knative/95th-percentile-tail-latency',
      'iter8-system/latency-95th-percentile',
      'a.b',
    ]) {
      expect(isMetricReference(good)).toBe(true);
    }
    for (const bad of ['', '/x', 'x/', 'a/b/c', 'Mean', 'ns.with.dots/x', '-x', `${'a'.repeat(64)}/x`]) {
      expect(isMetricReference(bad)).toBe(false);
    }
  });

  it('task problems come before Iter8 checks (start actions run before the first iteration)', () => {
    const problems = listValidationProblems(
      experiment('Canary', (spec) => {
        delete spec.versionInfo;
        at(spec, 'strategy', 'actions').start = [{ task: 'common/exec' }];
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['spec.strategy.actions.start[0].task', 'spec.versionInfo']);
  });
});
