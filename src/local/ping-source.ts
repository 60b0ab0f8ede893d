// A local PingSource: every interval, the `dev.knative.sources.ping` CloudEvent a Knative
// PingSource sends, POSTed in binary mode to the function. Delivery is retried like PingSource's
// (5 retries, exponential backoff from 50 ms, on network errors and on 404/408/409/429/5xx).
//
// Two local departures, both because there is a single source and a single function here: the
// first ping goes out at once rather than on the next cron boundary, and PingSource's random
// 0-500 ms spread is left out. When the function answers that an iteration is not due yet but will
// be before the next ping, one extra ping is sent at that time, so a few milliseconds of drift
// cannot cost a whole interval.

import { randomUUID } from 'node:crypto';
import { CloudEvent, HTTP } from 'cloudevents';
import { sleep } from '../util/sleep.js';

export const PING_EVENT_TYPE = 'dev.knative.sources.ping';

export interface PingReply {
  /** HTTP status of the last attempt. */
  status: number;
  /** ce-type of the reply, if it was a CloudEvent. */
  type?: string;
  /** The reply body, parsed as JSON when it is JSON. */
  data: unknown;
  /** Attempts it took (1 = no retry). */
  attempts: number;
}

export interface PingDecision {
  stop?: boolean;
  /** Epoch ms for one extra ping before the next regular one. */
  pingAgainAt?: number;
}

export interface PingSourceOptions {
  /** The function's URL. */
  sinkUrl: string;
  intervalMs: number;
  /** CloudEvent source, e.g. /apis/v1/namespaces/default/pingsources/iter8fn-mirroring */
  source: string;
  data: Record<string, unknown>;
  /** Called with each delivered ping's reply (awaited before the next ping); decides whether pinging goes on. */
  onReply(reply: PingReply): PingDecision | void | Promise<PingDecision | void>;
  /** A ping that could not be delivered after all retries. */
  onLost?(message: string): void;
  /** Per attempt; default 30000 ms. */
  timeoutMs?: number;
}

export interface PingSource {
  /** Resolves when pinging has ended (onReply said stop, or stop() was called). */
  readonly done: Promise<void>;
  /** Pings delivered so far. */
  sent(): number;
  stop(): Promise<void>;
}

const RETRIES = 5;
const BACKOFF_MS = 50;
const RETRYABLE = new Set([404, 408, 409, 429]);

export function startPingSource(options: PingSourceOptions): PingSource {
  const controller = new AbortController();
  const signal = controller.signal;
  let delivered = 0;

  const attempt = async (): Promise<PingReply | string> => {
    const event = new CloudEvent({
      type: PING_EVENT_TYPE,
      source: options.source,
      id: randomUUID(),
      datacontenttype: 'application/json',
      data: options.data,
    });
    const message = HTTP.binary(event);
    try {
      const response = await fetch(options.sinkUrl, {
        method: 'POST',
        headers: message.headers as Record<string, string>,
        body: typeof message.body === 'string' ? message.body : JSON.stringify(options.data),
        signal: AbortSignal.any([signal, AbortSignal.timeout(options.timeoutMs ?? 30000)]),
      });
      const text = await response.text();
      let data: unknown = text;
      try {
        data = text === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        // Not JSON: keep the text.
      }
      const type = response.headers.get('ce-type');
      return { status: response.status, ...(type ? { type } : {}), data, attempts: 0 };
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  };

  const deliver = async (): Promise<PingReply | undefined> => {
    let last = '';
    for (let i = 0; i <= RETRIES && !signal.aborted; i++) {
      if (i > 0) await sleep(BACKOFF_MS * 2 ** (i - 1), signal);
      const outcome = await attempt();
      if (typeof outcome !== 'string' && outcome.status < 500 && !RETRYABLE.has(outcome.status))
        return { ...outcome, attempts: i + 1 };
      last = typeof outcome === 'string' ? outcome : `HTTP ${outcome.status}: ${JSON.stringify(outcome.data)}`;
      if (i === RETRIES && typeof outcome !== 'string') return { ...outcome, attempts: i + 1 };
    }
    if (!signal.aborted) options.onLost?.(`ping lost after ${RETRIES + 1} attempts: ${last}`);
    return undefined;
  };

  const done = (async () => {
    let next = Date.now();
    while (!signal.aborted) {
      await sleep(next - Date.now(), signal);
      if (signal.aborted) break;
      const scheduled = next;
      const reply = await deliver();
      if (signal.aborted) break;
      let decision: PingDecision | void = undefined;
      if (reply) {
        delivered++;
        decision = await options.onReply(reply);
      }
      if (decision?.stop) break;
      // Like cron: the next slot after now, slots missed while delivering are skipped.
      next = scheduled + options.intervalMs;
      while (next <= Date.now()) next += options.intervalMs;
      if (decision?.pingAgainAt !== undefined && decision.pingAgainAt < next)
        next = Math.max(Date.now(), decision.pingAgainAt);
    }
  })();

  return {
    done,
    sent: () => delivered,
    async stop() {
      controller.abort();
      await done;
    },
  };
}
