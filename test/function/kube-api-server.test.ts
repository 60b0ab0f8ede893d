// The test API server behaves like kube-apiserver for the calls iter8fn makes: these tests pin that
// behaviour down, over HTTP, so the function tests can trust it. kubectl, when installed, talks to it.

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { grantsFromRbacYaml, jsonPatch, KubeApiServer, mergePatch } from '../support/kube-api-server.js';
import { projectRoot } from '../support/seeds.js';

const EXP = '/apis/iter8.tools/v2alpha2/namespaces/default/experiments';

function experiment(name: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name, namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern: 'Conformance' },
      versionInfo: { baseline: { name: 'current' } },
    },
    ...extra,
  };
}

let server: KubeApiServer;
beforeAll(async () => {
  server = await KubeApiServer.start();
});
afterAll(async () => server.close());
afterEach(() => {
  server.failWith(undefined);
});

async function call(
  method: string,
  pathname: string,
  body?: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}${pathname}`, {
    method,
    headers: { 'content-type': contentType, ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: JSON.parse(await response.text()) };
}

describe('objects and versions', () => {
  it('creates with uid, generation 1 and a resourceVersion, and drops status on create (status subresource)', async () => {
    const created = await call('POST', EXP, experiment('create-me', { status: { stage: 'Running' } }));
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'create-me', namespace: 'default', generation: 1 });
    expect(created.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.status).toBeUndefined();
    const again = await call('POST', EXP, experiment('create-me'));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ kind: 'Status', reason: 'AlreadyExists', code: 409 });
  });

  it('bumps resourceVersion on every write that changes the object, not on a no-op', async () => {
    const v0 = server.put(experiment('versions')).metadata?.resourceVersion as string;
    const first = await call(
      'PATCH',
      `${EXP}/versions/status`,
      { status: { stage: 'Running' } },
      'application/merge-patch+json',
    );
    expect(first.status).toBe(200);
    expect(Number(first.body.metadata.resourceVersion)).toBeGreaterThan(Number(v0));
    const same = await call(
      'PATCH',
      `${EXP}/versions/status`,
      { status: { stage: 'Running' } },
      'application/merge-patch+json',
    );
    expect(same.body.metadata.resourceVersion).toBe(first.body.metadata.resourceVersion);
    const second = await call(
      'PATCH',
      `${EXP}/versions/status`,
      { status: { stage: 'Completed' } },
      'application/merge-patch+json',
    );
    expect(Number(second.body.metadata.resourceVersion)).toBeGreaterThan(Number(first.body.metadata.resourceVersion));
  });

  it('refuses a write carrying a stale resourceVersion with 409 Conflict and a Status body', async () => {
    const rv = server.put(experiment('stale')).metadata?.resourceVersion as string;
    const ok = await call(
      'PATCH',
      `${EXP}/stale/status`,
      { metadata: { resourceVersion: rv }, status: { stage: 'Running' } },
      'application/merge-patch+json',
    );
    expect(ok.status).toBe(200);
    const late = await call(
      'PATCH',
      `${EXP}/stale/status`,
      { metadata: { resourceVersion: rv }, status: { stage: 'Completed' } },
      'application/merge-patch+json',
    );
    expect(late.status).toBe(409);
    expect(late.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'Operation cannot be fulfilled on experiments.iter8.tools "stale": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'stale', group: 'iter8.tools', kind: 'experiments' },
      code: 409,
    });
    expect(server.get('experiments.iter8.tools', 'default', 'stale')?.status).toEqual({ stage: 'Running' });
  });

  it('isolates /status from the rest: each write path changes only its part', async () => {
    server.put(experiment('isolated', { status: { stage: 'Running' } }));
    const viaStatus = await call(
      'PATCH',
      `${EXP}/isolated/status`,
      { spec: { target: 'default/other' }, metadata: { labels: { a: 'b' } }, status: { completedIterations: 1 } },
      'application/merge-patch+json',
    );
    expect(viaStatus.body.spec.target).toBe('default/sample-app');
    expect(viaStatus.body.metadata.labels).toBeUndefined();
    expect(viaStatus.body.status).toEqual({ stage: 'Running', completedIterations: 1 });
    const viaObject = await call(
      'PATCH',
      `${EXP}/isolated`,
      { spec: { target: 'default/other' }, status: { stage: 'Completed' } },
      'application/merge-patch+json',
    );
    expect(viaObject.body.spec.target).toBe('default/other');
    expect(viaObject.body.status.stage).toBe('Running');
    expect(viaObject.body.metadata.generation).toBe(2);
  });

  it('answers 404 with a NotFound Status naming the resource', async () => {
    const missing = await call('GET', `${EXP}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      code: 404,
      message: 'experiments.iter8.tools "nope" not found',
    });
    const secret = await call('GET', '/api/v1/namespaces/default/secrets/nope');
    expect(secret.body.message).toBe('secrets "nope" not found');
    expect((await call('PATCH', `${EXP}/nope/status`, { status: {} }, 'application/merge-patch+json')).status).toBe(
      404,
    );
  });

  it('applies RFC 6902 JSON patches atomically and refuses strategic merge on custom resources (415)', async () => {
    server.put({
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'app', namespace: 'default' },
      spec: {
        traffic: [
          { revisionName: 'a', percent: 100 },
          { latestRevision: true, percent: 0 },
        ],
      },
    });
    const ksvc = '/apis/serving.knative.dev/v1/namespaces/default/services/app';
    const patched = await call(
      'PATCH',
      ksvc,
      [
        { op: 'test', path: '/spec/traffic/0/revisionName', value: 'a' },
        { op: 'add', path: '/spec/traffic/0/percent', value: 90 },
        { op: 'replace', path: '/spec/traffic/1/percent', value: 10 },
      ],
      'application/json-patch+json',
    );
    expect(patched.status).toBe(200);
    expect(patched.body.spec.traffic).toEqual([
      { revisionName: 'a', percent: 90 },
      { latestRevision: true, percent: 10 },
    ]);
    const failing = await call(
      'PATCH',
      ksvc,
      [
        { op: 'replace', path: '/spec/traffic/0/percent', value: 0 },
        { op: 'test', path: '/spec/traffic/0/revisionName', value: 'b' },
      ],
      'application/json-patch+json',
    );
    expect(failing.status).toBe(422);
    expect(server.get('services.serving.knative.dev', 'default', 'app')?.spec).toEqual(patched.body.spec);
    const strategic = await call('PATCH', ksvc, { spec: {} }, 'application/strategic-merge-patch+json');
    expect(strategic.status).toBe(415);
  });

  it('prunes fields the CRD schema does not declare and refuses invalid objects with 422', async () => {
    server.put(experiment('pruned'));
    const pruned = await call(
      'PATCH',
      `${EXP}/pruned/status`,
      { status: { stage: 'Running', bogus: 1 } },
      'application/merge-patch+json',
    );
    expect(pruned.body.status).toEqual({ stage: 'Running' });
    const invalid = await call(
      'PATCH',
      `${EXP}/pruned/status`,
      { status: { stage: 'Sleeping' } },
      'application/merge-patch+json',
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({ kind: 'Status', reason: 'Invalid', code: 422 });
    expect(invalid.body.message).toContain('status.stage');
  });

  it('lists in one namespace or all, in pages', async () => {
    for (let i = 0; i < 5; i++)
      server.put({ ...experiment(`page-${i}`), metadata: { name: `page-${i}`, namespace: 'paged' } });
    const first = await call('GET', '/apis/iter8.tools/v2alpha2/namespaces/paged/experiments?limit=2');
    expect(first.body.kind).toBe('ExperimentList');
    expect(first.body.items.map((i: { metadata: { name: string } }) => i.metadata.name)).toEqual(['page-0', 'page-1']);
    const rest = await call(
      'GET',
      `/apis/iter8.tools/v2alpha2/namespaces/paged/experiments?limit=10&continue=${first.body.metadata.continue}`,
    );
    expect(rest.body.items).toHaveLength(3);
    expect(rest.body.metadata.continue).toBeUndefined();
    const all = await call('GET', '/apis/iter8.tools/v2alpha2/experiments');
    expect(all.body.items.length).toBeGreaterThan(5);
  });
});

