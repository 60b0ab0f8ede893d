// Istio VirtualService routing, played locally: which rule a request matches, where it goes, and
// which copies are mirrored where. Pure functions over parsed VirtualServices; the gateway
// (gateway.ts) does the HTTP.
//
// Semantics followed (istio/api networking/v1alpha3/virtual_service.proto, Istio task docs):
//  - a VirtualService applies to the gateways it lists (`mesh` when none is listed) and to the
//    hosts it lists (exact, `*.suffix` wildcard, or `*`); more specific hosts win;
//  - its http rules are tried in order and the first whose match (any of the HTTPMatchRequests,
//    all fields of one) holds is used — so `prefix: example.com-shadow` must come before
//    `prefix: example.com`, exactly as the seed writes it;
//  - rewrite.authority / rewrite.uri, then header operations, then the weighted route;
//  - `mirror` + `mirrorPercentage.value` (double), the deprecated `mirrorPercent` (integer), or
//    `mirrors[]` (Istio 1.19+); no percentage means 100%. Copies carry the rewritten authority
//    with `-shadow` appended (before any port), unless Istio >= 1.28 is emulated
//    (DISABLE_SHADOW_HOST_SUFFIX, on by default there), where the Host is left as it was.

import { field, ManifestError, objectName, type ManifestDocument, type PlayNotes } from './manifest.js';

export const MESH_GATEWAY = 'mesh';

export interface StringMatch {
  kind: 'exact' | 'prefix' | 'regex';
  value: string;
  regex?: RegExp;
}

export interface HttpMatchRequest {
  uri?: StringMatch;
  method?: StringMatch;
  authority?: StringMatch;
  headers: Array<[string, StringMatch]>;
  withoutHeaders: Array<[string, StringMatch]>;
  queryParams: Array<[string, StringMatch]>;
  ignoreUriCase: boolean;
  /** Restricts the match to these gateways (fully qualified). */
  gateways?: string[];
  port?: number;
}

export interface HeaderOperations {
  set: Array<[string, string]>;
  add: Array<[string, string]>;
  remove: string[];
}

export interface Destination {
  host: string;
  port?: number;
}

export interface WeightedDestination {
  destination: Destination;
  weight: number;
  requestHeaders?: HeaderOperations;
  responseHeaders?: HeaderOperations;
}

export interface MirrorPolicy {
  destination: Destination;
  /** 0..100 */
  percent: number;
}

export interface HttpRoute {
  /** `name` if given, else `http[i]`. */
  label: string;
  match: HttpMatchRequest[];
  route: WeightedDestination[];
  rewrite?: { uri?: string; authority?: string };
  requestHeaders?: HeaderOperations;
  responseHeaders?: HeaderOperations;
  mirrors: MirrorPolicy[];
}

export interface VirtualService {
  name: string;
  namespace: string;
  hosts: string[];
  /** Fully qualified (`namespace/name`), or `mesh`. */
  gateways: string[];
  http: HttpRoute[];
}

/** The HTTP request as routing sees it. Header names are lower case; `host` is not among them. */
export interface RouteRequest {
  method: string;
  /** Path plus query string, e.g. `/a?b=c`. */
  path: string;
  authority: string;
  headers: Record<string, string>;
}

export interface MirrorCopy {
  destination: Destination;
  request: RouteRequest;
}

export type RouteDecision =
  | {
      kind: 'route';
      virtualService: VirtualService;
      rule: HttpRoute;
      destination: Destination;
      request: RouteRequest;
      responseHeaders: HeaderOperations[];
      mirrors: MirrorCopy[];
    }
  | { kind: 'no-route'; message: string };

