// The KubernetesApi of kubernetes-api.ts: requests sent with node:http(s) over kept-alive
// connections, credentials and TLS settings from @kubernetes/client-node's KubeConfig, which reads
// kubeconfig files, in-cluster service accounts and auth plugins (exec, OIDC, token files) exactly
// as kubectl does.
//
// client-node's generated API classes are not used: their request pipeline and ObjectSerializer
// cost about a millisecond of CPU for an iteration's GET and PATCH, more than the rest of the
// iteration's Kubernetes work. The function needs five calls (GET, LIST, two PATCHes), all plain
// JSON, so it sends them itself and parses each answer once.
//
// The deployed function is one bundled file (scripts/bundle-function.ts); client-node is imported
// here by name, so the bundler keeps only KubeConfig and what it reaches.

import { KubeConfig } from '@kubernetes/client-node';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import {
  Agent as HttpsAgent,
  request as httpsRequest,
  type AgentOptions as HttpsAgentOptions,
  type RequestOptions,
} from 'node:https';
import path from 'node:path';
import { errorMessage } from '../util/errors.js';
import type { ConnectOptions, JsonPatchOperation, KubeObject, KubernetesApi, ResourceType } from './kubernetes-api.js';
import {
  apiErrorFromResponse,
  isKubernetesApiError,
  KubernetesApiError,
  LIST_PAGE_SIZE,
  resourceAt,
} from './kubernetes-api.js';

const MERGE_PATCH = 'application/merge-patch+json';
const JSON_PATCH = 'application/json-patch+json';

function loadKubeConfig(options: ConnectOptions): KubeConfig {
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
  return config;
}

/** The path of a resource collection, or of one object in it. */
function resourcePath(type: ResourceType, namespace: string | undefined, name?: string): string {
  const root = type.group === '' ? `/api/${type.version}` : `/apis/${type.group}/${type.version}`;
  const scoped = namespace === undefined ? root : `${root}/namespaces/${encodeURIComponent(namespace)}`;
  return `${scoped}/${type.plural}${name === undefined ? '' : `/${encodeURIComponent(name)}`}`;
}

