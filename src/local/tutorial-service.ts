// service.yaml: the Knative Service(s) of a tutorial, applied in order.

import {
  applyService,
  newServiceState,
  serviceModel,
  type KnativeServiceModel,
  type ServiceState,
} from './knative-service.js';
import { ManifestError, type ManifestDocument, type PlayNotes, baseName, objectName } from './manifest.js';
import { TUTORIAL_FILES } from './tutorial-files.js';

export function readServices(documents: ManifestDocument[], notes: PlayNotes): KnativeServiceModel[] {
  const states = new Map<string, ServiceState>();
  for (const document of documents) {
    const kind = document.value.kind;
    const apiVersion = typeof document.value.apiVersion === 'string' ? document.value.apiVersion : '';
    if (kind !== 'Service' || !apiVersion.startsWith('serving.knative.dev/')) {
      notes.skip(
        `${baseName(document.file)} (document ${document.index})`,
        `${String(apiVersion)} ${String(kind)}`,
        'only Knative Services are played',
      );
      continue;
    }
    const { name, namespace, where } = objectName(document);
    const key = `${namespace}/${name}`;
    const state = states.get(key) ?? newServiceState(name, namespace, where);
    states.set(key, state);
    applyService(state, document.value, where, notes);
  }
  if (states.size === 0) throw new ManifestError(`${TUTORIAL_FILES.service}: no serving.knative.dev Service`);
  const images = [
    ...new Set([...states.values()].flatMap((state) => state.revisions.map((r) => r.image ?? '(no image)'))),
  ];
  notes.add(
    `${TUTORIAL_FILES.service}: ${images.join(', ')} played by the built-in knative-route-demo app (a page naming its T_VERSION), one local process per revision`,
  );
  return [...states.values()].map((state) => serviceModel(state, notes));
}
