// What every part of a local run shares: the checked input, where it reports, how it is cut
// short, and the stack that stops whatever it started.

import type { ExperimentRef } from '../function/events.js';
import type { Faults } from './revision.js';
import type { ResourceStack } from './resource-stack.js';
import type { RunControl } from './run-control.js';
import type { SessionEvents } from './session-events.js';
import type { LocalSessionOptions } from './session-input.js';
import type { LocalStack } from './stack.js';
import type { Tutorial } from './tutorial.js';

export interface SessionContext {
  readonly options: LocalSessionOptions;
  readonly tutorial: Tutorial;
  readonly faults: ReadonlyMap<string, Faults>;
  readonly stack: LocalStack;
  /** Divides every wait of the tutorial. */
  readonly speed: number;
  /** Append -shadow to mirrored authorities (Istio < 1.28). */
  readonly shadowHostSuffix: boolean;
  readonly ref: ExperimentRef;
  readonly stateFile: string;
  readonly events: SessionEvents;
  readonly control: RunControl;
  readonly resources: ResourceStack;
}
