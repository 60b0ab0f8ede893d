// Runs each local revision as its own Node process (revision-main.ts), as Knative runs each
// revision in its own pods: a crash of one is visible as that process exiting, and cleanup is by
// pid. Children are guarded against outliving this process: stop() terminates them; on any exit
// of this process (normal, process.exit, uncaught exception) the survivors are killed
// synchronously; and if this process is killed outright, each child sees its IPC channel close
// and exits by itself.

import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScrapeEndpoint } from './exporters.js';
import type { RevisionProcessConfig, RevisionReadyMessage } from './revision-main.js';

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Last lines the process wrote to stderr. */
  stderrTail: string[];
}

export interface RevisionProcess {
  name: string;
  pid: number;
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** 127.0.0.1:PORT of its /metrics, as a Prometheus target. */
  metricsTarget: string;
  /** Every metrics endpoint of the revision (queue-proxy, and the sidecar's with Istio telemetry). */
  metricsEndpoints: ScrapeEndpoint[];
  /** Resolves when the process has exited, for whatever reason. */
  exited: Promise<ProcessExit>;
  running(): boolean;
  /** SIGTERM, SIGKILL after `graceMs`; resolves once it is gone. Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartRevisionProcessOptions {
  readyTimeoutMs?: number;
  /** Receives the child's stdout/stderr lines (debugging). */
  onOutput?: (line: string) => void;
}

export class RevisionProcessError extends Error {
  override name = 'RevisionProcessError';
}

const STDERR_LINES_KEPT = 8;
const DEFAULT_GRACE_MS = 3000;

/**
 * The compiled child entry point. From dist/ it sits next to this module; under ts-jest this module
 * is the TypeScript source and the child must still run compiled JavaScript (npm run build).
 */
export function revisionMainPath(): string {
  const sibling = fileURLToPath(new URL('./revision-main.js', import.meta.url));
  if (existsSync(sibling)) return sibling;
  const marker = `${path.sep}src${path.sep}local${path.sep}`;
  const at = sibling.lastIndexOf(marker);
  const compiled = at >= 0 ? `${sibling.slice(0, at)}${path.sep}dist${sibling.slice(at)}` : sibling;
  if (existsSync(compiled)) return compiled;
  throw new RevisionProcessError(
    `cannot find the revision program (run npm run build): looked for ${sibling} and ${compiled}`,
  );
}

// ---- orphan guard ----

const alive = new Set<ChildProcess>();

function killSurvivors(): void {
  for (const child of alive) child.kill('SIGKILL');
  alive.clear();
}

function guard(child: ChildProcess): void {
  if (alive.size === 0) process.on('exit', killSurvivors);
  alive.add(child);
}

function release(child: ChildProcess): void {
  if (alive.delete(child) && alive.size === 0) process.off('exit', killSurvivors);
}

function isReady(message: unknown): message is RevisionReadyMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return (
    m.type === 'ready' && typeof m.port === 'number' && typeof m.metricsPort === 'number' && Array.isArray(m.endpoints)
  );
}

export async function startRevisionProcess(
  config: RevisionProcessConfig,
  options: StartRevisionProcessOptions = {},
): Promise<RevisionProcess> {
  const child = fork(revisionMainPath(), [JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // The parent's flags (a test runner's, an inspector's) are not the child's business.
    execArgv: [],
    serialization: 'json',
  });
  if (child.pid === undefined) {
    // fork reports spawn failures asynchronously; wait for the error to name it.
    const error = await new Promise<Error>((resolve) => child.once('error', resolve));
    throw new RevisionProcessError(`cannot start revision ${config.name}: ${error.message}`);
  }
  const pid = child.pid;
  guard(child);

  const stderrTail: string[] = [];
  const forward = (stream: NodeJS.ReadableStream | null, keep: boolean): void => {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        if (keep) {
          stderrTail.push(line);
          if (stderrTail.length > STDERR_LINES_KEPT) stderrTail.shift();
        }
        options.onOutput?.(`${config.name}: ${line}`);
      }
    });
  };
  forward(child.stdout, false);
  forward(child.stderr, true);

  const exited = new Promise<ProcessExit>((resolve) => {
    // 'close' waits for stdio to drain, so the stderr tail is complete.
    child.once('close', (code, signal) => {
      release(child);
      resolve({ code, signal, stderrTail: [...stderrTail] });
    });
  });

  const readyTimeoutMs = options.readyTimeoutMs ?? 10000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    new Promise<RevisionReadyMessage>((resolve) => {
      const onMessage = (message: unknown): void => {
        if (!isReady(message)) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
    }),
    exited,
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), readyTimeoutMs);
    }),
  ]);
  clearTimeout(timer);

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = DEFAULT_GRACE_MS): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        let graceTimer: NodeJS.Timeout | undefined;
        const gone = await Promise.race([
          exited.then(() => true),
          new Promise<false>((r) => (graceTimer = setTimeout(() => r(false), graceMs))),
        ]);
        clearTimeout(graceTimer);
        if (!gone) child.kill('SIGKILL');
      }
      await exited;
    })();
    return stopping;
  };

  if (outcome === 'timeout' || !('type' in outcome)) {
    await stop(500);
    const tail = outcome === 'timeout' ? stderrTail : outcome.stderrTail;
    const why =
      outcome === 'timeout'
        ? `not ready within ${readyTimeoutMs} ms`
        : `exited (${outcome.signal ?? `code ${outcome.code}`})`;
    throw new RevisionProcessError(`revision ${config.name} ${why}${tail.length > 0 ? `: ${tail.join(' | ')}` : ''}`);
  }

  return {
    name: config.name,
    pid,
    url: `http://127.0.0.1:${outcome.port}`,
    port: outcome.port,
    metricsTarget: `127.0.0.1:${outcome.metricsPort}`,
    metricsEndpoints: outcome.endpoints,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    stop,
  };
}
