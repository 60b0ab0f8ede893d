// A queue-proxy metrics endpoint for many revisions at once, for the fleet benchmark: thousands of
// revisions cannot each run as a process, but Prometheus must hold real series for every one of
// them so that each query does the work it does in a cluster. The series are shaped exactly as
// src/local/queue-metrics.ts shapes them (Knative <= 1.18 names, labels and ms buckets), with
// counters growing at a steady request rate and a fixed latency distribution.
//
//   node dist/bench/exposition-main.js '{"revisions":1000,"namespace":"default"}'
//
// It runs in its own process because rendering tens of thousands of series takes a while, and the
// processes being measured must not stall while it does.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REVISION_APP_LATENCY_BUCKETS_MS, REVISION_APP_LATENCY_METRIC } from '../src/local/queue-metrics.js';
import { darkRevision, serviceName } from './fleet-names.js';
import { serveDaemon } from './support.js';

export interface ExpositionInput {
  /** How many of the fleet's dark revisions (fleet-names.ts: app-00001-v2 ...) to expose. */
  revisions: number;
  namespace: string;
  /** Requests per second each revision serves; default 2. */
  requestsPerSecond?: number;
}

export interface ExpositionReady {
  /** host:port, a Prometheus scrape target. */
  target: string;
}

/** Share of requests at or under each bucket bound: most answer within 10 ms, a few take long. */
function cumulativeShare(boundMs: number): number {
  if (boundMs >= 100) return 1;
  if (boundMs >= 60) return 0.995;
  if (boundMs >= 40) return 0.98;
  if (boundMs >= 20) return 0.9;
  if (boundMs >= 10) return 0.6;
  return 0.25;
}

const MEAN_LATENCY_MS = 9.5;

function renderer(input: ExpositionInput): () => string {
  const rate = input.requestsPerSecond ?? 2;
  const startedAt = Date.now();
  const bounds = [...REVISION_APP_LATENCY_BUCKETS_MS.map(String), '+Inf'];
  const shares = [...REVISION_APP_LATENCY_BUCKETS_MS.map(cumulativeShare), 1];
  // Label sets are built once; each scrape only writes the numbers.
  const labelSets = Array.from({ length: input.revisions }, (_, i) => {
    const service = serviceName(i + 1);
    const revision = darkRevision(i + 1);
    return (
      `namespace_name="${input.namespace}",service_name="${service}",configuration_name="${service}",revision_name="${revision}",` +
      `pod_name="${revision}-deployment-local",container_name="queue-proxy",response_code="200",response_code_class="2xx"`
    );
  });
  const name = REVISION_APP_LATENCY_METRIC;
  return () => {
    // 100 requests before the start, so that every series exists from the first scrape.
    const count = Math.floor(100 + (rate * (Date.now() - startedAt)) / 1000);
    const bucketLines = bounds.map(
      (bound, i) => [`${name}_bucket{le="${bound}",`, ` ${Math.floor(count * (shares[i] as number))}\n`] as const,
    );
    const parts: string[] = [`# HELP ${name} The response time in millisecond\n# TYPE ${name} histogram\n`];
    for (const labels of labelSets) {
      for (const [head, tail] of bucketLines) parts.push(head, labels, '}', tail);
      parts.push(`${name}_sum{${labels}} ${count * MEAN_LATENCY_MS}\n${name}_count{${labels}} ${count}\n`);
    }
    return parts.join('');
  };
}

serveDaemon<ExpositionInput, ExpositionReady>(async (input) => {
  const render = renderer(input);
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(render());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    value: { target: `127.0.0.1:${port}` },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
});
