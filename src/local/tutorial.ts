// Reads a tutorial folder written for a cluster (the seed's mirroring tutorial and its kin):
//   service.yaml        Knative Service(s), applied in order: each template is a revision, the last
//                       traffic block is the split
//   routing-rules.yaml  Istio VirtualServices (optional: without it, Knative's own routes apply)
//   curl.yaml           the traffic Job: a shell loop of curl and sleep
//   experiment.yaml     the Iter8 experiment
// into what local mode plays. Wrong shapes are ManifestErrors (exit 2); what a cluster would do
// but local mode cannot is collected as one-line notes.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathExists } from '../util/path-exists.js';
import type { KnownObjects } from './destinations.js';
import type { KnativeServiceModel, RevisionSpec } from './knative-service.js';
import { ManifestError, PlayNotes, readManifestFile } from './manifest.js';
import type { VirtualService } from './routing.js';
import { readTrafficLoop, type TrafficLoop } from './tutorial-curl.js';
import { readExperiment, type TutorialExperiment } from './tutorial-experiment.js';
import { TUTORIAL_FILES } from './tutorial-files.js';
import { checkDestinations, readVirtualServices } from './tutorial-routing.js';
import { readServices } from './tutorial-service.js';

export interface Tutorial {
  folder: string;
  services: KnativeServiceModel[];
  revisions: RevisionSpec[];
  virtualServices: VirtualService[];
  traffic: TrafficLoop;
  experiment: TutorialExperiment;
  /** One line per thing not played locally, or played by a stand-in. */
  notes: string[];
}

export async function readTutorial(folder: string): Promise<Tutorial> {
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat) throw new ManifestError(`${folder}: no such folder`);
  if (!stat.isDirectory())
    throw new ManifestError(`${folder}: not a folder (give the tutorial's folder, e.g. samples/mirroring)`);
  const notes = new PlayNotes();
  const file = (name: string) => path.join(folder, name);

  const services = readServices(await readManifestFile(file(TUTORIAL_FILES.service)), notes);
  const revisions = services.flatMap((s) => s.revisions);
  const known: KnownObjects = {
    revisions: new Set(revisions.map((r) => `${r.namespace}/${r.name}`)),
    services: new Map(services.map((s) => [`${s.namespace}/${s.name}`, s.route])),
  };

  let virtualServices: VirtualService[] = [];
  const routingFile = file(TUTORIAL_FILES.routing);
  if (await pathExists(routingFile)) {
    virtualServices = readVirtualServices(await readManifestFile(routingFile), notes);
    checkDestinations(virtualServices, known, notes);
  } else {
    notes.add(`${TUTORIAL_FILES.routing}: not in the folder; requests follow Knative's own routes (the traffic split)`);
  }

  const traffic = readTrafficLoop(await readManifestFile(file(TUTORIAL_FILES.traffic)), notes);
  const experiment = await readExperiment(file(TUTORIAL_FILES.experiment));
  return { folder, services, revisions, virtualServices, traffic, experiment, notes: notes.lines };
}
