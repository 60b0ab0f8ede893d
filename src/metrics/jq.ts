// jqExpression runs on real jq (jq 1.7 compiled to WebAssembly), so every filter a user writes for
// Iter8 behaves the same here. The wasm module is loaded on first use only, which keeps it off the
// function's cold-start path until a metric is actually fetched.
//
// One expression is read without jq: `.data.result[0].value[1] | tonumber`, the one the built-in
// pack and Iter8's Prometheus metrics use, on a Prometheus answer of the usual shapes (a value in
// Prometheus's number format, NaN, +-Inf, or an empty result). The outcome is exactly jq's
// (test/unit/jq.test.ts compares the two), at a small fraction of the cost: a fleet tick reads
// thousands of values, and a jq run costs more than the query that produced its input. Anything
// else (another expression, another shape, a deeply nested body) goes to jq.

import { errorMessage } from '../util/errors.js';
import { isRecord } from '../util/records.js';

export type JqOutcome =
  | { kind: 'number'; value: number }
  /** The first output is null, i.e. NaN in Prometheus terms or a missing path: no data. */
  | { kind: 'no-data'; detail: string }
  | { kind: 'error'; message: string };

/** One Emscripten instance of jq, as jq-wasm's build creates it. */
interface JqInstance {
  raw(input: string, filter: string, flags: string[]): Promise<string>;
}

/**
 * jq-wasm runs jq's main() on one long-lived instance for every query, and main() leaks: after a few
 * hundred queries the instance fails ("memory access out of bounds") or never returns. A function
 * makes thousands, so each instance serves a bounded number of queries and is then replaced.
 */
export const QUERIES_PER_INSTANCE = 100;

let factory: Promise<() => Promise<JqInstance>> | undefined;
let current: { instance: Promise<JqInstance>; queries: number } | undefined;

async function jqInstance(): Promise<JqInstance> {
  factory ??= import('jq-wasm/dist/build/jq.js').then(
    (mod) => (mod.default ?? mod) as unknown as () => Promise<JqInstance>,
  );
  const create = await factory;
  if (!current || current.queries >= QUERIES_PER_INSTANCE) current = { instance: create(), queries: 0 };
  current.queries += 1;
  return current.instance;
}

/** jq prints IEEE infinities as +/-DBL_MAX. */
const JQ_INFINITY = Number.MAX_VALUE;

/**
 * Runs `expression` on the JSON text `body` and interprets its first output as Iter8 did: it must
 * be a number. jq's own messages are kept, since they are what a user debugging a filter needs.
 * `input` is JSON.parse(body), when the caller has it: the Prometheus expression is then read
 * directly where possible.
 */
export async function firstNumber(body: string, expression: string, input?: unknown): Promise<JqOutcome> {
  const known = input === undefined ? undefined : prometheusValue(body, input, expression);
  if (known) return known;
  const jq = await jqInstance();
  let output: string;
  try {
    output = await jq.raw(body, expression, ['-c']);
  } catch (err) {
    return { kind: 'error', message: oneLine(errorMessage(err)) };
  }
  const first = output.split('\n').find((line) => line.trim() !== '');
  if (first === undefined) return { kind: 'no-data', detail: `jq expression ${expression} produced no output` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(first);
  } catch {
    return { kind: 'error', message: `jq output is not JSON: ${truncate(first)}` };
  }
  if (parsed === null) return { kind: 'no-data', detail: `jq expression ${expression} yielded null (NaN or no data)` };
  if (typeof parsed !== 'number') {
    return { kind: 'error', message: `jq expression ${expression} yielded ${truncate(first)}, not a number` };
  }
  if (!Number.isFinite(parsed) || Math.abs(parsed) >= JQ_INFINITY) {
    return {
      kind: 'error',
      message: `jq expression ${expression} yielded ${parsed > 0 ? '+Inf' : '-Inf'}, not a finite number`,
    };
  }
  return { kind: 'number', value: parsed };
}

const PROMETHEUS_VALUE_EXPRESSION = /^\s*\.data\.result\[0\]\.value\[1\]\s*\|\s*tonumber\s*$/;
/** How Prometheus writes a finite sample value (Go's strconv.FormatFloat(v, 'f', -1, 64)). */
const PROMETHEUS_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** jq refuses input nested deeper than about 256 levels; fewer brackets than this cannot nest that deep. */
const MAX_BRACKETS = 200;
/** What jq 1.7 says for `null | tonumber`, i.e. for an empty result. */
const NULL_TONUMBER = 'jq: error (at /dev/stdin:0): null (null) cannot be parsed as a number';

/**
 * jq's outcome for `.data.result[0].value[1] | tonumber` on `parsed` (the JSON text `body`), or
 * undefined when the expression is another one or the body is not of a shape read here.
 */
export function prometheusValue(body: string, parsed: unknown, expression: string): JqOutcome | undefined {
  if (!PROMETHEUS_VALUE_EXPRESSION.test(expression)) return undefined;
  if (!isRecord(parsed) || !isRecord(parsed.data) || !Array.isArray(parsed.data.result)) return undefined;
  let brackets = 0;
  for (let i = 0; i < body.length && brackets < MAX_BRACKETS; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
  }
  if (brackets >= MAX_BRACKETS) return undefined;
  const result: unknown[] = parsed.data.result;
  if (result.length === 0) return { kind: 'error', message: NULL_TONUMBER };
  const first = result[0];
  if (!isRecord(first) || !Array.isArray(first.value) || first.value.length < 2) return undefined;
  const text: unknown = first.value[1];
  if (typeof text !== 'string') return undefined;
  if (text === 'NaN') return { kind: 'no-data', detail: `jq expression ${expression} yielded null (NaN or no data)` };
  if (text === '+Inf' || text === '-Inf')
    return { kind: 'error', message: `jq expression ${expression} yielded ${text}, not a finite number` };
  if (!PROMETHEUS_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) < JQ_INFINITY ? { kind: 'number', value } : undefined;
}

function oneLine(text: string): string {
  return truncate(
    text
      .replace(/^Failed to execute raw query: /, '')
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
  );
}

export function truncate(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
