// The Kubernetes store, Metric catalog and secret reader, against the test API server over HTTP,
// through @kubernetes/client-node as connectKubernetes configures it from a kubeconfig file.

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import { Agent as HttpAgent, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent as HttpsAgent } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { StoreConflictError, StoreUnavailableError } from '../../src/iteration/ports.js';
import type { ExperimentStatus } from '../../src/experiment/types.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';
import { clusterMetricCatalog, KubernetesSecretReader } from '../../src/store/kubernetes-metrics.js';
import type { KubernetesApi } from '../../src/store/kubernetes-api.js';
import { EXPERIMENTS, KNATIVE_SERVICES, KubernetesApiError, LIST_PAGE_SIZE } from '../../src/store/kubernetes-api.js';
import { connectKubernetes, KubernetesExperimentStore, mergePatchBetween } from '../../src/store/kubernetes-store.js';
import { KeptAliveAgents } from '../../src/store/kubernetes-client.js';
import { KubeApiServer } from '../support/kube-api-server.js';

let server: KubeApiServer;
let dir: string;
let kubeconfig: string;

beforeAll(async () => {
  server = await KubeApiServer.start();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-store-'));
  kubeconfig = path.join(dir, 'kubeconfig');
  await fs.writeFile(kubeconfig, server.kubeconfig());
});
afterAll(async () => {
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});
afterEach(() => server.failWith(undefined));

function experiment(name: string, status?: ExperimentStatus) {
  return {
    apiVersion: 'iter8.tools/v2alpha2',
    kind: 'Experiment',
    metadata: { name, namespace: 'default' },
    spec: {
      target: 'default/sample-app',
      strategy: { testingPattern: 'Conformance' },
      versionInfo: { baseline: { name: 'current' } },
    },
    ...(status ? { status } : {}),
  };
}

