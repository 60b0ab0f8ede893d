// A loopback HTTP proxy in front of a real Prometheus that holds each request for a delay the test
// chooses and reports when a request arrives and when its answer has been sent. Crash tests point
// the function's ITER8FN_PROMETHEUS_URL at it, to stretch "during the queries" into a window they
// can kill the function in, and to see where a kill landed. Answers are Prometheus's own.

import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { errorMessage } from '../../src/util/errors.js';

export interface ProxiedQuery {
  /** Path and query string, e.g. /api/v1/query?query=... */
  path: string;
  receivedAt: number;
  answeredAt?: number;
  /** HTTP status sent back, or 502 when Prometheus could not be reached. */
  status?: number;
}

export interface DelayingProxyOptions {
  /** Base URL of the real backend, e.g. http://127.0.0.1:9090 */
  target: string;
  /** Milliseconds to hold each request before forwarding it; default 0. */
  delayMs?: () => number;
}

export interface DelayingProxy {
  /** http://127.0.0.1:PORT, to use as ITER8FN_PROMETHEUS_URL. */
  readonly url: string;
  /** Called when a request has arrived, before it is held. */
  onReceived(listener: ((query: ProxiedQuery) => void) | undefined): void;
  /** Called right after an answer was handed to the socket (or dropped because the client is gone). */
  onAnswered(listener: ((query: ProxiedQuery) => void) | undefined): void;
  setDelay(delayMs: () => number): void;
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startDelayingProxy(options: DelayingProxyOptions): Promise<DelayingProxy> {
  const target = new URL(options.target);
  let delayMs = options.delayMs ?? (() => 0);
  let received: ((query: ProxiedQuery) => void) | undefined;
  let answered: ((query: ProxiedQuery) => void) | undefined;
  // One agent for the backend: connections to Prometheus are reused, as the function's would be.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sockets = new Set<Socket>();

  const forward = (
    req: http.IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.OutgoingHttpHeaders; body: Buffer }> =>
    new Promise((resolve) => {
      const headers = { ...req.headers, host: target.host };
      const upstream = http.request(
        {
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          path: req.url,
          method: req.method,
          headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const { connection: _connection, 'transfer-encoding': _encoding, ...kept } = res.headers;
            resolve({ status: res.statusCode ?? 502, headers: kept, body: Buffer.concat(chunks) });
          });
          res.on('error', (err) =>
            resolve({ status: 502, headers: {}, body: Buffer.from(`proxy: ${errorMessage(err)}`) }),
          );
        },
      );
      upstream.on('error', (err) =>
        resolve({ status: 502, headers: {}, body: Buffer.from(`proxy: ${errorMessage(err)}`) }),
      );
      upstream.end(body);
    });

  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of req) chunks.push(chunk as Buffer);
      } catch {
        return; // the client died in the middle of its request
      }
      const query: ProxiedQuery = { path: req.url ?? '/', receivedAt: Date.now() };
      received?.(query);
      const hold = delayMs();
      if (hold > 0) await sleep(hold);
      const answer = await forward(req, Buffer.concat(chunks));
      query.status = answer.status;
      if (!res.destroyed) {
        res.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
        res.end(answer.body);
      }
      query.answeredAt = Date.now();
      answered?.(query);
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    onReceived: (listener) => {
      received = listener;
    },
    onAnswered: (listener) => {
      answered = listener;
    },
    setDelay: (next) => {
      delayMs = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
