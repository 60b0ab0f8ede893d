// The function bundle (dist/functions/index.js, `npm run build`) carries the metric packs parsed at
// build time, so a cold start reads no YAML and needs no config/metrics beside it.

import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { packsForBundle } from '../../src/metrics/packs.js';
import { functionEntry, projectRoot } from '../support/function-process.js';

const run = promisify(execFile);

describe('the function bundle', () => {
  it('loads, with every shipped pack, where no config/metrics folder can be found', async () => {
    // A copy of the bundle in a folder of its own, with node_modules linked for its external packages.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-bundle-'));
    try {
      await fs.mkdir(path.join(dir, 'functions'));
      const copy = path.join(dir, 'functions', 'index.js');
      await fs.copyFile(functionEntry, copy);
      await fs.symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
      const { stdout } = await run(
        process.execPath,
        ['--input-type=module', '-e', `await import(${JSON.stringify(copy)}); process.stdout.write('loaded');`],
        { cwd: dir, env: { PATH: process.env.PATH ?? '' } },
      );
      expect(stdout).toBe('loaded');
      const bundled = await fs.readFile(copy, 'utf8');
      for (const pack of packsForBundle(path.join(projectRoot, 'config/metrics'), projectRoot))
        expect([pack.name, bundled.includes(JSON.stringify(pack.file))]).toEqual([pack.name, true]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
