// Optional RBAC: requests bearing a configured token are authorized against PolicyRules, as
// kube-apiserver's RBAC authorizer does for the verbs, resources and names iter8fn uses.

import { parseAllDocuments } from 'yaml';
import type { RequestInfo } from './request.js';
import type { KubeObject } from './resources.js';
import { ApiStatusError } from './status.js';

export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs: string[];
  resourceNames?: string[];
}

/** Rules granted to one bearer token, everywhere (ClusterRole) or in some namespaces (Role). */
export interface Grant {
  rules: PolicyRule[];
  /** undefined: every namespace. */
  namespace?: string;
}

/** Who a token is, and what it may do. */
export interface Subject {
  user: string;
  grants: Grant[];
}

/** Throws 403 with kube-apiserver's message unless a grant of `subject` allows the request. */
export function authorize(subject: Subject, info: RequestInfo): void {
  const resource = info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
  const allowed = subject.grants.some(
    (grant) =>
      (grant.namespace === undefined || grant.namespace === info.namespace) &&
      grant.rules.some(
        (rule) =>
          (rule.apiGroups ?? []).some((g) => g === '*' || g === info.group) &&
          (rule.resources ?? []).some((r) => r === '*' || r === resource) &&
          rule.verbs.some((v) => v === '*' || v === info.verb) &&
          (!rule.resourceNames?.length || (info.name !== undefined && rule.resourceNames.includes(info.name))),
      ),
  );
  if (allowed) return;
  const where = info.namespace ? ` in the namespace "${info.namespace}"` : ' at the cluster scope';
  const target = `${info.group ? `${info.resource}.${info.group}` : info.resource}${info.name ? ` "${info.name}"` : ''}`;
  throw new ApiStatusError(
    403,
    'Forbidden',
    `${target} is forbidden: User "${subject.user}" cannot ${info.verb} resource "${resource}" in API group "${info.group}"${where}`,
    { ...(info.name ? { name: info.name } : {}), group: info.group, kind: info.resource },
  );
}

/** The rules the shipped RBAC YAML grants a service account, as the test server enforces them. */
export function grantsFromRbacYaml(text: string, serviceAccount: { namespace: string; name: string }): Grant[] {
  const documents = parseAllDocuments(text)
    .map((d) => d.toJS() as KubeObject | null)
    .filter((d): d is KubeObject => d !== null);
  const roles = new Map<string, PolicyRule[]>();
  for (const doc of documents) {
    if (doc.kind === 'ClusterRole' || doc.kind === 'Role') {
      roles.set(
        `${doc.kind}/${doc.kind === 'Role' ? `${String(doc.metadata?.namespace)}/` : ''}${String(doc.metadata?.name)}`,
        (doc.rules as PolicyRule[]) ?? [],
      );
    }
  }
  const grants: Grant[] = [];
  for (const doc of documents) {
    if (doc.kind !== 'ClusterRoleBinding' && doc.kind !== 'RoleBinding') continue;
    const subjects = (doc.subjects as Array<{ kind: string; name: string; namespace?: string }>) ?? [];
    if (
      !subjects.some(
        (s) =>
          s.kind === 'ServiceAccount' && s.name === serviceAccount.name && s.namespace === serviceAccount.namespace,
      )
    )
      continue;
    const ref = doc.roleRef as { kind: string; name: string };
    const bindingNamespace = doc.kind === 'RoleBinding' ? String(doc.metadata?.namespace) : undefined;
    const key = ref.kind === 'Role' ? `Role/${bindingNamespace}/${ref.name}` : `ClusterRole/${ref.name}`;
    const rules = roles.get(key);
    if (!rules)
      throw new Error(`${doc.kind} ${String(doc.metadata?.name)} refers to ${key}, which the YAML does not define`);
    grants.push({ rules, ...(bindingNamespace ? { namespace: bindingNamespace } : {}) });
  }
  return grants;
}