describe('mergePatchBetween', () => {
  it('is the RFC 7386 patch from before to exactly after', () => {
    expect(mergePatchBetween({ a: 1, b: { c: 2, d: 3 }, e: [1] }, { a: 1, b: { c: 4 }, e: [2] })).toEqual({
      a: 1,
      b: { c: 4, d: null },
      e: [2],
    });
    expect(mergePatchBetween(undefined, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
    expect(mergePatchBetween({ a: { b: 1 } }, { a: [1] })).toEqual({ a: [1] });
    // undefined is how a computed status says "absent": null where before had the key, left out otherwise.
    expect(mergePatchBetween({ a: 1, b: { c: 2 } }, { a: undefined, b: { c: undefined, d: undefined }, e: 3 })).toEqual(
      {
        a: null,
        b: { c: null },
        e: 3,
      },
    );
    expect(mergePatchBetween({ constructor: 1 }, {})).toEqual({ constructor: null });
  });
});

describe('KubernetesApiError', () => {
  it('says whether retrying may help', () => {
    expect(new KubernetesApiError('x', 0).transient).toBe(true);
    expect(new KubernetesApiError('x', 503).transient).toBe(true);
    expect(new KubernetesApiError('x', 429).transient).toBe(true);
    expect(new KubernetesApiError('x', 404).transient).toBe(false);
    expect(new KubernetesApiError('x', 403).transient).toBe(false);
  });
});

describe('through @kubernetes/client-node', () => {
  let api: KubernetesApi;
  beforeAll(async () => {
    api = await connectKubernetes({ kubeconfig, timeoutMs: 1000 });
  });

  describe('KubernetesExperimentStore', () => {
    it('reads the experiment at its resourceVersion, and undefined when it does not exist', async () => {
      const put = server.put(experiment('read-me'));
      const stored = await new KubernetesExperimentStore(api, { namespace: 'default', name: 'read-me' }).read();
      expect(stored?.version).toBe(put.metadata?.resourceVersion);
      expect((stored?.raw as { spec: unknown }).spec).toEqual(put.spec);
      expect(await new KubernetesExperimentStore(api, { namespace: 'default', name: 'absent' }).read()).toBeUndefined();
    });

    it('writes only /status, as a merge patch carrying the resourceVersion read, nulling keys the new status lacks', async () => {
      server.put(
        experiment('write-me', {
          stage: 'Running',
          completedIterations: 2,
          metricErrors: { consecutive: 1, metric: 'm', message: 'down', time: '2026-01-01T00:00:00Z' },
        }),
      );
      const store = new KubernetesExperimentStore(api, { namespace: 'default', name: 'write-me' });
      const read = await store.read();
      const start = server.requests.length;
      const status: ExperimentStatus = { stage: 'Running', completedIterations: 3 };
      const written = await store.writeStatus(status, read?.version as string);
      const requests = server.requests.slice(start);
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({
        method: 'PATCH',
        path: '/apis/iter8.tools/v2alpha2/namespaces/default/experiments/write-me/status',
        contentType: 'application/merge-patch+json',
        body: {
          metadata: { resourceVersion: read?.version },
          status: { stage: 'Running', completedIterations: 3, metricErrors: null },
        },
      });
      // Exactly the status computed: nothing of the old one survives.
      expect(server.get('experiments.iter8.tools', 'default', 'write-me')?.status).toEqual(status);
      expect(Number(written.version)).toBeGreaterThan(Number(read?.version));
      // The next write goes from the version just written.
      await store.writeStatus({ ...status, completedIterations: 4 }, written.version);
      expect(server.get('experiments.iter8.tools', 'default', 'write-me')?.status).toEqual({
        stage: 'Running',
        completedIterations: 4,
      });
    });

    it('turns a 409 into StoreConflictError, and so a deletion since the read', async () => {
      server.put(experiment('raced'));
      const first = new KubernetesExperimentStore(api, { namespace: 'default', name: 'raced' });
      const second = new KubernetesExperimentStore(api, { namespace: 'default', name: 'raced' });
      const [a, b] = [await first.read(), await second.read()];
      await first.writeStatus({ stage: 'Running' }, a?.version as string);
      await expect(second.writeStatus({ stage: 'Completed' }, b?.version as string)).rejects.toBeInstanceOf(
        StoreConflictError,
      );
      expect(server.get('experiments.iter8.tools', 'default', 'raced')?.status).toEqual({ stage: 'Running' });

      server.put(experiment('deleted'));
      const store = new KubernetesExperimentStore(api, { namespace: 'default', name: 'deleted' });
      const read = await store.read();
      server.remove('experiments.iter8.tools', 'default', 'deleted');
      await expect(store.writeStatus({ stage: 'Running' }, read?.version as string)).rejects.toBeInstanceOf(
        StoreConflictError,
      );
      expect(await store.read()).toBeUndefined();
    });

    it('uses a listed copy for its first read, then GETs', async () => {
      const put = server.put(experiment('listed'));
      const store = new KubernetesExperimentStore(api, { namespace: 'default', name: 'listed' }, put);
      const start = server.requests.length;
      expect((await store.read())?.version).toBe(put.metadata?.resourceVersion);
      expect(server.requests.length).toBe(start);
      await store.read();
      expect(server.requests.length).toBe(start + 1);
    });

    it('reports an unreachable, failing or hung API server as StoreUnavailableError, in one line without bodies', async () => {
      server.put(experiment('flaky'));
      const store = new KubernetesExperimentStore(api, { namespace: 'default', name: 'flaky' });
      server.failWith(() => ({ status: 503, message: 'etcdserver: request timed out' }));
      const failing = store.read();
      await expect(failing).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(failing).rejects.toThrow(
        'reading experiment default/flaky: GET experiments.iter8.tools default/flaky: 503 ServiceUnavailable: etcdserver: request timed out',
      );
      server.failWith(() => 'hang');
      await expect(store.read()).rejects.toThrow(/reading experiment default\/flaky: GET .*: no answer within 1000 ms/);
      server.failWith(undefined);
      await server.stop();
      try {
        const refused = store.read();
        await expect(refused).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(refused).rejects.toThrow(/cannot reach the Kubernetes API \(ECONNREFUSED\)/);
      } finally {
        await server.start();
      }
    });

    it('keeps connections alive across calls, which client-node alone would not', async () => {
      server.put(experiment('kept-alive'));
      const store = new KubernetesExperimentStore(api, { namespace: 'default', name: 'kept-alive' });
      await store.read();
      const before = server.connectionsAccepted;
      for (let i = 0; i < 20; i++) {
        const read = await store.read();
        await store.writeStatus({ stage: 'Running', completedIterations: i }, read?.version as string);
      }
      // 40 sequential calls: one connection, or at most a few if the server closed an idle one.
      expect(server.connectionsAccepted - before).toBeLessThanOrEqual(2);
    });

    it('sends a call again when its kept-alive connection turns out closed by the server', async () => {
      server.put(experiment('dropped'));
      const store = new KubernetesExperimentStore(api, { namespace: 'default', name: 'dropped' });
      for (let i = 0; i < 5; i++) {
        await store.read();
        // Closed on the server's side while the client still holds it as a free connection.
        server.dropConnections();
        const read = await store.read();
        expect(read?.version).toBeDefined();
      }
    });

    it('sends the repeat on a new connection, so idle connections all closed at once cannot fail it', async () => {
      // An API server behind a proxy that closed every idle connection at the same moment: each
      // request arriving on a connection that already served one is cut off unanswered.
      const served = new WeakSet<object>();
      const edge = createServer((req, res) => {
        if (served.has(req.socket)) {
          req.socket.destroy();
          return;
        }
        served.add(req.socket);
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            ...experiment('edge'),
            metadata: { name: 'edge', namespace: 'default', resourceVersion: '7' },
          }),
        );
      });
      await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = edge.address() as AddressInfo;
        const edgeConfig = path.join(dir, 'edge-kubeconfig');
        await fs.writeFile(edgeConfig, server.kubeconfig().replace(server.url, `http://127.0.0.1:${port}`));
        const edgeApi = await connectKubernetes({ kubeconfig: edgeConfig, timeoutMs: 5000 });
        // Two connections, both left idle in the pool and both already used once.
        await Promise.all([edgeApi.get(EXPERIMENTS, 'default', 'edge'), edgeApi.get(EXPERIMENTS, 'default', 'edge')]);
        for (let i = 0; i < 3; i++)
          expect((await edgeApi.get(EXPERIMENTS, 'default', 'edge'))?.metadata?.resourceVersion).toBe('7');
      } finally {
        edge.closeAllConnections();
        await new Promise((resolve) => edge.close(resolve));
      }
    });

    it('lists across pages', async () => {
      const namespace = 'many';
      const count = 2 * LIST_PAGE_SIZE + 5;
      for (let i = 0; i < count; i++)
        server.put({
          ...experiment(`many-${String(i).padStart(3, '0')}`),
          metadata: { name: `many-${String(i).padStart(3, '0')}`, namespace },
        });
      const items = await api.list(EXPERIMENTS, namespace);
      expect(items).toHaveLength(count);
      const pageRequests = () =>
        server
          .requestsMatching('GET', new RegExp(`namespaces/${namespace}/experiments$`))
          .map((r) => [r.query.limit, r.query.continue ?? '']);
      const limit = String(LIST_PAGE_SIZE);
      expect(pageRequests()).toEqual([
        [limit, ''],
        [limit, String(LIST_PAGE_SIZE)],
        [limit, String(2 * LIST_PAGE_SIZE)],
      ]);

      // Page by page, the next page asked for while the caller still holds this one.
      const before = pageRequests().length;
      const pages = api.listPages(EXPERIMENTS, namespace)[Symbol.asyncIterator]();
      const first = await pages.next();
      expect(first.value).toHaveLength(LIST_PAGE_SIZE);
      const deadline = Date.now() + 5000;
      while (pageRequests().length < before + 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(pageRequests().length).toBe(before + 2);
      const sizes = [first.value.length];
      for (let page = await pages.next(); !page.done; page = await pages.next()) sizes.push(page.value.length);
      expect(sizes).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 5]);
    });
  });

  describe('JSON patches of objects (traffic weights)', () => {
    const service = {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Service',
      metadata: { name: 'weighted', namespace: 'default' },
      spec: {
        traffic: [
          { revisionName: 'v1', percent: 100 },
          { latestRevision: true, percent: 0 },
        ],
      },
    };

    it('sends the operations as application/json-patch+json and answers the patched object', async () => {
      server.put(service);
      const operations = [
        { op: 'add' as const, path: '/spec/traffic/0/percent', value: 80 },
        { op: 'add' as const, path: '/spec/traffic/1/percent', value: 20 },
      ];
      const start = server.requests.length;
      const patched = await api.jsonPatch(KNATIVE_SERVICES, 'default', 'weighted', operations);
      expect(server.requests.slice(start)).toEqual([
        expect.objectContaining({
          method: 'PATCH',
          path: '/apis/serving.knative.dev/v1/namespaces/default/services/weighted',
          contentType: 'application/json-patch+json',
          body: operations,
          status: 200,
        }),
      ]);
      expect(patched.spec).toEqual({
        traffic: [
          { revisionName: 'v1', percent: 80 },
          { latestRevision: true, percent: 20 },
        ],
      });
    });

    it('reports a refused patch in one line with the Status reason and message', async () => {
      server.put(service);
      server.failWith((info) => (info.verb === 'patch' ? { status: 422, message: 'traffic sums to 110' } : undefined));
      await expect(
        api.jsonPatch(KNATIVE_SERVICES, 'default', 'weighted', [
          { op: 'add', path: '/spec/traffic/0/percent', value: 90 },
        ]),
      ).rejects.toThrow(
        new KubernetesApiError(
          'PATCH services.serving.knative.dev default/weighted: 422 Invalid: traffic sums to 110',
          422,
        ),
      );
    });
  });

  describe('cluster Metrics and Secrets', () => {
    it('prefers a Metric in the cluster, falls back to the built-in pack, and points Prometheus metrics at the configured URL', async () => {
      const builtin = KNATIVE_METRICS.find((m) => m.metadata.name === 'mean-latency');
      server.put({
        ...builtin,
        metadata: { name: 'mean-latency', namespace: 'iter8-knative' },
        spec: { ...builtin?.spec, description: 'from the cluster' },
      });
      const catalog = clusterMetricCatalog(api, { prometheusUrl: 'http://prom.example:9090/' });
      const fromCluster = await catalog.get('iter8-knative', 'mean-latency');
      expect(fromCluster?.spec.description).toBe('from the cluster');
      expect(fromCluster?.spec.urlTemplate).toBe('http://prom.example:9090/api/v1/query');
      const fallback = await catalog.get('iter8-knative', 'error-rate');
      expect(fallback?.spec.urlTemplate).toBe('http://prom.example:9090/api/v1/query');
      expect(await catalog.get('default', 'no-such-metric')).toBeUndefined();
      // Defaults the CRD schema declares come back from the API server.
      server.put({
        apiVersion: 'iter8.tools/v2alpha2',
        kind: 'Metric',
        metadata: { name: 'plain', namespace: 'default' },
        spec: { mock: [{ name: 'current', level: 5 }] },
      });
      expect((await catalog.get('default', 'plain'))?.spec).toMatchObject({ type: 'Gauge', method: 'GET' });
    });

    it('does not ask outside its namespaces (the namespaced install), using the built-in pack there', async () => {
      const catalog = clusterMetricCatalog(api, { scope: new Set(['default']) });
      const start = server.requests.length;
      expect((await catalog.get('iter8-knative', 'mean-latency'))?.spec.description).toBe('Mean latency');
      expect(server.requests.length).toBe(start);
    });

    it('treats an unreachable API server as transient, not as a missing metric', async () => {
      server.failWith(() => ({ status: 503 }));
      await expect(clusterMetricCatalog(api).get('default', 'x')).rejects.toBeInstanceOf(StoreUnavailableError);
    });

    it('decodes secret data, answers undefined for a missing secret, and refuses other namespaces', async () => {
      server.put({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'creds', namespace: 'default' },
        data: { token: Buffer.from('s3cr3t').toString('base64') },
      });
      const reader = new KubernetesSecretReader(api, new Set(['default']));
      expect(await reader.get('default', 'creds')).toEqual({ token: 's3cr3t' });
      expect(await reader.get('default', 'missing')).toBeUndefined();
      await expect(reader.get('other', 'creds')).rejects.toThrow('namespace other is not one the function may read');
    });
  });
});

