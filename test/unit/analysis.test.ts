// Deterministic vectors ported from Iter8 analytics' unit tests plus the bug fixes
// iter8fn makes on top of them (positional weights, random rounding, float limit comparison;
// docs/iter8-behaviour.md#bugs-fixed).

import { describe, expect, it } from '@jest/globals';
import {
  AnalysisMessages,
  assessObjectives,
  assessWinner,
  recommendedVersion,
  recommendWeights,
  type MetricValues,
  type WeightConstraints,
} from '../../src/analysis/index.js';
import type { Objective, Reward, VersionWeight } from '../../src/experiment/types.js';

// ---- Canary fixture (examples_canary.py) ----
const canaryVersions = ['default', 'canary'];
const canaryValues: MetricValues = {
  'request-count': { default: 148.0405378277749, canary: 143.03538837774244 },
  'mean-latency': { default: 419.2027282381035, canary: 426.9510489510489 },
};
const canaryObjectives: Objective[] = [{ metric: 'mean-latency', upperLimit: 420.0 }];

// ---- A/B fixture (examples_ab.py) ----
const abVersions = ['default', 'canary'];
const abValues: MetricValues = {
  'request-count': { default: 148.0405378277749, canary: 143.03538837774244 },
  'mean-latency': { default: 419.2027282381035, canary: 412.9510489510489 },
  'business-revenue': { default: 323.32, canary: 2343.2343 },
};
const revenueReward: Reward[] = [{ metric: 'business-revenue', preferredDirection: 'High' }];

// ---- A/B/N fixture (examples_abn.py) ----
const abnValues: MetricValues = {
  'request-count': { default: 148.0405378277749, canary1: 143.03538837774244, canary2: 145.03478732974244 },
  'mean-latency': { default: 419.2027282381035, canary1: 412.9510489510489, canary2: 415.9573489510489 },
  'business-revenue': { default: 323.32, canary1: 3343.2343, canary2: 2326.2343 },
};
const abnAllFeasible = { default: [true], canary1: [true], canary2: [true] };

const iter8Defaults: WeightConstraints = { maxCandidateWeight: 100, maxCandidateWeightIncrement: 10 };

function weights(...values: number[]): VersionWeight[] {
  const names = values.length === 2 ? ['default', 'canary'] : ['default', 'canary1', 'canary2'];
  return values.map((value, index) => ({ name: names[index] as string, value }));
}

describe('AnalysisMessages', () => {
  it('renders empty lists exactly as Iter8 did', () => {
    expect(new AnalysisMessages().toString()).toBe('Error: ; Warning: ; Info: ');
  });

  it('joins each level with ", " and levels with "; "', () => {
    const messages = new AnalysisMessages().info('i1').error('e1', 'e2').warning('w1').warning('w2').info('i2');
    expect(messages.toString()).toBe('Error: e1, e2; Warning: w1, w2; Info: i1, i2');
    expect(messages.errors).toEqual(['e1', 'e2']);
    expect(messages.warnings).toEqual(['w1', 'w2']);
    expect(messages.infos).toEqual(['i1', 'i2']);
  });
});

