// API discovery documents (/version, /api, /apis, group and resource lists), enough for kubectl
// and client-node to find the resources the test API server serves.

import type { ResourceDefinition } from './resources.js';

export interface DiscoveryOptions {
  /** Reported by /version; kubectl's dispatcher picks its minor version from it. */
  minorVersion: string;
  /** The server's own URL (http://host:port). */
  url: string;
}

/** The discovery document at `path`, or undefined when `path` is not a discovery path. */
export function discovery(resources: readonly ResourceDefinition[], path: string, options: DiscoveryOptions): unknown {
  const groups = [...new Set(resources.filter((d) => d.group !== '').map((d) => d.group))];
  const groupVersions = (group: string) => {
    const versions = [...new Set(resources.filter((d) => d.group === group).flatMap((d) => d.versions))];
    return versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  };
  const apiGroup = (group: string) => {
    const versions = groupVersions(group);
    return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions, preferredVersion: versions[0] };
  };
  if (path === '/version') {
    const minor = options.minorVersion;
    return {
      major: '1',
      minor,
      gitVersion: `v1.${minor}.0`,
      platform: 'linux/amd64',
      goVersion: 'go1.22.0',
      compiler: 'gc',
    };
  }
  if (path === '/api')
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: options.url.slice(7) }],
    };
  if (path === '/apis') return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map(apiGroup) };
  if (path === '/api/v1') return resourceList(resources, '', 'v1');
  const match = /^\/apis\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
  if (match && groups.includes(match[1] as string)) {
    if (match[2] === undefined) return apiGroup(match[1] as string);
    if (resources.some((d) => d.group === match[1] && d.versions.includes(match[2] as string)))
      return resourceList(resources, match[1] as string, match[2]);
  }
  return undefined;
}

function resourceList(resources: readonly ResourceDefinition[], group: string, version: string) {
  const listed = resources
    .filter((d) => d.group === group && d.versions.includes(version))
    .flatMap((d) => {
      const namespaced = true;
      const main = {
        name: d.plural,
        singularName: d.singular,
        namespaced,
        kind: d.kind,
        verbs: ['create', 'delete', 'get', 'list', 'patch', 'update'],
        ...(d.shortNames?.length ? { shortNames: d.shortNames } : {}),
      };
      const status = {
        name: `${d.plural}/status`,
        singularName: '',
        namespaced,
        kind: d.kind,
        verbs: ['get', 'patch', 'update'],
      };
      return d.statusSubresource ? [main, status] : [main];
    });
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: listed,
  };
}
