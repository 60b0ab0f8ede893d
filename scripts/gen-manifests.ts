// Writes every generated manifest (CRDs, the iter8-knative metric pack) under the package root.
// Run from the package root: `npm run gen` (builds, then runs dist/scripts/gen-manifests.js).
// An optional argument names another package root to write into.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedManifests } from '../src/manifests/generated.js';

const root = path.resolve(process.argv[2] ?? '.');
for (const manifest of generatedManifests()) {
  const file = path.join(root, manifest.file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, manifest.content);
  process.stdout.write(`wrote ${manifest.file}\n`);
}