describe('assessObjectives', () => {
  it('canary fixture: baseline passes upperLimit 420, candidate fails', () => {
    const messages = new AnalysisMessages();
    const result = assessObjectives(canaryObjectives, canaryVersions, canaryValues, messages);
    expect(result.data).toEqual({ default: [true], canary: [false] });
    expect(result.verdicts).toEqual({ default: ['satisfied'], canary: ['violated'] });
    expect(messages.toString()).toBe('Error: ; Warning: ; Info: ');
  });

  it('canary passing criteria: upperLimit 500 passes both', () => {
    const result = assessObjectives(
      [{ metric: 'mean-latency', upperLimit: 500 }],
      canaryVersions,
      canaryValues,
      new AnalysisMessages(),
    );
    expect(result.data).toEqual({ default: [true], canary: [true] });
  });

  it('canary failing lowerLimit: lowerLimit 500 fails both', () => {
    const result = assessObjectives(
      [{ metric: 'mean-latency', lowerLimit: 500 }],
      canaryVersions,
      canaryValues,
      new AnalysisMessages(),
    );
    expect(result.data).toEqual({ default: [false], canary: [false] });
    expect(result.verdicts).toEqual({ default: ['violated'], canary: ['violated'] });
  });

  it('lowerLimit-only objective passes values at or above the limit', () => {
    const result = assessObjectives(
      [{ metric: 'mean-latency', lowerLimit: '420' }],
      canaryVersions,
      canaryValues,
      new AnalysisMessages(),
    );
    expect(result.data).toEqual({ default: [false], canary: [true] });
  });

  it('missing data: unavailable values are false, with a warning per version', () => {
    const messages = new AnalysisMessages();
    const noData: MetricValues = {
      'request-count': { default: undefined, canary: undefined },
      'mean-latency': { default: undefined, canary: Number.NaN },
    };
    const result = assessObjectives(canaryObjectives, canaryVersions, noData, messages);
    expect(result.data).toEqual({ default: [false], canary: [false] });
    expect(result.verdicts).toEqual({ default: ['unavailable'], canary: ['unavailable'] });
    expect(messages.toString()).toBe(
      'Error: ; Warning: Value for mean-latency metric and default version is unavailable., ' +
        'Value for mean-latency metric and canary version is unavailable.; Info: ',
    );
  });

  it('a version absent from the values is unavailable', () => {
    const messages = new AnalysisMessages();
    const result = assessObjectives(canaryObjectives, canaryVersions, { 'mean-latency': { default: 1 } }, messages);
    expect(result.verdicts).toEqual({ default: ['satisfied'], canary: ['unavailable'] });
    expect(messages.warnings).toEqual(['Value for mean-latency metric and canary version is unavailable.']);
  });

  it('absent metric key: exact Iter8 message', () => {
    const messages = new AnalysisMessages();
    const result = assessObjectives(
      canaryObjectives,
      canaryVersions,
      { 'request-count': canaryValues['request-count'] ?? {} },
      messages,
    );
    expect(result.data).toEqual({ default: [false], canary: [false] });
    expect(messages.toString()).toBe(
      'Error: ; Warning: Aggregated metric object for mean-latency metric is unavailable.; Info: ',
    );
  });

  it('no objectives gives empty data and no message', () => {
    const messages = new AnalysisMessages();
    expect(assessObjectives(undefined, canaryVersions, canaryValues, messages)).toEqual({ data: {}, verdicts: {} });
    expect(messages.toString()).toBe('Error: ; Warning: ; Info: ');
  });

  it('an empty objectives list gives every version an empty row', () => {
    expect(assessObjectives([], canaryVersions, canaryValues, new AnalysisMessages()).data).toEqual({
      default: [],
      canary: [],
    });
  });

  it('limits are inclusive and compared exactly', () => {
    const values: MetricValues = {
      'error-rate': { default: 0.01, canary: 0.010000001 },
      latency: { default: 50, canary: 50 },
    };
    const objectives: Objective[] = [
      { metric: 'error-rate', upperLimit: '10m' },
      { metric: 'latency', upperLimit: 50, lowerLimit: '50' },
      { metric: 'error-rate', lowerLimit: '0.01' },
    ];
    const result = assessObjectives(objectives, canaryVersions, values, new AnalysisMessages());
    // 0.01 == "10m" exactly, although 0.01 is not exactly representable in binary.
    expect(result.data).toEqual({ default: [true, true, true], canary: [false, true, true] });
  });

  it('three objectives keep spec order per version', () => {
    const result = assessObjectives(
      [
        { metric: 'mean-latency', upperLimit: 500 },
        { metric: 'mean-latency', upperLimit: 420 },
        { metric: 'request-count', lowerLimit: 145 },
      ],
      canaryVersions,
      canaryValues,
      new AnalysisMessages(),
    );
    expect(result.data).toEqual({ default: [true, true, true], canary: [true, false, false] });
  });
});

