// The tutorial's curl Job, played locally: the same shell loop (an initial sleep, then forever one
// curl after another and a sleep), sending each request to the local gateway with the Host the
// curl command names. Sequential like the loop: the next request goes out only after the previous
// one was answered and the sleep has passed.

import { Agent, request as httpRequest } from 'node:http';
import type { CurlRequest } from './curl-args.js';
import { sleep } from '../util/sleep.js';

export interface CurlLoopOptions {
  /** http://127.0.0.1:PORT of the local gateway. */
  gatewayUrl: string;
  requests: CurlRequest[];
  initialSleepMs: number;
  /** Sleep after each round of requests. */
  sleepMs: number;
  /** Stop after this long from the start (activeDeadlineSeconds); none by default. */
  deadlineMs?: number;
  /** curl has no timeout by default; a local loop should not hang forever. Default 30000 ms. */
  requestTimeoutMs?: number;
}

export interface CurlLoopStats {
  sent: number;
  /** Answers by status code. */
  byStatus: Record<string, number>;
  /** Requests that got no answer. */
  failures: number;
  /** Client-side latency of answered requests, ms. */
  latencyMeanMs: number;
  latencyMaxMs: number;
}

export interface CurlLoop {
  /** Resolves when the initial sleep is over and the first request goes out. */
  readonly started: Promise<void>;
  /** Resolves when the loop has ended: stop(), or the deadline. */
  readonly ended: Promise<'stopped' | 'deadline'>;
  stats(): CurlLoopStats;
  stop(): Promise<void>;
}

export function startCurlLoop(options: CurlLoopOptions): CurlLoop {
  const controller = new AbortController();
  const signal = controller.signal;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const timeoutMs = options.requestTimeoutMs ?? 30000;
  const stats = {
    sent: 0,
    byStatus: {} as Record<string, number>,
    failures: 0,
    latencyTotalMs: 0,
    answered: 0,
    latencyMaxMs: 0,
  };
  let deadlineTimer: NodeJS.Timeout | undefined;
  let reason: 'stopped' | 'deadline' = 'stopped';
  if (options.deadlineMs !== undefined) {
    deadlineTimer = setTimeout(() => {
      reason = 'deadline';
      controller.abort();
    }, options.deadlineMs);
  }

  const send = (spec: CurlRequest): Promise<void> =>
    new Promise((resolve) => {
      stats.sent++;
      const sentAt = performance.now();
      const body = spec.body ?? '';
      const req = httpRequest(`${options.gatewayUrl}${spec.path}`, {
        method: spec.method,
        headers: {
          ...spec.headers,
          host: spec.authority,
          ...(spec.body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
        agent,
        signal,
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
      req.once('response', (res) => {
        res.resume();
        res.once('end', () => {
          const latency = performance.now() - sentAt;
          const code = String(res.statusCode ?? 0);
          stats.byStatus[code] = (stats.byStatus[code] ?? 0) + 1;
          stats.answered++;
          stats.latencyTotalMs += latency;
          stats.latencyMaxMs = Math.max(stats.latencyMaxMs, latency);
          resolve();
        });
        res.once('error', () => {
          stats.failures++;
          resolve();
        });
      });
      req.once('error', () => {
        if (!signal.aborted) stats.failures++;
        else stats.sent--; // cut off by stop(): it was never really sent
        resolve();
      });
      req.end(body);
    });

  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const ended = (async () => {
    await sleep(options.initialSleepMs, signal);
    if (!signal.aborted) markStarted();
    while (!signal.aborted) {
      for (const spec of options.requests) {
        if (signal.aborted) break;
        await send(spec);
      }
      // A zero sleep still yields, so the loop cannot starve the event loop.
      await sleep(Math.max(0, options.sleepMs), signal);
    }
    clearTimeout(deadlineTimer);
    agent.destroy();
    return reason;
  })();

  return {
    started,
    ended,
    stats: () => ({
      sent: stats.sent,
      byStatus: { ...stats.byStatus },
      failures: stats.failures,
      latencyMeanMs: stats.answered > 0 ? stats.latencyTotalMs / stats.answered : 0,
      latencyMaxMs: stats.latencyMaxMs,
    }),
    async stop() {
      controller.abort();
      await ended;
    },
  };
}
