// Reading a request: which CloudEvent faas-js-runtime handed over, and what it asks for. Every
// problem is one EventError naming the event id and the field.

import { isObjectName } from '../experiment/names.js';
import type { CloudEventLike, ExperimentRef, InvocationContext } from './events.js';
import { EventType, isCloudEventLike } from './events.js';

/** faas-js-runtime passes a parsed body for plain JSON POSTs; only context.cloudevent is a CloudEvent. */
export function incomingEvent(context: InvocationContext, event: unknown): CloudEventLike | undefined {
  if (isCloudEventLike(context.cloudevent)) return context.cloudevent;
  return isCloudEventLike(event) ? event : undefined;
}

export class EventError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
  }
}

/** One experiment, or a scan of every experiment the function may read (in one namespace, if given). */
export type Target = { kind: 'one'; ref: ExperimentRef } | { kind: 'scan'; namespace?: string };

/** What an event asks for. `force`: a manual request, run even if the iteration is not due. */
export interface TickRequest {
  force: boolean;
  target: Target;
  id: string;
}

/** Validates an incoming event and says what it asks for. Throws EventError (400) naming the problem. */
export function readRequest(event: CloudEventLike | undefined): TickRequest {
  if (!event)
    throw new EventError('not a CloudEvent: send ce-* headers (binary mode) or application/cloudevents+json', 400);
  const id = event.id;
  const force = event.type === EventType.IterationRequested;
  if (event.type !== EventType.Ping && !force) {
    throw new EventError(
      `event ${id}: unsupported type ${JSON.stringify(event.type)}; expected ${EventType.Ping} or ${EventType.IterationRequested}`,
      400,
    );
  }
  let data: unknown = event.data ?? {};
  if (typeof data === 'string' || data instanceof Uint8Array) {
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    try {
      data = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      throw new EventError(`event ${id}: data is not JSON`, 400);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new EventError(`event ${id}: data must be a JSON object like {"experiment":"<namespace>/<name>"}`, 400);
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'experiment' && key !== 'namespace')
      throw new EventError(`event ${id}: data.${key} is not a known field (experiment, namespace)`, 400);
  }
  if (record.experiment !== undefined) {
    const parts = typeof record.experiment === 'string' ? record.experiment.split('/') : [];
    const [namespace, name] = parts;
    if (parts.length !== 2 || !namespace || !name || !isObjectName(namespace) || !isObjectName(name)) {
      throw new EventError(
        `event ${id}: data.experiment must be "<namespace>/<name>", got ${JSON.stringify(record.experiment)}`,
        400,
      );
    }
    return { force, target: { kind: 'one', ref: { namespace, name } }, id };
  }
  if (record.namespace !== undefined) {
    if (typeof record.namespace !== 'string' || !isObjectName(record.namespace)) {
      throw new EventError(
        `event ${id}: data.namespace must be a namespace name, got ${JSON.stringify(record.namespace)}`,
        400,
      );
    }
    return { force, target: { kind: 'scan', namespace: record.namespace }, id };
  }
  return { force, target: { kind: 'scan' }, id };
}
