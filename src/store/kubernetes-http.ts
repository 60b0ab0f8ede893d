// The function's four Kubernetes calls (get, list, status merge patch, JSON patch) over node:http(s),
// for the configurations a function meets: in a pod (service-account token and CA), or a kubeconfig
// file whose cluster and user are plain (server, CA, insecure-skip-tls-verify; token, token file,
// client certificate). @kubernetes/client-node takes about half a second to load (thousands of
// generated model modules), which a scaled-to-zero function would pay on every cold start; this
// client loads nothing. Any other configuration (exec or auth-provider plugins, proxies, basic
// auth, impersonation, several kubeconfig files, no configuration at all) is left to client-node,
// which reads it exactly as kubectl does: directConnection() answers undefined for those.
//
// Requests, errors and their messages are those of the client-node path (kubernetes-store.ts):
// the same paths and query parameters, the same content types, the same KubernetesApiError text.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIPv6 } from 'node:net';
import path from 'node:path';
import type { ConnectOptions, JsonPatchOperation, KubeObject, KubernetesApi, ResourceType } from './kubernetes-store.js';
import { apiErrorFromResponse, isKubernetesApiError, KubernetesApiError, resourceAt } from './kubernetes-store.js';

/** Where and how to reach the API server. */
export interface DirectConnection {
  /** Base URL, without a trailing slash. */
  server: string;
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** false only with insecure-skip-tls-verify. */
  rejectUnauthorized: boolean;
  /** The bearer token for the next request, if any. */
  token(): string | undefined;
}

const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
/** client-node re-reads a pod's token file this often; projected tokens rotate. */
const TOKEN_FILE_REFRESH_MS = 60_000;