export interface RoutingOptions {
  /** [0,1) numbers for weights and mirror shares; Math.random unless a test pins it. */
  random?: () => number;
  /** Append `-shadow` to mirrored authorities (Istio < 1.28 default); default true. */
  shadowHostSuffix?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Parsing

const VS_SPEC_KEYS = ['hosts', 'gateways', 'http', 'exportTo'] as const;
const HTTP_ROUTE_KEYS = [
  'name',
  'match',
  'route',
  'rewrite',
  'headers',
  'mirror',
  'mirrorPercentage',
  'mirrorPercent',
  'mirrors',
] as const;
const MATCH_KEYS = [
  'name',
  'uri',
  'method',
  'authority',
  'headers',
  'withoutHeaders',
  'queryParams',
  'ignoreUriCase',
  'gateways',
  'port',
] as const;

/** `knative-local-gateway` in namespace `knative-serving` -> `knative-serving/knative-local-gateway`. */
export function qualifyGateway(gateway: string, namespace: string): string {
  if (gateway === MESH_GATEWAY || gateway.includes('/')) return gateway;
  return `${namespace}/${gateway}`;
}

function stringMatch(value: unknown, where: string): StringMatch {
  const record = field.requiredRecord(value, where);
  const kinds = (['exact', 'prefix', 'regex'] as const).filter((k) => record[k] !== undefined);
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined)
    throw new ManifestError(`${where}: expected exactly one of exact, prefix, regex`);
  const text = field.optionalString(record[kind], `${where}.${kind}`) ?? '';
  if (kind !== 'regex') return { kind, value: text };
  try {
    // Envoy matches RE2 against the whole value.
    return { kind, value: text, regex: new RegExp(`^(?:${text})$`) };
  } catch (err) {
    throw new ManifestError(`${where}.regex: not a valid regular expression: ${(err as Error).message}`);
  }
}

function stringMatches(value: unknown, where: string): Array<[string, StringMatch]> {
  const record = field.optionalRecord(value, where);
  if (!record) return [];
  return Object.entries(record).map(([name, match]) => [name.toLowerCase(), stringMatch(match, `${where}.${name}`)]);
}

function headerOperations(value: unknown, where: string): HeaderOperations | undefined {
  const record = field.optionalRecord(value, where);
  if (!record) return undefined;
  const pairs = (key: 'set' | 'add'): Array<[string, string]> =>
    Object.entries(field.optionalRecord(record[key], `${where}.${key}`) ?? {}).map(([name, v]) => [
      name.toLowerCase(),
      typeof v === 'string' ? v : String(v),
    ]);
  const remove = field
    .optionalList(record.remove, `${where}.remove`)
    .map((v, i) => field.requiredString(v, `${where}.remove[${i}]`).toLowerCase());
  return { set: pairs('set'), add: pairs('add'), remove };
}

function destination(value: unknown, where: string, notes: PlayNotes): Destination {
  const record = field.requiredRecord(value, where);
  const host = field.requiredString(record.host, `${where}.host`);
  if (record.subset !== undefined)
    notes.skip(
      where,
      `subset ${typeof record.subset === 'string' ? record.subset : JSON.stringify(record.subset)}`,
      'DestinationRule subsets are not read',
    );
  const port = field.optionalRecord(record.port, `${where}.port`);
  const number = port ? field.optionalNumber(port.number, `${where}.port.number`) : undefined;
  return { host, ...(number !== undefined ? { port: number } : {}) };
}

function percentage(value: unknown, where: string): number | undefined {
  const record = field.optionalRecord(value, where);
  if (!record) return undefined;
  const percent = field.optionalNumber(record.value, `${where}.value`) ?? 0;
  if (percent < 0 || percent > 100) throw new ManifestError(`${where}.value: must be between 0 and 100`);
  return percent;
}

