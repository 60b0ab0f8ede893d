// No variable value can change the shape of a PromQL query. Version variables come from whoever
// writes the experiment; the queries come from Metric resources (the built-in pack, or written by
// someone else). Substituting any string through substitute(..., promqlEscaper) must either be
// refused (TemplateValueError) or leave the query's tokens as the template's: a value inside a
// string literal changes only that literal's content, which decodes to the value itself; a value in
// a bare position is a number and changes only that number.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { builtinMetricPacks } from '../../src/metrics/packs.js';
import { promqlEscaper, substitute, TemplateValueError, type ValueEscaper } from '../../src/metrics/template.js';
import { shapeOf, tokenizePromql, type PromqlToken } from '../support/promql-tokens.js';

const RUNS = 1000;

/** Where each variable of a template sits, written down by hand (not computed by the code under test). */
type Position = 'bare' | "'" | '"' | '`';

interface Template {
  name: string;
  text: string;
  variables: Record<string, Position>;
}

// Iter8's own queries (knative-1.18) quote the revision with '; every other pack quotes with ".
const revisionQuote = (pack: string): Position => (pack === 'knative-1.18' ? "'" : '"');

/** One template of a pack, with where its variables sit (written down by hand above). */
const packTemplate = (name: string, text: string, variables: Record<string, Position>): Template => ({
  name,
  text,
  variables,
});

const PACK_TEMPLATES: Template[] = builtinMetricPacks().flatMap((pack) => [
  ...pack.metrics.map((metric) =>
    packTemplate(
      `${pack.name} ${metric.metadata.name}`,
      metric.spec.params?.find((p) => p.name === 'query')?.value ?? '',
      {
        revision: revisionQuote(pack.name),
        elapsedTime: 'bare',
        ...(pack.name === 'knative-1.18' ? {} : { namespace: '"' }),
      },
    ),
  ),
  packTemplate(`${pack.name} requestsByRevision`, pack.requestsByRevision, {
    namespace: '"',
    service: '"',
    elapsedTime: 'bare',
  }),
  ...(pack.wholeSecondsCheck
    ? [
        packTemplate(`${pack.name} wholeSecondsCheck`, pack.wholeSecondsCheck, {
          namespace: '"',
          revision: '"',
          elapsedTime: 'bare',
        }),
      ]
    : []),
]);

const HAND_WRITTEN: Template[] = [
  {
    name: 'both quote kinds and a range',
    text: 'sum(rate(http_requests_total{service="$service",version=\'${name}\'}[${window}s])) by (le)',
    variables: { service: '"', name: "'", window: 'bare' },
  },
  { name: 'raw string regex', text: 'count(http_requests_total{path=~`$pattern`})', variables: { pattern: '`' } },
  {
    name: 'a threshold and a value used twice',
    text: "sum(errors{app='$app'}) / sum(requests{app='$app'}) > $threshold",
    variables: { app: "'", threshold: 'bare' },
  },
  {
    name: 'multi-line with a quantile, escapes and a comment',
    text: 'histogram_quantile($quantile,\n  sum(rate(latency_bucket{v="a\\"$version\\\\"}[5m])) by (le)) # p-quantile\n',
    variables: { quantile: 'bare', version: '"' },
  },
  {
    name: 'offset and subquery',
    text: "max_over_time(up{job='$job'}[${range}m:1m] offset ${offset}s)",
    variables: { job: "'", range: 'bare', offset: 'bare' },
  },
];

// ---- values ----

const ADVERSARIAL_PIECES = [
  "'",
  '"',
  '`',
  '\\',
  '\\\\',
  '}',
  '{',
  ')',
  '(',
  ']',
  '[',
  ',',
  ' or vector(1)',
  ') or vector(1) #',
  '"} or vector(1) #',
  "'}) or on() vector(1) #",
  '\n',
  '\r\n',
  '#',
  '$',
  '${x}',
  '$$',
  '\\x27',
  '\\u0027',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u2028',
  'é',
  '😀',
  '=~',
  '!~',
  '5m',
  '1e3',
  '0x1F',
  '-',
  '.',
  ' ',
  '\t',
  'Inf',
  'NaN',
];
const adversarial = fc
  .array(fc.constantFrom(...ADVERSARIAL_PIECES), { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.join(''));
const numeric = fc.oneof(
  fc.nat().map(String),
  fc.integer({ min: -1000, max: -1 }).map(String),
  fc.tuple(fc.nat(1000), fc.nat(999)).map(([whole, fraction]) => `${whole}.${fraction}`),
);
const anyValue = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: adversarial },
  { weight: 2, arbitrary: numeric },
);

