// A small "cluster" for the function running as a process of its own (crash tests, soak runs): the
// test API server enforcing the shipped cluster-wide RBAC, the mirroring sample's Knative Service,
// short-interval copies of the sample experiment, and a real Prometheus scraping revisions that
// answer real traffic for as long as the run needs. Everything comes from the project's own files
// (samples/, config/), so scripts/soak.ts can use it from dist/ without the seed pages.

import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { firstValue } from '../../src/local/prometheus.js';
import { grantsFromRbacYaml, KubeApiServer, type KubeObject } from './kube-api-server.js';
import { projectRoot } from './function-process.js';
import { iter8KnativeQuery, startKnativeFixture, type KnativeFixture } from './prometheus.js';

export { EXPERIMENT_RESOURCE } from './status-ledger.js';
/** The function's bearer token: requests bearing it get exactly config/rbac/cluster.yaml. */
export const FUNCTION_TOKEN = 'fn';

const readProjectFile = (relative: string): string => readFileSync(path.join(projectRoot, relative), 'utf8');

/** The test API server; the function's token carries the cluster-wide RBAC the project ships. */
export async function startFunctionKube(): Promise<KubeApiServer> {
  const account = { namespace: 'iter8-system', name: 'iter8fn' };
  return KubeApiServer.start({
    rbac: {
      [FUNCTION_TOKEN]: {
        user: 'system:serviceaccount:iter8-system:iter8fn',
        grants: grantsFromRbacYaml(readProjectFile('config/rbac/cluster.yaml'), account),
      },
    },
  });
}

/** A kubeconfig file for the function's token, in a fresh temporary folder; remove it with removeKubeconfig. */
export async function writeFunctionKubeconfig(kube: KubeApiServer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-kubeconfig-'));
  const file = path.join(dir, 'kubeconfig');
  await fs.writeFile(file, kube.kubeconfig(FUNCTION_TOKEN));
  return file;
}

export async function removeKubeconfig(file: string): Promise<void> {
  await fs.rm(path.dirname(file), { recursive: true, force: true });
}

/** samples/mirroring/service.yaml as applied with the dark revision, reconciled and Ready, in `namespace`. */
export function sampleService(namespace: string): KubeObject {
  const documents = parseAllDocuments(readProjectFile('samples/mirroring/service.yaml')).map(
    (d) => d.toJS() as KubeObject,
  );
  const applied = documents[documents.length - 1] as KubeObject;
  return {
    ...applied,
    metadata: { ...applied.metadata, namespace },
    status: {
      conditions: ['Ready', 'ConfigurationsReady', 'RoutesReady'].map((type) => ({ type, status: 'True' })),
      traffic: [
        { revisionName: 'sample-app-v1', percent: 100, latestRevision: false },
        { revisionName: 'sample-app-v2', percent: 0, latestRevision: true },
      ],
    },
  };
}

export interface ExperimentShape {
  name: string;
  namespace: string;
  intervalSeconds: number;
  iterationsPerLoop: number;
  maxLoops: number;
}

/** samples/mirroring/experiment.yaml with another name, namespace (its target moves along) and duration. */
export function sampleExperiment(shape: ExperimentShape): KubeObject {
  const experiment = parse(readProjectFile('samples/mirroring/experiment.yaml')) as KubeObject & {
    spec: Record<string, unknown>;
  };
  return {
    ...experiment,
    metadata: { name: shape.name, namespace: shape.namespace },
    spec: {
      ...experiment.spec,
      target: `${shape.namespace}/sample-app`,
      duration: {
        intervalSeconds: shape.intervalSeconds,
        iterationsPerLoop: shape.iterationsPerLoop,
        maxLoops: shape.maxLoops,
      },
    },
  };
}

/**
 * Revisions sample-app-v1 (live) and sample-app-v2 (dark) of `namespace` answering real traffic for `durationMs`,
 * scraped every second by a real Prometheus; resolves once Prometheus has data for v2.
 */
export async function startSampleMetrics(durationMs: number, namespace = 'default'): Promise<KnativeFixture> {
  const fixture = await startKnativeFixture({
    namespace,
    revisions: [
      { name: 'sample-app-v1', rps: 8 },
      { name: 'sample-app-v2', rps: 4 },
    ],
    traffic: { maxDurationMs: durationMs, maxRequests: Math.ceil((durationMs / 1000) * 12) + 100 },
  });
  try {
    await fixture.prometheus.waitFor(
      iter8KnativeQuery('request-count', 'sample-app-v2', 30),
      (r) => (firstValue(r) ?? 0) > 0,
      30_000,
    );
  } catch (err) {
    await fixture.stop();
    throw err;
  }
  return fixture;
}
