// A ledger of the experiment status writes the test API server applies: each one must count exactly
// one iteration (completedIterations = the number of writes applied so far) and come at least
// `minSpacingMs` after the previous one (the due rule held: no tick counted twice). Broken rules
// are collected, not thrown: a hook that throws would only fail the function's request.

import type { ExperimentStatus } from '../../src/experiment/types.js';
import type { KubeApiServer, RequestInfo } from './kube-api-server.js';

export const EXPERIMENT_RESOURCE = 'experiments.iter8.tools';

export interface StatusLedger {
  /** Status writes applied to namespace/name. */
  applied(namespace: string, name: string): number;
  /** Status writes applied to every experiment. */
  total(): number;
  /** Rules broken so far, one line each. */
  readonly violations: string[];
  /** Called after each applied write (after the ledger's checks), before the answer is sent. */
  onApplied(listener: ((info: RequestInfo) => void | Promise<void>) | undefined): void;
  /** Stops watching. */
  close(): void;
}

export const isStatusWrite = (info: RequestInfo): boolean =>
  info.resource === 'experiments' && info.subresource === 'status' && info.verb === 'patch';

export function watchStatusWrites(kube: KubeApiServer, minSpacingMs: number): StatusLedger {
  const entries = new Map<string, { count: number; lastUpdateTime?: number }>();
  const violations: string[] = [];
  let total = 0;
  let listener: ((info: RequestInfo) => void | Promise<void>) | undefined;
  const stop = kube.beforeAnswer(async (info, status) => {
    if (!isStatusWrite(info) || status !== 200) return;
    const key = `${info.namespace}/${info.name}`;
    const entry = entries.get(key) ?? { count: 0 };
    entry.count += 1;
    total += 1;
    entries.set(key, entry);
    const written = kube.get(EXPERIMENT_RESOURCE, info.namespace ?? '', info.name ?? '')?.status as
      ExperimentStatus | undefined;
    const updatedAt = Date.parse(written?.lastUpdateTime ?? '');
    if (written?.completedIterations !== entry.count)
      violations.push(`${key}: status write ${entry.count} stored completedIterations ${written?.completedIterations}`);
    if (entry.lastUpdateTime !== undefined && updatedAt - entry.lastUpdateTime < minSpacingMs) {
      violations.push(
        `${key}: iterations ${entry.count - 1} and ${entry.count} only ${updatedAt - entry.lastUpdateTime} ms apart`,
      );
    }
    entry.lastUpdateTime = updatedAt;
    await listener?.(info);
  });
  return {
    applied: (namespace, name) => entries.get(`${namespace}/${name}`)?.count ?? 0,
    total: () => total,
    violations,
    onApplied: (next) => {
      listener = next;
    },
    close: stop,
  };
}
