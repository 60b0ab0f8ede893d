// One benchmark section in a process of its own (see run.ts):
//
//   node dist/bench/section-main.js '{"section":"fleet","options":{...}}'
//
// Each section starts and stops everything it needs, so a section that fails leaves nothing behind
// and cannot disturb the next one's figures.

import { runColdStart, type ColdStartOptions } from './cold-start.js';
import { runFleet, type FleetOptions } from './fleet.js';
import { runGateway, type GatewayOptions } from './gateway.js';
import { runIteration, type IterationOptions } from './iteration.js';
import { serveChild } from './support.js';

export type SectionInput =
  | { section: 'coldStart'; options: ColdStartOptions }
  | { section: 'iteration'; options: IterationOptions }
  | { section: 'fleet'; options: FleetOptions }
  | { section: 'gateway'; options: GatewayOptions };

serveChild<SectionInput, unknown>(async (input) => {
  switch (input.section) {
    case 'coldStart':
      return runColdStart(input.options);
    case 'iteration':
      return runIteration(input.options);
    case 'fleet':
      return runFleet(input.options);
    case 'gateway':
      return runGateway(input.options);
  }
});
