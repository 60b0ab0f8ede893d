// `kubectl get` tables (meta.k8s.io/v1 Table), built from a CRD's printer columns.

import { isObject, type KubeObject, type ResourceDefinition } from './resources.js';

export function table(def: ResourceDefinition, items: KubeObject[], resourceVersion: string) {
  const columns = def.printerColumns ?? [];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: [
      { name: 'Name', type: 'string', format: 'name', description: 'Name', priority: 0 },
      ...columns.map((c) => ({ name: c.name, type: c.type, format: '', description: c.jsonPath, priority: 0 })),
      ...(columns.length === 0 ? [{ name: 'Age', type: 'string', format: '', description: 'age', priority: 0 }] : []),
    ],
    rows: items.map((item) => ({
      cells: [
        item.metadata?.name,
        ...columns.map((c) => {
          const value = readJsonPath(item, c.jsonPath);
          return value === undefined
            ? ''
            : c.type === 'string' && typeof value !== 'string'
              ? JSON.stringify(value)
              : value;
        }),
        ...(columns.length === 0 ? ['0s'] : []),
      ],
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: item.metadata },
    })),
  };
}

function readJsonPath(object: unknown, path: string): unknown {
  let node: unknown = object;
  for (const segment of path.split('.').filter(Boolean)) node = isObject(node) ? node[segment] : undefined;
  return node;
}
