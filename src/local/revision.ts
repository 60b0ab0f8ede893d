// A local stand-in for one Knative revision: the knative-route-demo app (a page naming its
// T_VERSION colour) behind a queue-proxy-like layer that measures every request into the
// revision_app_request_latencies histogram. Faults (added latency, a share of 503s) let the
// dark revision break its SLOs on purpose.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestRecorder, RevisionIdentity } from './queue-metrics.js';

export interface Faults {
  /** Added to every response (errors included), in ms. */
  latencyMs?: number;
  /** Added to every response as a percentage of the revision's service time (`latency=+50%`). */
  latencyPercent?: number;
  /** Fraction of requests, 0..1, answered with 503 instead of the page. */
  errorRate?: number;
}

export interface StartRevisionOptions {
  /** Revision name, e.g. sample-app-v2. */
  name: string;
  serviceName: string;
  namespace: string;
  /** Container env; T_VERSION names the colour the page shows. */
  env: Record<string, string>;
  faults?: Faults;
  /** The app's own time per request, in ms (the local stand-in for real work); default 0. */
  serviceTimeMs?: number;
  metrics: RequestRecorder;
  /** Source of [0,1) numbers deciding which requests fail; Math.random unless a test pins it. */
  random?: () => number;
}

export interface LocalRevision {
  name: string;
  /** http://127.0.0.1:PORT/ */
  url: string;
  port: number;
  close(): Promise<void>;
}

export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

function validateFaults(faults: Faults): void {
  const { latencyMs, latencyPercent, errorRate } = faults;
  if (latencyMs !== undefined && (!Number.isFinite(latencyMs) || latencyMs < 0)) {
    throw new FaultSpecError(`latency must be a finite, non-negative number of ms, got ${latencyMs}`);
  }
  if (latencyPercent !== undefined && (!Number.isFinite(latencyPercent) || latencyPercent < 0)) {
    throw new FaultSpecError(`relative latency must be a finite, non-negative percentage, got ${latencyPercent}`);
  }
  if (errorRate !== undefined && (!Number.isFinite(errorRate) || errorRate < 0 || errorRate > 1)) {
    throw new FaultSpecError(`error rate must be between 0 and 1, got ${errorRate}`);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The knative-route-demo page: "App <version>" on a background of that colour. */
function demoPage(version: string, revisionName: string): string {
  const v = escapeHtml(version);
  return [
    '<!DOCTYPE html>',
    `<html><head><title>Knative Routing Demo</title></head>`,
    `<body style="background-color:${v};color:white;font-family:sans-serif">`,
    `<h1>App ${v}</h1>`,
    `<p>Revision ${escapeHtml(revisionName)}</p>`,
    '</body></html>',
    '',
  ].join('\n');
}

// Knative's queue-proxy leaves its own readiness probes out of the request metrics.
function isProbe(req: IncomingMessage): boolean {
  return req.headers['k-network-probe'] !== undefined || (req.headers['user-agent'] ?? '').startsWith('kube-probe/');
}

/**
 * A Weyl sequence: deterministic, and evenly spread over any run of calls, so a revision with
 * errorRate p fails very close to p of the requests in every time window (unlike Math.random,
 * which leaves a short experiment a fair chance of seeing no injected error at all).
 */
export function equidistributedRandom(seed = 0): () => number {
  const step = (Math.sqrt(5) - 1) / 2;
  let value = seed % 1;
  return () => {
    value = (value + step) % 1;
    return value;
  };
}

export async function startRevision(options: StartRevisionOptions): Promise<LocalRevision> {
  const faults = options.faults ?? {};
  validateFaults(faults);
  const random = options.random ?? Math.random;
  const version = options.env['T_VERSION'] ?? 'unknown';
  const identity: RevisionIdentity = {
    namespace: options.namespace,
    serviceName: options.serviceName,
    revisionName: options.name,
  };
  // Bodies with their length, as the Go app sends small ones: no chunked framing, one write each.
  const page = Buffer.from(demoPage(version, options.name));
  const unavailable = Buffer.from('injected fault: service unavailable\n');
  const pendingDelays = new Set<NodeJS.Timeout>();

  const answer = (res: ServerResponse): void => {
    if (res.destroyed) return;
    if (faults.errorRate !== undefined && faults.errorRate > 0 && random() < faults.errorRate) {
      res
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'content-length': unavailable.length })
        .end(unavailable);
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'x-app-version': version,
        'content-length': page.length,
      })
      .end(page);
  };

  const server = createServer((req, res) => {
    const startedAt = performance.now();
    if (!isProbe(req)) {
      // 'finish' = the last byte was handed to the OS: the same span queue-proxy times.
      res.once('finish', () => {
        options.metrics.record(identity, res.statusCode, performance.now() - startedAt);
      });
    }
    // Drain any request body so keep-alive connections stay usable.
    req.resume();
    const serviceTime = options.serviceTimeMs ?? 0;
    const delay = serviceTime * (1 + (faults.latencyPercent ?? 0) / 100) + (faults.latencyMs ?? 0);
    if (delay <= 0) {
      answer(res);
      return;
    }
    // Timers count from the event loop's cached clock, so they can fire up to ~1 ms before
    // `delay` has passed since startedAt; wait out the remainder so the latency is never under.
    const waitThenAnswer = (ms: number): void => {
      const timer = setTimeout(() => {
        pendingDelays.delete(timer);
        const remaining = delay - (performance.now() - startedAt);
        if (remaining > 0) waitThenAnswer(Math.ceil(remaining));
        else answer(res);
      }, ms);
      pendingDelays.add(timer);
    };
    waitThenAnswer(delay);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    name: options.name,
    url: `http://127.0.0.1:${port}/`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of pendingDelays) clearTimeout(timer);
        pendingDelays.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return closing;
    },
  };
}

