// Serves a function handler through faas-js-runtime, the runtime `func deploy` uses in the
// cluster, so local mode exercises the same HTTP and CloudEvent path as the deployed function.
//
// Three things about faas-js-runtime 3.0.2 are handled here:
//  - start() merges ./func.yaml from the cwd (or from `config`) over the options, and func.yaml
//    wins, so a func.yaml where the user stands could change the port; it is pointed at an empty
//    folder of its own instead.
//  - It installs `death` handlers (SIGINT, SIGTERM, SIGQUIT, uncaughtException) that call
//    process.exit(0): a Ctrl-C would skip our cleanup and exit 0, and an uncaught exception would
//    be swallowed. They are removed as soon as start() has installed them (synchronously).
//  - It listens on '::' (all interfaces) with no way to choose; connections from anywhere but
//    loopback are closed on arrival.

import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EVENT_BODY_LIMIT_BYTES } from '../function/config.js';

/** What faas-js-runtime passes to a CloudEvent function (only what the handler reads). */
export type FunctionHandle = (context: { cloudevent?: unknown }, event?: unknown) => Promise<unknown>;

export interface FunctionServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  close(): Promise<void>;
}

interface FaasStartOptions {
  port: string;
  logLevel: string;
  /** Folder (or file) whose func.yaml is merged over the options. */
  config: string;
}

type FaasStart = (func: FunctionHandle, options: FaasStartOptions) => Promise<Server>;

const DEATH_EVENTS = ['SIGINT', 'SIGTERM', 'SIGQUIT', 'uncaughtException'] as const;

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export async function serveFunction(
  handle: FunctionHandle,
  options: { logLevel?: string } = {},
): Promise<FunctionServer> {
  // Loaded on demand: the runtime pulls in fastify, which other commands do not need.
  const faas = (await import('faas-js-runtime')).default as unknown as { start: FaasStart };
  const configDir = mkdtempSync(path.join(tmpdir(), 'iter8fn-local-function-'));
  // Seen as a plain emitter: the signal and exception events have different listener types.
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(DEATH_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  let server: Server;
  try {
    // '0' as a string: the runtime treats a numeric 0 as "unset" and falls back to 8080.
    // bodyLimit: the cluster function's limit; the runtime reads it although its types omit it.
    const runtimeOptions = {
      port: '0',
      logLevel: options.logLevel ?? 'silent',
      config: configDir,
      bodyLimit: EVENT_BODY_LIMIT_BYTES,
    };
    const starting = faas.start(handle, runtimeOptions);
    for (const event of DEATH_EVENTS) {
      const existing = before.get(event) ?? new Set();
      for (const listener of emitter.listeners(event)) {
        if (!existing.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
      }
    }
    server = await starting;
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
  server.prependListener('connection', (socket: Socket) => {
    if (!isLoopback(socket.remoteAddress)) socket.destroy();
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return closing;
    },
  };
}
