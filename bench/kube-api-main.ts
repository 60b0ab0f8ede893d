// The test API server (test/support/kube-api-server.ts) as a process of its own, so that its work
// is not done on the event loop of the benchmark's driver or of the function. The function's token
// is authorized with config/rbac/cluster.yaml, as in a cluster. The driver puts, reads and removes
// objects over IPC (see BenchCluster in cluster.ts); the function talks to it over HTTP.
//
//   node dist/bench/kube-api-main.js '{"token":"iter8fn"}'

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { grantsFromRbacYaml, KubeApiServer, type KubeObject } from '../test/support/kube-api-server.js';
import { projectRoot, serveDaemon } from './support.js';

export interface KubeApiInput {
  /** The bearer token authorized as the function's service account. */
  token: string;
}

export interface KubeApiReady {
  url: string;
  /** A kubeconfig (the file's text) for the function's service account. */
  kubeconfig: string;
}

/** The calls the driver makes; each answers with what the server's admin method returns. */
export type KubeApiCall =
  | { op: 'put'; args: KubeObject[] }
  | { op: 'get'; args: { resource: string; namespace: string; names: string[] } }
  | { op: 'remove'; args: { resource: string; namespace: string; names: string[] } };

serveDaemon<KubeApiInput, KubeApiReady>(async (input) => {
  const rbac = readFileSync(path.join(projectRoot, 'config/rbac/cluster.yaml'), 'utf8');
  const kube = await KubeApiServer.start({
    rbac: {
      [input.token]: {
        user: 'system:serviceaccount:iter8-system:iter8fn',
        grants: grantsFromRbacYaml(rbac, { namespace: 'iter8-system', name: 'iter8fn' }),
      },
    },
  });
  // The server keeps every request for tests to assert on; a benchmark sending hundreds of
  // thousands would only grow it, so the record is cleared now and then.
  const trim = setInterval(() => kube.requests.splice(0), 1000);
  return {
    value: { url: kube.url, kubeconfig: kube.kubeconfig(input.token) },
    stop: async () => {
      clearInterval(trim);
      await kube.close();
    },
    call: (op, args) => {
      const call = { op, args } as KubeApiCall;
      switch (call.op) {
        case 'put':
          return call.args.map((object) => kube.put(object).metadata?.resourceVersion);
        case 'get':
          return call.args.names.map((name) => kube.get(call.args.resource, call.args.namespace, name) ?? null);
        case 'remove':
          return call.args.names.map((name) => kube.remove(call.args.resource, call.args.namespace, name));
        default:
          throw new Error(`unknown call ${String(op)}`);
      }
    },
  };
});