describe('assessWinner', () => {
  describe('Canary', () => {
    const canary = (assessments: Record<string, boolean[]>, messages = new AnalysisMessages()) =>
      assessWinner({
        testingPattern: 'Canary',
        baseline: 'default',
        candidates: ['canary'],
        assessments,
        values: canaryValues,
        messages,
      });

    it('fixture: baseline wins when the candidate fails', () => {
      const messages = new AnalysisMessages();
      expect(canary({ default: [true], canary: [false] }, messages)).toEqual({
        winnerFound: true,
        winner: 'default',
        bestVersions: ['default'],
      });
      expect(messages.toString()).toBe(
        'Error: ; Warning: ; Info: baseline satisfies all objectives; candidate does not',
      );
    });

    it('candidate wins whenever it is feasible', () => {
      const messages = new AnalysisMessages();
      expect(canary({ default: [true], canary: [true] }, messages)).toEqual({
        winnerFound: true,
        winner: 'canary',
        bestVersions: ['canary'],
      });
      expect(messages.toString()).toBe('Error: ; Warning: ; Info: candidate satisfies all objectives');
      expect(canary({ default: [false], canary: [true] }).winner).toBe('canary');
    });

    it('no winner when both fail', () => {
      const messages = new AnalysisMessages();
      expect(canary({ default: [false], canary: [false] }, messages)).toEqual({ winnerFound: false, bestVersions: [] });
      expect(messages.toString()).toBe('Error: ; Warning: ; Info: ');
    });

    it('no objectives: the candidate wins', () => {
      expect(canary({}).winner).toBe('canary');
    });

    it('end to end with missing data: no winner', () => {
      const values: MetricValues = { 'mean-latency': { default: undefined, canary: undefined } };
      const { data } = assessObjectives(canaryObjectives, canaryVersions, values, new AnalysisMessages());
      expect(canary(data)).toEqual({ winnerFound: false, bestVersions: [] });
    });
  });

  describe('Conformance', () => {
    const conformance = (assessments: Record<string, boolean[]>, messages = new AnalysisMessages()) =>
      assessWinner({
        testingPattern: 'Conformance',
        baseline: 'default',
        candidates: [],
        assessments,
        values: {},
        messages,
      });

    it('a feasible baseline wins', () => {
      const messages = new AnalysisMessages();
      expect(conformance({ default: [true] }, messages)).toEqual({
        winnerFound: true,
        winner: 'default',
        bestVersions: ['default'],
      });
      expect(messages.toString()).toBe('Error: ; Warning: ; Info: baseline satisfies all objectives');
    });

    it('no objectives: the baseline wins', () => {
      const { data } = assessObjectives(undefined, ['default'], {}, new AnalysisMessages());
      expect(conformance(data).winner).toBe('default');
    });

    it('an infeasible baseline gives no winner and no message', () => {
      const messages = new AnalysisMessages();
      expect(conformance({ default: [true, false] }, messages)).toEqual({ winnerFound: false, bestVersions: [] });
      expect(messages.toString()).toBe('Error: ; Warning: ; Info: ');
    });

    it('the fixture assessed as conformance: default [true]', () => {
      const { data } = assessObjectives(canaryObjectives, ['default'], canaryValues, new AnalysisMessages());
      expect(data).toEqual({ default: [true] });
      expect(conformance(data).winnerFound).toBe(true);
    });
  });

  describe('A/B', () => {
    const ab = (overrides: { rewards?: Reward[]; values?: MetricValues; assessments?: Record<string, boolean[]> }) => {
      const messages = new AnalysisMessages();
      const result = assessWinner({
        testingPattern: 'A/B',
        baseline: 'default',
        candidates: ['canary'],
        assessments: overrides.assessments ?? { default: [true], canary: [true] },
        values: overrides.values ?? abValues,
        messages,
        ...('rewards' in overrides ? { rewards: overrides.rewards } : { rewards: revenueReward }),
      });
      return { result, message: messages.toString() };
    };

    it('fixture: version assessments and reward winner', () => {
      const { data } = assessObjectives(canaryObjectives, abVersions, abValues, new AnalysisMessages());
      expect(data).toEqual({ default: [true], canary: [true] });
      const { result, message } = ab({ assessments: data });
      expect(result).toEqual({ winnerFound: true, winner: 'canary', bestVersions: ['canary'] });
      expect(message).toBe('Error: ; Warning: ; Info: found unique winner');
    });

    it('no reward: warning and no winner', () => {
      const { result, message } = ab({ rewards: undefined });
      expect(result.winnerFound).toBe(false);
      expect(message).toBe(
        'Error: ; Warning: No reward metric in experiment. Winner assessment cannot be computed for ab or abn ' +
          'experiments without reward metric.; Info: ',
      );
      expect(ab({ rewards: [] }).result.winnerFound).toBe(false);
    });

    it('reward metric without values: warning and no winner', () => {
      const { 'business-revenue': _revenue, ...withoutRevenue } = abValues;
      const { result, message } = ab({ values: withoutRevenue });
      expect(result).toEqual({ winnerFound: false, bestVersions: [] });
      expect(message).toBe('Error: ; Warning: reward metric values are not available; Info: ');
    });

    it('a feasible version without a reward value is skipped', () => {
      const { result, message } = ab({
        values: { ...abValues, 'business-revenue': { default: 323.32 } },
      });
      expect(result).toEqual({ winnerFound: true, winner: 'default', bestVersions: ['default'] });
      expect(message).toContain('reward value for feasible version canary is not available');
    });

    it('Low preferred direction picks the smallest value', () => {
      const { result } = ab({ rewards: [{ metric: 'business-revenue', preferredDirection: 'Low' }] });
      expect(result.winner).toBe('default');
    });

    it('ties: no unique winner, both best', () => {
      const { result, message } = ab({ values: { 'business-revenue': { default: 7, canary: 7 } } });
      expect(result).toEqual({ winnerFound: false, bestVersions: ['default', 'canary'] });
      expect(message).toBe(
        'Error: ; Warning: ; Info: no unique winner; two or more feasible versions with same reward value',
      );
    });

    it('no feasible version', () => {
      const { result, message } = ab({ assessments: { default: [false], canary: [false] } });
      expect(result).toEqual({ winnerFound: false, bestVersions: [] });
      expect(message).toBe('Error: ; Warning: ; Info: no version satisfies all objectives');
    });
  });

  describe('A/B/N', () => {
    const abn = (assessments: Record<string, boolean[]>, values: MetricValues = abnValues) => {
      const messages = new AnalysisMessages();
      const result = assessWinner({
        testingPattern: 'A/B/N',
        baseline: 'default',
        candidates: ['canary1', 'canary2'],
        rewards: revenueReward,
        assessments,
        values,
        messages,
      });
      return { result, message: messages.toString() };
    };

    it('general: the highest reward wins', () => {
      expect(abn(abnAllFeasible).result).toEqual({ winnerFound: true, winner: 'canary1', bestVersions: ['canary1'] });
    });

    it('feasible version without reward value is skipped', () => {
      const { result, message } = abn(abnAllFeasible, {
        ...abnValues,
        'business-revenue': { default: 323.32, canary2: 2326.2343 },
      });
      expect(result.winner).toBe('canary2');
      expect(message).toBe(
        'Error: ; Warning: reward value for feasible version canary1 is not available; Info: found unique winner',
      );
    });

    it('better reward but not feasible loses', () => {
      const { result } = abn({ ...abnAllFeasible, canary1: [false] });
      expect(result).toEqual({ winnerFound: true, winner: 'canary2', bestVersions: ['canary2'] });
    });

    it('ties between two candidates: both best, no winner', () => {
      const { result } = abn(abnAllFeasible, { 'business-revenue': { default: 1, canary1: 9, canary2: 9 } });
      expect(result).toEqual({ winnerFound: false, bestVersions: ['canary1', 'canary2'] });
    });

    it('no objectives: every version is feasible', () => {
      expect(abn({}).result.winner).toBe('canary1');
    });
  });
});