const CLUSTER_KEYS = new Set(['server', 'certificate-authority', 'certificate-authority-data', 'insecure-skip-tls-verify', 'extensions']);
const USER_KEYS = new Set(['token', 'token-file', 'client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'extensions']);

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);
const named = (list: unknown, name: unknown, key: string): Record_ | undefined => {
  if (!Array.isArray(list)) return undefined;
  const entry: unknown = list.find((item: unknown) => isRecord(item) && item.name === name);
  return isRecord(entry) && isRecord(entry[key]) ? entry[key] : undefined;
};

/**
 * The connection the configuration describes, or undefined when it needs client-node. Throws only
 * when a file it needs cannot be read.
 */
export async function directConnection(options: ConnectOptions): Promise<DirectConnection | undefined> {
  const files = (options.kubeconfig ?? '').split(path.delimiter).filter((file) => file !== '');
  if (files.length > 1) return undefined;
  if (files.length === 1) return fromKubeconfig(files[0] as string);
  const env = options.env ?? process.env;
  if (env.KUBERNETES_SERVICE_HOST) return inCluster(env);
  return undefined;
}

/** As client-node's loadFromCluster: https unless the port is a plain-HTTP one, the pod's CA and token. */
function inCluster(env: NodeJS.ProcessEnv): DirectConnection {
  const host = env.KUBERNETES_SERVICE_HOST as string;
  const port = env.KUBERNETES_SERVICE_PORT ?? '';
  const scheme = port === '80' || port === '8080' || port === '8001' ? 'http' : 'https';
  const tokenFile = path.join(SERVICE_ACCOUNT, 'token');
  let token: string | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  return {
    server: `${scheme}://${isIPv6(host) ? `[${host}]` : host}:${port}`,
    ca: readFileSync(path.join(SERVICE_ACCOUNT, 'ca.crt')),
    rejectUnauthorized: true,
    token() {
      if (Date.now() - readAt > TOKEN_FILE_REFRESH_MS) {
        token = readFileSync(tokenFile, 'utf8');
        readAt = Date.now();
      }
      return token;
    },
  };
}

async function fromKubeconfig(file: string): Promise<DirectConnection | undefined> {
  const text = await readFile(file, 'utf8');
  // A JSON kubeconfig needs no YAML parser; YAML (the usual form) loads one only now.
  const config: unknown = /^\s*\{/.test(text) ? JSON.parse(text) : (await import('yaml')).parse(text);
  if (!isRecord(config)) return undefined;
  const context = named(config.contexts, config['current-context'], 'context');
  if (!context) return undefined;
  const cluster = named(config.clusters, context.cluster, 'cluster');
  const user = context.user === undefined ? {} : named(config.users, context.user, 'user');
  if (!cluster || !user || typeof cluster.server !== 'string') return undefined;
  if (Object.keys(cluster).some((key) => !CLUSTER_KEYS.has(key)) || Object.keys(user).some((key) => !USER_KEYS.has(key))) return undefined;
  const server = cluster.server.replace(/\/$/, '');
  const skipVerify = cluster['insecure-skip-tls-verify'] === true;
  // client-node refuses plain HTTP unless TLS verification is off; let it say so.
  if (!server.startsWith('https:') && !(server.startsWith('http:') && skipVerify)) return undefined;
  // Files are relative to the kubeconfig's folder, data is base64, as client-node reads them.
  const folder = path.dirname(file);
  const material = (fileKey: string, dataKey: string, from: Record_): Buffer | undefined => {
    const named = from[fileKey];
    if (typeof named === 'string' && named !== '') return readFileSync(path.resolve(folder, named));
    const data = from[dataKey];
    return typeof data === 'string' && data !== '' ? Buffer.from(data, 'base64') : undefined;
  };
  const token =
    typeof user.token === 'string' && user.token !== ''
      ? user.token
      : typeof user['token-file'] === 'string' && user['token-file'] !== ''
        ? readFileSync(user['token-file'], 'utf8')
        : undefined;
  const ca = material('certificate-authority', 'certificate-authority-data', cluster);
  const cert = material('client-certificate', 'client-certificate-data', user);
  const key = material('client-key', 'client-key-data', user);
  return {
    server,
    ...(ca ? { ca } : {}),
    ...(cert ? { cert } : {}),
    ...(key ? { key } : {}),
    rejectUnauthorized: !skipVerify,
    token: () => token,
  };
}

const LIST_PAGE = 500;

const errorCode = (err: unknown): string =>
  typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : '';

function collectionPath(type: ResourceType, namespace: string | undefined): string {
  const base = type.group === '' ? `/api/${type.version}` : `/apis/${type.group}/${type.version}`;
  return `${base}${namespace !== undefined ? `/namespaces/${encodeURIComponent(namespace)}` : ''}/${type.plural}`;
}

const objectPath = (type: ResourceType, namespace: string, name: string): string => `${collectionPath(type, namespace)}/${encodeURIComponent(name)}`;

/** The KubernetesApi over plain HTTP(S) requests, each bounded by `timeoutMs`. */
export function directKubernetesApi(connection: DirectConnection, timeoutMs: number): KubernetesApi {
  const secure = connection.server.startsWith('https:');
  const tlsOptions = {
    rejectUnauthorized: connection.rejectUnauthorized,
    ...(connection.ca ? { ca: connection.ca } : {}),
    ...(connection.cert ? { cert: connection.cert } : {}),
    ...(connection.key ? { key: connection.key } : {}),
  };
  const agent = secure ? new HttpsAgent({ keepAlive: true, maxSockets: 64, ...tlsOptions }) : new HttpAgent({ keepAlive: true, maxSockets: 64 });
  const send = secure ? httpsRequest : httpRequest;

  const call = (what: string, method: string, pathAndQuery: string, body?: { contentType: string; value: unknown }): Promise<unknown> => {
    const token = connection.token();
    const payload = body ? JSON.stringify(body.value) : undefined;
    const headers = {
      accept: 'application/json',
      'user-agent': 'iter8fn',
      ...(token ? { authorization: `Bearer ${token.trim()}` } : {}),
      ...(body && payload !== undefined ? { 'content-type': body.contentType, 'content-length': String(Buffer.byteLength(payload)) } : {}),
    };
    // One deadline for the whole call, a retry included (a plain timer: an AbortSignal per call costs more).
    let timedOut = false;
    let current: ClientRequest | undefined;
    const deadline = setTimeout(() => {
      timedOut = true;
      current?.destroy();
    }, timeoutMs);
    const fail = (err: unknown): KubernetesApiError => {
      if (isKubernetesApiError(err)) return err;
      if (timedOut) return new KubernetesApiError(`${what}: no answer within ${timeoutMs} ms`, 0);
      const code = errorCode(err);
      const message = err instanceof Error ? err.message : String(err);
      return new KubernetesApiError(`${what}: cannot reach the Kubernetes API${code ? ` (${code})` : ''}: ${message.split('\n')[0]}`, 0);
    };
    const attempt = (fresh: boolean): Promise<unknown> =>
      new Promise((resolve, reject) => {
        // A retry goes out on a connection of its own, closed afterwards.
        const options: RequestOptions = { method, agent: fresh ? false : agent, headers };
        if (fresh && secure) Object.assign(options, tlsOptions);
        let answered = false;
        const request = send(`${connection.server}${pathAndQuery}`, options, (response: IncomingMessage) => {
          answered = true;
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.once('error', (err) => reject(fail(err)));
          response.once('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            if (status >= 400 || status < 200) return reject(apiErrorFromResponse(what, status, text));
            try {
              resolve(text === '' ? undefined : JSON.parse(text));
            } catch {
              reject(new KubernetesApiError(`${what}: the API server answered ${status} with a body that is not JSON`, 0));
            }
          });
        });
        current = request;
        request.once('error', (err) => {
          // A kept-alive connection the server had already closed: the request never reached it.
          const stale = !fresh && !answered && !timedOut && request.reusedSocket && (errorCode(err) === 'ECONNRESET' || errorCode(err) === 'EPIPE');
          if (stale) resolve(attempt(true));
          else reject(fail(err));
        });
        if (timedOut) request.destroy();
        request.end(payload);
      });
    return attempt(false).finally(() => clearTimeout(deadline));
  };

  return {
    async get(type, namespace, name) {
      try {
        return (await call(`GET ${resourceAt(type, namespace, name)}`, 'GET', objectPath(type, namespace, name))) as KubeObject;
      } catch (err) {
        if (isKubernetesApiError(err) && err.code === 404) return undefined;
        throw err;
      }
    },

    async list(type, namespace) {
      const items: KubeObject[] = [];
      let next: string | undefined;
      do {
        const query = new URLSearchParams({ limit: String(LIST_PAGE), ...(next ? { continue: next } : {}) });
        const page = (await call(`LIST ${resourceAt(type, namespace)}`, 'GET', `${collectionPath(type, namespace)}?${query}`)) as
          | { items?: KubeObject[]; metadata?: { continue?: string } }
          | undefined;
        items.push(...(page?.items ?? []));
        next = page?.metadata?.continue || undefined;
      } while (next);
      return items;
    },

    async mergePatchStatus(type, namespace, name, patch) {
      return (await call(`PATCH ${resourceAt(type, namespace, name)}/status`, 'PATCH', `${objectPath(type, namespace, name)}/status`, {
        contentType: 'application/merge-patch+json',
        value: patch,
      })) as KubeObject;
    },

    async jsonPatch(type, namespace, name, operations: readonly JsonPatchOperation[]) {
      return (await call(`PATCH ${resourceAt(type, namespace, name)}`, 'PATCH', objectPath(type, namespace, name), {
        contentType: 'application/json-patch+json',
        value: operations,
      })) as KubeObject;
    },
  };
}
