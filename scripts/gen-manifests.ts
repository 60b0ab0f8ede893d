// Writes the CRD manifests under config/crd/ from src/experiment/schema.ts.
// Run from the package root: `npm run gen` (builds, then runs dist/scripts/gen-manifests.js).
// An optional argument names another package root to write into.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildCrds, CRD_FILES, serializeCrd } from '../src/experiment/crd.js';

const root = path.resolve(process.argv[2] ?? '.');
const crds = buildCrds();
for (const key of Object.keys(CRD_FILES) as Array<keyof typeof CRD_FILES>) {
  const file = path.join(root, CRD_FILES[key]);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serializeCrd(crds[key]));
  process.stdout.write(`wrote ${file}\n`);
}
