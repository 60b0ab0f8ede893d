// The local gateway: one HTTP server on loopback that plays Istio's part. A request enters as if
// from a sidecar in the mesh (the tutorial's curl Job is injected), VirtualServices route it
// (routing.ts), hops to Knative's gateways are followed in-process, and the chosen revision's
// process gets the request over HTTP. The response goes back to the client.
//
// Mirroring is fire and forget, as in Envoy: a copy is handed to a bounded queue and the client's
// request never waits for it. Copies use their own connection pool, so a slow or failing mirror
// target cannot hold the client's connections either. When the queue is full, the copy is dropped
// and counted; copies that fail (no route, 5xx, no answer) are counted and never reach the client.
// Unlike Envoy, a copy is offered once the client has its answer: on one machine the dark
// revision's work would otherwise compete with the live revision's for the CPU while the client
// waits (a tenth of a millisecond at the median, several at the tail, at 1,000 requests/s).

import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type RequestOptions,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  pickRevision,
  resolveDestination,
  serviceName,
  type KnativeRoute,
  type KnownObjects,
  type Target,
} from './destinations.js';
import { INGRESS_GATEWAY_WORKLOAD, type IstioMetrics } from './istio-metrics.js';
import {
  authorityHost,
  MESH_GATEWAY,
  routeRequest,
  type HeaderOperations,
  type MirrorCopy,
  type RouteRequest,
  type VirtualService,
} from './routing.js';

export interface GatewayOptions {
  virtualServices: readonly VirtualService[];
  /** `namespace/name` of each revision -> its base URL, http://127.0.0.1:PORT */
  revisions: ReadonlyMap<string, string>;
  /** `namespace/name` of each Knative Service -> its route (traffic split). */
  services: ReadonlyMap<string, KnativeRoute>;
  /** Where client requests enter, tried in order; default: the mesh (a sidecar), then Knative's ingress gateway. */
  entryGateways?: string[];
  /** Append `-shadow` to mirrored authorities; false emulates Istio >= 1.28. Default true. */
  shadowHostSuffix?: boolean;
  random?: () => number;
  /** Copies sent at once, and copies waiting beyond those; default 32 and 128. */
  mirrorConcurrency?: number;
  mirrorQueueLimit?: number;
  /** Per upstream request; default 30000 ms. */
  upstreamTimeoutMs?: number;
  /** Port to listen on (127.0.0.1); default 0 = any free one. */
  port?: number;
  /** Records Istio's reporter="source" series for every request a Knative gateway forwards to a revision. */
  istio?: IstioMetrics;
}

export interface RevisionCounts {
  /** Requests routed to it on the live path (the client waits for these). */
  live: number;
  /** Mirrored copies it received. */
  mirrored: number;
}

export interface GatewayStats {
  /** Client requests received. */
  requests: number;
  /** Status codes the clients got, by code (0: the connection failed before a status). */
  responses: Record<string, number>;
  /** Copies accepted for sending (sent or waiting). */
  mirrored: number;
  /** Copies that did not fit in the queue. */
  dropped: number;
  /** Copies that found no route, got a 5xx, or got no answer. */
  mirrorFailures: number;
  /** Copies not finished yet. */
  mirrorsPending: number;
  /** Client requests no rule routed (404). */
  unrouted: number;
  /** By revision name. */
  revisions: Record<string, RevisionCounts>;
}

export interface LocalGateway {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  stats(): GatewayStats;
  close(): Promise<void>;
}

const BODY_LIMIT_BYTES = 1024 * 1024;
const MAX_HOPS = 8;
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'content-length',
]);

/** A mirror copy found while routing, not offered yet. */
interface PendingCopy {
  copy: MirrorCopy;
  namespace: string;
  hops: number;
  /** The gateway whose rule mirrored it. */
  gateway: string;
}

/** net-istio serves every Knative route on this gateway (the istio-ingressgateway pods). */
const KNATIVE_LOCAL_GATEWAY = 'knative-serving/knative-local-gateway';

/** A revision's address, parsed. */
interface Upstream {
  url: string;
  hostname: string;
  port: string;
  /** The URL's path without a trailing slash ('' for most). */
  basePath: string;
}

/** Hosts remembered by the gateway before it starts afresh. */
const DESTINATION_CACHE_LIMIT = 1024;