function mirrorPolicies(rule: Record<string, unknown>, where: string, notes: PlayNotes): MirrorPolicy[] {
  const policies: MirrorPolicy[] = [];
  if (rule.mirror !== undefined) {
    if (rule.mirrors !== undefined) throw new ManifestError(`${where}: mirror and mirrors cannot both be set`);
    let percent = percentage(rule.mirrorPercentage, `${where}.mirrorPercentage`);
    if (percent === undefined && rule.mirrorPercent !== undefined) {
      // Deprecated uint32 field (Istio < 1.5 spelling), still what the Iter8 tutorials write.
      const legacy = field.optionalNumber(rule.mirrorPercent, `${where}.mirrorPercent`) ?? 0;
      if (!Number.isInteger(legacy) || legacy < 0 || legacy > 100) {
        throw new ManifestError(`${where}.mirrorPercent: must be a whole number between 0 and 100`);
      }
      percent = legacy;
    }
    policies.push({ destination: destination(rule.mirror, `${where}.mirror`, notes), percent: percent ?? 100 });
  } else if (rule.mirrorPercentage !== undefined || rule.mirrorPercent !== undefined) {
    throw new ManifestError(`${where}: mirrorPercentage/mirrorPercent without mirror`);
  }
  field.optionalList(rule.mirrors, `${where}.mirrors`).forEach((entry, i) => {
    const at = `${where}.mirrors[${i}]`;
    const record = field.requiredRecord(entry, at);
    policies.push({
      destination: destination(record.destination, `${at}.destination`, notes),
      percent: percentage(record.percentage, `${at}.percentage`) ?? 100,
    });
  });
  return policies;
}

function matchRequest(value: unknown, where: string, namespace: string, notes: PlayNotes): HttpMatchRequest {
  const record = field.requiredRecord(value, where);
  notes.skipUnknownKeys(record, MATCH_KEYS, where, 'the condition is ignored');
  const gateways = field
    .optionalList(record.gateways, `${where}.gateways`)
    .map((g, i) => qualifyGateway(field.requiredString(g, `${where}.gateways[${i}]`), namespace));
  const port = field.optionalNumber(record.port, `${where}.port`);
  return {
    ...(record.uri !== undefined ? { uri: stringMatch(record.uri, `${where}.uri`) } : {}),
    ...(record.method !== undefined ? { method: stringMatch(record.method, `${where}.method`) } : {}),
    ...(record.authority !== undefined ? { authority: stringMatch(record.authority, `${where}.authority`) } : {}),
    headers: stringMatches(record.headers, `${where}.headers`),
    withoutHeaders: stringMatches(record.withoutHeaders, `${where}.withoutHeaders`),
    // Query parameter names are case sensitive.
    queryParams: Object.entries(field.optionalRecord(record.queryParams, `${where}.queryParams`) ?? {}).map(
      ([name, m]) => [name, stringMatch(m, `${where}.queryParams.${name}`)],
    ),
    ignoreUriCase: field.optionalBoolean(record.ignoreUriCase, `${where}.ignoreUriCase`) ?? false,
    ...(gateways.length > 0 ? { gateways } : {}),
    ...(port !== undefined ? { port } : {}),
  };
}

