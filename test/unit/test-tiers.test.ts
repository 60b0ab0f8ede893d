// The test tiers of jest.config.js: every test file is in exactly one, and the unit tier stays
// hermetic (no Prometheus, no child processes, no built binary), so `npm run test:unit` runs anywhere.

import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import config from '../../jest.config.js';
import { projectRoot } from '../support/seeds.js';

function testFiles(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return testFiles(relative);
    return entry.name.endsWith('.test.ts') ? [relative] : [];
  });
}

const filesOf = (tier: string): string[] =>
  (config.projects.find((p) => p.displayName === tier)?.testMatch ?? []).map((m) => m.replace('<rootDir>/', ''));

/** Imports that start real servers or processes: Prometheus, the built function, the CLI, kubectl. */
const NOT_HERMETIC = [
  'node:child_process',
  '/support/prometheus',
  '/support/function-process',
  '/support/function-cluster',
  '/local-cli',
  '/local/prometheus',
  '/local/revision-process',
].map((module) => new RegExp(`^(import [^\\n]*|\\}) from '[^']*${module}(\\.js)?';$`, 'm'));

describe('test tiers', () => {
  it('are unit, integration and system', () => {
    expect(config.projects.map((p) => p.displayName)).toEqual(['unit', 'integration', 'system']);
  });

  it('hold every test file exactly once', () => {
    const tiered = config.projects.flatMap((p) => filesOf(p.displayName));
    expect(new Set(tiered).size).toBe(tiered.length);
    expect([...tiered].sort()).toEqual(testFiles('test').sort());
  });

  it('keep the soak, the crash runs, the bench smoke and local-mode end-to-end runs in the system tier', () => {
    expect(filesOf('system')).toEqual(
      expect.arrayContaining([
        'test/soak/soak.test.ts',
        'test/crash/sigkill.test.ts',
        'test/bench/smoke.test.ts',
        'test/local/local-run.test.ts',
        'test/local/local-seeds.test.ts',
      ]),
    );
  });

  it('keep the unit tier hermetic: no unit test imports what starts Prometheus or a process', () => {
    const offending = filesOf('unit').flatMap((file) => {
      const text = readFileSync(path.join(projectRoot, file), 'utf8');
      return NOT_HERMETIC.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
    });
    expect(offending).toEqual([]);
  });
});