// ---- the check ----

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** A stand-in for a quoted value that needs no escaping and appears nowhere else. */
const sentinel = (variable: string): string => `\u27ea${variable}\u27eb`;

function argsFor(template: Template, value: (variable: string, position: Position) => string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(template.variables).map(([variable, position]) => [variable, value(variable, position)]),
  );
}

/** Whether the template language must refuse these values: a non-number bare, a backtick in a raw string. */
function mustRefuse(template: Template, args: Record<string, string>): boolean {
  return Object.entries(template.variables).some(([variable, position]) => {
    const value = args[variable] as string;
    return (position === 'bare' && !PLAIN_NUMBER.test(value)) || (position === '`' && value.includes('`'));
  });
}

interface Reference {
  expectedTokens: PromqlToken[];
  /** Reference token index -> the bare variable it holds. */
  holder: Map<number, string>;
}

// The reference depends on the template alone: worked out once per template, not once per value.
const references = new Map<Template, Reference>();

function referenceOf(template: Template): Reference {
  const known = references.get(template);
  if (known) return known;
  const bareVariables = Object.keys(template.variables).filter((v) => template.variables[v] === 'bare');
  const tokens = (twoFor?: string) =>
    tokenizePromql(
      substitute(
        template.text,
        argsFor(template, (v, p) => (p !== 'bare' ? sentinel(v) : v === twoFor ? '2' : '1')),
        promqlEscaper,
      ),
    );
  const expectedTokens = tokens();
  const holder = new Map<number, string>();
  for (const variable of bareVariables) {
    tokens(variable).forEach((token, index) => {
      if (token.text !== expectedTokens[index]?.text) holder.set(index, variable);
    });
  }
  const reference = { expectedTokens, holder };
  references.set(template, reference);
  return reference;
}

/**
 * Compares the tokens of the query built from `args` with those of a reference query, in which
 * quoted values are sentinels and bare values are 1. Bare values are then set to 2 one variable at a
 * time, to learn which reference token holds which bare variable. Returns the first difference, or
 * undefined when the query has the template's shape.
 */
function shapeDifference(template: Template, args: Record<string, string>, escape: ValueEscaper): string | undefined {
  const { expectedTokens, holder } = referenceOf(template);
  if (expectedTokens.some((t) => t.kind === 'invalid'))
    return `the template itself does not tokenize: ${JSON.stringify(expectedTokens)}`;
  const actual = tokenizePromql(substitute(template.text, args, escape));

  let a = 0;
  for (const [index, expected] of expectedTokens.entries()) {
    let token: PromqlToken | undefined = actual[a++];
    if (!token) return `the query ends early, expected ${expected.kind} ${expected.text}`;
    const variable = holder.get(index);
    if (expected.kind === 'string') {
      let content = expected.value ?? '';
      for (const [name, value] of Object.entries(args)) content = content.split(sentinel(name)).join(value);
      if (token.kind !== 'string' || token.text[0] !== expected.text[0])
        return `expected a ${expected.text[0]}-string, found ${token.kind} ${token.text}`;
      if (token.value !== content)
        return `the string decodes to ${JSON.stringify(token.value)}, expected ${JSON.stringify(content)}`;
    } else if (variable !== undefined) {
      // A bare value: the same kind of literal, with the value's digits. A minus sign is a token of
      // its own in PromQL, which the parser folds into the literal (`> -5`, `offset -5s`).
      const value = args[variable] as string;
      const digits = value.replace(/^-/, '');
      if (value.startsWith('-')) {
        if (token.kind !== 'operator' || token.text !== '-')
          return `expected the sign of ${value}, found ${token.kind} ${token.text}`;
        token = actual[a++];
      }
      const written = expected.text.replace(/^1/, digits);
      // Prometheus refuses a decimal duration ("not a valid duration string"): the query cannot run
      // at all, so nothing but a metric error can come of it.
      const expectedKind = expected.kind === 'duration' && !/^\d+$/.test(digits) ? 'invalid' : expected.kind;
      if (token?.kind !== expectedKind || token.text !== written) {
        return `bare ${variable}=${JSON.stringify(value)} became ${token?.kind} ${token?.text}, expected ${expectedKind} ${written}`;
      }
    } else if (token.kind !== expected.kind || token.text !== expected.text) {
      return `expected ${expected.kind} ${expected.text}, found ${token.kind} ${token.text}`;
    }
  }
  if (a < actual.length) return `extra tokens: ${JSON.stringify(actual.slice(a))}`;
  return undefined;
}