function httpRoute(value: unknown, where: string, namespace: string, notes: PlayNotes): HttpRoute | undefined {
  const record = field.requiredRecord(value, where);
  const name = field.optionalString(record.name, `${where}.name`);
  const label = name ?? where.slice(where.lastIndexOf(' ') + 1);
  const unplayable = Object.keys(record).filter((k) => !(HTTP_ROUTE_KEYS as readonly string[]).includes(k));
  if (record.route === undefined) {
    // redirect, directResponse or delegate only: the rule cannot be played at all.
    notes.skip(
      where,
      unplayable.length > 0 ? unplayable.join(', ') : 'a rule without route',
      'the whole rule is left out',
    );
    return undefined;
  }
  for (const key of unplayable) notes.skip(where, key);
  const routes = field.optionalList(record.route, `${where}.route`).map((entry, i): WeightedDestination => {
    const at = `${where}.route[${i}]`;
    const r = field.requiredRecord(entry, at);
    const headers = field.optionalRecord(r.headers, `${at}.headers`);
    const requestHeaders = headerOperations(headers?.request, `${at}.headers.request`);
    const responseHeaders = headerOperations(headers?.response, `${at}.headers.response`);
    return {
      destination: destination(r.destination, `${at}.destination`, notes),
      weight: field.optionalNumber(r.weight, `${at}.weight`) ?? 0,
      ...(requestHeaders ? { requestHeaders } : {}),
      ...(responseHeaders ? { responseHeaders } : {}),
    };
  });
  if (routes.length === 0) throw new ManifestError(`${where}.route: at least one destination is required`);
  // Istio: a single destination gets all traffic; with several, unset weights count as 0.
  if (routes.length === 1 && routes[0]) routes[0].weight = 100;
  else if (routes.every((r) => r.weight === 0))
    throw new ManifestError(`${where}.route: weights must add up to more than 0`);
  const rewriteRecord = field.optionalRecord(record.rewrite, `${where}.rewrite`);
  const rewriteUri = rewriteRecord ? field.optionalString(rewriteRecord.uri, `${where}.rewrite.uri`) : undefined;
  const rewriteAuthority = rewriteRecord
    ? field.optionalString(rewriteRecord.authority, `${where}.rewrite.authority`)
    : undefined;
  if (rewriteRecord) notes.skipUnknownKeys(rewriteRecord, ['uri', 'authority'], `${where}.rewrite`);
  const headers = field.optionalRecord(record.headers, `${where}.headers`);
  const requestHeaders = headerOperations(headers?.request, `${where}.headers.request`);
  const responseHeaders = headerOperations(headers?.response, `${where}.headers.response`);
  return {
    label,
    match: field
      .optionalList(record.match, `${where}.match`)
      .map((m, i) => matchRequest(m, `${where}.match[${i}]`, namespace, notes)),
    route: routes,
    ...(rewriteRecord
      ? {
          rewrite: {
            ...(rewriteUri !== undefined ? { uri: rewriteUri } : {}),
            ...(rewriteAuthority !== undefined ? { authority: rewriteAuthority } : {}),
          },
        }
      : {}),
    ...(requestHeaders ? { requestHeaders } : {}),
    ...(responseHeaders ? { responseHeaders } : {}),
    mirrors: mirrorPolicies(record, where, notes),
  };
}

/** Parses one `kind: VirtualService` document (networking.istio.io/v1alpha3, v1beta1 or v1). */
export function parseVirtualService(document: ManifestDocument, notes: PlayNotes): VirtualService {
  const { name, namespace, where } = objectName(document);
  const apiVersion = field.optionalString(document.value.apiVersion, `${where}: apiVersion`) ?? '';
  if (!apiVersion.startsWith('networking.istio.io/')) {
    throw new ManifestError(`${where}: apiVersion ${apiVersion || '(none)'} is not networking.istio.io/*`);
  }
  const spec = field.requiredRecord(document.value.spec, `${where}: spec`);
  notes.skipUnknownKeys(spec, VS_SPEC_KEYS, where, 'only HTTP routes are played');
  const hosts = field
    .optionalList(spec.hosts, `${where}: spec.hosts`)
    .map((h, i) => field.requiredString(h, `${where}: spec.hosts[${i}]`).toLowerCase());
  if (hosts.length === 0) throw new ManifestError(`${where}: spec.hosts: at least one host is required`);
  const gateways = field
    .optionalList(spec.gateways, `${where}: spec.gateways`)
    .map((g, i) => qualifyGateway(field.requiredString(g, `${where}: spec.gateways[${i}]`), namespace));
  const http = field
    .optionalList(spec.http, `${where}: spec.http`)
    .map((rule, i) => httpRoute(rule, `${where}: http[${i}]`, namespace, notes))
    .filter((rule): rule is HttpRoute => rule !== undefined);
  return { name, namespace, hosts, gateways: gateways.length > 0 ? gateways : [MESH_GATEWAY], http };
}