export async function connectWithClientNode(options: ConnectOptions): Promise<KubernetesApi> {
  const config = loadKubeConfig(options);
  const cluster = config.getCurrentCluster();
  if (!cluster) throw new Error('no Kubernetes cluster configured: set KUBECONFIG, or run in a cluster');
  const server = new URL(cluster.server);
  const secure = server.protocol === 'https:';
  if (!secure && server.protocol !== 'http:')
    throw new Error(`the Kubernetes server ${cluster.server} is not an http(s) URL`);
  // A server URL may carry a path prefix (a proxy in front of the API server).
  const prefix = server.pathname.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs;
  const agents = new KeptAliveAgents();

  /** One call: the answer's JSON on 2xx, a KubernetesApiError otherwise. */
  const call = async (
    what: string,
    method: string,
    requestPath: string,
    body?: { text: string; contentType: string },
  ): Promise<unknown> => {
    // Credentials are applied per call: exec plugins, OIDC and token files refresh them here.
    const settings: RequestOptions = {};
    try {
      await config.applyToHTTPSOptions(settings);
    } catch (err) {
      throw new KubernetesApiError(`${what}: no credentials for the Kubernetes API: ${firstLine(err)}`, 0);
    }
    const headers: Record<string, string | number> = { accept: 'application/json' };
    for (const [name, value] of Object.entries(settings.headers ?? {}))
      if (typeof value === 'string' || typeof value === 'number') headers[name] = value;
    if (body) {
      headers['content-type'] = body.contentType;
      headers['content-length'] = Buffer.byteLength(body.text);
    }
    const fresh = settings.agent;
    const request: RequestOptions = {
      protocol: server.protocol,
      hostname: server.hostname,
      port: server.port,
      path: prefix + requestPath,
      method,
      headers,
      ...(settings.auth ? { auth: settings.auth } : {}),
      ...(fresh instanceof HttpAgent ? { agent: agents.like(fresh) } : {}),
    };
    let answer: Answer;
    try {
      // A kept-alive connection can be closed by the server (its idle timeout) just as a request
      // goes out on it: that request fails having done nothing, and is sent once more, on a
      // connection of its own (the pool's other idle connections may have been closed alike).
      // Every call here may be repeated: reads, and patches that carry the resourceVersion they
      // were computed from (a repeat of one that did land gets 409).
      answer = await sendOnce(secure, request, body?.text, timeoutMs).catch((err: unknown) => {
        if (!(err instanceof ReusedConnectionReset)) throw err;
        // A proxy's agent (not one of ours) is kept: the request must still go through the proxy.
        const single = request.agent instanceof HttpAgent ? agents.single(request.agent) : undefined;
        return sendOnce(secure, single ? { ...request, agent: single } : request, body?.text, timeoutMs);
      });
    } catch (err) {
      throw toKubernetesApiError(err, what, timeoutMs);
    }
    if (answer.status < 200 || answer.status >= 300) throw apiErrorFromResponse(what, answer.status, answer.text);
    try {
      return JSON.parse(answer.text) as unknown;
    } catch {
      throw new KubernetesApiError(`${what}: the API server answered ${answer.status} with a body that is not JSON`, 0);
    }
  };

  const object = (value: unknown, what: string): KubeObject => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new KubernetesApiError(`${what}: the API server answered with something other than an object`, 0);
    return value as KubeObject;
  };

  async function* listPages(type: ResourceType, namespace?: string): AsyncIterable<KubeObject[]> {
    if (type.group === '') throw new Error('listing core resources is not supported');
    const what = `LIST ${resourceAt(type, namespace)}`;
    const page = async (token: string | undefined): Promise<ListPage> => {
      const query = `?limit=${LIST_PAGE_SIZE}${token ? `&continue=${encodeURIComponent(token)}` : ''}`;
      return object(await call(what, 'GET', resourcePath(type, namespace) + query), what) as ListPage;
    };
    let pending: Promise<ListPage> | undefined = page(undefined);
    while (pending) {
      const current: ListPage = await pending;
      const token = current.metadata?.continue || undefined;
      pending = token ? page(token) : undefined;
      // Awaited on the next round; a caller that stops early must not leave its failure unhandled.
      pending?.catch(() => undefined);
      yield current.items ?? [];
    }
  }

  return {
    async get(type, namespace, name) {
      const what = `GET ${resourceAt(type, namespace, name)}`;
      if (type.group === '' && type.plural !== 'secrets')
        throw new Error(`core resource ${type.plural} is not supported`);
      try {
        return object(await call(what, 'GET', resourcePath(type, namespace, name)), what);
      } catch (err) {
        if (isKubernetesApiError(err) && err.code === 404) return undefined;
        throw err;
      }
    },

    listPages,

    async list(type, namespace) {
      const items: KubeObject[] = [];
      for await (const page of listPages(type, namespace)) for (const item of page) items.push(item);
      return items;
    },

    async mergePatchStatus(type, namespace, name, patch) {
      const what = `PATCH ${resourceAt(type, namespace, name)}/status`;
      const text = JSON.stringify(patch);
      return object(
        await call(what, 'PATCH', `${resourcePath(type, namespace, name)}/status`, { text, contentType: MERGE_PATCH }),
        what,
      );
    },

    async jsonPatch(type, namespace, name, operations: readonly JsonPatchOperation[]) {
      const what = `PATCH ${resourceAt(type, namespace, name)}`;
      const text = JSON.stringify(operations);
      return object(
        await call(what, 'PATCH', resourcePath(type, namespace, name), { text, contentType: JSON_PATCH }),
        what,
      );
    },
  };
}

interface ListPage {
  items?: KubeObject[];
  metadata?: { continue?: string };
}

