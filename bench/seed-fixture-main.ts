// The seed's metrics world as a process of its own: sample-app-v1 (live) and sample-app-v2 (dark)
// under steady traffic, their queue-proxy exporters, and a real Prometheus scraping them
// (test/support/prometheus.ts). Apart from the driver so that its traffic and scrapes do not run on
// the event loop whose client is being measured.
//
//   node dist/bench/seed-fixture-main.js '{}'

import { firstValue } from '../src/local/prometheus.js';
import { iter8KnativeQuery } from '../src/local/knative-queries.js';
import { startKnativeFixture } from '../test/support/prometheus.js';
import { serveDaemon } from './support.js';

export interface SeedFixtureReady {
  prometheusUrl: string;
  /** Prometheus's process id, for its CPU figures. */
  prometheusPid: number;
}

serveDaemon<Record<string, never>, SeedFixtureReady>(async () => {
  const fixture = await startKnativeFixture({
    revisions: [
      { name: 'sample-app-v1', rps: 8 },
      { name: 'sample-app-v2', rps: 4 },
    ],
    traffic: { maxRequests: 1_000_000, maxDurationMs: 30 * 60_000 },
  });
  try {
    await fixture.prometheus.waitFor(
      iter8KnativeQuery('request-count', 'sample-app-v2', 30),
      (r) => (firstValue(r) ?? 0) > 0,
      20_000,
    );
  } catch (err) {
    await fixture.stop();
    throw err;
  }
  return {
    value: { prometheusUrl: fixture.prometheus.url, prometheusPid: fixture.prometheus.pid },
    stop: () => fixture.stop(),
  };
});
