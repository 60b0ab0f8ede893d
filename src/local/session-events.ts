// What a local session tells whoever drives it: typed events, in order, to every subscriber, and
// the words for how a run ended. The session renders nothing; the CLI and the live page do.

import type { TickResultName } from '../experiment/outcome.js';
import type { Experiment } from '../experiment/types.js';
import type { ObjectiveLine, RevisionFigures, TrafficFigures } from './live-view.js';
import type { StartedProcess } from './resource-stack.js';

/** What the session is doing, in words (`waiting for metrics`, `running`, `completed`...). */
export type LocalPhase = string;

/** One comparison as the live lines show it: its verdict word and the full line. */
export interface ComparisonLine {
  verdict: string;
  line: string;
}

export interface LocalSnapshot {
  title: string;
  completed: number;
  total: number;
  elapsedMs: number;
  phase: LocalPhase;
  /** Per objective and version, from the state file after the last iteration. */
  objectives: ObjectiveLine[];
  /** Per comparison and tested version, from the same state file. */
  comparisons: ComparisonLine[];
  traffic: TrafficFigures;
  revisions: RevisionFigures[];
}

export type LocalEvent =
  /** A part is up; the line names it with its pid and ports. */
  | { type: 'started'; line: string }
  /** Everything is up: from here on the run is live. */
  | { type: 'live'; title: string }
  | { type: 'phase'; phase: LocalPhase }
  /** Something worth a line: traffic, metrics, start tasks, the ping source, the function. */
  | { type: 'note'; line: string }
  /** Only with the debug option: child process output, Prometheus's log, the handler's log. */
  | { type: 'debug'; line: string }
  /** The function answered a ping that ran an iteration (counted or not) or ended the experiment. */
  | {
      type: 'iteration';
      result: TickResultName;
      completed: number;
      total: number;
      objectives: ObjectiveLine[];
      comparisons: ComparisonLine[];
      traffic: TrafficFigures;
      message?: string;
    }
  /** Every second while live. */
  | { type: 'traffic'; traffic: TrafficFigures; revisions: RevisionFigures[] }
  | { type: 'end'; result: LocalResult };

export type LocalOutcome =
  /** Completed with a winner (for Conformance: the version met every objective). */
  | { kind: 'passed' }
  /** Ran to the end without passing. */
  | { kind: 'failed' }
  /** Something could not be started as asked (Prometheus missing, a metric file unreadable). */
  | { kind: 'invalid-input'; message: string }
  /** The run broke (a revision crashed, a deadline passed). */
  | { kind: 'error'; message: string }
  /** stop() was called; `reason` is the signal name when a signal asked for it. */
  | { kind: 'interrupted'; reason: string };

export interface LocalResult {
  outcome: LocalOutcome;
  stateFile: string;
  /** The state file as the run left it, when the run got to its end. */
  experiment?: Experiment;
  /** The HTML report written next to the state file, when asked for and the run got to its end. */
  reportFile?: string;
  /** `current (sample-app-v2)`, one per version. */
  versionsUnderTest: string[];
  traffic: TrafficFigures;
  revisions: RevisionFigures[];
  /** Per objective and version, as the state file ends. */
  objectives: ObjectiveLine[];
  /** One line per revision under test that received nothing while another revision did. */
  missingTraffic: string[];
  /** Problems met while stopping what was started. */
  cleanupProblems: string[];
  /** Every process the session started (all stopped by now). */
  processes: StartedProcess[];
}

/** What a view of a session (the terminal, the live page) reads: its events and snapshots. */
export interface SessionFeed {
  subscribe(listener: (event: LocalEvent) => void): () => void;
  snapshot(): LocalSnapshot;
}

/** The session's event stream: every subscriber gets every event from its subscription on. */
export class SessionEvents {
  private readonly listeners = new Set<(event: LocalEvent) => void>();

  constructor(private readonly withDebug: boolean) {}

  subscribe(listener: (event: LocalEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: LocalEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  note(line: string): void {
    this.emit({ type: 'note', line });
  }

  /** Dropped unless the session was opened with `debug`. */
  debug(line: string): void {
    if (this.withDebug) this.emit({ type: 'debug', line });
  }

  phase(phase: LocalPhase): void {
    this.emit({ type: 'phase', phase });
  }
}
