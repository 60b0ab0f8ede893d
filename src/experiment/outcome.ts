// The one vocabulary for what happened: an objective's verdict, what one step of an iteration did,
// and what one tick did to one experiment. Replies, exit codes, progress lines and reports take
// their words from the tables here. In experiment/ (and importing nothing) so that the resource
// model, the analytics and every shell can share it.

// ---- verdicts ----

/** An objective's verdict for one version; `unavailable` when there was no value to judge. */
export const VERDICTS = ['satisfied', 'violated', 'unavailable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const isVerdict = (value: unknown): value is Verdict =>
  typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);

/**
 * How a verdict is written. `table`: iter8ctl's describe table and the CLI's progress lines, which
 * print `true` / `false` as iter8ctl did. `report`: the HTML report's cells.
 */
export const VERDICT_WORDS = {
  satisfied: { table: 'true', report: 'met' },
  violated: { table: 'false', report: 'violated' },
  unavailable: { table: 'unavailable', report: 'unavailable' },
} as const satisfies Record<Verdict, { table: string; report: string }>;

// ---- one tick of one experiment ----

/** What one tick did to one experiment: `result` in replies, logs and progress events. */
export const TICK_RESULTS = [
  'iterated',
  'completed',
  'failed',
  'errored',
  'not-due',
  'already-completed',
  'not-found',
  'invalid',
  'conflict',
  'unavailable',
] as const;
export type TickResultName = (typeof TICK_RESULTS)[number];

export const isTickResultName = (value: unknown): value is TickResultName =>
  typeof value === 'string' && (TICK_RESULTS as readonly string[]).includes(value);

export interface TickResultTraits {
  /** An iteration step ran (counted, errored, or ending the experiment). */
  stepped: boolean;
  /** The experiment is over: later ticks leave it alone. */
  final: boolean;
  /** Retrying may help: the store was unreachable, or a metric backend failed. Answered with 503. */
  transient: boolean;
}

export const TICK_RESULT_TRAITS: Record<TickResultName, TickResultTraits> = {
  iterated: { stepped: true, final: false, transient: false },
  completed: { stepped: true, final: true, transient: false },
  failed: { stepped: true, final: true, transient: false },
  errored: { stepped: true, final: false, transient: true },
  'not-due': { stepped: false, final: false, transient: false },
  'already-completed': { stepped: false, final: true, transient: false },
  'not-found': { stepped: false, final: true, transient: false },
  invalid: { stepped: false, final: true, transient: false },
  conflict: { stepped: false, final: false, transient: false },
  unavailable: { stepped: false, final: false, transient: true },
};

/** The kinds of an iteration step's outcome (iteration/step.ts), and the tick result each is reported as. */
export const STEP_RESULT = {
  'iteration-completed': 'iterated',
  'iteration-errored': 'errored',
  'experiment-completed': 'completed',
  'experiment-failed': 'failed',
} as const satisfies Record<string, TickResultName>;
export type StepKind = keyof typeof STEP_RESULT;
