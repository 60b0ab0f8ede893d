// A counting HTTP proxy in front of Prometheus (loopback): every query the function sends passes
// through it, so the benchmark can check that a tick sends exactly the queries it should (each
// metric x version pair once) and replay exactly those queries straight after, as the raw
// reference. Requests are forwarded as they come, on kept-alive connections.

import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface QueryCounter {
  /** http://127.0.0.1:PORT: use it as the Prometheus URL. */
  url: string;
  /** Starts a fresh record of queries. */
  reset(): void;
  /** The request targets (path and query string) of every query since reset(), in arrival order. */
  queries(): string[];
  /** Answers other than 200 since reset(). */
  failures(): number;
  close(): Promise<void>;
}

export async function startQueryCounter(prometheusUrl: string): Promise<QueryCounter> {
  const upstream = new URL(prometheusUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  let recorded: string[] = [];
  let failed = 0;
  const server = createServer((req, res) => {
    const target = req.url ?? '/';
    if (target.startsWith('/api/v1/query')) recorded.push(target);
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: target,
        headers: { ...req.headers, host: upstream.host },
        agent,
      },
      (answer) => {
        if (answer.statusCode !== 200) failed++;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.once('error', (err) => {
      failed++;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${err.message}\n`);
    });
    req.pipe(forward);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reset() {
      recorded = [];
      failed = 0;
    },
    queries: () => [...recorded],
    failures: () => failed,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
