// Every manifest that is generated from engine code, so that the shipped YAML cannot drift from
// what the engine validates and runs. `npm run gen` writes them; test/unit/manifests.test.ts
// fails when a file on disk differs.

import { stringify } from 'yaml';
import { buildCrds, CRD_FILES, serializeCrd } from '../experiment/crd.js';
import { KNATIVE_METRICS } from '../metrics/knative.js';

export interface GeneratedManifest {
  file: string;
  content: string;
}

const HEADER = '# Generated from src/metrics/knative.ts by `npm run gen`; do not edit by hand.\n';

export function knativeMetricsYaml(): string {
  return HEADER + KNATIVE_METRICS.map((metric) => stringify(metric, { lineWidth: 0 })).join('---\n');
}

export function generatedManifests(): GeneratedManifest[] {
  const crds = buildCrds();
  return [
    { file: CRD_FILES.experiments, content: serializeCrd(crds.experiments) },
    { file: CRD_FILES.metrics, content: serializeCrd(crds.metrics) },
    { file: 'config/metrics/knative.yaml', content: knativeMetricsYaml() },
  ];
}