describe('recommendWeights', () => {
  const canaryWeights = (options: {
    bestVersions: string[];
    current?: VersionWeight[];
    constraints?: WeightConstraints;
    versions?: string[];
  }) => {
    const messages = new AnalysisMessages();
    const result = recommendWeights({
      testingPattern: 'Canary',
      versions: options.versions ?? canaryVersions,
      messages,
      ...options,
    });
    return { result, message: messages.toString() };
  };

  it('canary fixture, baseline winner, no constraints: [95, 5] and "all ok"', () => {
    const { result, message } = canaryWeights({ bestVersions: ['default'] });
    expect(result).toEqual(weights(95, 5));
    expect(message).toBe('Error: ; Warning: ; Info: all ok');
  });

  it('weights with winner, no weights config: [5, 95]', () => {
    expect(canaryWeights({ bestVersions: ['canary'] }).result).toEqual(weights(5, 95));
  });

  it('old [50,50], canary winner, max 53, increment 2: [48, 52]', () => {
    const result = canaryWeights({
      bestVersions: ['canary'],
      current: weights(50, 50),
      constraints: { maxCandidateWeight: 53, maxCandidateWeightIncrement: 2 },
    }).result;
    expect(result).toEqual(weights(48, 52));
  });

  it('old [50,50], no best versions: [95, 5] (a decrease is unconstrained)', () => {
    expect(canaryWeights({ bestVersions: [], current: weights(50, 50) }).result).toEqual(weights(95, 5));
    expect(canaryWeights({ bestVersions: [], current: weights(50, 50), constraints: iter8Defaults }).result).toEqual(
      weights(95, 5),
    );
  });

  it('old [70,30], canary winner, no constraints: [5, 95]', () => {
    expect(canaryWeights({ bestVersions: ['canary'], current: weights(70, 30) }).result).toEqual(weights(5, 95));
  });

  it('progression with increment 10: [90,10] -> [80,20] -> ... -> [10,90] -> [5,95] -> [5,95]', () => {
    const seen: number[] = [];
    let current: VersionWeight[] | undefined;
    for (let iteration = 0; iteration < 11; iteration += 1) {
      current = canaryWeights({
        bestVersions: ['canary'],
        constraints: iter8Defaults,
        ...(current ? { current } : {}),
      }).result;
      seen.push(current[1]?.value ?? -1);
    }
    expect(seen).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 95]);
  });

  it('A/B tie from [100,0]: mix [50,50] capped to [90,10]', () => {
    const messages = new AnalysisMessages();
    const result = recommendWeights({
      testingPattern: 'A/B',
      versions: abVersions,
      bestVersions: ['default', 'canary'],
      current: weights(100, 0),
      constraints: iter8Defaults,
      messages,
    });
    expect(result).toEqual(weights(90, 10));
  });

  it('Conformance: [] with the Iter8 message', () => {
    const messages = new AnalysisMessages();
    expect(
      recommendWeights({ testingPattern: 'Conformance', versions: ['default'], bestVersions: ['default'], messages }),
    ).toEqual([]);
    expect(messages.infos).toEqual(['weight computation is not applicable to a conformance experiment']);
  });

  describe('bug fix: current weights are matched by name, not position', () => {
    it('reversed current order gives the same result as baseline-first order', () => {
      const constraints = iter8Defaults;
      const baselineFirst = canaryWeights({ bestVersions: ['canary'], constraints, current: weights(70, 30) }).result;
      const reversed = canaryWeights({
        bestVersions: ['canary'],
        constraints,
        current: [
          { name: 'canary', value: 30 },
          { name: 'default', value: 70 },
        ],
      }).result;
      expect(baselineFirst).toEqual(weights(60, 40));
      expect(reversed).toEqual(baselineFirst);
    });

    it('positional-weights bypass: [canary 0, default 100] no longer reads as canary 100', () => {
      // Observed as [canary 0, default 100] (baseline without weightObjRef appended last).
      const result = canaryWeights({
        bestVersions: ['canary'],
        constraints: iter8Defaults,
        current: [
          { name: 'canary', value: 0 },
          { name: 'default', value: 100 },
        ],
      }).result;
      expect(result).toEqual(weights(90, 10));
    });

    it('a candidate missing from current counts as 0; unknown names are ignored', () => {
      const result = canaryWeights({
        bestVersions: ['canary'],
        constraints: iter8Defaults,
        current: [
          { name: 'default', value: 40 },
          { name: 'someone-else', value: 60 },
        ],
      }).result;
      expect(result).toEqual(weights(90, 10));
    });

    it('absent current: baseline holds everything, candidate starts from 0', () => {
      expect(canaryWeights({ bestVersions: ['canary'], constraints: iter8Defaults }).result).toEqual(weights(90, 10));
    });
  });

  describe('bug fix: deterministic rounding summing to 100', () => {
    const abnVersions = ['default', 'canary1', 'canary2'];
    const abnWeights = (bestVersions: string[], current?: VersionWeight[], constraints?: WeightConstraints) =>
      recommendWeights({
        testingPattern: 'A/B/N',
        versions: abnVersions,
        bestVersions,
        messages: new AnalysisMessages(),
        ...(current ? { current } : {}),
        ...(constraints ? { constraints } : {}),
      });

    it('three-way tie: thirds round to [34,33,33], baseline first', () => {
      expect(abnWeights(abnVersions)).toEqual(weights(34, 33, 33));
    });

    it('no best version: [93.3, 3.3, 3.3] -> [94, 3, 3]', () => {
      expect(abnWeights([])).toEqual(weights(94, 3, 3));
    });

    it('two best candidates: [3.3, 48.3, 48.3] -> [4, 48, 48]', () => {
      expect(abnWeights(['canary1', 'canary2'])).toEqual(weights(4, 48, 48));
    });

    it('one best candidate: [3.3, 93.3, 3.3] -> [4, 93, 3] (equal remainders: baseline first)', () => {
      expect(abnWeights(['canary1'])).toEqual(weights(4, 93, 3));
    });

    it('is the same on every call and always sums to 100', () => {
      const bestSets = [[], ['default'], ['canary1'], ['canary2'], ['canary1', 'canary2'], abnVersions];
      for (const best of bestSets) {
        for (const current of [undefined, weights(100, 0, 0), weights(20, 40, 40), weights(5, 25, 70)]) {
          for (const constraints of [
            undefined,
            iter8Defaults,
            { maxCandidateWeight: 40, maxCandidateWeightIncrement: 7 },
          ]) {
            const first = abnWeights(best, current, constraints);
            expect(abnWeights(best, current, constraints)).toEqual(first);
            expect(first.reduce((sum, weight) => sum + weight.value, 0)).toBe(100);
            expect(first.every((weight) => Number.isInteger(weight.value) && weight.value >= 0)).toBe(true);
          }
        }
      }
    });

    it('caps apply per candidate against the unconstrained mix (Iter8 doc example)', () => {
      // mix for best [canary1, canary2] is [3.3, 48.3, 48.3]; max 40, increment 10 from [20,40,40]:
      // canary1 excess max(0, 48.3-40-10, 48.3-40) = 8.3 -> 40; likewise canary2 -> 40; baseline 20.
      expect(
        abnWeights(['canary1', 'canary2'], weights(20, 40, 40), {
          maxCandidateWeight: 40,
          maxCandidateWeightIncrement: 10,
        }),
      ).toEqual(weights(20, 40, 40));
    });
  });
});

describe('recommendedVersion', () => {
  it('is the winner when found, otherwise the baseline', () => {
    expect(recommendedVersion({ winnerFound: true, winner: 'canary' }, 'default')).toBe('canary');
    expect(recommendedVersion({ winnerFound: false, bestVersions: ['a', 'b'] }, 'default')).toBe('default');
    expect(recommendedVersion(undefined, 'default')).toBe('default');
  });
});
