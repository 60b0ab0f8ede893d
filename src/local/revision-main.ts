// Entry point of one local revision process (forked by revision-process.ts): the sample app on a
// free loopback port, measured queue-proxy style, with its own /metrics port (queue-proxy's :9091).
//
//   node dist/src/local/revision-main.js '<RevisionProcessConfig as JSON>'
//
// It reports its ports to the parent over IPC (or as one JSON line on stdout when run by hand),
// and stops on SIGTERM or when the parent goes away (the IPC channel closes), so a parent that dies
// without cleaning up does not leave it running. SIGINT is left to the parent: a Ctrl-C reaches the
// whole process group, and the parent decides the order in which things stop.

import { revisionExporters, serveRegistries, type ScrapeEndpoint } from './exporters.js';
import { equidistributedRandom, parseFaultSpec, startRevision, type Faults } from './revision.js';
import { resolveStack, type StackChoice } from './stack.js';

export interface RevisionProcessConfig {
  name: string;
  serviceName: string;
  namespace: string;
  env: Record<string, string>;
  faults?: Faults;
  /** Which Knative version's series (and Istio's) to export; default Knative 1.18. */
  stack?: StackChoice;
  serviceTimeMs?: number;
}

/** What the process tells its parent once it answers. */
export interface RevisionReadyMessage {
  type: 'ready';
  name: string;
  port: number;
  /** The queue-proxy's metrics port. */
  metricsPort: number;
  /** Every metrics endpoint of the pod (queue-proxy first), as Prometheus scrapes it. */
  endpoints: ScrapeEndpoint[];
}

function readConfig(argument: string | undefined): RevisionProcessConfig {
  if (!argument) throw new Error('usage: revision-main.js <config JSON>');
  const value = JSON.parse(argument) as Partial<RevisionProcessConfig> & { faultSpec?: string };
  if (typeof value.name !== 'string' || typeof value.serviceName !== 'string' || typeof value.namespace !== 'string') {
    throw new Error('config needs name, serviceName and namespace');
  }
  const faults = value.faultSpec ? parseFaultSpec(value.faultSpec) : value.faults;
  return {
    name: value.name,
    serviceName: value.serviceName,
    namespace: value.namespace,
    env: value.env ?? {},
    ...(faults ? { faults } : {}),
    ...(value.stack ? { stack: value.stack } : {}),
    ...(typeof value.serviceTimeMs === 'number' ? { serviceTimeMs: value.serviceTimeMs } : {}),
  };
}

async function main(): Promise<void> {
  const config = readConfig(process.argv[2]);
  const exporters = revisionExporters(resolveStack(config.stack), {
    namespace: config.namespace,
    serviceName: config.serviceName,
    revisionName: config.name,
  });
  // Injected errors are spread evenly, so every window of a short demo sees the injected share.
  const revision = await startRevision({ ...config, metrics: exporters.recorder, random: equidistributedRandom() });
  const served = await serveRegistries(exporters.registries);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.allSettled([revision.close(), ...served.servers.map((server) => server.close())]).then(() =>
      process.exit(0),
    );
    // Never hang on a stuck connection: the parent is waiting for this exit.
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  process.on('disconnect', stop);
  process.on('SIGINT', () => undefined);

  const ready: RevisionReadyMessage = {
    type: 'ready',
    name: config.name,
    port: revision.port,
    metricsPort: served.servers[0]?.port ?? 0,
    endpoints: served.endpoints,
  };
  if (process.send) process.send(ready);
  else process.stdout.write(`${JSON.stringify(ready)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`revision process: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
