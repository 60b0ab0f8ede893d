// routing-rules.yaml: the Istio VirtualServices of a tutorial, and a note for every destination
// that is not part of it.

import { GATEWAY_SERVICES, resolveDestination, type KnownObjects } from './destinations.js';
import { baseName, type ManifestDocument, type PlayNotes } from './manifest.js';
import { MESH_GATEWAY, parseVirtualService, type VirtualService } from './routing.js';
import { TUTORIAL_FILES } from './tutorial-files.js';

const KNOWN_GATEWAYS = new Set([MESH_GATEWAY, ...Object.values(GATEWAY_SERVICES)]);

export function readVirtualServices(documents: ManifestDocument[], notes: PlayNotes): VirtualService[] {
  const result: VirtualService[] = [];
  for (const document of documents) {
    if (document.value.kind !== 'VirtualService') {
      notes.skip(
        `${baseName(document.file)} (document ${document.index})`,
        `kind ${String(document.value.kind)}`,
        'only VirtualServices are played',
      );
      continue;
    }
    const vs = parseVirtualService(document, notes);
    for (const gateway of vs.gateways) {
      if (!KNOWN_GATEWAYS.has(gateway))
        notes.skip(
          `${baseName(document.file)}: VirtualService ${vs.name}`,
          `gateway ${gateway}`,
          'only mesh and the Knative gateways exist locally',
        );
    }
    result.push(vs);
  }
  return result;
}

export function checkDestinations(virtualServices: VirtualService[], known: KnownObjects, notes: PlayNotes): void {
  for (const vs of virtualServices) {
    for (const rule of vs.http) {
      const hosts = [...rule.route.map((r) => r.destination.host), ...rule.mirrors.map((m) => m.destination.host)];
      for (const host of hosts) {
        if (resolveDestination(host, vs.namespace, known).kind === 'unknown') {
          notes.skip(
            `${TUTORIAL_FILES.routing}: VirtualService ${vs.name} ${rule.label}`,
            `destination ${host}`,
            'not a revision, Knative Service or gateway of this tutorial; requests sent there get 503',
          );
        }
      }
    }
  }
}
