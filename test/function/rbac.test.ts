// The RBAC of config/rbac grants exactly what the function needs. manifests.test.ts pins the rules
// as written; this test ties them to the function's behaviour and to their documentation:
// - the function, driven through every kind of call it makes (a tick by name with
//   knative/init-experiment, a Metric read from the experiment's namespace with its Secret, a status
//   write, a Canary weight shift; scan ticks of one namespace and of all), is never refused, under
//   the cluster-wide and under the namespaced RBAC;
// - every (API group, resource, verb) granted is one the function used, except a fixed list of
//   read-only grants it does not need: any other grant fails here;
// - the table at the top of config/rbac/cluster.yaml lists exactly the rules below it.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { PROMETHEUS_JQ } from '../../src/metrics/knative.js';
import {
  grantsFromRbacYaml,
  type KubeApiServer,
  type KubeObject,
  type PolicyRule,
  type RecordedRequest,
} from '../support/kube-api-server.js';
import { MisbehavingBackend, prometheusAnswer, vector } from '../support/misbehaving-backend.js';
import { projectRoot } from '../support/seeds.js';
import { clock, ping, removeTempDirs, serveFunction, startKube, TOKENS, type RunningFunction } from './harness.js';

/**
 * Granted by config/rbac (its documented "get, list, watch" on experiments and metrics) but never
 * used: the function never watches, and reads Metrics by name only. Read-only; any grant beyond
 * these and the used ones fails the test.
 */
const UNUSED_READ_GRANTS = ['iter8.tools experiments watch', 'iter8.tools metrics list', 'iter8.tools metrics watch'];

/** Every kind of call the function makes: "API group, resource, verb". */
const CALLS = [
  ' secrets get',
  'iter8.tools experiments get',
  'iter8.tools experiments list',
  'iter8.tools experiments/status patch',
  'iter8.tools metrics get',
  'serving.knative.dev services get',
  'serving.knative.dev services patch',
];

const TOKEN_VALUE = 'rbac-test-token';

let kube: KubeApiServer;
let backend: MisbehavingBackend;

/** A Canary on sample-app whose one metric is read from `namespace` with a Bearer token from a Secret there. */
function canaryWithSecretMetric(name: string, namespace: string): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'prom-creds', namespace },
      data: { token: Buffer.from(TOKEN_VALUE).toString('base64') },
    },
    {
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Metric',
      metadata: { name: 'latency', namespace },
      spec: {
        type: 'Gauge',
        provider: 'prometheus',
        params: [{ name: 'query', value: "avg(latency{revision_name='$revision'})" }],
        jqExpression: PROMETHEUS_JQ,
        secret: 'prom-creds',
        authType: 'Bearer',
        headerTemplates: [{ name: 'Authorization', value: 'Bearer $token' }],
        urlTemplate: backend.queryUrl,
      },
    },
    {
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Experiment',
      metadata: { name, namespace },
      spec: {
        target: `${namespace}/sample-app`,
        strategy: { testingPattern: 'Canary', actions: { start: [{ task: 'knative/init-experiment' }] } },
        criteria: { objectives: [{ metric: 'latency', upperLimit: 50 }] },
        duration: { intervalSeconds: 10, iterationsPerLoop: 3 },
        versionInfo: {
          baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v1' }] },
          candidates: [{ name: 'candidate', variables: [{ name: 'revision', value: 'sample-app-v2' }] }],
        },
      },
    },
  ];
}

/** "group resource[/subresource] verb" of a request, as kube-apiserver authorizes it. */
function permissionOf(request: RecordedRequest): string {
  const parts = request.path.split('/').filter(Boolean);
  const [group, rest] = parts[0] === 'api' ? ['', parts.slice(2)] : [parts[1] ?? '', parts.slice(3)];
  const scoped = rest[0] === 'namespaces' ? rest.slice(2) : rest;
  const [resource, name, subresource] = scoped;
  const watch = request.query.watch === 'true' || request.query.watch === '1';
  const verb =
    request.method === 'GET'
      ? name
        ? 'get'
        : watch
          ? 'watch'
          : 'list'
      : request.method === 'PATCH'
        ? 'patch'
        : request.method === 'PUT'
          ? 'update'
          : request.method === 'POST'
            ? 'create'
            : request.method === 'DELETE'
              ? 'delete'
              : request.method.toLowerCase();
  return `${group} ${resource}${subresource ? `/${subresource}` : ''} ${verb}`;
}

function granted(rules: readonly PolicyRule[]): string[] {
  return rules.flatMap((rule) =>
    (rule.apiGroups ?? []).flatMap((group) =>
      (rule.resources ?? []).flatMap((resource) => rule.verbs.map((verb) => `${group} ${resource} ${verb}`)),
    ),
  );
}

async function rbacRules(file: string): Promise<PolicyRule[]> {
  const text = await fs.readFile(path.join(projectRoot, file), 'utf8');
  return grantsFromRbacYaml(text, { namespace: 'iter8-system', name: 'iter8fn' }).flatMap((grant) => grant.rules);
}