/**
 * Parses a fault spec such as `latency=80ms,errors=0.05`.
 * latency takes ms or s (`80ms`, `0.08s`); errors takes a fraction (`0.05`) or a percentage (`5%`).
 */
export function parseFaultSpec(spec: string): Faults {
  const text = spec.trim();
  if (text === '') throw new FaultSpecError('empty fault spec: expected e.g. latency=80ms,errors=0.05');
  const faults: Faults = {};
  for (const rawPart of text.split(',')) {
    const part = rawPart.trim();
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) {
      throw new FaultSpecError(`bad fault "${part}": expected key=value, e.g. latency=80ms or errors=0.05`);
    }
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    switch (key) {
      case 'latency': {
        if (faults.latencyMs !== undefined || faults.latencyPercent !== undefined)
          throw new FaultSpecError('latency given twice');
        if (value.startsWith('+') && value.endsWith('%')) faults.latencyPercent = parseRelativeLatency(value);
        else faults.latencyMs = parseLatency(value);
        break;
      }
      case 'errors': {
        if (faults.errorRate !== undefined) throw new FaultSpecError('errors given twice');
        faults.errorRate = parseErrorRate(value);
        break;
      }
      default:
        throw new FaultSpecError(`unknown fault "${key}": known faults are latency and errors`);
    }
  }
  return faults;
}

const DECIMAL = /^\d+(\.\d+)?$|^\.\d+$/;

function parseLatency(value: string): number {
  const match = /^(.*?)(ms|s)$/.exec(value);
  if (!match || !DECIMAL.test(match[1] ?? '')) {
    throw new FaultSpecError(
      `bad latency "${value}": expected a duration with a unit (80ms, 0.5s) or a relative increase (+50%)`,
    );
  }
  const amount = Number(match[1]);
  return match[2] === 's' ? amount * 1000 : amount;
}

/** `+50%`: the revision answers 50% later than its service time alone would. */
function parseRelativeLatency(value: string): number {
  const digits = value.slice(1, -1);
  if (!DECIMAL.test(digits)) {
    throw new FaultSpecError(
      `bad latency "${value}": expected a relative increase such as +50%, or a duration such as 80ms`,
    );
  }
  return Number(digits);
}

function parseErrorRate(value: string): number {
  const percent = value.endsWith('%');
  const digits = percent ? value.slice(0, -1) : value;
  if (!DECIMAL.test(digits)) {
    throw new FaultSpecError(`bad errors "${value}": expected a fraction between 0 and 1 (0.05) or a percentage (5%)`);
  }
  const rate = percent ? Number(digits) / 100 : Number(digits);
  if (rate > 1) throw new FaultSpecError(`bad errors "${value}": the error fraction cannot exceed 1 (100%)`);
  return rate;
}

/** Parses the CLI form `--inject <revision>:<fault spec>`, e.g. `sample-app-v2:latency=80ms,errors=0.05`. */
export function parseInjectOption(option: string): { revisionName: string; faults: Faults } {
  const colon = option.indexOf(':');
  if (colon <= 0) {
    throw new FaultSpecError(
      `bad --inject "${option}": expected <revision>:<faults>, e.g. sample-app-v2:latency=80ms,errors=0.05`,
    );
  }
  const revisionName = option.slice(0, colon).trim();
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(revisionName)) {
    throw new FaultSpecError(`bad --inject "${option}": "${revisionName}" is not a valid revision name`);
  }
  return { revisionName, faults: parseFaultSpec(option.slice(colon + 1)) };
}
