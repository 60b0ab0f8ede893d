// The compiled function (dist/functions/index.js) as `npm start` runs it: faas-js-runtime's CLI in a
// child process of its own, so crash tests can SIGKILL it and soak runs can read its resident memory
// and count its file descriptors. Also: CloudEvents sent to it over HTTP, as a PingSource or a
// Broker delivers them.
//
// Used by Jest tests (test/crash, test/soak, test/function) and by scripts/soak.ts, which the build
// compiles to dist/: nothing here may depend on Jest or on where this file sits except through
// projectRoot, found by walking up to package.json.

import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CloudEvent, HTTP } from 'cloudevents';
import { EVENT_BODY_LIMIT_BYTES } from '../../src/function/config.js';

/** The folder holding package.json: the same from test/support and from dist/test/support. */
export const projectRoot = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
})();

export const functionEntry = path.join(projectRoot, 'dist/functions/index.js');
const runtimeCli = path.join(projectRoot, 'node_modules/faas-js-runtime/bin/cli.js');

/** What `npm start` passes to faas-js-runtime after the entry (the port comes from $PORT there). */
export const npmStartArguments = (port: number): string[] => [
  '--port',
  String(port),
  '--bodyLimit',
  String(EVENT_BODY_LIMIT_BYTES),
];

export interface FunctionProcessOptions {
  /** The kubeconfig file the function reads (KUBECONFIG). */
  kubeconfig: string;
  /** More environment: ITER8FN_* variables, FUNC_BODY_LIMIT, ... */
  env?: Record<string, string>;
  /** Arguments after the entry; default: what `npm start` passes. */
  args?: (port: number) => string[];
  /** faas-js-runtime's request log level; default warn, as README documents. */
  logLevel?: string;
  /** How long to wait for /health/readiness; default 30 s. */
  readyTimeoutMs?: number;
  /** The module faas-js-runtime serves; default the built function (benchmarks serve a hello function too). */
  entry?: string;
  /** Flags for node itself, before the runtime's CLI (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface FunctionProcess {
  readonly pid: number;
  readonly port: number;
  readonly url: string;
  /** Resolves once /health/readiness answers 200; rejects if the process exits or the wait times out. */
  readonly ready: Promise<void>;
  readonly exited: Promise<ExitStatus>;
  /** Whether the process is still running. */
  alive(): boolean;
  /** The last 64 KiB of its standard output and error. */
  output(): string;
  /** SIGKILL: no cleanup of any kind runs in the function. */
  kill(): void;
  /** SIGTERM (faas-js-runtime's shutdown), then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<ExitStatus>;
  /** Resident set size in bytes, from /proc (undefined once the process is gone). */
  rssBytes(): number | undefined;
  /** Open file descriptors, from /proc (undefined once the process is gone). */
  openFileDescriptors(): number | undefined;
  /** Its open descriptors, TCP sockets described (undefined once the process is gone). */
  descriptors(): Descriptors | undefined;
}

export interface TcpSocket {
  localPort: number;
  remotePort: number;
  /** As the kernel names it: ESTABLISHED, LISTEN, TIME_WAIT, ... */
  state: string;
}

export interface Descriptors {
  total: number;
  tcp: TcpSocket[];
  /** Every other descriptor: files, pipes, event fds, other sockets. */
  other: number;
}

/** /proc/net/tcp state codes (include/net/tcp_states.h). */
const TCP_STATES: Record<string, string> = {
  '01': 'ESTABLISHED',
  '02': 'SYN_SENT',
  '03': 'SYN_RECV',
  '04': 'FIN_WAIT1',
  '05': 'FIN_WAIT2',
  '06': 'TIME_WAIT',
  '07': 'CLOSE',
  '08': 'CLOSE_WAIT',
  '09': 'LAST_ACK',
  '0A': 'LISTEN',
  '0B': 'CLOSING',
};

/** The TCP sockets of `pid` by inode, from its network namespace's tables. */
function tcpSocketsOf(pid: number): Map<string, TcpSocket> {
  const sockets = new Map<string, TcpSocket>();
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [, local, remote, state, , , , , , inode] = fields;
      if (!local || !remote || !state || !inode) continue;
      const port = (address: string): number => parseInt(address.split(':').pop() ?? '0', 16);
      sockets.set(inode, { localPort: port(local), remotePort: port(remote), state: TCP_STATES[state] ?? state });
    }
  }
  return sockets;
}

const OUTPUT_LIMIT = 64 * 1024;

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

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** This process's environment without what Jest adds for itself (the function runs as npm start runs it). */
function inheritedEnvironment(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _nodeOptions, JEST_WORKER_ID: _worker, ...rest } = process.env;
  return rest;
}

