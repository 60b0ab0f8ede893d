// The reply to a request: a CloudEvent whose type says what happened, or a 503 when retrying may
// help (PingSource and Brokers retry on 5xx, and the due rule makes a retry harmless).

import { CloudEvent } from 'cloudevents';
import type { TickResultName } from '../experiment/outcome.js';
import { TICK_RESULT_TRAITS } from '../experiment/outcome.js';
import { EventType, REPLY_SOURCE } from './events.js';
import type { HandOutResult } from './fan-out.js';
import type { TickSummary } from './summary.js';

/** faas-js-runtime sends `{statusCode, headers, body}` as given. */
export interface HttpReply {
  statusCode: number;
  headers?: Record<string, string>;
  body: unknown;
}

export type Reply = CloudEvent<Record<string, unknown>> | HttpReply;

/** The CloudEvent type that answers each tick result. */
const REPLY_TYPE: Record<TickResultName, string> = {
  iterated: EventType.IterationCompleted,
  errored: EventType.IterationCompleted,
  completed: EventType.ExperimentCompleted,
  failed: EventType.ExperimentFailed,
  invalid: EventType.ExperimentFailed,
  'not-due': EventType.TickSkipped,
  'already-completed': EventType.TickSkipped,
  'not-found': EventType.TickSkipped,
  conflict: EventType.TickSkipped,
  unavailable: EventType.TickError,
};

export function replyEvent(
  type: string,
  subject: string | undefined,
  data: Record<string, unknown>,
): CloudEvent<Record<string, unknown>> {
  // Not validated again (strict = false): every attribute is ours and valid by construction, and the
  // SDK's schema check costs more than the rest of building the reply.
  return new CloudEvent(
    { type, source: REPLY_SOURCE, ...(subject ? { subject } : {}), datacontenttype: 'application/json', data },
    false,
  );
}

/** The reply to a tick of one experiment. */
export function tickReply(summary: TickSummary, eventId: string): Reply {
  const data = { ...summary, event: eventId };
  if (isTransient(summary)) return { statusCode: 503, body: data };
  return replyEvent(REPLY_TYPE[summary.result], summary.experiment, data);
}

/** The reply to a scan: 503 when any experiment's tick may succeed on a retry (it re-runs only what is due). */
export function scanReply(summaries: TickSummary[], eventId: string, namespace: string | undefined): Reply {
  const data = { event: eventId, experiments: summaries };
  if (summaries.some(isTransient)) return { statusCode: 503, body: data };
  return replyEvent(EventType.ScanCompleted, namespace, data);
}

/** Failures listed in a hand-out reply at most; the count says how many there were. */
const LISTED_FAILURES = 20;

/**
 * The reply to a scan that handed its due experiments out: how many went to the sink, and 503 when
 * any could not be sent, so the scan is retried (it hands out again only what is still due).
 */
export function handOutReply(
  result: HandOutResult,
  due: number,
  sink: string,
  eventId: string,
  namespace: string | undefined,
): Reply {
  const data = {
    event: eventId,
    due,
    handedOut: result.sent,
    sink,
    ...(result.failed.length > 0
      ? { notSent: result.failed.length, failed: result.failed.slice(0, LISTED_FAILURES) }
      : {}),
  };
  if (result.failed.length > 0) {
    const first = result.failed[0];
    const error = `${result.failed.length} of ${due} due experiment(s) could not be handed out to ${sink} (first: ${first?.experiment}: ${first?.error}); the scan is to be retried`;
    return { statusCode: 503, body: { ...data, error } };
  }
  return replyEvent(EventType.ScanCompleted, namespace, data);
}

/** A request that can never succeed: 2xx, so the platform does not retry it. */
export function refusedReply(error: string, eventId?: string): Reply {
  return replyEvent(EventType.TickSkipped, undefined, {
    result: 'refused',
    error,
    ...(eventId !== undefined ? { event: eventId } : {}),
  });
}

export const isTransient = (summary: TickSummary): boolean => TICK_RESULT_TRAITS[summary.result].transient;
