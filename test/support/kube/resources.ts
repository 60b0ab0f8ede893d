// The resources the test API server serves, and the object shape it stores.

import { buildCrds, type CustomResourceDefinition, type PrinterColumn } from '../../../src/experiment/crd.js';
import type { StructuralSchema } from '../../../src/experiment/schema.js';

export type KubeObject = Record<string, unknown> & {
  apiVersion?: string;
  kind?: string;
  metadata?: Record<string, unknown> & { name?: string; namespace?: string; resourceVersion?: string };
};

export interface ResourceDefinition {
  /** '' for the core group. */
  group: string;
  versions: string[];
  plural: string;
  singular: string;
  kind: string;
  shortNames?: string[];
  statusSubresource: boolean;
  /** Structural schema: prune, default and validate (custom resources). */
  schema?: StructuralSchema;
  printerColumns?: PrinterColumn[];
}

const CORE_SECRETS: ResourceDefinition = {
  group: '',
  versions: ['v1'],
  plural: 'secrets',
  singular: 'secret',
  kind: 'Secret',
  statusSubresource: false,
};
const KNATIVE_SERVICES: ResourceDefinition = {
  group: 'serving.knative.dev',
  versions: ['v1'],
  plural: 'services',
  singular: 'service',
  kind: 'Service',
  shortNames: ['kservice', 'ksvc'],
  statusSubresource: true,
};

function fromCrd(crd: CustomResourceDefinition, shortNames: string[]): ResourceDefinition {
  const first = crd.spec.versions[0];
  return {
    group: crd.spec.group,
    versions: crd.spec.versions.filter((v) => v.served).map((v) => v.name),
    plural: crd.spec.names.plural,
    singular: crd.spec.names.singular,
    kind: crd.spec.names.kind,
    shortNames,
    statusSubresource: first?.subresources !== undefined,
    ...(first ? { schema: first.schema.openAPIV3Schema, printerColumns: first.additionalPrinterColumns } : {}),
  };
}

/** The resources iter8fn touches: its CRDs (from the engine), Knative Services, Secrets. */
export function defaultResources(): ResourceDefinition[] {
  const crds = buildCrds();
  return [CORE_SECRETS, fromCrd(crds.experiments, ['exp']), fromCrd(crds.metrics, []), KNATIVE_SERVICES];
}

/** `plural.group`, as kubectl and the stored keys name a resource. */
export const qualified = (def: ResourceDefinition): string => (def.group ? `${def.plural}.${def.group}` : def.plural);
export const apiVersionOf = (def: ResourceDefinition, version: string): string =>
  def.group ? `${def.group}/${version}` : version;
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
