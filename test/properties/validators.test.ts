// The quick checks (src/generated/checks.js) and the explaining validators (src/generated/validators.js)
// are compiled from one schema with different ajv options; parsing trusts the first to accept and the
// second to explain a refusal. So they must agree on every document, valid or broken anywhere.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import * as checks from '../../src/generated/checks.js';
import * as validators from '../../src/generated/validators.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';
import { conformanceDir, seedExperimentYaml } from '../support/seeds.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RUNS = 400;

/** Every path into `value` (object keys and array indexes), the root included. */
function pathsOf(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return here;
}

/** A copy of `document` with the value at `at` replaced (or, for `undefined`, removed). */
function changed(document: Json, at: Array<string | number>, replacement: Json | undefined): Json {
  if (at.length === 0) return replacement ?? null;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const step of at.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = at[at.length - 1] as string | number;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

const conformanceExperiments = readdirSync(conformanceDir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(path.join(conformanceDir, file), 'utf8')) as Json);
const experiments: Json[] = [parse(seedExperimentYaml('000_')) as Json, ...conformanceExperiments];
const metrics = KNATIVE_METRICS.map((metric) => structuredClone(metric) as unknown as Json);

/** Small changes a typo or a bad tool makes: another scalar, an empty or wrong container, nothing. */
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, 2 ** 31, '', 'x', '10ms', [], {}),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

function agreeOn(bases: Json[], check: (d: unknown) => boolean, explain: (d: unknown) => boolean): void {
  const documents = fc
    .tuple(fc.constantFrom(...bases.keys()), fc.nat(), replacement, fc.nat(), replacement)
    .map(([base, first, firstValue, second, secondValue]) => {
      const original = bases[base] as Json;
      const paths = pathsOf(original);
      const once = changed(original, paths[first % paths.length] as Array<string | number>, firstValue);
      const more = pathsOf(once);
      return changed(once, more[second % more.length] as Array<string | number>, secondValue);
    });
  fc.assert(
    fc.property(documents, (document) => {
      expect(check(document)).toBe(explain(document));
    }),
    { numRuns: RUNS },
  );
}

describe('quick checks and explaining validators', () => {
  it('accept the seed experiment and the built-in metrics, and agree on every conformance experiment', () => {
    expect([checks.experiment(experiments[0]), validators.experiment(experiments[0])]).toEqual([true, true]);
    for (const document of metrics)
      expect([checks.metric(document), validators.metric(document)]).toEqual([true, true]);
    // Some conformance files are in older forms that parsing converts first; raw, both must still agree.
    for (const document of conformanceExperiments)
      expect(checks.experiment(document)).toBe(validators.experiment(document));
  });

  it(`agree on Experiments broken in one or two places (numRuns ${RUNS})`, () => {
    agreeOn(experiments, checks.experiment, validators.experiment);
  });

  it(`agree on Metrics broken in one or two places (numRuns ${RUNS})`, () => {
    agreeOn(metrics, checks.metric, validators.metric);
  });
});
