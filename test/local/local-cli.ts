// Runs `iter8fn local` as a user does: a separate Node process on the compiled dist/ (npm test
// builds first), its output captured, and every process it starts findable afterwards by a
// marker in the environment that all of them inherit, so the tests can prove nothing is left.

import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { projectRoot } from '../support/seeds.js';

const BIN = path.join(projectRoot, 'bin/iter8fn.js');
/** The real command line: bin/iter8fn.js over the compiled dist/. */
const commandLine = (args: string[]): string[] => [BIN, 'local', ...args];

export interface LocalRun {
  child: ChildProcess;
  /** Set in the environment of the command and so of everything it starts. */
  marker: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; elapsedMs: number }>;
  /** Resolves when the output matches, rejects on exit or after the timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

export const MARKER_VARIABLE = 'ITER8FN_LOCAL_TEST_RUN';

export function startLocal(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; killAfterMs?: number } = {},
): LocalRun {
  const marker = randomUUID();
  const startedAt = Date.now();
  const child = spawn(process.execPath, commandLine(args), {
    cwd: options.cwd ?? projectRoot,
    env: { ...process.env, ...options.env, [MARKER_VARIABLE]: marker, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      output += chunk;
      for (const listener of listeners) listener();
    });
  }
  const killer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 85_000);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string; elapsedMs: number }>(
    (resolve) => {
      child.once('close', (code, signal) => {
        clearTimeout(killer);
        for (const listener of listeners) listener();
        resolve({ code, signal, output, elapsedMs: Date.now() - startedAt });
      });
    },
  );
  let closed = false;
  void exited.then(() => (closed = true));
  return {
    child,
    marker,
    output: () => output,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`timed out waiting for ${pattern}; output so far:\n${output}`)),
          timeoutMs,
        );
        const check = (): void => {
          const match = pattern.exec(output);
          if (match) finish(undefined, match);
          else if (closed) finish(new Error(`exited before ${pattern}; output:\n${output}`));
        };
        function finish(error?: Error, match?: RegExpMatchArray): void {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match as RegExpMatchArray);
        }
        listeners.add(check);
        check();
      });
    },
  };
}

/** pids of live processes whose environment carries the marker (Linux /proc). */
export function markedProcesses(marker: string): number[] {
  const needle = `${MARKER_VARIABLE}=${marker}`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(needle)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

/** pids the command reported starting: revisions and Prometheus. */
export function reportedPids(output: string): number[] {
  return [...output.matchAll(/^started (?:revision \S+|prometheus) \(pid (\d+)\)/gm)].map((m) => Number(m[1]));
}

/** Ports of every server the command reported (revisions, metrics, Prometheus, gateway, function). */
export function reportedPorts(output: string): number[] {
  return [...output.matchAll(/^started .*$/gm)].flatMap((line) =>
    [...line[0].matchAll(/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1])),
  );
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** true when nothing accepts connections on the port any more. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** Everything the run started is gone: no marked process, no reported pid, no reported port. */
export async function leftovers(run: { marker: string }, output: string): Promise<string[]> {
  const problems: string[] = [];
  const marked = markedProcesses(run.marker);
  if (marked.length > 0) problems.push(`processes still running: ${marked.join(', ')}`);
  for (const pid of reportedPids(output)) if (isRunning(pid)) problems.push(`pid ${pid} still running`);
  for (const port of reportedPorts(output))
    if (!(await portIsFree(port))) problems.push(`port ${port} still accepts connections`);
  const dataDir = /data in (\S+)\/data,/.exec(output)?.[1];
  if (dataDir) {
    try {
      readdirSync(dataDir);
      problems.push(`Prometheus folder ${dataDir} still exists`);
    } catch {
      // Removed, as it should be.
    }
  }
  return problems;
}
