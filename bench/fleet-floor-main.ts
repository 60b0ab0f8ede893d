// The floor of the fleet benchmark: the work of one scan tick done by a bare node:http client in a
// process that does nothing else, at the same concurrency as the function's scan. It LISTs the
// experiments (cluster-wide, in pages of LIST_PAGE_SIZE, as the function does), then for each experiment,
// with `concurrency` experiments at once: its four queries at once, then a status merge PATCH of
// the status the function wrote (sent back with a new lastUpdateTime, so each is a real write),
// carrying the resourceVersion the LIST returned.
//
//   node dist/bench/fleet-floor-main.js '{"kubeUrl":...,"token":...,"prometheusUrl":...,"file":"work.json","concurrency":8}'

import { readFileSync } from 'node:fs';
import { bareRequest } from './bare-http.js';
import { serveChild } from './support.js';
import { LIST_PAGE_SIZE } from '../src/store/kubernetes-api.js';

export interface FleetFloorInput {
  kubeUrl: string;
  token: string;
  prometheusUrl: string;
  /** A JSON file of FleetFloorWork. */
  file: string;
  concurrency: number;
}

/** Per experiment (namespace/name): the query targets (path and query string) and the status to write. */
export type FleetFloorWork = Record<string, { queries: string[]; status: Record<string, unknown> }>;

export interface FleetFloorResult {
  wallMs: number;
  /** This process's CPU time during the work (user + system). */
  cpuMs: number;
  experiments: number;
  queries: number;
  patches: number;
  /** Answers other than 200, or no answer. */
  failures: number;
  firstFailure?: string;
}

const LIST_PATH = '/apis/iter8.tools/v2alpha2/experiments';

interface Listed {
  items: Array<{ metadata: { name: string; namespace: string; resourceVersion: string } }>;
  metadata: { continue?: string };
}

serveChild<FleetFloorInput, FleetFloorResult>(async (input) => {
  const work = JSON.parse(readFileSync(input.file, 'utf8')) as FleetFloorWork;
  const auth = { authorization: `Bearer ${input.token}` };
  let failures = 0;
  let firstFailure: string | undefined;
  let queries = 0;
  let patches = 0;
  const fail = (what: string): void => {
    failures++;
    firstFailure ??= what;
  };
  const cpu = process.cpuUsage();
  const started = performance.now();

  const items: Listed['items'] = [];
  let next: string | undefined;
  do {
    const page = await bareRequest(
      `${input.kubeUrl}${LIST_PATH}?limit=${LIST_PAGE_SIZE}${next ? `&continue=${encodeURIComponent(next)}` : ''}`,
      { headers: auth },
    );
    if (page.status !== 200) throw new Error(`floor LIST answered ${page.status}: ${page.text.slice(0, 200)}`);
    const listed = JSON.parse(page.text) as Listed;
    items.push(...listed.items);
    next = listed.metadata.continue || undefined;
  } while (next);

  let at = 0;
  const worker = async (): Promise<void> => {
    while (at < items.length) {
      const { metadata } = items[at++] as Listed['items'][number];
      const key = `${metadata.namespace}/${metadata.name}`;
      const own = work[key];
      if (!own) {
        fail(`${key}: listed, but no work for it`);
        continue;
      }
      await Promise.all(
        own.queries.map(async (target) => {
          queries++;
          const answer = await bareRequest(`${input.prometheusUrl}${target}`);
          JSON.parse(answer.text);
          if (answer.status !== 200) fail(`${key}: query answered ${answer.status}`);
        }),
      );
      const path = `${input.kubeUrl}/apis/iter8.tools/v2alpha2/namespaces/${metadata.namespace}/experiments/${metadata.name}/status`;
      const status = { ...own.status, lastUpdateTime: new Date().toISOString() };
      const written = await bareRequest(path, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ metadata: { resourceVersion: metadata.resourceVersion }, status }),
      });
      JSON.parse(written.text);
      patches++;
      if (written.status !== 200)
        fail(`${key}: status PATCH answered ${written.status}: ${written.text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(input.concurrency, items.length) }, worker));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    experiments: items.length,
    queries,
    patches,
    failures,
    ...(firstFailure ? { firstFailure } : {}),
  };
});