interface Answer {
  status: number;
  text: string;
}

class ReusedConnectionReset extends Error {
  readonly code = 'ECONNRESET';
}

class CallTimedOut extends Error {}

function sendOnce(
  secure: boolean,
  options: RequestOptions,
  body: string | undefined,
  timeoutMs: number,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? httpsRequest : httpRequest)(options, (response: IncomingMessage) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('error', fail);
      response.once('end', () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, text });
      });
    });
    // The whole exchange is bounded: a hung API server must not hold a delivery until the platform
    // gives up on it.
    const timer = setTimeout(() => {
      fail(new CallTimedOut());
      outgoing.destroy();
    }, timeoutMs);
    function fail(err: NodeJS.ErrnoException): void {
      clearTimeout(timer);
      reject(outgoing.reusedSocket && err.code === 'ECONNRESET' ? new ReusedConnectionReset(err.message) : err);
    }
    outgoing.once('error', fail);
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
  /** Oldest first. Compared by value on every call: cheaper than hashing a CA, and there are few. */
  private readonly kept: Array<{ kind: 'http' | 'https'; settings: AgentSettings; agent: HttpAgent }> = [];

  like(fresh: HttpAgent): HttpAgent {
    const kind = fresh.constructor === HttpsAgent ? 'https' : fresh.constructor === HttpAgent ? 'http' : undefined;
    if (!kind) return fresh;
    const options = (fresh as HttpAgent & { options: Record<string, unknown> }).options;
    const settings: AgentSettings = {};
    for (const name of AGENT_SETTINGS) if (options[name] !== undefined) settings[name] = options[name];
    let entry = this.kept.find((k) => k.kind === kind && sameSettings(k.settings, settings));
    if (!entry) {
      // The values are the agent options client-node built, passed on as they came.
      const kept = { ...settings, keepAlive: true, maxSockets: 64 } as HttpsAgentOptions;
      entry = { kind, settings, agent: kind === 'https' ? new HttpsAgent(kept) : new HttpAgent(kept) };
      this.kept.push(entry);
      if (this.kept.length > MAX_KEPT_AGENTS) this.kept.shift()?.agent.destroy();
    }
    fresh.destroy();
    return entry.agent;
  }

  /** An agent with the same settings as `kept` for one request on a new connection, closed after. */
  single(kept: HttpAgent): HttpAgent | undefined {
    const entry = this.kept.find((k) => k.agent === kept);
    if (!entry) return undefined;
    const options = { ...entry.settings, keepAlive: false } as HttpsAgentOptions;
    return entry.kind === 'https' ? new HttpsAgent(options) : new HttpAgent(options);
  }
}

type AgentSettings = Partial<Record<(typeof AGENT_SETTINGS)[number], unknown>>;

function sameSettings(a: AgentSettings, b: AgentSettings): boolean {
  return AGENT_SETTINGS.every((name) => sameValue(a[name], b[name]));
}

/** Settings are strings, numbers, booleans, Buffers, or arrays of those (several CAs). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b)) return Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return a === b;
}

/** node's own errors (refused, reset, timed out) as one-line KubernetesApiErrors with code 0. */
function toKubernetesApiError(err: unknown, what: string, timeoutMs: number): KubernetesApiError {
  if (isKubernetesApiError(err)) return err;
  if (err instanceof CallTimedOut) return new KubernetesApiError(`${what}: no answer within ${timeoutMs} ms`, 0);
  const record = typeof err === 'object' && err !== null ? (err as Record<string, unknown>) : {};
  const cause = typeof record.code === 'string' ? record.code : typeof record.errno === 'string' ? record.errno : '';
  return new KubernetesApiError(
    `${what}: cannot reach the Kubernetes API${cause ? ` (${cause})` : ''}: ${firstLine(err)}`,
    0,
  );
}

const firstLine = (err: unknown): string => errorMessage(err).split('\n')[0] ?? '';
