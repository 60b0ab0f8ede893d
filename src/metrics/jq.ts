// jqExpression runs on real jq (jq 1.7 compiled to WebAssembly), so every filter a user writes for
// Iter8 behaves the same here. The wasm module is loaded on first use only, which keeps it off the
// function's cold-start path until a metric is actually fetched.

import { errorMessage } from '../util/errors.js';

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
  factory ??= import('jq-wasm/dist/build/jq.js').then((mod) => (mod.default ?? mod) as unknown as () => Promise<JqInstance>);
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
 */
export async function firstNumber(body: string, expression: string): Promise<JqOutcome> {
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
    return { kind: 'error', message: `jq expression ${expression} yielded ${parsed > 0 ? '+Inf' : '-Inf'}, not a finite number` };
  }
  return { kind: 'number', value: parsed };
}

function oneLine(text: string): string {
  return truncate(text.replace(/^Failed to execute raw query: /, '').replace(/\s*\n\s*/g, ' ').trim());
}

export function truncate(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
