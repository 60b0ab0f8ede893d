// Every manifest that is generated from engine code, so that the shipped YAML cannot drift from
// what the engine validates and runs, and the validators compiled from the same schemas.
// `npm run gen` writes them; test/unit/manifests.test.ts fails when a file on disk differs.

import { stringify } from 'yaml';
import { buildCrds, CRD_FILES, serializeCrd } from '../experiment/crd.js';
import type { Experiment } from '../experiment/types.js';
import {
  brokerFor,
  deadLetterServiceFor,
  pingSourceFor,
  scanPingSource,
  sinkBindingFor,
  triggersFor,
} from '../eventing/schedule.js';
import { VALIDATOR_MODULES, validatorsModule, validatorTypesModule, type ValidatorModule } from './validators.js';

export interface GeneratedManifest {
  file: string;
  content: string;
}

const yamlStream = (objects: readonly unknown[]): string =>
  objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');

const eventingHeader = (lines: readonly string[]): string =>
  [
    '# Generated from src/eventing/schedule.ts by `npm run gen`; do not edit by hand.',
    ...lines.map((l) => `# ${l}`),
  ].join('\n') + '\n';

/** What the seed's PingSource derives from (test/function/manifests.test.ts checks it against samples/mirroring/experiment.yaml). */
export const MIRRORING_SAMPLE = { namespace: 'default', name: 'mirroring', intervalSeconds: 10 } as const;
/** The same for samples/mirroring-compare (the seed with comparisons against the live revision). */
export const MIRRORING_COMPARE_SAMPLE = {
  namespace: 'default',
  name: 'mirroring-compare',
  intervalSeconds: 10,
} as const;

/** A sample's PingSource file, as `iter8fn schedule samples/<name>/experiment.yaml --no-trigger` prints it. */
function samplePingSource(sample: { namespace: string; name: string; intervalSeconds: number }): GeneratedManifest {
  const experiment = {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: sample.name, namespace: sample.namespace },
    spec: {
      target: '',
      strategy: { testingPattern: 'Conformance' },
      duration: { intervalSeconds: sample.intervalSeconds },
    },
  } satisfies Experiment;
  return {
    file: `samples/${sample.name}/pingsource.yaml`,
    content:
      eventingHeader([
        `Ticks the ${sample.name} experiment every ${sample.intervalSeconds} s (its intervalSeconds); what \`iter8fn schedule`,
        `samples/${sample.name}/experiment.yaml --no-trigger\` prints. Needs Knative Eventing 1.13 or later.`,
      ]) + yamlStream([pingSourceFor(experiment)]),
  };
}

/** Knative Eventing wiring: Broker, Triggers, dead-letter sink, a scan PingSource, the sample's PingSource. */
export function eventingManifests(): GeneratedManifest[] {
  const triggers = triggersFor();
  return [
    {
      file: 'eventing/broker.yaml',
      content:
        eventingHeader([
          "The Broker that PingSources and `iter8fn iterate` send to; the function's replies come back into it.",
        ]) + yamlStream([brokerFor()]),
    },
    {
      file: 'eventing/trigger.yaml',
      content:
        eventingHeader([
          'Deliver ticks and manual requests from the Broker to the function: 3 retries, 0.5 s doubling backoff,',
          'then the dead-letter sink (dead-letter.yaml). Replies (tools.iter8.*) match neither Trigger, so never loop.',
        ]) + yamlStream([triggers.ticks, triggers.requests]),
    },
    {
      file: 'eventing/dead-letter.yaml',
      content:
        eventingHeader(['Logs every event the function could not take after all retries (kubectl logs), with why.']) +
        yamlStream([deadLetterServiceFor()]),
    },
    {
      file: 'eventing/pingsource.yaml',
      content:
        eventingHeader([
          'A scan tick: every 10 s, advance every experiment the function may read whose iteration is due.',
          'An alternative to one PingSource per experiment (`iter8fn schedule FILE`); keep its interval at or',
          'below the shortest intervalSeconds. Needs Knative Eventing 1.13 or later (6-field cron).',
        ]) + yamlStream([scanPingSource(10)]),
    },
    {
      file: 'eventing/sinkbinding.yaml',
      content:
        eventingHeader([
          "Gives the function K_SINK, the Broker's URL: a scan tick finding more due experiments than",
          'ITER8FN_SCAN_INLINE_MAX sends one tick event per experiment there, and the Trigger spreads them over',
          'every instance (README "Scaling"). Without it a scan advances every due experiment in one instance.',
        ]) + yamlStream([sinkBindingFor()]),
    },
    samplePingSource(MIRRORING_SAMPLE),
    samplePingSource(MIRRORING_COMPARE_SAMPLE),
  ];
}

export function generatedManifests(): GeneratedManifest[] {
  const crds = buildCrds();
  return [
    { file: CRD_FILES.experiments, content: serializeCrd(crds.experiments) },
    { file: CRD_FILES.metrics, content: serializeCrd(crds.metrics) },
    ...eventingManifests(),
    ...(Object.keys(VALIDATOR_MODULES) as ValidatorModule[]).flatMap((module) => [
      { file: VALIDATOR_MODULES[module].file, content: validatorsModule(module) },
      { file: VALIDATOR_MODULES[module].types, content: validatorTypesModule(module) },
    ]),
  ];
}