/** The status of one readiness probe, 0 if none came; on a connection of its own that is closed after. */
function readinessStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 1000, headers: { connection: 'close' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/** Starts the function; await `ready` before sending it events. */
export async function startFunctionProcess(options: FunctionProcessOptions): Promise<FunctionProcess> {
  const entry = options.entry ?? functionEntry;
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), runtimeCli, entry, ...(options.args ?? npmStartArguments)(port)],
    {
      // The image runs `npm start` in the project folder; faas-js-runtime merges ./func.yaml from there.
      cwd: projectRoot,
      env: {
        ...inheritedEnvironment(),
        FUNC_LOG_LEVEL: options.logLevel ?? 'warn',
        KUBECONFIG: options.kubeconfig,
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (child.pid === undefined) throw new Error('the function process could not be spawned');
  const pid = child.pid;
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let status: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      status = { code, signal };
      resolve(status);
    });
  });
  const url = `http://127.0.0.1:${port}/`;

  const ready = (async () => {
    const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
    for (;;) {
      if (status)
        throw new Error(
          `the function exited (${status.signal ?? status.code}) before it was ready: ${output.slice(-2000)}`,
        );
      const answer = await readinessStatus(`${url}health/readiness`);
      if (answer === 200) return;
      if (Date.now() > deadline)
        throw new Error(
          `the function was not ready within ${options.readyTimeoutMs ?? 30_000} ms: ${output.slice(-2000)}`,
        );
      await sleep(25);
    }
  })();
  // A caller that never awaits `ready` (a standby killed before use) must not see an unhandled rejection.
  ready.catch(() => undefined);

  const proc = (file: string): string | undefined => {
    try {
      return readFileSync(`/proc/${pid}/${file}`, 'utf8');
    } catch {
      return undefined;
    }
  };

  return {
    pid,
    port,
    url,
    ready,
    exited,
    alive: () => status === undefined,
    output: () => output,
    kill: () => {
      if (status === undefined) child.kill('SIGKILL');
    },
    async stop(graceMs = 5000) {
      if (status !== undefined) return status;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    rssBytes() {
      const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(proc('status') ?? '')?.[1];
      return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
    },
    openFileDescriptors() {
      try {
        return readdirSync(`/proc/${pid}/fd`).length;
      } catch {
        return undefined;
      }
    },
    descriptors() {
      let links: string[];
      try {
        links = readdirSync(`/proc/${pid}/fd`).map((fd) => {
          try {
            return readlinkSync(`/proc/${pid}/fd/${fd}`);
          } catch {
            return ''; // closed meanwhile
          }
        });
      } catch {
        return undefined;
      }
      const byInode = tcpSocketsOf(pid);
      const tcp: TcpSocket[] = [];
      for (const link of links) {
        const socket = byInode.get(/^socket:\[(\d+)\]$/.exec(link)?.[1] ?? '');
        if (socket) tcp.push(socket);
      }
      return { total: links.length, tcp, other: links.length - tcp.length };
    },
  };
}

// ---- events ----

export const PING = 'dev.knative.sources.ping';

export interface EventReply {
  status: number;
  /** ce-type of a binary-mode reply event, if any. */
  type: string | null;
  /** The reply's JSON body (a CloudEvent's data, or the 503 body), or its text if not JSON. */
  body: unknown;
}

/** A CloudEvent as a PingSource sends it (binary mode); pass the same id to model a redelivery. */
export function pingEvent(data: unknown, id: string = randomUUID()): CloudEvent<unknown> {
  return new CloudEvent({
    id,
    type: PING,
    source: '/apis/v1/namespaces/iter8-system/pingsources/test',
    datacontenttype: 'application/json',
    data,
  });
}

/**
 * POSTs a CloudEvent in binary mode; rejects when no HTTP answer comes (the process died, or
 * nothing within `timeoutMs`). Pass an `agent` to own the connections (and close them with it).
 */
export function deliver(
  url: string,
  event: CloudEvent<unknown>,
  timeoutMs = 30_000,
  agent?: http.Agent,
): Promise<EventReply> {
  const message = HTTP.binary(event);
  const body = Buffer.from(message.body as string);
  const headers = { ...(message.headers as Record<string, string>), 'content-length': String(body.length) };
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers, ...(agent ? { agent } : {}) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = text === '' ? undefined : JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        const type = response.headers['ce-type'];
        resolve({ status: response.statusCode ?? 0, type: typeof type === 'string' ? type : null, body: parsed });
      });
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    request.end(body);
  });
}
