// The function process of the fleet benchmark: the cluster function, configured from the
// environment as in a pod (KUBECONFIG, ITER8FN_PROMETHEUS_URL, ITER8FN_SCAN_CONCURRENCY), serves one
// scan tick (a PingSource event with data {}), and reports the tick's wall time, the process's peak
// resident memory and what became of each experiment.
//
//   node dist/bench/fleet-tick-main.js '{}'   (the environment says the rest)

import { createClusterFunction } from '../src/function/cluster.js';
import { readFunctionConfig } from '../src/function/config.js';
import { pingEvent, replyData } from './cluster.js';
import { serveChild } from './support.js';

export interface FleetTickResult {
  wallMs: number;
  /** The process's peak resident set, start-up included (getrusage ru_maxrss). */
  peakRssBytes: number;
  /** Resident set once the function was ready, before the tick. */
  readyRssBytes: number;
  /** CPU time the function process used during the tick (user + system). */
  cpuMs: number;
  /** Experiments per outcome (iterated, errored, ...). */
  outcomes: Record<string, number>;
  /** The first message of an experiment that did not iterate, if any. */
  firstProblem?: string;
}

serveChild<Record<string, never>, FleetTickResult>(async () => {
  const fn = await createClusterFunction(readFunctionConfig(process.env), { log: () => undefined });
  const readyRssBytes = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const reply = await fn.handle({ cloudevent: pingEvent({}) });
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const outcomes: Record<string, number> = {};
  let firstProblem: string | undefined;
  const experiments = replyData(reply).experiments;
  for (const entry of Array.isArray(experiments) ? (experiments as Array<Record<string, unknown>>) : []) {
    const result = String(entry.result);
    outcomes[result] = (outcomes[result] ?? 0) + 1;
    if (result !== 'iterated' && firstProblem === undefined)
      firstProblem = `${String(entry.experiment)}: ${result}: ${typeof entry.message === 'string' ? entry.message : ''}`;
  }
  if (!Array.isArray(experiments)) firstProblem = `no scan reply: ${JSON.stringify(replyData(reply)).slice(0, 300)}`;
  return {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssBytes,
    readyRssBytes,
    outcomes,
    ...(firstProblem ? { firstProblem } : {}),
  };
});
