// What `iter8fn local` shows while it runs. On a terminal: a compact block (progress bar,
// verdict per objective, request counts) redrawn a few times a second with ANSI cursor movement,
// with event lines scrolling above it. Anywhere else (CI, pipes): plain lines, one per event.

import type { Verdict } from '../experiment/outcome.js';
import { VERDICT_WORDS } from '../experiment/outcome.js';

export interface TrafficFigures {
  /** Client requests sent through the gateway (the curl loop). */
  live: number;
  /** Copies accepted for mirroring. */
  mirrored: number;
  dropped: number;
  mirrorFailures: number;
  /** Answers the client got that were not 2xx, plus requests with no answer. */
  clientErrors: number;
}

export interface RevisionFigures {
  name: string;
  /** e.g. `live 100%`, `dark`. */
  role: string;
  live: number;
  mirrored: number;
}

export interface LiveSnapshot {
  title: string;
  completed: number;
  total: number;
  elapsedMs: number;
  phase: string;
  /** One line per objective and version (verdictLines of run.ts). */
  verdicts: string[];
  traffic: TrafficFigures;
  revisions: RevisionFigures[];
}

export interface LiveViewOptions {
  write(text: string): void;
  /** Redraw a block (true) or print plain lines (false). */
  tty: boolean;
  frame(): LiveSnapshot;
  columns?(): number;
  color?: boolean;
  refreshMs?: number;
}

export interface LiveView {
  /** An event line: printed in plain mode, scrolled above the block on a terminal. */
  log(line: string): void;
  /** Stops redrawing and leaves the last frame on screen. */
  stop(): void;
}

const BAR_WIDTH = 24;

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function progressBar(completed: number, total: number, width = BAR_WIDTH): string {
  const filled = total > 0 ? Math.min(width, Math.round((completed / total) * width)) : 0;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

export function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

/** `live 212 · mirrored 85 (40.1%) · dropped 0 · mirror failures 0 · client errors 0` */
export function trafficLine(t: TrafficFigures): string {
  return [
    `live ${t.live}`,
    `mirrored ${t.mirrored} (${percent(t.mirrored + t.dropped, t.live)})`,
    `dropped ${t.dropped}`,
    `mirror failures ${t.mirrorFailures}`,
    `client errors ${t.clientErrors}`,
  ].join(' · ');
}

export function revisionsLine(revisions: RevisionFigures[]): string {
  return revisions
    .map((r) => {
      const counts = [
        r.live > 0 || r.mirrored === 0 ? `${r.live} live` : '',
        r.mirrored > 0 ? `${r.mirrored} mirrored` : '',
      ]
        .filter(Boolean)
        .join(' + ');
      return `${r.name} (${r.role}) ${counts}`;
    })
    .join(' · ');
}

export function renderFrame(s: LiveSnapshot): string[] {
  return [
    s.title,
    `iterations ${progressBar(s.completed, s.total)} ${s.completed}/${s.total}  ${formatDuration(s.elapsedMs)}  ${s.phase}`,
    ...(s.verdicts.length > 0 ? s.verdicts.map((line) => `  ${line}`) : ['  (no verdict before the first iteration)']),
    `requests   ${trafficLine(s.traffic)}`,
    `versions   ${revisionsLine(s.revisions)}`,
  ];
}

const ESC = '\u001b[';
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;

function colorize(line: string): string {
  return line
    .replace(/(\s)(true)(\s|$)/g, `$1${ESC}32m$2${ESC}0m$3`)
    .replace(/(\s)(false)(\s|$)/g, `$1${ESC}31m$2${ESC}0m$3`)
    .replace(/(\s)(unavailable)(\s|$)/g, `$1${ESC}33m$2${ESC}0m$3`);
}

export function createLiveView(options: LiveViewOptions): LiveView {
  if (!options.tty) {
    return { log: (line) => options.write(`${line}\n`), stop: () => undefined };
  }
  let height = 0;
  let stopped = false;
  const columns = (): number => Math.max(20, options.columns?.() ?? 100);
  const erase = (): string => (height > 0 ? `${ESC}${height}A\r${ESC}J` : '');
  const draw = (): string => {
    // Lines are cut to the terminal width: a wrapped line would break the cursor arithmetic.
    const width = columns() - 1;
    const lines = renderFrame(options.frame()).map((line) =>
      line.length > width ? `${line.slice(0, width - 1)}…` : line,
    );
    height = lines.length;
    return lines.map((line) => `${options.color ? colorize(line) : line}\n`).join('');
  };
  const restoreCursor = (): void => options.write(SHOW_CURSOR);
  process.on('exit', restoreCursor);
  options.write(HIDE_CURSOR + draw());
  const timer = setInterval(() => options.write(erase() + draw()), options.refreshMs ?? 250);
  timer.unref();
  return {
    log(line) {
      if (stopped) {
        options.write(`${line}\n`);
        return;
      }
      options.write(`${erase()}${line}\n${draw()}`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      options.write(erase() + draw() + SHOW_CURSOR);
      process.off('exit', restoreCursor);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Objective lines

export interface ObjectiveLine {
  version: string;
  /** `iter8-knative/mean-latency <= 50.000` */
  label: string;
  verdict: Verdict;
  /** The value it was judged on, 3 decimals, if there is one. */
  value?: string;
}

/** Aligned `version  objective  verdict (value)` lines. */
export function formatObjectiveLines(lines: readonly ObjectiveLine[]): string[] {
  const versionWidth = Math.max(1, ...lines.map((l) => l.version.length));
  const labelWidth = Math.max(1, ...lines.map((l) => l.label.length));
  return lines.map(
    (l) =>
      `${l.version.padEnd(versionWidth)}  ${l.label.padEnd(labelWidth)}  ${VERDICT_WORDS[l.verdict].table}${l.value !== undefined ? ` (${l.value})` : ''}`,
  );
}
