// `iter8fn iterate <namespace>/<name> --sink URL`: forces an iteration now. It sends the CloudEvent
// `func invoke` would send (type tools.iter8.iteration.requested, data {"experiment": ...}) to the
// function's URL or to the Broker, and prints the reply: the function answers with the outcome
// (tools.iter8.iteration.completed, ...); a Broker answers 202 and routes the event on.
//   kubectl port-forward -n iter8-system svc/iter8fn 8080:80 &
//   iter8fn iterate default/mirroring --sink http://127.0.0.1:8080

import { randomUUID } from 'node:crypto';
import { CloudEvent, HTTP } from 'cloudevents';
import type { CommandOutput } from './schedule.js';
import { isObjectName } from '../experiment/names.js';
import { ExitCode } from './exit-codes.js';
import { EventType } from '../function/events.js';
import { errorMessage } from '../util/errors.js';

export interface IterateOptions {
  sink: string;
  /** application/cloudevents+json instead of ce-* headers. */
  structured?: boolean;
  timeoutMs?: number;
}

export const ITERATE_SOURCE = '/iter8fn/cli';

/** The manual-trigger event for `namespace/name` (one experiment) or `namespace` (all due experiments there). */
export function iterationRequest(target: string): CloudEvent<Record<string, string>> {
  const parts = target.split('/');
  if (!parts.every(isObjectName) || parts.length > 2) {
    throw new Error(`target must be <namespace>/<name> (or a namespace), got ${JSON.stringify(target)}`);
  }
  const data: Record<string, string> = parts.length === 2 ? { experiment: target } : { namespace: target };
  return new CloudEvent({
    id: randomUUID(),
    type: EventType.IterationRequested,
    source: ITERATE_SOURCE,
    datacontenttype: 'application/json',
    data,
  });
}

export async function iterateCommand(
  target: string,
  options: IterateOptions,
  io: CommandOutput = defaultOutput(),
): Promise<number> {
  let event: CloudEvent<Record<string, string>>;
  let sink: URL;
  try {
    event = iterationRequest(target);
    sink = new URL(options.sink);
    if (sink.protocol !== 'http:' && sink.protocol !== 'https:')
      throw new Error(`--sink must be an http(s) URL, got ${JSON.stringify(options.sink)}`);
  } catch (err) {
    io.err(
      `error: ${errorMessage(err).replace(/^Invalid URL$/, `--sink must be a URL, got ${JSON.stringify(options.sink)}`)}\n`,
    );
    return ExitCode.InvalidInput;
  }
  const message = options.structured ? HTTP.structured(event) : HTTP.binary(event);
  const timeoutMs = options.timeoutMs ?? 30_000;
  let response: Response;
  let text: string;
  try {
    response = await fetch(sink, {
      method: 'POST',
      headers: message.headers as Record<string, string>,
      body: typeof message.body === 'string' ? message.body : JSON.stringify(message.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (err) {
    const reason =
      (err as { name?: unknown }).name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : describeFetchError(err);
    io.err(`error: sending ${event.type} to ${sink.origin}${sink.pathname}: ${reason}\n`);
    return ExitCode.Failed;
  }
  io.out(`sent ${event.type} ${event.id} for ${target}\n`);
  const type = response.headers.get('ce-type');
  io.out(`reply: HTTP ${response.status}${type ? ` ${type}` : ''}\n`);
  if (text !== '') {
    let shown = text;
    try {
      shown = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // Not JSON: print as received.
    }
    io.out(`${shown}\n`);
  } else if (response.status === 202) {
    io.out('accepted: the Broker delivers it to the function, whose reply goes back into the Broker\n');
  }
  return response.ok ? ExitCode.Ok : ExitCode.Failed;
}

function describeFetchError(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (cause && typeof cause.code === 'string') return cause.code === 'ECONNREFUSED' ? 'connection refused' : cause.code;
  return errorMessage(err);
}

function defaultOutput(): CommandOutput {
  return { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
}
