// The KubernetesApi of kubernetes-api.ts over @kubernetes/client-node, which reads kubeconfig files,
// in-cluster service accounts and auth plugins (exec, OIDC, token files) exactly as kubectl does.
//
// The deployed function is one bundled file (scripts/bundle-function.ts). client-node is imported
// here by name, not as a namespace, so the bundler keeps only what these calls reach; its import
// then costs a cold start about 80 ms, against about 400 ms for its thousands of modules unbundled.

import {
  CoreV1Api,
  createConfiguration,
  CustomObjectsApi,
  KubeConfig,
  Observable,
  PatchStrategy,
  ResponseContext,
  ServerConfiguration,
  setHeaderOptions,
  wrapHttpLibrary,
  type ObservableMiddleware,
  type PromiseHttpLibrary,
  type RequestContext,
} from '@kubernetes/client-node';
import { createHash } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import path from 'node:path';
import { errorMessage } from '../util/errors.js';
import type { ConnectOptions, KubeObject, KubernetesApi } from './kubernetes-api.js';
import { apiErrorFromResponse, isKubernetesApiError, KubernetesApiError, resourceAt } from './kubernetes-api.js';

export async function connectWithClientNode(options: ConnectOptions): Promise<KubernetesApi> {
  const config = new KubeConfig();
  const env = options.env ?? process.env;
  const files = (options.kubeconfig ?? '').split(path.delimiter).filter((file) => file !== '');
  if (files.length > 0) {
    config.loadFromFile(files[0] as string);
    for (const file of files.slice(1)) {
      const more = new KubeConfig();
      more.loadFromFile(file);
      config.mergeConfig(more);
    }
  } else if (env.KUBERNETES_SERVICE_HOST) {
    config.loadFromCluster();
  } else {
    config.loadFromDefault();
  }

  const cluster = config.getCurrentCluster();
  if (!cluster) throw new Error('no Kubernetes cluster configured: set KUBECONFIG, or run in a cluster');
  // As KubeConfig.makeApiClient builds it, with node:http in place of node-fetch (see nodeHttp).
  const configuration = createConfiguration({
    baseServer: new ServerConfiguration(cluster.server, {}),
    authMethods: { default: config },
    httpApi: wrapHttpLibrary(nodeHttp),
  });
  const customObjects = new CustomObjectsApi(configuration);
  const core = new CoreV1Api(configuration);
  const timeoutMs = options.timeoutMs;

  const agents = new KeptAliveAgents();
  const timeout: ObservableMiddleware = {
    pre: (request) => {
      // A fresh signal per request: client-node has no timeout of its own, and a hung API server
      // must not hold a delivery until the platform gives up on it.
      request.setSignal(AbortSignal.timeout(timeoutMs));
      const agent = request.getAgent();
      if (agent) request.setAgent(agents.like(agent));
      return new Observable(Promise.resolve(request));
    },
    post: (response) => new Observable(Promise.resolve(response)),
  };
  const callOptions = (contentType?: string) => {
    const base = { middleware: [timeout], middlewareMergeStrategy: 'append' as const };
    return contentType ? setHeaderOptions('Content-Type', contentType, base) : base;
  };

  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      throw toKubernetesApiError(err, what, timeoutMs);
    }
  };
  const at = resourceAt;

  return {
    async get(type, namespace, name) {
      try {
        if (type.group === '') {
          if (type.plural !== 'secrets') throw new Error(`core resource ${type.plural} is not supported`);
          return (await call(`GET ${at(type, namespace, name)}`, () =>
            core.readNamespacedSecret({ namespace, name }, callOptions()),
          )) as unknown as KubeObject;
        }
        return (await call(`GET ${at(type, namespace, name)}`, () =>
          customObjects.getNamespacedCustomObject(
            { group: type.group, version: type.version, namespace, plural: type.plural, name },
            callOptions(),
          ),
        )) as KubeObject;
      } catch (err) {
        if (isKubernetesApiError(err) && err.code === 404) return undefined;
        throw err;
      }
    },

    async list(type, namespace) {
      if (type.group === '') throw new Error('listing core resources is not supported');
      const items: KubeObject[] = [];
      let next: string | undefined;
      do {
        const page = (await call(`LIST ${at(type, namespace)}`, () =>
          namespace
            ? customObjects.listNamespacedCustomObject(
                {
                  group: type.group,
                  version: type.version,
                  namespace,
                  plural: type.plural,
                  limit: 500,
                  ...(next ? { _continue: next } : {}),
                },
                callOptions(),
              )
            : customObjects.listClusterCustomObject(
                {
                  group: type.group,
                  version: type.version,
                  plural: type.plural,
                  limit: 500,
                  ...(next ? { _continue: next } : {}),
                },
                callOptions(),
              ),
        )) as { items?: KubeObject[]; metadata?: { continue?: string } };
        items.push(...(page.items ?? []));
        next = page.metadata?.continue || undefined;
      } while (next);
      return items;
    },

    async mergePatchStatus(type, namespace, name, patch) {
      return (await call(`PATCH ${at(type, namespace, name)}/status`, () =>
        customObjects.patchNamespacedCustomObjectStatus(
          { group: type.group, version: type.version, namespace, plural: type.plural, name, body: patch },
          callOptions(PatchStrategy.MergePatch),
        ),
      )) as KubeObject;
    },

    async jsonPatch(type, namespace, name, operations) {
      return (await call(`PATCH ${at(type, namespace, name)}`, () =>
        customObjects.patchNamespacedCustomObject(
          { group: type.group, version: type.version, namespace, plural: type.plural, name, body: operations },
          callOptions(PatchStrategy.JsonPatch),
        ),
      )) as KubeObject;
    },
  };
}