// ---------------------------------------------------------------------------------------------
// Matching

/** The host part of an authority, lower case: `Example.com:8080` -> `example.com`. */
export function authorityHost(authority: string): string {
  const trimmed = authority.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1);
  const colon = trimmed.lastIndexOf(':');
  return colon >= 0 && /^\d+$/.test(trimmed.slice(colon + 1)) ? trimmed.slice(0, colon) : trimmed;
}

/**
 * Envoy's shadow host: `-shadow` appended to the host, before any port
 * (`example.com` -> `example.com-shadow`, `example.com:8080` -> `example.com-shadow:8080`).
 */
export function shadowAuthority(authority: string): string {
  const colon = authority.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(authority.slice(colon + 1)) && !authority.endsWith(']')) {
    return `${authority.slice(0, colon)}-shadow${authority.slice(colon)}`;
  }
  return `${authority}-shadow`;
}

/** How well a VirtualService host matches a request host: higher is more specific, undefined is no match. */
export function hostMatchScore(vsHost: string, host: string, namespace: string): number | undefined {
  if (vsHost === '*') return 0;
  if (vsHost.startsWith('*.')) return host.endsWith(vsHost.slice(1)) ? vsHost.length : undefined;
  if (vsHost === host) return 1000 + vsHost.length;
  // A short name stands for the Kubernetes Service in the VirtualService's namespace.
  if (
    !vsHost.includes('.') &&
    (host === `${vsHost}.${namespace}.svc.cluster.local` || host === `${vsHost}.${namespace}`)
  ) {
    return 1000 + vsHost.length;
  }
  return undefined;
}

function matchesString(match: StringMatch, value: string | undefined, ignoreCase = false): boolean {
  if (value === undefined) return false;
  const subject = ignoreCase ? value.toLowerCase() : value;
  switch (match.kind) {
    case 'exact':
      return subject === (ignoreCase ? match.value.toLowerCase() : match.value);
    case 'prefix':
      return subject.startsWith(ignoreCase ? match.value.toLowerCase() : match.value);
    case 'regex':
      return match.regex?.test(value) ?? false;
  }
}

function splitPath(path: string): { pathname: string; query: URLSearchParams } {
  const q = path.indexOf('?');
  return q < 0
    ? { pathname: path, query: new URLSearchParams() }
    : { pathname: path.slice(0, q), query: new URLSearchParams(path.slice(q + 1)) };
}

const pathnameOf = (path: string): string => {
  const q = path.indexOf('?');
  return q < 0 ? path : path.slice(0, q);
};

function matchesRequest(match: HttpMatchRequest, request: RouteRequest, gateway: string, port: number): boolean {
  const pathname = pathnameOf(request.path);
  if (match.gateways && !match.gateways.includes(gateway)) return false;
  if (match.port !== undefined && match.port !== port) return false;
  if (match.uri && !matchesString(match.uri, pathname, match.ignoreUriCase)) return false;
  if (match.method && !matchesString(match.method, request.method)) return false;
  if (match.authority && !matchesString(match.authority, request.authority)) return false;
  for (const [name, m] of match.headers) if (!matchesString(m, request.headers[name])) return false;
  for (const [name, m] of match.withoutHeaders) if (matchesString(m, request.headers[name])) return false;
  // The query string is parsed only for a rule that matches on it (every request goes through here).
  if (match.queryParams.length > 0) {
    const { query } = splitPath(request.path);
    for (const [name, m] of match.queryParams) if (!matchesString(m, query.get(name) ?? undefined)) return false;
  }
  return true;
}

function ruleMatches(
  rule: HttpRoute,
  request: RouteRequest,
  gateway: string,
  port: number,
): HttpMatchRequest | 'any' | undefined {
  if (rule.match.length === 0) return 'any';
  return rule.match.find((m) => matchesRequest(m, request, gateway, port));
}

