// parseExperiment / parseMetric on real inputs: the two seed pages (the Iter8 mirroring tutorial in its
// v2alpha2 and v2alpha1 forms), every iter8ctl conformance experiment, the legacy conversions, error
// wording, and the in-memory defaults.

import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import {
  applyDefaults,
  effectiveRollbackOnFailure,
  InvalidInputError,
  parseExperiment,
  parseMetric,
  SPEC_DEFAULTS,
} from '../../src/experiment/parse.js';
import type { Experiment, ExperimentSpec } from '../../src/experiment/types.js';
import { validateForIteration } from '../../src/experiment/validate.js';
import { conformanceDir, experimentYamlOnPage, seedPage } from '../support/seeds.js';

type Json = Record<string, unknown>;

const seedV2alpha2 = (): unknown => parse(experimentYamlOnPage(seedPage('000_')));
const seedV2alpha1 = (): unknown => parse(experimentYamlOnPage(seedPage('001_')));

function rejection(parseInput: () => unknown): InvalidInputError {
  try {
    parseInput();
  } catch (err) {
    if (err instanceof InvalidInputError) return err;
    throw err;
  }
  throw new Error('expected the input to be rejected');
}

describe('the seed experiments', () => {
  it('finds the manifest on both pages', () => {
    expect(experimentYamlOnPage(seedPage('000_'))).toMatch(/^apiVersion: iter8\.tools\/v2alpha2\nkind: Experiment\n/);
    expect(experimentYamlOnPage(seedPage('001_'))).toMatch(/^apiVersion: iter8\.tools\/v2alpha1\nkind: Experiment\n/);
    expect(experimentYamlOnPage(seedPage('001_'))).toMatch(/\n {8}value: sample-app-v2$/);
  });

  it('v2alpha2 (seed 000) parses as written', () => {
    const experiment = parseExperiment(seedV2alpha2(), 'seed 000');
    expect(experiment).toEqual({
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Experiment',
      metadata: { name: 'mirroring' },
      spec: {
        target: 'default/sample-app',
        strategy: { testingPattern: 'Conformance', actions: { start: [{ task: 'knative/init-experiment' }] } },
        criteria: {
          objectives: [
            { metric: 'iter8-knative/mean-latency', upperLimit: 50 },
            { metric: 'iter8-knative/95th-percentile-tail-latency', upperLimit: 100 },
            { metric: 'iter8-knative/error-rate', upperLimit: '0.01' },
          ],
        },
        duration: { intervalSeconds: 10, iterationsPerLoop: 10 },
        versionInfo: { baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] } },
      },
    } satisfies Experiment);
  });

  it('v2alpha1 (seed 001) is read as v2alpha2: library + task become one task name', () => {
    const experiment = parseExperiment(seedV2alpha1(), 'seed 001');
    expect(experiment.apiVersion).toBe('iter8.tools/v2alpha2');
    expect(experiment.spec.strategy.actions).toEqual({ start: [{ task: 'knative/init-experiment' }] });
  });

  it('both seeds are the same experiment apart from naming (metric namespaces) and the iteration count', () => {
    const comparable = (spec: ExperimentSpec): ExperimentSpec => ({
      ...spec,
      criteria: {
        ...spec.criteria,
        objectives: spec.criteria?.objectives?.map((o) => ({ ...o, metric: o.metric.replace(/^iter8-knative\//, '') })),
      },
      duration: { ...spec.duration, iterationsPerLoop: 0 },
    });
    const v2alpha2 = parseExperiment(seedV2alpha2());
    const v2alpha1 = parseExperiment(seedV2alpha1());
    expect(comparable(v2alpha1.spec)).toEqual(comparable(v2alpha2.spec));
    expect({ ...v2alpha1, spec: undefined }).toEqual({ ...v2alpha2, spec: undefined });
    // The one difference that is not naming: the tutorials ran 10 and 7 iterations.
    expect([v2alpha2.spec.duration?.iterationsPerLoop, v2alpha1.spec.duration?.iterationsPerLoop]).toEqual([10, 7]);
    expect(v2alpha1.spec.criteria?.objectives?.map((o) => o.metric)).toEqual([
      'mean-latency',
      '95th-percentile-tail-latency',
      'error-rate',
    ]);
  });

  it('both seeds are ready to iterate (Conformance, no candidates, namespace/name target)', () => {
    expect(validateForIteration(parseExperiment(seedV2alpha2()))).toBeUndefined();
    expect(validateForIteration(parseExperiment(seedV2alpha1()))).toBeUndefined();
  });

  it('the input is not modified', () => {
    const input = seedV2alpha1() as Json;
    const before = JSON.stringify(input);
    parseExperiment(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(input)).toContain('"library":"knative"');
  });
});

describe('iter8ctl conformance experiments', () => {
  const files = readdirSync(conformanceDir).filter((name) => /^experiment\d+\.yaml$/.test(name));

  it('are all present', () => {
    expect(files).toHaveLength(10);
  });

  for (const file of files) {
    it(`${file} parses`, () => {
      const raw = parse(readFileSync(path.join(conformanceDir, file), 'utf8')) as Json;
      const experiment = parseExperiment(raw, file);
      if (file === 'experiment1.yaml') {
        // experiment1 predates the released v2alpha2: etc3 wrote the metric snapshots to spec.metrics
        // until 23f771f (2021-03-25) moved them to status.metrics. The field is read where it now lives;
        // nothing else in the file is outside v2alpha2.
        const { metrics, ...specWithoutMetrics } = raw.spec as Json;
        expect(experiment.spec).toEqual(specWithoutMetrics);
        expect(experiment.status?.metrics).toEqual(metrics);
        expect(experiment.status?.metrics).toHaveLength(4);
      } else {
        // Everything else is already v2alpha2, and parsing is lossless.
        expect(experiment).toEqual(raw);
      }
      // Last-applied annotations may quote older forms (strategy.handlers, params maps): annotations are free text.
      expect(typeof experiment.metadata.name).toBe('string');
    });
  }
});

describe('legacy forms', () => {
  const minimal = (): Json => ({
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'ab' },
    spec: { target: 'default/app', strategy: { testingPattern: 'A/B' } },
  });

  it('criteria.reward (v2alpha1, one reward) becomes rewards: [reward]', () => {
    const input = minimal();
    (input.spec as Json).criteria = { reward: { metric: 'user-engagement', preferredDirection: 'High' } };
    expect(parseExperiment({ ...input, apiVersion: 'iter8.tools/v2alpha1' }).spec.criteria).toEqual({
      rewards: [{ metric: 'user-engagement', preferredDirection: 'High' }],
    });
  });

  it('reward and rewards together are ambiguous', () => {
    const input = minimal();
    (input.spec as Json).criteria = {
      reward: { metric: 'a', preferredDirection: 'High' },
      rewards: [{ metric: 'b', preferredDirection: 'Low' }],
    };
    const error = rejection(() => parseExperiment(input));
    expect(error.path).toBe('spec.criteria.reward');
    expect(error.rule).toBe('legacy');
  });

  it('a library that the task name already carries is not repeated', () => {
    const input = minimal();
    (input.spec as Json).strategy = {
      testingPattern: 'Canary',
      actions: {
        start: [{ library: 'knative', task: 'knative/init-experiment' }],
        finish: [{ library: 'common', task: 'exec', with: { cmd: 'true' } }],
      },
    };
    expect(parseExperiment(input).spec.strategy.actions).toEqual({
      start: [{ task: 'knative/init-experiment' }],
      finish: [{ task: 'common/exec', with: { cmd: 'true' } }],
    });
  });

  it('status.endTime (removed in v2alpha2) is dropped', () => {
    const input = { ...minimal(), status: { endTime: '2021-01-01T00:00:00Z', completedIterations: 3 } };
    expect(parseExperiment(input).status).toEqual({ completedIterations: 3 });
  });

  it('a Metric with lowercase type and an object sampleSize (v2alpha1, iter8 v0.2.5)', () => {
    const metric = parseMetric({
      apiVersion: 'iter8.tools/v2alpha1',
      kind: 'Metric',
      metadata: { name: 'mean-latency' },
      spec: {
        description: 'Mean latency',
        type: 'gauge',
        sampleSize: { name: 'request-count' },
        provider: 'prometheus',
      },
    });
    expect(metric).toEqual({
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Metric',
      metadata: { name: 'mean-latency' },
      spec: { description: 'Mean latency', type: 'Gauge', sampleSize: 'request-count', provider: 'prometheus' },
    });
    const counter = parseMetric({
      apiVersion: 'iter8.tools/v2alpha1',
      kind: 'Metric',
      metadata: { name: 'error-rate' },
      spec: { type: 'counter', sampleSize: { name: 'request-count', namespace: 'iter8-knative' } },
    });
    expect(counter.spec).toEqual({ type: 'Counter', sampleSize: 'iter8-knative/request-count' });
  });
});

describe('parsing with shareInput (a tick reading its stored experiment)', () => {
  const legacy = (): Array<[string, Json]> => {
    const minimal = (): Json => ({
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Experiment',
      metadata: { name: 'ab' },
      spec: { target: 'default/app', strategy: { testingPattern: 'A/B' } },
    });
    const withStatus = (status: Json): Json => ({ ...minimal(), status });
    const snapshot = (spec: Json, apiVersion = 'iter8.tools/v2alpha2'): Json =>
      withStatus({
        metrics: [{ name: 'm', metricObj: { apiVersion, kind: 'Metric', metadata: { name: 'm' }, spec } }],
      });
    return [
      ['v2alpha1 seed (task libraries)', seedV2alpha1() as Json],
      [
        'criteria.reward',
        {
          ...minimal(),
          spec: { ...(minimal().spec as Json), criteria: { reward: { metric: 'a', preferredDirection: 'High' } } },
        },
      ],
      ['status.endTime', withStatus({ endTime: '2021-01-01T00:00:00Z', completedIterations: 3 })],
      ['legacy snapshot apiVersion', snapshot({ provider: 'prometheus' }, 'iter8.tools/v2alpha1')],
      ['lowercase snapshot type', snapshot({ type: 'gauge' })],
      ['object sampleSize', snapshot({ sampleSize: { name: 'request-count' } })],
      [
        'integer analysis values',
        withStatus({
          analysis: {
            aggregatedMetrics: {
              provenance: 'iter8fn',
              timestamp: '2021-02-12T20:01:07Z',
              data: { m: { min: 1, data: { current: { value: 12 } } } },
            },
          },
        }),
      ],
    ];
  };
  const conformance = (): Array<[string, Json]> =>
    readdirSync(conformanceDir)
      .filter((name) => /^experiment\d+\.yaml$/.test(name))
      .map((name) => [name, parse(readFileSync(path.join(conformanceDir, name), 'utf8')) as Json]);

  it('gives what a copying parse gives, and never changes its input, legacy forms included', () => {
    const inputs = [['v2alpha2 seed', seedV2alpha2() as Json] as [string, Json], ...legacy(), ...conformance()];
    expect(inputs.length).toBeGreaterThan(15);
    for (const [name, input] of inputs) {
      const before = JSON.stringify(input);
      const shared = parseExperiment(input, name, { shareInput: true });
      expect([name, JSON.stringify(input)]).toEqual([name, before]);
      expect([name, shared]).toEqual([name, parseExperiment(input, name)]);
    }
  });

  it('shares the input when nothing is converted, and copies it when something is', () => {
    const current = seedV2alpha2() as Json;
    expect(parseExperiment(current, 'seed', { shareInput: true }).spec).toBe(current.spec);
    for (const [name, input] of legacy()) {
      expect([name, parseExperiment(input, name, { shareInput: true }).spec === input.spec]).toEqual([name, false]);
    }
  });
});

describe('errors', () => {
  const seedWith = (change: (spec: Json) => void): Json => {
    const input = seedV2alpha2() as Json;
    change(input.spec as Json);
    return input;
  };

  it('one line: <source>: <path>: <problem> (<rule>)', () => {
    const input = seedWith((spec) => {
      (spec.duration as Json).iterationsPerLoop = 0;
    });
    const error = rejection(() => parseExperiment(input, 'experiment.yaml'));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('experiment.yaml: spec.duration.iterationsPerLoop: must be >= 1 (minimum)');
    expect(error.source).toBe('experiment.yaml');
    expect(error.path).toBe('spec.duration.iterationsPerLoop');
    expect(error.rule).toBe('minimum');
    expect(error.problem).toBe('must be >= 1 (minimum)');
    expect(error.message).not.toContain('\n');
  });

  it('reports the deepest of several problems', () => {
    const input = seedWith((spec) => {
      spec.extra = true;
      (spec.duration as Json).iterationsPerLoop = 0;
      ((spec.criteria as Json).objectives as Json[])[2] = { metric: 'iter8-knative/error-rate', upperLimit: 'one' };
    });
    expect(rejection(() => parseExperiment(input)).path).toBe('spec.criteria.objectives[2].upperLimit');
  });

  it('names map keys that are not plain words in brackets', () => {
    const input = seedWith(() => undefined);
    input.status = {
      analysis: {
        aggregatedMetrics: {
          provenance: 'iter8fn',
          timestamp: '2021-02-12T20:01:07Z',
          data: { 'iter8-knative/mean-latency': { data: { current: { value: 'fast' } } } },
        },
      },
    };
    expect(rejection(() => parseExperiment(input)).path).toBe(
      'status.analysis.aggregatedMetrics.data["iter8-knative/mean-latency"].data.current.value',
    );
  });

  it('wrong apiVersion, kind, missing metadata, not an object', () => {
    expect(
      rejection(() => parseExperiment({ ...(seedV2alpha2() as Json), apiVersion: 'iter8.tools/v2beta1' })).message,
    ).toBe(
      'apiVersion: must be iter8.tools/v2alpha2 or iter8.tools/v2alpha1, found "iter8.tools/v2beta1" (apiVersion)',
    );
    expect(rejection(() => parseExperiment({ ...(seedV2alpha2() as Json), kind: 'Metric' })).message).toBe(
      'kind: must be Experiment, found "Metric" (kind)',
    );
    expect(rejection(() => parseMetric(seedV2alpha2(), 'm.yaml')).message).toBe(
      'm.yaml: kind: must be Metric, found "Experiment" (kind)',
    );
    const { metadata: _metadata, ...noMetadata } = seedV2alpha2() as Json;
    expect(rejection(() => parseExperiment(noMetadata)).message).toBe('metadata: required field is missing (required)');
    expect(rejection(() => parseExperiment('apiVersion: x', 'f.yaml')).message).toBe(
      'f.yaml: must be an object, found "apiVersion: x"',
    );
    expect(rejection(() => parseExperiment(null)).path).toBe('');
  });

  it('integer analysis values are held as quantity strings, as types.ts declares', () => {
    const input = seedWith(() => undefined);
    input.status = {
      analysis: {
        aggregatedMetrics: {
          provenance: 'iter8fn',
          timestamp: '2021-02-12T20:01:07Z',
          data: { 'iter8-knative/request-count': { max: 12, data: { current: { value: 12, sampleSize: 12 } } } },
        },
      },
    };
    const metric = parseExperiment(input).status?.analysis?.aggregatedMetrics?.data['iter8-knative/request-count'];
    expect(metric).toEqual({ max: '12', data: { current: { value: '12', sampleSize: 12 } } });
  });
});

describe('applyDefaults', () => {
  const spec = (): ExperimentSpec => parseExperiment(seedV2alpha2()).spec;

  it('fills in every default', () => {
    const resolved = applyDefaults({ target: 'default/app', strategy: { testingPattern: 'Canary' } });
    expect(resolved).toEqual({
      target: 'default/app',
      strategy: {
        testingPattern: 'Canary',
        deploymentPattern: 'Progressive',
        weights: { maxCandidateWeight: 100, maxCandidateWeightIncrement: 10 },
      },
      duration: { intervalSeconds: 20, iterationsPerLoop: 15, maxLoops: 1 },
    });
    expect(SPEC_DEFAULTS).toEqual({
      deploymentPattern: 'Progressive',
      maxCandidateWeight: 100,
      maxCandidateWeightIncrement: 10,
      intervalSeconds: 20,
      iterationsPerLoop: 15,
      maxLoops: 1,
    });
  });

  it('keeps what is set, including zero weights', () => {
    const input: ExperimentSpec = {
      ...spec(),
      strategy: { testingPattern: 'Canary', deploymentPattern: 'BlueGreen', weights: { maxCandidateWeight: 0 } },
    };
    const resolved = applyDefaults(input);
    expect(resolved.strategy.deploymentPattern).toBe('BlueGreen');
    expect(resolved.strategy.weights).toEqual({ maxCandidateWeight: 0, maxCandidateWeightIncrement: 10 });
    expect(resolved.duration).toEqual({ intervalSeconds: 10, iterationsPerLoop: 10, maxLoops: 1 });
    expect(resolved.criteria).toEqual(input.criteria);
    expect(resolved.versionInfo).toEqual(input.versionInfo);
  });

  it('does not modify its input', () => {
    const input = spec();
    const before = JSON.stringify(input);
    applyDefaults(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(input.strategy.deploymentPattern).toBeUndefined();
  });

  it('effectiveRollbackOnFailure: BlueGreen rolls back unless told otherwise; other patterns only when told', () => {
    const objective = { metric: 'iter8-knative/error-rate' };
    expect(effectiveRollbackOnFailure(objective, 'BlueGreen')).toBe(true);
    expect(effectiveRollbackOnFailure({ ...objective, rollback_on_failure: false }, 'BlueGreen')).toBe(false);
    expect(effectiveRollbackOnFailure(objective, 'Progressive')).toBe(false);
    expect(effectiveRollbackOnFailure(objective, 'FixedSplit')).toBe(false);
    expect(effectiveRollbackOnFailure({ ...objective, rollback_on_failure: true }, 'Progressive')).toBe(true);
  });
});
