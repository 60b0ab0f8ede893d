// Local mode's words: the lines a session's iterations and result print as, shared by the
// command line and anything else that shows a session as text.

import { VERDICT_WORDS } from '../experiment/outcome.js';
import { getCondition } from '../iteration/conditions.js';
import { renderDescribe } from '../report/describe.js';
import {
  createLiveView,
  formatObjectiveLines,
  percent,
  revisionsLine,
  trafficLine,
  type LiveSnapshot,
  type LiveView,
  type LiveViewOptions,
} from './live-view.js';
import type { LocalEvent, LocalResult, LocalSnapshot, SessionFeed } from './session-events.js';

/** What the terminal's live block shows of a snapshot: the objectives' and comparisons' lines. */
export function liveFrame(snapshot: LocalSnapshot): LiveSnapshot {
  return {
    ...snapshot,
    verdicts: [...formatObjectiveLines(snapshot.objectives), ...snapshot.comparisons.map((c) => c.line)],
  };
}

/**
 * Shows a session on a terminal or in a log: each event's lines, and from the moment it is live a
 * block redrawn in place (on a terminal) until it ends.
 */
export function showOnTerminal(session: SessionFeed, options: Omit<LiveViewOptions, 'frame'>): void {
  let view: LiveView | undefined;
  const log = (line: string): void => (view ? view.log(line) : options.write(`${line}\n`));
  session.subscribe((event) => {
    eventLines(event, options.tty).forEach(log);
    if (event.type === 'live') view = createLiveView({ ...options, frame: () => liveFrame(session.snapshot()) });
    else if (event.type === 'end') view?.stop();
  });
}

/** The lines an event prints as (none for the events a live view or page draws instead). */
export function eventLines(event: LocalEvent, tty: boolean): string[] {
  if (event.type === 'started' || event.type === 'note') return [event.line];
  if (event.type === 'debug') return [`debug: ${event.line}`];
  if (event.type === 'iteration') return iterationLines(event, tty);
  return [];
}

/** The scroll-back lines of one iteration: compact on a terminal (the block shows the verdicts in full). */
export function iterationLines(event: Extract<LocalEvent, { type: 'iteration' }>, tty: boolean): string[] {
  const { completed, total, traffic: t, objectives, comparisons } = event;
  const lines: string[] = [];
  if (event.result === 'iterated' || event.result === 'completed') {
    const head = `iteration ${completed} of ${total} · live ${t.live} · mirrored ${t.mirrored} (${percent(t.mirrored + t.dropped, t.live)}) · dropped ${t.dropped}`;
    const compact = objectives.map((l) => VERDICT_WORDS[l.verdict].table).join(' ');
    const compared = comparisons.map((c) => c.verdict).join(' ');
    if (tty)
      lines.push(`${head}${compact ? ` · objectives ${compact}` : ''}${compared ? ` · comparisons ${compared}` : ''}`);
    else
      lines.push(
        head,
        ...[...formatObjectiveLines(objectives), ...comparisons.map((c) => c.line)].map((line) => `  ${line}`),
      );
  } else if (event.result === 'errored') {
    lines.push(`iteration ${completed + 1} of ${total} not counted: ${event.message ?? 'metric error'}`);
  } else {
    lines.push(`experiment ${event.result}: ${event.message ?? ''}`);
  }
  return lines;
}

/** The verdict in one line: the objectives that did not hold, or the status message. */
function resultLine(result: LocalResult): string {
  if (result.outcome.kind === 'passed') {
    const compared = (result.experiment?.spec.criteria?.comparisons ?? []).length > 0;
    return `result: passed: ${result.versionsUnderTest.join(', ')} met every objective${compared ? ' and every comparison' : ''}`;
  }
  const status = result.experiment?.status;
  const violated = result.objectives.filter((l) => l.verdict !== 'satisfied');
  if (getCondition(status, 'Failed')?.status === 'True' || violated.length === 0) {
    return `result: failed: ${status?.message ?? 'no winner'}`;
  }
  const verdicts = violated
    .map(
      (l) =>
        `${l.version} ${l.label}: ${VERDICT_WORDS[l.verdict].table}${l.value !== undefined ? ` (${l.value})` : ''}`,
    )
    .join('; ');
  // "unavailable" alone is not an answer: the status message says why.
  const why = violated.some((l) => l.verdict === 'unavailable') && status?.message ? ` (why: ${status.message})` : '';
  return `result: failed: ${verdicts}${why}`;
}

export function printResult(result: LocalResult, out: (text: string) => void): void {
  const say = (line: string): void => out(`${line}\n`);
  const { outcome, experiment, stateFile } = result;
  if (outcome.kind === 'interrupted') {
    say(
      `interrupted (${outcome.reason}): stopping everything; the state file keeps the last completed iteration: ${stateFile}`,
    );
  } else if (outcome.kind === 'invalid-input' || outcome.kind === 'error') {
    say(`error: ${outcome.message}`);
  } else if (experiment) {
    // renderDescribe starts with an empty line and ends with one, as iter8ctl's output did.
    out(renderDescribe(experiment));
    say(`traffic: ${trafficLine(result.traffic)}`);
    say(`         ${revisionsLine(result.revisions)}`);
    for (const line of result.missingTraffic) say(line);
    say(resultLine(result));
    say(`state: ${stateFile}`);
    if (result.reportFile !== undefined) say(`report: ${result.reportFile}`);
  }
  for (const problem of result.cleanupProblems) say(`cleanup: ${problem}`);
}