type Resolution =
  | {
      kind: 'revision';
      revision: string;
      namespace: string;
      /** The gateway that forwarded the request to the revision (`mesh`: the client's own sidecar). */
      via: string;
      url: string;
      upstream: Upstream;
      request: RouteRequest;
      responseHeaders: HeaderOperations[];
    }
  | { kind: 'error'; status: number; message: string };

/** A bounded queue with a fixed number of workers. */
class MirrorQueue {
  private inFlight = 0;
  private readonly waiting: Array<() => Promise<void>> = [];

  constructor(
    private readonly concurrency: number,
    private readonly limit: number,
  ) {}

  get pending(): number {
    return this.inFlight + this.waiting.length;
  }

  /** false when the copy has to be dropped. */
  offer(job: () => Promise<void>): boolean {
    if (this.inFlight < this.concurrency) this.run(job);
    else if (this.waiting.length < this.limit) this.waiting.push(job);
    else return false;
    return true;
  }

  clear(): void {
    this.waiting.length = 0;
  }

  private run(job: () => Promise<void>): void {
    this.inFlight++;
    void job()
      .catch(() => undefined)
      .finally(() => {
        this.inFlight--;
        const next = this.waiting.shift();
        if (next) this.run(next);
      });
  }
}

function requestHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    result[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return result;
}

function responseHeaders(headers: IncomingHttpHeaders, operations: HeaderOperations[]): OutgoingHttpHeaders {
  const result: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && name !== 'connection' && name !== 'keep-alive' && name !== 'transfer-encoding')
      result[name] = value;
  }
  for (const ops of operations) {
    for (const [name, value] of ops.set) result[name] = value;
    for (const [name, value] of ops.add) {
      const existing = result[name];
      result[name] =
        existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [String(existing), value];
    }
    for (const name of ops.remove) delete result[name];
  }
  return result;
}

const NO_BODY = Buffer.alloc(0);