export function applyHeaderOperations(
  headers: Record<string, string>,
  operations: HeaderOperations | undefined,
): Record<string, string> {
  if (!operations) return headers;
  const result = { ...headers };
  for (const [name, value] of operations.set) result[name] = value;
  for (const [name, value] of operations.add)
    result[name] = result[name] !== undefined ? `${result[name]},${value}` : value;
  for (const name of operations.remove) delete result[name];
  return result;
}

function rewrite(request: RouteRequest, rule: HttpRoute, matched: HttpMatchRequest | 'any'): RouteRequest {
  if (!rule.rewrite) return request;
  let path = request.path;
  if (rule.rewrite.uri !== undefined) {
    const { pathname } = splitPath(request.path);
    const rest = request.path.slice(pathname.length);
    // A prefix match rewrites the matched prefix only; any other match rewrites the whole path.
    if (matched !== 'any' && matched.uri?.kind === 'prefix')
      path = rule.rewrite.uri + pathname.slice(matched.uri.value.length) + rest;
    else path = rule.rewrite.uri + rest;
  }
  return { ...request, path, ...(rule.rewrite.authority !== undefined ? { authority: rule.rewrite.authority } : {}) };
}

function pickWeighted(routes: WeightedDestination[], random: () => number): WeightedDestination {
  const total = routes.reduce((sum, r) => sum + r.weight, 0);
  let point = random() * total;
  for (const route of routes) {
    if (point < route.weight) return route;
    point -= route.weight;
  }
  return routes[routes.length - 1] as WeightedDestination;
}

/** The VirtualServices bound to `gateway` whose hosts match the request, most specific host first. */
export function virtualServicesFor(
  virtualServices: readonly VirtualService[],
  gateway: string,
  authority: string,
): VirtualService[] {
  const host = authorityHost(authority);
  return virtualServices
    .filter((vs) => vs.gateways.includes(gateway))
    .map((vs, order) => ({
      vs,
      order,
      score: Math.max(...vs.hosts.map((h) => hostMatchScore(h, host, vs.namespace) ?? -1)),
    }))
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.vs);
}

/**
 * Routes one request arriving at `gateway` (listener port `port`): the first matching rule of the
 * matching VirtualServices decides the destination, the request as forwarded, and the mirror copies.
 */
export function routeRequest(
  virtualServices: readonly VirtualService[],
  gateway: string,
  request: RouteRequest,
  options: RoutingOptions = {},
  port = 80,
): RouteDecision {
  const random = options.random ?? Math.random;
  for (const vs of virtualServicesFor(virtualServices, gateway, request.authority)) {
    for (const rule of vs.http) {
      const matched = ruleMatches(rule, request, gateway, port);
      if (!matched) continue;
      const rewritten = rewrite(request, rule, matched);
      const forwarded: RouteRequest = {
        ...rewritten,
        headers: applyHeaderOperations(rewritten.headers, rule.requestHeaders),
      };
      const mirrors: MirrorCopy[] = [];
      for (const policy of rule.mirrors) {
        if (policy.percent <= 0 || random() * 100 >= policy.percent) continue;
        const authority =
          options.shadowHostSuffix === false ? forwarded.authority : shadowAuthority(forwarded.authority);
        mirrors.push({
          destination: policy.destination,
          request: { ...forwarded, authority, headers: { ...forwarded.headers } },
        });
      }
      const chosen = pickWeighted(rule.route, random);
      return {
        kind: 'route',
        virtualService: vs,
        rule,
        destination: chosen.destination,
        request: { ...forwarded, headers: applyHeaderOperations(forwarded.headers, chosen.requestHeaders) },
        responseHeaders: [rule.responseHeaders, chosen.responseHeaders].filter(
          (h): h is HeaderOperations => h !== undefined,
        ),
        mirrors,
      };
    }
  }
  return {
    kind: 'no-route',
    message: `no VirtualService rule on gateway ${gateway} for authority ${request.authority} ${request.method} ${request.path}`,
  };
}