/** Drives the function through every call it makes, in `namespace`; returns the permissions it used. */
async function exercise(fn: RunningFunction, token: string, namespace: string, scanAll: boolean): Promise<string[]> {
  // Fresh experiments: a first iteration is the one that reads Metrics (later ones use the snapshot).
  for (const object of [...canaryWithSecretMetric('canary', namespace), seedConformance(namespace)]) kube.put(object);
  const before = kube.requests.length;
  const replies = [];
  replies.push(await ping(fn.port, { experiment: `${namespace}/canary` }));
  clock.advance(10_000);
  replies.push(await ping(fn.port, { namespace }));
  clock.advance(10_000);
  if (scanAll) replies.push(await ping(fn.port, {}));
  // The seed-style Conformance experiment too: its iter8-knative/* metrics are looked up by name.
  replies.push(await ping(fn.port, { experiment: `${namespace}/conformance` }));
  expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200));
  expect(replies[0]?.body).toMatchObject({ result: 'iterated', weights: { patched: [`${namespace}/sample-app`] } });
  const used = kube.requests.slice(before).filter((r) => r.token === token);
  expect(used.filter((r) => r.status === 403).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  // The metric really was read with the Secret's token.
  expect(backend.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN_VALUE}`)).toBe(true);
  return [...new Set(used.map(permissionOf))].sort();
}

function seedConformance(namespace: string): KubeObject {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name: 'conformance', namespace },
    spec: {
      target: `${namespace}/sample-app`,
      strategy: { testingPattern: 'Conformance', actions: { start: [{ task: 'knative/init-experiment' }] } },
      criteria: { objectives: [{ metric: 'iter8-knative/mean-latency', upperLimit: 50 }] },
      duration: { intervalSeconds: 10, iterationsPerLoop: 3 },
      versionInfo: { baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] } },
    },
  };
}

beforeAll(async () => {
  backend = await MisbehavingBackend.start();
  backend.behaviour = prometheusAnswer(vector(['20']));
  kube = await startKube();
  const service = kube.get('services.serving.knative.dev', 'default', 'sample-app') as KubeObject;
  kube.put({
    ...service,
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: { name: 'sample-app', namespace: 'team-a' },
  });
}, 30_000);

afterAll(async () => {
  await kube?.close();
  await backend?.close();
  await removeTempDirs();
});

describe('config/rbac against what the function does', () => {
  it('cluster.yaml: every call is granted, and every grant but the listed read-only ones is used', async () => {
    const fn = await serveFunction(kube, TOKENS.cluster, {
      ITER8FN_PROMETHEUS_URL: backend.origin,
      ITER8FN_READY_TIMEOUT_SECONDS: '1',
    });
    try {
      const used = await exercise(fn, TOKENS.cluster, 'team-a', true);
      const grants = granted(await rbacRules('config/rbac/cluster.yaml'));
      expect(used.filter((p) => !grants.includes(p))).toEqual([]);
      expect(grants.filter((p) => !used.includes(p)).sort()).toEqual([...UNUSED_READ_GRANTS].sort());
      expect(used).toEqual(CALLS);
    } finally {
      await fn.close();
    }
  }, 30_000);

  it('namespaced.yaml: the same calls, granted in its namespace only, with the same rules', async () => {
    const fn = await serveFunction(kube, TOKENS.namespaced, {
      ITER8FN_NAMESPACES: 'default',
      ITER8FN_PROMETHEUS_URL: backend.origin,
      ITER8FN_READY_TIMEOUT_SECONDS: '1',
    });
    try {
      const used = await exercise(fn, TOKENS.namespaced, 'default', false);
      const grants = granted(await rbacRules('config/rbac/namespaced.yaml'));
      expect(used.filter((p) => !grants.includes(p))).toEqual([]);
      expect(grants.filter((p) => !used.includes(p)).sort()).toEqual([...UNUSED_READ_GRANTS].sort());
      expect(used).toEqual(CALLS);
    } finally {
      await fn.close();
    }
  }, 30_000);

  it('the table at the top of cluster.yaml documents exactly the rules it grants', async () => {
    const text = await fs.readFile(path.join(projectRoot, 'config/rbac/cluster.yaml'), 'utf8');
    // Lines like "#   experiments, metrics        get, list, watch   (why ...": resources, verbs, reason.
    const row = /^#\s+([a-z][a-z./]*(?:, [a-z][a-z./]*)*)\s+([a-z]+(?:, [a-z]+)*)\s+\(/;
    const documented = text.split('\n').flatMap((line) => {
      const match = row.exec(line);
      if (!match) return [];
      return (match[1] ?? '').split(', ').flatMap((resource) => {
        // services.serving.knative.dev names its group; the others are iter8.tools's, or core (secrets).
        const [plural = '', ...group] = resource.split('.');
        const [base = ''] = plural.split('/');
        const apiGroup = group.length > 0 ? group.join('.') : base === 'secrets' ? '' : 'iter8.tools';
        return (match[2] ?? '').split(', ').map((verb) => `${apiGroup} ${plural} ${verb}`);
      });
    });
    const rules = (parseAllDocuments(text)
      .map((d) => d.toJS() as KubeObject)
      .find((d) => d.kind === 'ClusterRole')?.rules ?? []) as PolicyRule[];
    expect(documented.sort()).toEqual(granted(rules).sort());
  });
});