describe('credentials from an exec plugin', () => {
  it('sends the token the plugin gives now, not the one it gave at connect time', async () => {
    // The plugin prints the token in a file as an already expired ExecCredential, so client-node
    // runs it again for every call: what a rotated cloud token looks like, without waiting for it.
    const tokenFile = path.join(dir, 'token');
    const plugin = path.join(dir, 'credential-plugin.cjs');
    await fs.writeFile(
      plugin,
      [
        "const token = require('node:fs').readFileSync(process.argv[2], 'utf8').trim();",
        'process.stdout.write(JSON.stringify({',
        "  apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential',",
        "  status: { token, expirationTimestamp: '2000-01-01T00:00:00Z' },",
        '}));',
      ].join('\n'),
    );
    const execKubeconfig = path.join(dir, 'exec-kubeconfig');
    await fs.writeFile(execKubeconfig, server.execKubeconfig(plugin, [tokenFile]));
    server.put(experiment('rotated'));
    await fs.writeFile(tokenFile, 'first-token');
    const execApi = await connectKubernetes({ kubeconfig: execKubeconfig, timeoutMs: 5000 });
    const store = new KubernetesExperimentStore(execApi, { namespace: 'default', name: 'rotated' });
    const start = server.requests.length;
    await store.read();
    await fs.writeFile(tokenFile, 'second-token');
    const read = await store.read();
    await store.writeStatus({ stage: 'Running', completedIterations: 1 }, read?.version as string);
    expect(server.requests.slice(start).map((r) => [r.method, r.token])).toEqual([
      ['GET', 'first-token'],
      ['GET', 'second-token'],
      ['PATCH', 'second-token'],
    ]);
  });
});

describe('KeptAliveAgents', () => {
  it('gives one kept-alive agent per distinct TLS settings, and leaves proxy agents alone', () => {
    const agents = new KeptAliveAgents();
    const a = agents.like(new HttpsAgent({ ca: 'CA one', rejectUnauthorized: true }));
    const b = agents.like(new HttpsAgent({ ca: 'CA one', rejectUnauthorized: true }));
    const c = agents.like(new HttpsAgent({ ca: 'CA two', rejectUnauthorized: true }));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(a).toBeInstanceOf(HttpsAgent);
    expect((a as HttpAgent & { keepAlive: boolean }).keepAlive).toBe(true);
    expect(agents.like(new HttpAgent())).toBeInstanceOf(HttpAgent);
    class ProxyAgent extends HttpAgent {}
    const proxy = new ProxyAgent();
    expect(agents.like(proxy)).toBe(proxy);
  });
});
