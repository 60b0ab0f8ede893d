// Scan fan-out: a scan that finds more due experiments than one instance should take on hands each
// one out as its own tick event, sent to the Broker (K_SINK, which a SinkBinding injects). The Trigger
// routes each back to the function, so Knative spreads them over every instance and the autoscaler
// sees the load. The events are exactly what a per-experiment PingSource sends (type and data), so
// nothing downstream can tell them apart. Sending is idempotent: a tick re-runs only what is due, so a
// scan retried after a partial failure may send some experiments twice at no cost.

import http from 'node:http';
import https from 'node:https';
import { mapBounded } from '../util/concurrency.js';
import { errorMessage } from '../util/errors.js';
import type { ExperimentRef } from './events.js';
import { EventType, formatRef } from './events.js';

export interface FanOutTarget {
  /** The Broker's ingress URL (K_SINK). */
  sink: string;
  /** Extensions every sent event carries (K_CE_OVERRIDES). */
  extensions?: Record<string, string>;
}

export interface HandOutResult {
  /** Experiments whose event the sink accepted. */
  sent: number;
  /** Experiments whose event it did not accept, and why. */
  failed: Array<{ experiment: string; error: string }>;
}

/** Events in flight to the sink at once: enough to hide a round trip, few enough not to flood the ingress. */
export const FAN_OUT_CONCURRENCY = 16;
/** A Broker ingress answers in milliseconds; one that takes this long is treated as down. */
const SEND_TIMEOUT_MS = 5000;

const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

/**
 * Sends one tick event per experiment to the sink, FAN_OUT_CONCURRENCY at a time. Each event's id is
 * derived from the scan's, so a retried scan sends the same ids (a Broker may deduplicate on them).
 */
export async function handOut(
  refs: readonly ExperimentRef[],
  scan: { id: string; source: string },
  target: FanOutTarget,
): Promise<HandOutResult> {
  const failed: HandOutResult['failed'] = [];
  let sent = 0;
  await mapBounded(refs, FAN_OUT_CONCURRENCY, async (ref) => {
    const experiment = formatRef(ref);
    try {
      await sendTick(target, experiment, scan);
      sent += 1;
    } catch (err) {
      failed.push({ experiment, error: errorMessage(err) });
    }
  });
  return { sent, failed };
}

/** POSTs the tick of one experiment in binary mode; resolves on 2xx, rejects naming the answer otherwise. */
function sendTick(target: FanOutTarget, experiment: string, scan: { id: string; source: string }): Promise<void> {
  const body = Buffer.from(JSON.stringify({ experiment }));
  const headers: Record<string, string> = {
    'ce-specversion': '1.0',
    'ce-id': `${scan.id}/${experiment}`,
    'ce-type': EventType.Ping,
    // The scan's PingSource produced this tick: the source says so, the data names the experiment.
    'ce-source': scan.source,
    'ce-time': new Date().toISOString(),
    'content-type': 'application/json',
    'content-length': String(body.length),
  };
  for (const [name, value] of Object.entries(target.extensions ?? {})) headers[`ce-${name}`] = value;
  const url = new URL(target.sink);
  const client = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? agents.https : agents.http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method: 'POST', headers, agent, timeout: SEND_TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve();
        else reject(new Error(`${target.sink} answered ${status}`));
      });
      response.on('error', reject);
    });
    request.on('timeout', () =>
      request.destroy(new Error(`${target.sink} did not answer within ${SEND_TIMEOUT_MS} ms`)),
    );
    request.on('error', (err) => reject(new Error(`${target.sink}: ${errorMessage(err)}`)));
    request.end(body);
  });
}
