// A two-version Canary experiment on the seed's objectives, for the report tests.

import type { Experiment } from '../../src/experiment/types.js';

export interface CanaryShape {
  name: string;
  baseline: string;
  candidate: string;
  iterations: number;
  /** The revisions the versions' queries select; none: the queries use the version names. */
  revisions?: [string, string];
}

export function canaryExperiment(shape: CanaryShape): Experiment {
  const version = (name: string, revision: string | undefined) => ({
    name,
    ...(revision ? { variables: [{ name: 'revision', value: revision }] } : {}),
  });
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: shape.name, namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern: 'Canary', deploymentPattern: 'FixedSplit' },
      criteria: {
        objectives: [
          { metric: 'iter8-knative/mean-latency', upperLimit: 50 },
          { metric: 'iter8-knative/error-rate', upperLimit: '0.01' },
          { metric: 'iter8-knative/95th-percentile-tail-latency', upperLimit: 100 },
        ],
      },
      duration: { intervalSeconds: 10, iterationsPerLoop: shape.iterations, maxLoops: 1 },
      versionInfo: {
        baseline: version(shape.baseline, shape.revisions?.[0]),
        candidates: [version(shape.candidate, shape.revisions?.[1])],
      },
    },
  };
}
