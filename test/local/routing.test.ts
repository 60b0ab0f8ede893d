// VirtualService routing as Istio plays it: first matching rule wins, authority rewrite, header
// operations, weights, and mirror copies (mirrorPercentage / mirrorPercent / mirrors, -shadow).

import { describe, expect, it } from '@jest/globals';
import { parseDocument } from 'yaml';
import { ManifestError, PlayNotes, type ManifestDocument } from '../../src/local/manifest.js';
import {
  parseVirtualService,
  routeRequest,
  shadowAuthority,
  type RouteRequest,
  type VirtualService,
} from '../../src/local/routing.js';

function vs(yaml: string, notes = new PlayNotes()): VirtualService {
  const document: ManifestDocument = {
    file: 'routing-rules.yaml',
    index: 1,
    value: parseDocument(yaml).toJS() as Record<string, unknown>,
  };
  return parseVirtualService(document, notes);
}

const request = (authority: string, extra: Partial<RouteRequest> = {}): RouteRequest => ({
  method: 'GET',
  path: '/',
  authority,
  headers: {},
  ...extra,
});

/** A fixed sequence of [0,1) numbers. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] as number;
};

const mirroring = (mirror: string) =>
  vs(`
apiVersion: networking.istio.io/v1alpha3
kind: VirtualService
metadata: {name: example-mirroring}
spec:
  gateways: [mesh, knative-serving/knative-ingress-gateway]
  hosts: [example.com]
  http:
  - rewrite: {authority: example.com}
    route:
    - destination: {host: knative-local-gateway.istio-system.svc.cluster.local}
    mirror: {host: knative-local-gateway.istio-system.svc.cluster.local}
${mirror}
`);

const localRouting = vs(`
apiVersion: networking.istio.io/v1alpha3
kind: VirtualService
metadata: {name: example-routing}
spec:
  gateways: [knative-serving/knative-local-gateway]
  hosts: ["*"]
  http:
  - match: [{authority: {prefix: example.com-shadow}}]
    route:
    - destination: {host: sample-app-v2.default.svc.cluster.local, port: {number: 80}}
      headers: {request: {set: {Knative-Serving-Revision: sample-app-v2}}}
  - match: [{authority: {prefix: example.com}}]
    route:
    - destination: {host: sample-app-v1.default.svc.cluster.local, port: {number: 80}}
      headers: {request: {set: {Knative-Serving-Revision: sample-app-v1}}}
`);

describe('parsing', () => {
  it('reads mirrorPercentage.value, the deprecated mirrorPercent, mirrors[], and defaults to 100%', () => {
    expect(mirroring('    mirrorPercentage: {value: 40.0}').http[0]?.mirrors.map((m) => m.percent)).toEqual([40]);
    expect(mirroring('    mirrorPercent: 40').http[0]?.mirrors.map((m) => m.percent)).toEqual([40]);
    expect(mirroring('').http[0]?.mirrors.map((m) => m.percent)).toEqual([100]);
    expect(
      mirroring('    mirrorPercentage: {value: 12.5}\n    mirrorPercent: 90').http[0]?.mirrors.map((m) => m.percent),
    ).toEqual([12.5]);
  });

  it('qualifies gateways, defaults to mesh, and names what it does not play', () => {
    const notes = new PlayNotes();
    const parsed = vs(
      `
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: {name: v, namespace: apps}
spec:
  hosts: [a.example]
  http:
  - timeout: 5s
    retries: {attempts: 3}
    route: [{destination: {host: a, subset: v1}}]
  - redirect: {uri: /elsewhere}
`,
      notes,
    );
    expect(parsed.gateways).toEqual(['mesh']);
    expect(parsed.http).toHaveLength(1);
    expect(notes.lines).toEqual([
      'routing-rules.yaml: VirtualService v: http[0]: timeout not played locally, skipped',
      'routing-rules.yaml: VirtualService v: http[0]: retries not played locally, skipped',
      'routing-rules.yaml: VirtualService v: http[0].route[0].destination: subset v1 not played locally (DestinationRule subsets are not read), skipped',
      'routing-rules.yaml: VirtualService v: http[1]: redirect not played locally (the whole rule is left out), skipped',
    ]);
    expect(
      vs(
        'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: g, namespace: ns1}\nspec: {hosts: [x], gateways: [gw]}',
      ).gateways,
    ).toEqual(['ns1/gw']);
  });

  it('refuses shapes Istio refuses, naming the field', () => {
    expect(() => mirroring('    mirrorPercent: 140')).toThrow(ManifestError);
    expect(() => mirroring('    mirrorPercent: 140')).toThrow(
      /http\[0\]\.mirrorPercent: must be a whole number between 0 and 100/,
    );
    expect(() => mirroring('    mirrorPercentage: {value: -1}')).toThrow(
      /mirrorPercentage\.value: must be between 0 and 100/,
    );
    expect(() => vs('apiVersion: v1\nkind: VirtualService\nmetadata: {name: x}\nspec: {hosts: [a]}')).toThrow(
      /apiVersion v1 is not networking\.istio\.io/,
    );
    expect(() =>
      vs('apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: x}\nspec: {hosts: []}'),
    ).toThrow(/spec\.hosts: at least one host/);
    expect(() =>
      vs(
        'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: x}\nspec: {hosts: [a], http: [{match: [{uri: {prefix: /a, exact: /b}}], route: [{destination: {host: a}}]}]}',
      ),
    ).toThrow(/match\[0\]\.uri: expected exactly one of exact, prefix, regex/);
  });
});

describe('routing', () => {
  const all = (mirror: string) => [mirroring(mirror), localRouting];

  it('routes the client request to the local gateway and mirrors a copy with -shadow appended', () => {
    const decision = routeRequest(all('    mirrorPercent: 40'), 'mesh', request('example.com'), {
      random: sequence(0.1),
    });
    expect(decision.kind).toBe('route');
    if (decision.kind !== 'route') return;
    expect(decision.destination.host).toBe('knative-local-gateway.istio-system.svc.cluster.local');
    expect(decision.mirrors).toHaveLength(1);
    expect(decision.mirrors[0]?.request.authority).toBe('example.com-shadow');
    // 0.5 * 100 >= 40: no copy.
    const none = routeRequest(all('    mirrorPercent: 40'), 'mesh', request('example.com'), { random: sequence(0.5) });
    expect(none.kind === 'route' && none.mirrors).toEqual([]);
  });

  it('at the local gateway the first matching rule wins: -shadow goes to v2, the rest to v1, with headers set', () => {
    const shadow = routeRequest(all(''), 'knative-serving/knative-local-gateway', request('example.com-shadow'));
    const live = routeRequest(all(''), 'knative-serving/knative-local-gateway', request('example.com'));
    expect(
      shadow.kind === 'route' && [shadow.destination.host, shadow.request.headers['knative-serving-revision']],
    ).toEqual(['sample-app-v2.default.svc.cluster.local', 'sample-app-v2']);
    expect(live.kind === 'route' && live.destination.host).toBe('sample-app-v1.default.svc.cluster.local');
    // The gateway VirtualService does not apply at the local gateway, nor the local one at the mesh.
    expect(routeRequest([localRouting], 'mesh', request('example.com')).kind).toBe('no-route');
  });

  it('Istio >= 1.28 (no -shadow suffix): the copy keeps its authority and would match the live rule', () => {
    const decision = routeRequest(all(''), 'mesh', request('example.com'), { shadowHostSuffix: false });
    const copy = decision.kind === 'route' ? decision.mirrors[0]?.request : undefined;
    expect(copy?.authority).toBe('example.com');
    const next = routeRequest(all(''), 'knative-serving/knative-local-gateway', copy ?? request(''));
    expect(next.kind === 'route' && next.destination.host).toBe('sample-app-v1.default.svc.cluster.local');
  });

  it('appends -shadow before a port, as Envoy does', () => {
    expect(shadowAuthority('example.com')).toBe('example.com-shadow');
    expect(shadowAuthority('example.com:8080')).toBe('example.com-shadow:8080');
  });

  it('matches hosts exactly, by wildcard, or *, preferring the most specific VirtualService', () => {
    const wildcard = vs(
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: w}\nspec: {hosts: ["*.example.com"], http: [{route: [{destination: {host: w}}]}]}',
    );
    const exact = vs(
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: e}\nspec: {hosts: [a.example.com], http: [{route: [{destination: {host: e}}]}]}',
    );
    const pick = (authority: string) => {
      const d = routeRequest([wildcard, exact], 'mesh', request(authority));
      return d.kind === 'route' ? d.destination.host : d.kind;
    };
    expect(pick('a.example.com')).toBe('e');
    expect(pick('A.Example.com:80')).toBe('e');
    expect(pick('b.example.com')).toBe('w');
    expect(pick('example.org')).toBe('no-route');
  });

  it('plays uri, method, header and query matches, uri prefix rewrites, and weights', () => {
    const service = vs(`
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: m}
spec:
  hosts: [m.example]
  http:
  - match: [{uri: {prefix: /api/}, headers: {x-user: {regex: "adm.*"}}, method: {exact: POST}}]
    rewrite: {uri: /v2/}
    route: [{destination: {host: admin}}]
  - match: [{queryParams: {beta: {exact: "1"}}}]
    route: [{destination: {host: a}, weight: 25}, {destination: {host: b}, weight: 75}]
  - route: [{destination: {host: fallback}}]
`);
    const admin = routeRequest(
      [service],
      'mesh',
      request('m.example', { method: 'POST', path: '/api/x?y=1', headers: { 'x-user': 'admin' } }),
    );
    expect(admin.kind === 'route' && [admin.destination.host, admin.request.path]).toEqual(['admin', '/v2/x?y=1']);
    const notAdmin = routeRequest(
      [service],
      'mesh',
      request('m.example', { method: 'GET', path: '/api/x', headers: { 'x-user': 'admin' } }),
    );
    expect(notAdmin.kind === 'route' && notAdmin.destination.host).toBe('fallback');
    const weighted = (r: number) => {
      const d = routeRequest([service], 'mesh', request('m.example', { path: '/?beta=1' }), { random: sequence(r) });
      return d.kind === 'route' ? d.destination.host : undefined;
    };
    expect([weighted(0.1), weighted(0.24), weighted(0.26), weighted(0.99)]).toEqual(['a', 'a', 'b', 'b']);
  });
});
