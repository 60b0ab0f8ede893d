// The reference for the cold-start benchmark: the bare CloudEvent function `func create -l typescript
// -t cloudevents` generates, served by the same faas-js-runtime. It answers every event with a
// CloudEvent, doing nothing else.

import { CloudEvent } from 'cloudevents';

export interface HelloContext {
  cloudevent?: { data?: unknown };
}

export const handle = async (context: HelloContext): Promise<CloudEvent<unknown>> =>
  new CloudEvent({ source: 'function.hello', type: 'echo', data: context.cloudevent?.data ?? 'hello' });
