// What a destination host in a VirtualService means on the local "cluster": one of Knative's
// gateways (routing continues there), a revision's Kubernetes Service (the request goes to that
// revision's process), or a Knative Service's cluster-local route (its traffic split picks a
// revision). Anything else (an external host, a Service that is not part of the tutorial) cannot
// be reached locally.

/** net-istio's gateway Services and the Istio Gateway each one serves (config/203-local-gateway.yaml etc.). */
export const GATEWAY_SERVICES: Readonly<Record<string, string>> = {
  'knative-local-gateway.istio-system': 'knative-serving/knative-local-gateway',
  'istio-ingressgateway.istio-system': 'knative-serving/knative-ingress-gateway',
};

export interface TrafficShare {
  revisionName: string;
  percent: number;
}

/** A Knative Service as its route sees it: the revisions it splits traffic over. */
export interface KnativeRoute {
  namespace: string;
  name: string;
  traffic: TrafficShare[];
}

export type Target =
  | { kind: 'gateway'; gateway: string }
  | { kind: 'revision'; namespace: string; name: string }
  | { kind: 'service'; route: KnativeRoute }
  | { kind: 'unknown'; host: string };

export interface KnownObjects {
  /** `namespace/name` of every local revision. */
  revisions: ReadonlySet<string>;
  /** `namespace/name` -> route. */
  services: ReadonlyMap<string, KnativeRoute>;
}

/** `name.namespace.svc.cluster.local`, `name.namespace.svc`, `name.namespace` or `name` -> [name, namespace]. */
export function serviceName(host: string, defaultNamespace: string): [string, string] | undefined {
  const bare = host
    .toLowerCase()
    .replace(/\.svc\.cluster\.local$/, '')
    .replace(/\.svc$/, '');
  const parts = bare.split('.');
  if (parts.length === 1 && parts[0]) return [parts[0], defaultNamespace];
  if (parts.length === 2 && parts[0] && parts[1]) return [parts[0], parts[1]];
  return undefined;
}

export function resolveDestination(host: string, defaultNamespace: string, known: KnownObjects): Target {
  const named = serviceName(host, defaultNamespace);
  if (!named) return { kind: 'unknown', host };
  const [name, namespace] = named;
  const gateway = GATEWAY_SERVICES[`${name}.${namespace}`];
  if (gateway) return { kind: 'gateway', gateway };
  // Knative gives every revision a public Service (<rev>) and a private one (<rev>-private).
  for (const candidate of [name, name.replace(/-private$/, '')]) {
    if (known.revisions.has(`${namespace}/${candidate}`)) return { kind: 'revision', namespace, name: candidate };
  }
  const route = known.services.get(`${namespace}/${name}`);
  if (route) return { kind: 'service', route };
  return { kind: 'unknown', host };
}

/** Picks a revision by the route's percentages. */
export function pickRevision(route: KnativeRoute, random: () => number): string | undefined {
  let point = random() * 100;
  for (const share of route.traffic) {
    if (point < share.percent) return share.revisionName;
    point -= share.percent;
  }
  return route.traffic.filter((s) => s.percent > 0).at(-1)?.revisionName;
}
