// The function bundle (dist/functions/index.js, `npm run build`) carries the metric packs parsed at
// build time, so a cold start reads no YAML and needs no config/metrics beside it.

import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EventType } from '../../src/function/events.js';
import { packsForBundle } from '../../src/metrics/packs.js';
import { functionEntry, projectRoot, startFunctionProcess } from '../support/function-process.js';
import { KubeApiServer } from '../support/kube-api-server.js';

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

  it("keeps KubeConfig's credential plugins: an exec plugin's token reaches the API server", async () => {
    // The bundle carries only KubeConfig of client-node (scripts/bundle-function.ts); this proves the
    // part it keeps still runs a credential plugin, as a cloud cluster's kubeconfig needs.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-bundle-exec-'));
    const server = await KubeApiServer.start();
    try {
      const plugin = path.join(dir, 'credential-plugin.cjs');
      await fs.writeFile(
        plugin,
        "process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: 'from-the-plugin' } }));",
      );
      const kubeconfig = path.join(dir, 'kubeconfig');
      await fs.writeFile(kubeconfig, server.execKubeconfig(plugin));
      const fn = await startFunctionProcess({ kubeconfig });
      try {
        await fn.ready;
        const body = JSON.stringify({ experiment: 'default/absent' });
        const answer = await fetch(fn.url, {
          method: 'POST',
          headers: {
            'ce-id': 'bundle-exec-1',
            'ce-type': EventType.IterationRequested,
            'ce-source': 'bundle.test',
            'ce-specversion': '1.0',
            'content-type': 'application/json',
          },
          body,
        });
        const reply = (await answer.json()) as Record<string, unknown>;
        expect([answer.status, reply.result]).toEqual([200, 'not-found']);
        expect(server.requests.map((r) => [r.method, r.path, r.token])).toEqual([
          ['GET', '/apis/iter8.tools/v2alpha2/namespaces/default/experiments/absent', 'from-the-plugin'],
        ]);
      } finally {
        await fn.stop();
      }
    } finally {
      await server.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
