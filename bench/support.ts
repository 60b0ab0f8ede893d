// What every benchmark shares: where the project is, statistics, temporary folders, and running a
// measured thing in a child process that reports one JSON result over IPC. Process-level measures
// (start-up time, peak resident memory) need a process of their own, and a crash or a hang of one
// benchmark must not take the others down, so each runs as a child that is killed if it overruns.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json: two levels above dist/bench/. */
export const projectRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the project folder (package.json) above the benchmark');
    dir = up;
  }
  return dir;
})();

/** A compiled benchmark module next to this one (dist/bench/NAME.js). */
export const benchModule = (name: string): string => fileURLToPath(new URL(`./${name}.js`, import.meta.url));

// ---- statistics ----

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Rounded for reports: 2 decimals below 10, 1 below 100, whole above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) < 10 ? 100 : Math.abs(value) < 100 ? 10 : 1;
  return Math.round(value * digits) / digits;
}

export const megabytes = (bytes: number): number => round(bytes / (1024 * 1024));

// ---- temporary folders ----

const tempDirs: string[] = [];

/** A folder removed when this process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `iter8fn-bench-${prefix}-`));
  if (tempDirs.length === 0)
    process.on('exit', () => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  tempDirs.push(dir);
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ---- children ----

/** What a benchmark child sends its parent. */
export type ChildMessage =
  | { kind: 'result'; value: unknown }
  | { kind: 'failure'; message: string }
  | { kind: 'progress'; line: string }
  | { kind: 'answer'; id: number; value?: unknown; error?: string };

/** What a parent sends a helper child (serveDaemon) to have it do something: answered by id. */
interface CallMessage {
  kind: 'call';
  id: number;
  op: string;
  args: unknown;
}

const isCallMessage = (value: unknown): value is CallMessage =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'call';

const isChildMessage = (value: unknown): value is ChildMessage =>
  typeof value === 'object' &&
  value !== null &&
  ['result', 'failure', 'progress', 'answer'].includes((value as { kind?: unknown }).kind as string);

// Children must not outlive the benchmark, whatever way it ends.
const children = new Set<ChildProcess>();
let exitGuard = false;