/**
 * client-node's HTTP library interface over node:http(s). Its default sends through node-fetch,
 * which costs about as much CPU per call as the rest of client-node together (Headers objects,
 * body streams, redirect handling the API server never needs); a scan tick makes one call per
 * experiment. Requests go out on the agent client-node chose (kept alive, see KeptAliveAgents),
 * with its headers and abort signal; errors keep node's codes (ECONNREFUSED, AbortError), which
 * toKubernetesApiError reads.
 */
const nodeHttp: PromiseHttpLibrary = {
  send(request: RequestContext): Promise<ResponseContext> {
    const body = request.getBody();
    if (body !== undefined && typeof body !== 'string')
      return Promise.reject(new Error('only text request bodies are sent'));
    // A kept-alive connection can be closed by the server (its idle timeout) just as a request goes
    // out on it: that request fails with ECONNRESET having done nothing, and is sent once more on a
    // new connection. Every call here may be repeated: reads, and patches that carry the
    // resourceVersion they were computed from (a repeat of one that did land gets 409).
    return sendOnce(request, body).catch((err: unknown) => {
      if (err instanceof ReusedConnectionReset) return sendOnce(request, body);
      throw err;
    });
  },
};

class ReusedConnectionReset extends Error {
  readonly code = 'ECONNRESET';
}

function sendOnce(request: RequestContext, body: string | undefined): Promise<ResponseContext> {
  return new Promise((resolve, reject) => {
    const url = new URL(request.getUrl());
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string> = { ...request.getHeaders() };
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const agent = request.getAgent();
    const signal = request.getSignal();
    const outgoing = send(
      url,
      { method: request.getHttpMethod(), headers, ...(agent ? { agent } : {}), ...(signal ? { signal } : {}) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', reject);
        response.once('end', () => {
          const data = Buffer.concat(chunks);
          const answerHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) answerHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve(
            new ResponseContext(response.statusCode ?? 0, answerHeaders, {
              text: async () => data.toString('utf8'),
              binary: async () => data,
            }),
          );
        });
      },
    );
    outgoing.once('error', (err: NodeJS.ErrnoException) => {
      reject(outgoing.reusedSocket && err.code === 'ECONNRESET' ? new ReusedConnectionReset(err.message) : err);
    });
    outgoing.end(body);
  });
}

/** TLS and connection settings of an agent that decide which server connections it may reuse. */
const AGENT_SETTINGS = [
  'ca',
  'cert',
  'key',
  'pfx',
  'passphrase',
  'rejectUnauthorized',
  'servername',
  'ciphers',
] as const;
/** Distinct settings kept at once; more only happens when credentials rotate. */
const MAX_KEPT_AGENTS = 4;

/**
 * client-node gives every request a new http(s).Agent built from the kubeconfig, so every API call
 * opens a new connection (and, against a real API server, a new TLS handshake). This swaps each for
 * a kept-alive agent of the same class with the same settings, so calls reuse connections. Proxy
 * agents (any other class) are left alone. A rotated client certificate or CA gives new settings
 * and so a new agent; the oldest is then closed.
 */
export class KeptAliveAgents {
  private readonly kept = new Map<string, HttpAgent>();

  like(fresh: HttpAgent): HttpAgent {
    const kind = fresh.constructor === HttpsAgent ? 'https' : fresh.constructor === HttpAgent ? 'http' : undefined;
    if (!kind) return fresh;
    const options = (fresh as HttpAgent & { options: Record<string, unknown> }).options;
    const settings: Record<string, unknown> = {};
    const digest = createHash('sha256').update(kind);
    for (const name of AGENT_SETTINGS) {
      const value = options[name];
      if (value === undefined) continue;
      settings[name] = value;
      digest.update(`\0${name}=`);
      for (const part of Array.isArray(value) ? value : [value])
        digest.update(Buffer.isBuffer(part) ? part : String(part));
    }
    const key = digest.digest('hex');
    let agent = this.kept.get(key);
    if (!agent) {
      const kept = { ...settings, keepAlive: true, maxSockets: 64 };
      agent = kind === 'https' ? new HttpsAgent(kept) : new HttpAgent(kept);
      this.kept.set(key, agent);
      if (this.kept.size > MAX_KEPT_AGENTS) {
        const [oldestKey, oldest] = this.kept.entries().next().value as [string, HttpAgent];
        this.kept.delete(oldestKey);
        oldest.destroy();
      }
    }
    fresh.destroy();
    return agent;
  }
}

/**
 * client-node throws ApiException (`code`, `body` = the response text) for HTTP errors, and
 * nodeHttp passes node's own errors through for everything else; both become one-line
 * KubernetesApiErrors. Only the Status message of the body is kept: a body is never quoted whole.
 */
function toKubernetesApiError(err: unknown, what: string, timeoutMs: number): KubernetesApiError {
  if (isKubernetesApiError(err)) return err;
  const record = typeof err === 'object' && err !== null ? (err as Record<string, unknown>) : {};
  if (typeof record.code === 'number' && 'body' in record) return apiErrorFromResponse(what, record.code, record.body);
  if (record.name === 'AbortError') {
    return new KubernetesApiError(`${what}: no answer within ${timeoutMs} ms`, 0);
  }
  const cause = typeof record.code === 'string' ? record.code : typeof record.errno === 'string' ? record.errno : '';
  return new KubernetesApiError(
    `${what}: cannot reach the Kubernetes API${cause ? ` (${cause})` : ''}: ${errorMessage(err).split('\n')[0]}`,
    0,
  );
}