/** The property for one template: every value is refused exactly when it must be, and otherwise keeps the shape. */
function injectionProperty(template: Template, escape: ValueEscaper, values: fc.Arbitrary<string>) {
  const argsArb = fc.record(Object.fromEntries(Object.keys(template.variables).map((v) => [v, values])));
  return fc.property(argsArb, (args) => {
    let built = true;
    try {
      substitute(template.text, args, escape);
    } catch (err) {
      if (!(err instanceof TemplateValueError)) throw err;
      built = false;
    }
    // Plain checks, not expect(): this runs thousands of times, and a thrown Error fails it as well.
    if (built === mustRefuse(template, args))
      throw new Error(
        `${template.name}: ${JSON.stringify(args)} was ${built ? 'built, but must be refused' : 'refused, but is safe'}`,
      );
    const difference = built ? shapeDifference(template, args, escape) : undefined;
    if (difference !== undefined) throw new Error(`${template.name}: ${JSON.stringify(args)}: ${difference}`);
  });
}

describe('the PromQL tokenizer used to compare shapes', () => {
  it('tokenizes and decodes what the Prometheus lexer would', () => {
    const tokens = tokenizePromql('sum(rate(x{a=\'it\\\'s\',b="q\\"\\x41\\u00e9\\101"}[5m30s])) by (le) > 0.5 # done');
    expect(shapeOf(tokens)).toEqual([
      'identifier sum',
      'punctuation (',
      'identifier rate',
      'punctuation (',
      'identifier x',
      'punctuation {',
      'identifier a',
      'operator =',
      "string '",
      'punctuation ,',
      'identifier b',
      'operator =',
      'string "',
      'punctuation }',
      'punctuation [',
      'duration 5m30s',
      'punctuation ]',
      'punctuation )',
      'punctuation )',
      'identifier by',
      'punctuation (',
      'identifier le',
      'punctuation )',
      'operator >',
      'number 0.5',
      'comment # done',
    ]);
    expect(tokens.filter((t) => t.kind === 'string').map((t) => t.value)).toEqual(["it's", 'q"AéA']);
    expect(tokenizePromql('x{a=`raw \\ "text"`}')[4]).toEqual({
      kind: 'string',
      text: '`raw \\ "text"`',
      value: 'raw \\ "text"',
    });
  });

  it('marks what Prometheus would reject as invalid', () => {
    for (const bad of ["'unterminated", "'line\nbreak'", "'bad \\q escape'", '"\\\'"', '1.5s', '5mx', '$name', '!']) {
      expect([bad, tokenizePromql(bad).some((t) => t.kind === 'invalid')]).toEqual([bad, true]);
    }
  });

  it('sees the injection that a plain substitution lets through (so the property below can fail)', () => {
    const template = HAND_WRITTEN[2] as Template;
    const args = { app: "x'}) or vector(1) #", threshold: '1' };
    expect(shapeDifference(template, args, (value) => value)).toBeDefined();
    const unescaped = fc.check(
      injectionProperty(template, (value) => value, anyValue),
      { numRuns: 200 },
    );
    expect(unescaped.failed).toBe(true);
  });
});

describe('substituting any value through promqlEscaper', () => {
  it.each([...PACK_TEMPLATES, ...HAND_WRITTEN].map((t) => [t.name, t] as const))(
    `keeps the shape of %s, or refuses the value (numRuns ${RUNS})`,
    (_name, template) => {
      fc.assert(injectionProperty(template, promqlEscaper, anyValue), { numRuns: RUNS });
    },
  );

  it('keeps the shape of the built-in queries for the values the engine really passes (numRuns 200)', () => {
    for (const template of PACK_TEMPLATES) {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'binary' }),
          fc.integer({ min: 1, max: 10_000_000 }),
          (revision, namespace, elapsed) => {
            const args = { revision, namespace, service: `${namespace}-svc`, elapsedTime: String(elapsed) };
            const difference = shapeDifference(template, args, promqlEscaper);
            if (difference !== undefined) throw new Error(`${template.name}: ${JSON.stringify(args)}: ${difference}`);
          },
        ),
        { numRuns: 200 },
      );
    }
  });

  // A quote inside a PromQL comment ("# Iter8's ...") must open no string: otherwise every later
  // placeholder flips between quoted and bare, and `1 or vector(1)` gets through as a "quoted" value.
  it('refuses a bare value after a comment holding an apostrophe', () => {
    const template: Template = {
      name: 'comment with an apostrophe',
      text: "# Iter8's error budget\nsum(rate(errors{app='$app'}[5m])) > $threshold",
      variables: { app: "'", threshold: 'bare' },
    };
    expect(() => substitute(template.text, { app: '1', threshold: '1 or vector(1)' }, promqlEscaper)).toThrow(
      /threshold/,
    );
    fc.assert(injectionProperty(template, promqlEscaper, anyValue), { numRuns: RUNS });
  });
});