/** The request to a revision, as http.request options (no URL to parse again for every request). */
function upstreamOptions(
  resolved: Extract<Resolution, { kind: 'revision' }>,
  body: Buffer,
  agent: Agent,
): RequestOptions {
  return {
    hostname: resolved.upstream.hostname,
    port: resolved.upstream.port,
    path: `${resolved.upstream.basePath}${resolved.request.path}`,
    method: resolved.request.method,
    headers: { ...resolved.request.headers, host: resolved.request.authority, 'content-length': String(body.length) },
    agent,
  };
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  // Without Content-Length or Transfer-Encoding an HTTP/1.1 request has no body (RFC 9112 §6.3):
  // route it at once instead of waiting for the end of a stream that holds nothing.
  const length = req.headers['content-length'];
  if (req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) {
    req.resume();
    return Promise.resolve(NO_BODY);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        resolve(undefined);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startGateway(options: GatewayOptions): Promise<LocalGateway> {
  const random = options.random ?? Math.random;
  const entryGateways = options.entryGateways ?? [MESH_GATEWAY, 'knative-serving/knative-ingress-gateway'];
  const routing = { random, shadowHostSuffix: options.shadowHostSuffix ?? true };
  const timeoutMs = options.upstreamTimeoutMs ?? 30000;
  const known: KnownObjects = { revisions: new Set(options.revisions.keys()), services: options.services };
  const mirrorConcurrency = options.mirrorConcurrency ?? 32;
  const queue = new MirrorQueue(mirrorConcurrency, options.mirrorQueueLimit ?? 128);
  // Separate pools: copies must never queue behind, or in front of, the client's requests.
  const liveAgent = new Agent({ keepAlive: true, maxSockets: 64 });
  const mirrorAgent = new Agent({ keepAlive: true, maxSockets: mirrorConcurrency });
  let closed = false;

  const stats: Omit<GatewayStats, 'mirrorsPending'> = {
    requests: 0,
    responses: {},
    mirrored: 0,
    dropped: 0,
    mirrorFailures: 0,
    unrouted: 0,
    revisions: {},
  };
  for (const key of options.revisions.keys())
    stats.revisions[key.slice(key.indexOf('/') + 1)] = { live: 0, mirrored: 0 };
  const countFor = (revision: string): RevisionCounts => (stats.revisions[revision] ??= { live: 0, mirrored: 0 });

  // Each revision's address, parsed once: every request and copy goes to one of them.
  const upstreams = new Map<string, Upstream>();
  for (const [key, url] of options.revisions) {
    const parsed = new URL(url);
    upstreams.set(key, {
      url: url.replace(/\/+$/, ''),
      hostname: parsed.hostname,
      port: parsed.port,
      basePath: parsed.pathname.replace(/\/+$/, ''),
    });
  }
  const toRevision = (namespace: string, name: string, request: RouteRequest, via: string): Resolution => {
    const upstream = upstreams.get(`${namespace}/${name}`);
    if (!upstream)
      return {
        kind: 'error',
        status: 503,
        message: `no healthy upstream: revision ${namespace}/${name} is not running`,
      };
    return {
      kind: 'revision',
      revision: name,
      namespace,
      via,
      url: upstream.url,
      upstream,
      request,
      responseHeaders: [],
    };
  };

  // What a host means depends only on the host and the namespace, and every request asks again:
  // remembered, up to a bound (hosts come from clients).
  const destinations = new Map<string, Target>();
  const destinationOf = (host: string, namespace: string): Target => {
    const key = `${namespace}\u0000${host}`;
    let target = destinations.get(key);
    if (!target) {
      target = resolveDestination(host, namespace, known);
      if (destinations.size >= DESTINATION_CACHE_LIMIT) destinations.clear();
      destinations.set(key, target);
    }
    return target;
  };

  const resolveTarget = (
    host: string,
    namespace: string,
    request: RouteRequest,
    body: Buffer,
    hops: number,
    copies: PendingCopy[],
    from: string,
  ): Resolution => {
    const target = destinationOf(host, namespace);
    switch (target.kind) {
      case 'gateway':
        return resolveAt([target.gateway], request, body, hops + 1, copies);
      case 'revision':
        return toRevision(target.namespace, target.name, request, from);
      case 'service': {
        const revision = pickRevision(target.route, random);
        if (!revision)
          return {
            kind: 'error',
            status: 503,
            message: `no healthy upstream: Knative Service ${target.route.name} routes no traffic`,
          };
        // A Knative Service's route is served by Knative's gateways, whoever sent the request there.
        return toRevision(
          target.route.namespace,
          revision,
          request,
          from === MESH_GATEWAY ? KNATIVE_LOCAL_GATEWAY : from,
        );
      }
      case 'unknown':
        return { kind: 'error', status: 503, message: `no healthy upstream: ${host} cannot be reached locally` };
    }
  };

  /**
   * Routes a request arriving at one of `gateways`. Mirror copies found on the way are added to
   * `copies`, to be offered once the live request is on its way.
   */
  const resolveAt = (
    gateways: string[],
    request: RouteRequest,
    body: Buffer,
    hops: number,
    copies: PendingCopy[],
  ): Resolution => {
    if (hops > MAX_HOPS)
      return { kind: 'error', status: 508, message: `routing loop: more than ${MAX_HOPS} gateway hops` };
    let lastMessage = '';
    for (const gateway of gateways) {
      const decision = routeRequest(options.virtualServices, gateway, request, routing);
      if (decision.kind === 'no-route') {
        lastMessage = decision.message;
        continue;
      }
      for (const copy of decision.mirrors)
        copies.push({ copy, namespace: decision.virtualService.namespace, hops, gateway });
      const resolved = resolveTarget(
        decision.destination.host,
        decision.virtualService.namespace,
        decision.request,
        body,
        hops,
        copies,
        gateway,
      );
      return resolved.kind === 'revision'
        ? { ...resolved, responseHeaders: [...decision.responseHeaders, ...resolved.responseHeaders] }
        : resolved;
    }
    // No VirtualService: Knative's own cluster-local routes (and plain Kubernetes Services) still answer.
    const host = authorityHost(request.authority);
    if (serviceName(host, 'default') && /\.svc(\.cluster\.local)?$|^[^.]+\.[^.]+$/.test(host)) {
      // Forwarded by the gateway the request entered at (a client's sidecar, or a Knative gateway).
      const direct = resolveTarget(host, 'default', request, body, hops, copies, gateways[0] ?? MESH_GATEWAY);
      if (direct.kind === 'revision') return direct;
    }
    return { kind: 'error', status: 404, message: lastMessage || `no route for ${request.authority}` };
  };

  const offerCopy = (pending: PendingCopy, body: Buffer): void => {
    if (closed) return;
    const accepted = queue.offer(() => sendCopy(pending, body));
    if (accepted) stats.mirrored++;
    else stats.dropped++;
  };

  const sendCopy = ({ copy, namespace, hops, gateway }: PendingCopy, body: Buffer): Promise<void> => {
    // A rule on the copy's own route may mirror it again, as the next hop's routing would.
    const nested: PendingCopy[] = [];
    const resolved = resolveTarget(copy.destination.host, namespace, copy.request, body, hops, nested, gateway);
    for (const further of nested) offerCopy(further, body);
    if (resolved.kind === 'error') {
      stats.mirrorFailures++;
      return Promise.resolve();
    }
    countFor(resolved.revision).mirrored++;
    return new Promise<void>((resolve) => {
      const upstream = httpRequest(upstreamOptions(resolved, body, mirrorAgent));
      const measure = hopTelemetry(resolved);
      const fail = (): void => {
        stats.mirrorFailures++;
        resolve();
      };
      upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error('timeout')));
      upstream.once('response', (response) => {
        // Fire and forget: the answer is read and thrown away.
        response.resume();
        response.once('end', () => {
          measure(response.statusCode ?? 502);
          if (response.statusCode !== undefined && response.statusCode >= 500) fail();
          else resolve();
        });
        response.once('error', fail);
      });
      upstream.once('error', () => {
        measure(503, 'UF');
        fail();
      });
      upstream.end(body);
    });
  };

  /**
   * Starts timing one forwarded request; the returned function records it once, as the Knative
   * gateway's proxy reports it (reporter="source"). Requests the client's own sidecar sends straight
   * to a revision are the client's to report, and local mode has no client workload: not recorded.
   */
  const hopTelemetry = (
    resolved: Extract<Resolution, { kind: 'revision' }>,
  ): ((statusCode: number, responseFlags?: string) => void) => {
    const istio = options.istio;
    if (!istio || resolved.via === MESH_GATEWAY) return () => undefined;
    const startedAt = performance.now();
    let recorded = false;
    return (statusCode, responseFlags) => {
      if (recorded) return;
      recorded = true;
      istio.record({
        reporter: 'source',
        source: INGRESS_GATEWAY_WORKLOAD,
        destination: { namespace: resolved.namespace, revisionName: resolved.revision },
        statusCode,
        latencyMs: performance.now() - startedAt,
        ...(responseFlags !== undefined ? { responseFlags } : {}),
      });
    };
  };

  const respond = (res: ServerResponse, status: number, message: string): void => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res
      .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', server: 'iter8fn-local-gateway' })
      .end(`${message}\n`);
  };

  const server = createServer((req, res) => {
    stats.requests++;
    // Copies go out once the client has its answer (or is gone): the client never waits for them,
    // and on one machine the dark revision's work does not compete with the live request's.
    const copies: PendingCopy[] = [];
    let copiedBody: Buffer = NO_BODY;
    res.once('close', () => {
      const status = res.writableFinished ? String(res.statusCode) : '0';
      stats.responses[status] = (stats.responses[status] ?? 0) + 1;
      for (const pending of copies) offerCopy(pending, copiedBody);
    });
    readBody(req).then(
      (body) => {
        if (body === undefined) return respond(res, 413, 'request body too large');
        const request: RouteRequest = {
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          authority: req.headers.host ?? '',
          headers: requestHeaders(req.headers),
        };
        copiedBody = body;
        const resolved = resolveAt(entryGateways, request, body, 0, copies);
        if (resolved.kind === 'error') {
          if (resolved.status === 404) stats.unrouted++;
          return respond(res, resolved.status, resolved.message);
        }
        countFor(resolved.revision).live++;
        const upstream = httpRequest(upstreamOptions(resolved, body, liveAgent));
        const measure = hopTelemetry(resolved);
        upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error('upstream request timeout')));
        upstream.once('response', (response) => {
          res.writeHead(response.statusCode ?? 502, responseHeaders(response.headers, resolved.responseHeaders));
          response.once('end', () => measure(response.statusCode ?? 502));
          response.pipe(res);
          response.once('error', () => res.destroy());
        });
        upstream.once('error', (error) => {
          measure(503, 'UF');
          respond(res, 503, `upstream connect error or disconnect/reset before headers: ${error.message}`);
        });
        // The client gave up: stop the upstream request too (a finished one keeps its pooled socket).
        res.once('close', () => {
          if (!res.writableFinished) upstream.destroy();
        });
        upstream.end(body);
        return undefined;
      },
      () => respond(res, 400, 'could not read the request'),
    );
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats: () => ({ ...structuredClone(stats), mirrorsPending: queue.pending }),
    close() {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        queue.clear();
        liveAgent.destroy();
        mirrorAgent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return closing;
    },
  };
}