export function track(child: ChildProcess): ChildProcess {
  if (!exitGuard) {
    exitGuard = true;
    process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
  }
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/**
 * BENCH_CPU_PROFILE=name1,name2 with BENCH_CPU_PROFILE_DIR=DIR writes a CPU profile of those
 * children (e.g. fleet-tick-main, or cold-start-function and cold-start-hello for the cold starts) into DIR,
 * to see where their time goes.
 */
export function profileFlags(name: string): string[] {
  const names = (process.env.BENCH_CPU_PROFILE ?? '').split(',');
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  return dir && names.includes(name) ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100'] : [];
}

export interface RunChildOptions {
  /** Killed (SIGKILL) after this long. */
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  onProgress?: (line: string) => void;
}

/**
 * Forks dist/bench/NAME.js with `input` as its one argument (JSON) and resolves with the value it
 * reports. Rejects when it reports a failure, exits without a result, or overruns.
 */
export function runChild(name: string, input: unknown, options: RunChildOptions): Promise<unknown> {
  const child = track(
    fork(benchModule(name), [JSON.stringify(input)], {
      // The benchmark's own flags are not the child's business; a CPU profile is asked for by name.
      execArgv: profileFlags(name),
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    }),
  );
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 40) stderr.shift();
  });
  child.stdout?.resume();
  return new Promise((resolve, reject) => {
    let settled: { ok: true; value: unknown } | { ok: false; message: string } | undefined;
    const timer = setTimeout(() => {
      settled ??= { ok: false, message: `${name} did not finish within ${options.timeoutMs} ms` };
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('message', (message: unknown) => {
      if (!isChildMessage(message)) return;
      if (message.kind === 'progress') options.onProgress?.(message.line);
      else if (message.kind === 'result') settled ??= { ok: true, value: message.value };
      else if (message.kind === 'failure') settled ??= { ok: false, message: message.message };
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (settled?.ok) return resolve(settled.value);
      const tail = stderr.join('').trim().split('\n').slice(-8).join('\n');
      reject(
        new Error(
          settled?.message ??
            `${name} exited (${signal ?? `code ${code}`}) without a result${tail ? `:\n${tail}` : ''}`,
        ),
      );
    });
  });
}

/** In a child: runs `work` on the JSON argument, reports its value or failure to the parent, exits. */
export function serveChild<I, O>(work: (input: I) => Promise<O>): void {
  const send = (message: ChildMessage): Promise<void> =>
    new Promise((resolve) => {
      if (!process.send) {
        process.stdout.write(`${JSON.stringify(message)}\n`);
        return resolve();
      }
      process.send(message, undefined, {}, () => resolve());
    });
  // The parent going away ends the child: nothing else would stop a benchmark left behind.
  process.on('disconnect', () => process.exit(1));
  const input = JSON.parse(process.argv[2] ?? '{}') as I;
  work(input).then(
    async (value) => {
      await send({ kind: 'result', value });
      process.exit(0);
    },
    async (err: unknown) => {
      await send({ kind: 'failure', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      process.exit(1);
    },
  );
}

/** In a child: a progress line for the parent's log. */
export function progress(line: string): void {
  if (process.send) process.send({ kind: 'progress', line } satisfies ChildMessage);
}

export interface Daemon<T> {
  /** What the child reported once it was ready. */
  ready: T;
  child: ChildProcess;
  /** Asks the child to do `op` (see serveDaemon's `call`); resolves with its answer. */
  call(op: string, args?: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Forks dist/bench/NAME.js as a long-running helper (see serveDaemon): resolves once it reports
 * ready, and leaves it running until stop().
 */
export function startDaemon<T>(name: string, input: unknown, timeoutMs = 30_000): Promise<Daemon<T>> {
  const child = track(
    fork(benchModule(name), [JSON.stringify(input)], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] }),
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
  const pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  let nextId = 0;
  const call = (op: string, args?: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (child.exitCode !== null || !child.connected) return reject(new Error(`${name} is gone: ${stderr.trim()}`));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ kind: 'call', id, op, args } satisfies CallMessage);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} was not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', (message: unknown) => {
      if (!isChildMessage(message)) return;
      if (message.kind === 'answer') {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) waiting?.reject(new Error(`${name}: ${message.error}`));
        else waiting?.resolve(message.value);
        return;
      }
      clearTimeout(timer);
      if (message.kind === 'result')
        resolve({ ready: message.value as T, child, call, stop: () => stopProcess(child) });
      else if (message.kind === 'failure') reject(new Error(`${name}: ${message.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const gone = new Error(`${name} exited (${signal ?? `code ${code}`}): ${stderr.trim()}`);
      pending.forEach((waiting) => waiting.reject(gone));
      pending.clear();
      reject(gone);
    });
  });
}

/** What a helper child started: its ready value, how to stop it, and what its parent may ask of it. */
export interface Started<O> {
  value: O;
  stop(): Promise<void>;
  call?(op: string, args: unknown): unknown;
}

/** In a helper child: starts what `start` starts, reports its value, then runs until SIGTERM or the parent goes away. */
export function serveDaemon<I, O>(start: (input: I) => Promise<Started<O>>): void {
  const input = JSON.parse(process.argv[2] ?? '{}') as I;
  start(input).then(
    (started) => {
      const { value } = started;
      const end = (): void => void started.stop().finally(() => process.exit(0));
      process.once('SIGTERM', end);
      process.once('disconnect', end);
      process.on('message', (message: unknown) => {
        if (!isCallMessage(message)) return;
        const answer = (reply: ChildMessage): void => void process.send?.(reply);
        Promise.resolve()
          .then(() => {
            if (!started.call) throw new Error(`${message.op}: this helper takes no calls`);
            return started.call(message.op, message.args);
          })
          .then(
            (result) => answer({ kind: 'answer', id: message.id, value: result }),
            (err: unknown) =>
              answer({ kind: 'answer', id: message.id, error: err instanceof Error ? err.message : String(err) }),
          );
      });
      process.send?.({ kind: 'result', value } satisfies ChildMessage);
    },
    (err: unknown) => {
      process.send?.(
        { kind: 'failure', message: err instanceof Error ? err.message : String(err) } satisfies ChildMessage,
        undefined,
        {},
        () => process.exit(1),
      );
    },
  );
}

/** Spawns a command and resolves with its stdout once it exits 0; rejects otherwise. Bounded by timeoutMs. */
export function runCommand(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = track(spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} exited (${signal ?? `code ${code}`}): ${stderr.trim().split('\n').slice(-4).join(' | ')}`,
          ),
        );
    });
  });
}

/** SIGTERM, then SIGKILL after graceMs; resolves when the process is gone. */
export async function stopProcess(child: ChildProcess, graceMs = 2000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

// ---- what a process has used, from /proc (Linux) ----

/** Clock ticks per second of /proc/PID/stat's times: USER_HZ, 100 on Linux on every common architecture. */
const USER_HZ = 100;

/** CPU time (user + system, all threads) `pid` has used so far, in ms; 10 ms resolution. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`/proc/${pid}/stat has no CPU times: ${stat.slice(0, 200)}`);
  return (ticks * 1000) / USER_HZ;
}

/** Peak resident set of `pid` so far (VmHWM), in bytes. */
export function processPeakRssBytes(pid: number): number {
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kilobytes === undefined) throw new Error(`/proc/${pid}/status has no VmHWM line`);
  return Number(kilobytes) * 1024;
}

/** min / median / max, rounded for the report. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return { min: round(Math.min(...values)), median: round(median(values)), max: round(Math.max(...values)) };
}
