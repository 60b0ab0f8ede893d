// ESM mode (see docs/tooling.md#jest-in-esm-mode): ts-jest compiles each test file as an ES module.
//
// Three tiers, one Jest project each (`npm run test:unit`, `test:integration`, `test:system`; `npm test`
// runs all three). test/tiers.json assigns folders and files to tiers; the longest matching prefix wins.
// A test file no prefix matches stops every run here, so no test can silently fall out of `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const tiers = JSON.parse(readFileSync(path.join(root, 'test/tiers.json'), 'utf8'));

function testFiles(folder) {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return testFiles(relative);
    return entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

function tierOf(file) {
  let best;
  for (const [tier, prefixes] of Object.entries(tiers)) {
    for (const prefix of prefixes) {
      if (file.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) best = { tier, prefix };
    }
  }
  if (!best) throw new Error(`${file} is in no test tier: add it (or its folder) to test/tiers.json`);
  return best.tier;
}

const filesByTier = Object.fromEntries(Object.keys(tiers).map((tier) => [tier, []]));
for (const file of testFiles('test')) filesByTier[tierOf(file)].push(file);

const project = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
};

export default {
  // Integration tests start real Prometheus servers; two workers fit the 2-core machines.
  maxWorkers: 2,
  testTimeout: 60000,
  projects: Object.entries(filesByTier).map(([tier, files]) => ({
    ...project,
    displayName: tier,
    testMatch: files.map((file) => `<rootDir>/${file}`),
  })),
};
