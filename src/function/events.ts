// The function's event contract: the CloudEvent types it reads and replies with, the attributes it
// reads, and how an experiment is named in events (docs/event-contract.md).

export const EventType = {
  Ping: 'dev.knative.sources.ping',
  IterationRequested: 'tools.iter8.iteration.requested',
  IterationCompleted: 'tools.iter8.iteration.completed',
  ExperimentCompleted: 'tools.iter8.experiment.completed',
  ExperimentFailed: 'tools.iter8.experiment.failed',
  /** Reply when nothing was done or something was refused: the reason is in data. */
  TickSkipped: 'tools.iter8.tick.skipped',
  TickError: 'tools.iter8.tick.error',
  /** Reply to a scan tick: one entry per experiment. */
  ScanCompleted: 'tools.iter8.scan.completed',
} as const;

export const REPLY_SOURCE = '/iter8fn';

export interface ExperimentRef {
  namespace: string;
  name: string;
}

export const formatRef = (ref: ExperimentRef): string => `${ref.namespace}/${ref.name}`;

/** The attributes the handler reads. faas-js-runtime bundles its own cloudevents copy, so events are duck-typed. */
export interface CloudEventLike {
  id: string;
  type: string;
  source: string;
  specversion: string;
  data?: unknown;
}

export function isCloudEventLike(value: unknown): value is CloudEventLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.type === 'string' &&
    typeof v.source === 'string' &&
    typeof v.specversion === 'string'
  );
}

/** What faas-js-runtime passes as the first argument; only what the handler reads. */
export interface InvocationContext {
  cloudevent?: unknown;
  log?: { info(message: string): void; warn(message: string): void; error(message: string): void };
}