describe('RBAC', () => {
  it('authorizes a token against the rules the shipped ClusterRole grants, answering 403 otherwise', async () => {
    const grants = grantsFromRbacYaml(await fs.readFile(path.join(projectRoot, 'config/rbac/cluster.yaml'), 'utf8'), {
      namespace: 'iter8-system',
      name: 'iter8fn',
    });
    const guarded = await KubeApiServer.start({
      rbac: { fn: { user: 'system:serviceaccount:iter8-system:iter8fn', grants } },
    });
    try {
      guarded.put(experiment('rbac'));
      const as = { authorization: 'Bearer fn' };
      expect((await call2(guarded, 'GET', `${EXP}/rbac`, undefined, as)).status).toBe(200);
      expect(
        (
          await call2(
            guarded,
            'PATCH',
            `${EXP}/rbac/status`,
            { status: { stage: 'Running' } },
            as,
            'application/merge-patch+json',
          )
        ).status,
      ).toBe(200);
      const specWrite = await call2(
        guarded,
        'PATCH',
        `${EXP}/rbac`,
        { spec: { target: 'x/y' } },
        as,
        'application/merge-patch+json',
      );
      expect(specWrite.status).toBe(403);
      expect(specWrite.body.message).toBe(
        'experiments.iter8.tools "rbac" is forbidden: User "system:serviceaccount:iter8-system:iter8fn" cannot patch resource "experiments" in API group "iter8.tools" in the namespace "default"',
      );
      expect((await call2(guarded, 'DELETE', `${EXP}/rbac`, undefined, as)).status).toBe(403);
      expect((await call2(guarded, 'GET', '/api/v1/namespaces/default/secrets', undefined, as)).status).toBe(403);
      // Anything else (the test itself) is admin.
      expect((await call2(guarded, 'DELETE', `${EXP}/rbac`, undefined, {})).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

async function call2(
  target: KubeApiServer,
  method: string,
  pathname: string,
  body: unknown,
  headers: Record<string, string>,
  contentType = 'application/json',
) {
  const response = await fetch(`${target.url}${pathname}`, {
    method,
    headers: { 'content-type': contentType, ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: JSON.parse(await response.text()) };
}

describe('faults', () => {
  it('stops (connection refused) and starts again on the same port', async () => {
    const url = server.url;
    await server.stop();
    await expect(fetch(`${url}/version`)).rejects.toThrow();
    await server.start();
    expect(server.url).toBe(url);
    expect((await fetch(`${url}/version`)).status).toBe(200);
  });

  it('serves injected faults as Status bodies', async () => {
    server.failWith((info) =>
      info.verb === 'get' ? { status: 503, message: 'etcdserver: leader changed' } : undefined,
    );
    const failed = await call('GET', `${EXP}/anything`);
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({
      kind: 'Status',
      reason: 'ServiceUnavailable',
      message: 'etcdserver: leader changed',
    });
  });
});

describe('patch algorithms', () => {
  it('merge patch: objects merge, null deletes, arrays and scalars replace (RFC 7386 appendix A)', () => {
    expect(mergePatch({ a: 'b' }, { a: 'c' })).toEqual({ a: 'c' });
    expect(mergePatch({ a: 'b' }, { b: 'c' })).toEqual({ a: 'b', b: 'c' });
    expect(mergePatch({ a: 'b' }, { a: null })).toEqual({});
    expect(mergePatch({ a: 'b', b: 'c' }, { a: null })).toEqual({ b: 'c' });
    expect(mergePatch({ a: ['b'] }, { a: 'c' })).toEqual({ a: 'c' });
    expect(mergePatch({ a: { b: 'c' } }, { a: { b: 'd', c: null } })).toEqual({ a: { b: 'd' } });
    expect(mergePatch({ a: [{ b: 'c' }] }, { a: [1] })).toEqual({ a: [1] });
    expect(mergePatch({ e: null }, { a: 1 })).toEqual({ e: null, a: 1 });
    expect(mergePatch({}, { a: { bb: { ccc: null } } })).toEqual({ a: { bb: {} } });
  });

  it('JSON patch: the RFC 6902 operations, and no change at all when one fails', () => {
    expect(jsonPatch({ foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }])).toEqual({
      foo: ['bar', 'qux', 'baz'],
    });
    expect(jsonPatch({ foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: 'x' }])).toEqual({ foo: ['bar', 'x'] });
    expect(jsonPatch({ a: { b: 1 } }, [{ op: 'move', from: '/a/b', path: '/c' }])).toEqual({ a: {}, c: 1 });
    expect(jsonPatch({ a: 1 }, [{ op: 'copy', from: '/a', path: '/b' }])).toEqual({ a: 1, b: 1 });
    expect(
      jsonPatch({ 'a/b': 1, 'c~d': 2 }, [
        { op: 'remove', path: '/a~1b' },
        { op: 'replace', path: '/c~0d', value: 3 },
      ]),
    ).toEqual({ 'c~d': 3 });
    const document = { a: 1 };
    expect(() =>
      jsonPatch(document, [
        { op: 'add', path: '/b', value: 2 },
        { op: 'test', path: '/a', value: 2 },
      ]),
    ).toThrow(/test failed/);
    expect(document).toEqual({ a: 1 });
    expect(() => jsonPatch({ a: [] }, [{ op: 'replace', path: '/a/0', value: 1 }])).toThrow(/out of bounds/);
  });
});

const kubectl = process.env.PATH?.split(path.delimiter)
  .map((dir) => path.join(dir, 'kubectl'))
  .find((file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });

describe('kubectl against the test API server', () => {
  const exec = promisify(execFile);
  const maybe = kubectl ? it : it.skip;
  let home: string;
  beforeAll(async () => {
    home = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-kubectl-'));
  });
  afterAll(async () => fs.rm(home, { recursive: true, force: true }));

  maybe(
    'lists experiments with the CRD printer columns and patches status through --subresource',
    async () => {
      server.put(
        experiment('kubectl-exp', {
          status: { stage: 'Running', completedIterations: 3, message: 'IterationUpdate: Completed Iteration 3' },
        }),
      );
      const kubeconfig = path.join(home, 'config');
      await fs.writeFile(kubeconfig, server.kubeconfig());
      const run = (...args: string[]) =>
        exec('kubectl', [...args, '--cache-dir', path.join(home, 'cache')], {
          env: { ...process.env, KUBECONFIG: kubeconfig, HOME: home },
        });
      const table = await run('get', 'experiments.iter8.tools', 'kubectl-exp', '-n', 'default');
      const [header, row] = table.stdout.trim().split('\n');
      expect(header?.split(/\s{2,}/)).toEqual(['NAME', 'TYPE', 'TARGET', 'STAGE', 'COMPLETED ITERATIONS', 'MESSAGE']);
      expect(row?.split(/\s{2,}/)).toEqual([
        'kubectl-exp',
        'Conformance',
        'default/sample-app',
        'Running',
        '3',
        'IterationUpdate: Completed Iteration 3',
      ]);
      const patched = await run(
        'patch',
        'exp',
        'kubectl-exp',
        '-n',
        'default',
        '--subresource=status',
        '--type=merge',
        '-p',
        '{"status":{"stage":"Completed"}}',
      );
      expect(patched.stdout).toContain('experiment.iter8.tools/kubectl-exp patched');
      expect(server.get('experiments.iter8.tools', 'default', 'kubectl-exp')?.status).toMatchObject({
        stage: 'Completed',
        completedIterations: 3,
      });
    },
    30_000,
  );
});
