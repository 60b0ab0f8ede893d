// The metric packs against a real Prometheus fed by each stack's exporters, all given exactly the
// same requests: every pack must give the same mean latency and error rate (p95 within the bucket
// that holds the true p95), detection must pick each stack's pack and a pin must win, the
// whole-seconds bug must make latency unavailable (never 0 ms), and a revision without traffic must
// be named. The experiment is the seed's (samples/mirroring/experiment.yaml), run by `iter8fn run`.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { runDoctor } from '../../src/cli/doctor.js';
import { readResources } from '../../src/cli/read-resources.js';
import { runExperimentFile } from '../../src/cli/run.js';
import { parseQuantity } from '../../src/experiment/quantity.js';
import type { Experiment } from '../../src/experiment/types.js';
import { MetricPackResolver } from '../../src/metrics/pack-resolver.js';
import { PACK_ANNOTATION, PACK_CHOICE_ANNOTATION } from '../../src/metrics/packs.js';
import { startRecordedStack, type RecordedRequest, type RecordedStack } from '../support/recorded-stack.js';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');

// Whole milliseconds (every stack holds them exactly); 4 errors in 40.
const LATENCIES_MS = [3, 4, 6, 8, 9, 12, 14, 18, 22, 27, 33, 38, 45, 52, 61, 70, 84, 95, 120, 180];
const REQUESTS: RecordedRequest[] = [...LATENCIES_MS, ...LATENCIES_MS].map((latencyMs, i) => ({
  statusCode: i % 10 === 3 ? 500 : i === 17 ? 404 : 200,
  latencyMs,
}));
const LIVE_REQUESTS: RecordedRequest[] = LATENCIES_MS.map((latencyMs) => ({ statusCode: 200, latencyMs }));
const TRUE_MEAN = REQUESTS.reduce((sum, r) => sum + r.latencyMs, 0) / REQUESTS.length;
const TRUE_ERROR_RATE = REQUESTS.filter((r) => r.statusCode !== 200).length / REQUESTS.length;
/** The 95th percentile by rank (38th of 40 sorted values). */
const TRUE_P95 = [...REQUESTS.map((r) => r.latencyMs)].sort((a, b) => a - b)[Math.ceil(0.95 * REQUESTS.length) - 1]!;

const BUCKETS_MS = {
  knative18: [5, 10, 20, 40, 60, 80, 100, 150, 200, 250],
  otel: [5, 10, 25, 50, 75, 100, 250, 500],
  istio: [0.5, 1, 5, 10, 25, 50, 100, 250, 500],
};
const bucketAround = (bounds: readonly number[], value: number): [number, number] => {
  const upper = bounds.find((b) => b >= value) ?? Infinity;
  const lower = [...bounds].reverse().find((b) => b < value) ?? 0;
  return [lower, upper];
};

const STACKS = {
  knative18: { knative: '1.18' },
  promotedWithIstio: { knative: '1.21', metricsStyle: 'promoted', istioTelemetry: true },
  scrape: { knative: '1.21', metricsStyle: 'scrape' },
  queueproxyPromoted: { knative: '1.20.0', metricsStyle: 'promoted' },
  queueproxyScrape: { knative: '1.19.5', metricsStyle: 'scrape' },
} as const;
type StackName = keyof typeof STACKS;

const stacks = {} as Record<StackName, RecordedStack>;
let workDir: string;
let startedAt: number;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'iter8fn-packs-'));
  startedAt = Date.now();
  const names = Object.keys(STACKS) as StackName[];
  const started = await Promise.allSettled(
    names.map((name) =>
      startRecordedStack({
        stack: STACKS[name],
        revisions: ['sample-app-v1', 'sample-app-v2', 'sample-app-v3'],
      }),
    ),
  );
  started.forEach((result, i) => {
    if (result.status === 'fulfilled') stacks[names[i]!] = result.value;
  });
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  // The first recording makes the series exist; the second is what every window measures. Both the
  // same, so that Prometheus's extrapolation scales every series of a revision alike.
  for (const stack of Object.values(stacks)) {
    stack.record('sample-app-v2', REQUESTS);
    stack.record('sample-app-v1', LIVE_REQUESTS);
  }
  await Promise.all(Object.values(stacks).map((s) => s.waitForScrapes(3)));
  for (const stack of Object.values(stacks)) {
    stack.record('sample-app-v2', REQUESTS);
    stack.record('sample-app-v1', LIVE_REQUESTS);
  }
  await Promise.all(Object.values(stacks).map((s) => s.waitForScrapes(3)));
}, 240_000);

afterAll(async () => {
  await Promise.allSettled(Object.values(stacks).map((s) => s.stop()));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The seed experiment, one iteration, its window covering everything recorded. */
function seedExperimentFile(name: string, revision = 'sample-app-v2', annotations?: Record<string, string>): string {
  const seed = parse(readFileSync(path.join(root, 'samples/mirroring/experiment.yaml'), 'utf8')) as Experiment;
  seed.metadata.name = name;
  if (annotations) seed.metadata.annotations = annotations;
  seed.spec.duration = { intervalSeconds: 1, iterationsPerLoop: 1 };
  seed.spec.versionInfo = { baseline: { name: 'current', variables: [{ name: 'revision', value: revision }] } };
  seed.status = { startTime: new Date(startedAt - 60_000).toISOString() };
  const file = path.join(workDir, `${name}.yaml`);
  writeFileSync(file, stringify(seed));
  return file;
}

interface RunResult {
  exit: number;
  lines: string[];
  experiment: Experiment;
  value(metric: string): number | undefined;
}

async function runSeed(
  stack: RecordedStack,
  name: string,
  options: { metricPack?: string; revision?: string; annotations?: Record<string, string> } = {},
): Promise<RunResult> {
  const file = seedExperimentFile(name, options.revision, options.annotations);
  const lines: string[] = [];
  const exit = await runExperimentFile({
    file,
    prometheus: stack.prometheus.url,
    ...(options.metricPack ? { metricPack: options.metricPack } : {}),
    print: (line) => lines.push(line),
  });
  const experiment = parse(readFileSync(file, 'utf8')) as Experiment;
  const aggregated = experiment.status?.analysis?.aggregatedMetrics?.data ?? {};
  return {
    exit,
    lines,
    experiment,
    value: (metric) => {
      const quantity = aggregated[metric]?.data.current?.value;
      return quantity === undefined ? undefined : Number(parseQuantity(quantity)) / 1e9;
    },
  };
}

const MEAN = 'iter8-knative/mean-latency';
const P95 = 'iter8-knative/95th-percentile-tail-latency';
const ERROR_RATE = 'iter8-knative/error-rate';

describe('detection', () => {
  it.each([
    ['knative18', 'knative-1.18'],
    ['promotedWithIstio', 'knative-invocation-promoted'],
    ['scrape', 'knative-invocation-scrape'],
    ['queueproxyPromoted', 'knative-queueproxy-promoted'],
    ['queueproxyScrape', 'knative-queueproxy-scrape'],
  ] as const)('finds the pack of the %s stack: %s', async (stackName, pack) => {
    const resolver = new MetricPackResolver();
    const choice = await resolver.choose(stacks[stackName].queryUrl);
    expect(choice.kind).toBe('detected');
    expect(choice.kind !== 'unknown' && choice.pack.name).toBe(pack);
  });

  it('probes once per Prometheus within the cache lifetime, again after it', async () => {
    let now = 1_000_000;
    const resolver = new MetricPackResolver({ ttlMs: 30_000, clock: () => now });
    const url = stacks.scrape.queryUrl;
    await Promise.all([resolver.choose(url), resolver.choose(url), resolver.choose(url)]);
    await resolver.choose(url);
    expect(resolver.probes).toBe(1);
    await resolver.choose(stacks.knative18.queryUrl);
    expect(resolver.probes).toBe(2);
    now += 30_001;
    await resolver.choose(url);
    expect(resolver.probes).toBe(3);
  });

  it('lets a pin win over detection, and names an unknown pin', async () => {
    const resolver = new MetricPackResolver();
    const url = stacks.promotedWithIstio.queryUrl;
    const pinned = await resolver.choose(url, { name: 'istio-sidecar', source: 'test' });
    expect(pinned).toMatchObject({ kind: 'pinned', reason: 'pinned by test' });
    expect(pinned.kind !== 'unknown' && pinned.pack.name).toBe('istio-sidecar');
    expect(resolver.probes).toBe(0);
    const unknown = await resolver.choose(url, { name: 'knative-2.0', source: 'test' });
    expect(unknown.kind).toBe('unknown');
    expect(unknown.reason).toMatch(/unknown metric pack "knative-2.0" \(known: auto, knative-1.18, /);
  });
});

describe('the seed experiment on every stack', () => {
  it('gives the same mean latency and error rate on every pack, and p95 within the bucket of the true p95', async () => {
    const runs = {
      'knative-1.18': await runSeed(stacks.knative18, 'legacy'),
      'knative-invocation-promoted': await runSeed(stacks.promotedWithIstio, 'promoted'),
      'knative-invocation-scrape': await runSeed(stacks.scrape, 'scrape'),
      'istio-sidecar': await runSeed(stacks.promotedWithIstio, 'sidecar', { metricPack: 'istio-sidecar' }),
      'istio-gateway': await runSeed(stacks.promotedWithIstio, 'gateway', {
        annotations: { 'iter8fn.dev/metric-pack': 'istio-gateway' },
      }),
    };
    const buckets: Record<keyof typeof runs, readonly number[]> = {
      'knative-1.18': BUCKETS_MS.knative18,
      'knative-invocation-promoted': BUCKETS_MS.otel,
      'knative-invocation-scrape': BUCKETS_MS.otel,
      'istio-sidecar': BUCKETS_MS.istio,
      'istio-gateway': BUCKETS_MS.istio,
    };
    const table: Record<string, Record<string, number | undefined>> = {};
    for (const [pack, run] of Object.entries(runs) as Array<[keyof typeof runs, RunResult]>) {
      table[pack] = { mean: run.value(MEAN), p95: run.value(P95), errorRate: run.value(ERROR_RATE) };
      // The resolved Metric in status.metrics says which pack answered, and why.
      const resolved = run.experiment.status?.metrics?.find((m) => m.name === MEAN)?.metricObj;
      expect(resolved?.metadata.annotations?.[PACK_ANNOTATION]).toBe(pack);
      expect(resolved?.metadata.annotations?.[PACK_CHOICE_ANNOTATION]).toMatch(
        new RegExp(`^${pack}: (detected|pinned)`),
      );
      expect(resolved?.spec.urlTemplate).toBe(`${stacksUrlOf(run)}/api/v1/query`);
      expect(run.experiment.status?.analysis?.aggregatedMetrics?.message).toContain(`metric pack ${pack}: `);
      expect(run.value(MEAN)).toBeCloseTo(TRUE_MEAN, 6);
      expect(run.value(ERROR_RATE)).toBeCloseTo(TRUE_ERROR_RATE, 9);
      const [lower, upper] = bucketAround(buckets[pack], TRUE_P95);
      expect(run.value(P95)).toBeGreaterThanOrEqual(lower);
      expect(run.value(P95)).toBeLessThanOrEqual(upper);
    }
    process.stdout.write(
      `same traffic, every pack: ${JSON.stringify(table)} (true mean ${TRUE_MEAN}, p95 ${TRUE_P95}, error rate ${TRUE_ERROR_RATE})\n`,
    );
  }, 120_000);

  function stacksUrlOf(run: RunResult): string {
    const url = run.experiment.status?.metrics?.[0]?.metricObj.spec.urlTemplate ?? '';
    return new URL(url).origin;
  }

  it.each(['queueproxyPromoted', 'queueproxyScrape'] as const)(
    'on %s (whole-seconds bug) reports latency unavailable, naming the bug and the fixed versions, and keeps the error rate',
    async (stackName) => {
      const run = await runSeed(stacks[stackName], `bug-${stackName}`);
      expect(run.value(MEAN)).toBeUndefined();
      expect(run.value(P95)).toBeUndefined();
      expect(run.value(ERROR_RATE)).toBeCloseTo(TRUE_ERROR_RATE, 9);
      const message = run.experiment.status?.message ?? '';
      expect(message).toMatch(
        /KnativeWholeSecondsBug: latency unavailable for current: .*whole-seconds bug.*1\.19\.9, 1\.20\.2, 1\.21\.0/,
      );
      expect(run.lines.join('\n')).toMatch(/mean-latency <= 50\.000\s+unavailable/);
      // Never a pass at 0 ms.
      expect(run.lines.join('\n')).not.toMatch(/mean-latency <= 50\.000\s+true/);
    },
    60_000,
  );

  it('names a version that received no requests while other revisions did (file mode), with both counts', async () => {
    const run = await runSeed(stacks.promotedWithIstio, 'idle', { revision: 'sample-app-v3' });
    const message = run.experiment.status?.message ?? '';
    expect(message).toContain('NoTraffic: version current (revision sample-app-v3) received no requests');
    expect(message).toMatch(/sample-app-v1 received \d+, sample-app-v2 received \d+/);
    expect(message).toContain('DISABLE_SHADOW_HOST_SUFFIX=false');
    expect(message).toContain('scaled to zero');
    const condition = run.experiment.status?.conditions?.find((c) => c.type === 'TrafficObserved');
    expect(condition).toMatchObject({ status: 'False', reason: 'NoTraffic' });
    expect(run.lines.join('\n')).toContain('NoTraffic: version current (revision sample-app-v3)');
  }, 60_000);
});

describe('what is asked is what is queried (iter8fn run)', () => {
  it('redirects the built-in packs and the stock URL to --prometheus, and queries any other Metric at its own URL', async () => {
    const legacyPort = new URL(stacks.knative18.prometheus.url).port;
    const own = `http://localhost:${legacyPort}/api/v1/query`;
    const metricsFile = path.join(workDir, 'metrics.yaml');
    const metric = (name: string, url: string) => ({
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Metric',
      metadata: { name, namespace: 'default' },
      spec: {
        type: 'Gauge',
        provider: 'prometheus',
        params: [{ name: 'query', value: "count(revision_app_request_latencies_count{revision_name='$revision'})" }],
        jqExpression: '.data.result[0].value[1] | tonumber',
        urlTemplate: url,
      },
    });
    writeFileSync(
      metricsFile,
      [metric('own-url', own), metric('stock-url', 'http://prometheus-operated.iter8-system:9090/api/v1/query')]
        .map((m) => stringify(m))
        .join('---\n'),
    );
    const file = seedExperimentFile('urls');
    const experiment = parse(readFileSync(file, 'utf8')) as Experiment;
    experiment.spec.criteria = {
      objectives: [
        { metric: 'own-url', lowerLimit: 1 },
        { metric: 'stock-url', lowerLimit: 1 },
      ],
    };
    writeFileSync(file, stringify(experiment));
    // --prometheus names the OTel-only stack, where revision_app_request_latencies does not exist.
    const lines: string[] = [];
    const exit = await runExperimentFile({
      file,
      prometheus: stacks.promotedWithIstio.prometheus.url,
      metrics: [metricsFile],
      print: (line) => lines.push(line),
    });
    const status = (parse(readFileSync(file, 'utf8')) as Experiment).status;
    const urlOf = (name: string) => status?.metrics?.find((m) => m.name === name)?.metricObj.spec.urlTemplate;
    expect(urlOf('own-url')).toBe(own);
    expect(urlOf('stock-url')).toBe(`${stacks.promotedWithIstio.prometheus.url}/api/v1/query`);
    const verdicts = lines.join('\n');
    // Asked of the legacy Prometheus, which has the series; the stock one went to --prometheus, which has not.
    expect(verdicts).toMatch(/1\.000 <= own-url\s+true \(3\.000\)/);
    expect(verdicts).toMatch(/1\.000 <= stock-url\s+unavailable/);
    expect(exit).toBe(0);
  }, 60_000);
});

describe('iter8fn doctor FILE', () => {
  const doctor = async (file: string, prometheus: string, extra: Partial<Parameters<typeof runDoctor>[0]> = {}) => {
    const lines: string[] = [];
    const exit = await runDoctor({ target: file, prometheus, print: (l) => lines.push(l), readResources, ...extra });
    return { exit, output: lines.join('\n') };
  };

  it('on a healthy set-up: every objective has a value, exit 0', async () => {
    const { exit, output } = await doctor(seedExperimentFile('doctor-ok'), stacks.scrape.prometheus.url);
    expect(output).toContain('reachable: yes');
    expect(output).toContain('packs whose series exist: knative-invocation-scrape');
    expect(output).toMatch(/pack used: knative-invocation-scrape \(detected: /);
    expect(output).toMatch(/requests per version over \d+ s: current \d+/);
    expect(output).toMatch(
      /query: 1000 \* \(sum\(\(increase\(kn_serving_invocation_duration_seconds_sum\[\d+s\]\) \* on\(job, instance\) group_left\(\) target_info\{k8s_namespace_name="default",kn_revision_name="sample-app-v2"\}\)\)/,
    );
    expect(output).toMatch(/answer: \{\} 45\.0(5|49999)/);
    expect(output).toContain('allowed (no allowlist given)');
    expect(output).toContain('diagnosis: Every objective has a value for every version');
    expect(exit).toBe(0);
  });

  it('on a broken set-up: names the cause in one sentence, exit 1', async () => {
    const bug = await doctor(seedExperimentFile('doctor-bug'), stacks.queueproxyPromoted.prometheus.url);
    expect(bug.output).toMatch(/diagnosis: KnativeWholeSecondsBug: latency unavailable for current/);
    expect(bug.exit).toBe(1);
    const refused = await doctor(seedExperimentFile('doctor-refused'), stacks.scrape.prometheus.url, {
      allowedUrls: ['http://thanos.example:9090/api/v1'],
    });
    expect(refused.output).toMatch(/\/api\/v1\/query: refused: not among the allowed metric URLs \(MetricURLRefused\)/);
    expect(refused.exit).toBe(1);
    const down = await doctor(seedExperimentFile('doctor-down'), 'http://127.0.0.1:9');
    expect(down.output).toMatch(/reachable: no: /);
    expect(down.output).toMatch(/diagnosis: Prometheus cannot be reached/);
    expect(down.exit).toBe(1);
  });

  it('on bad input: one line naming the file, exit 2', async () => {
    const file = path.join(workDir, 'bad.yaml');
    writeFileSync(file, 'apiVersion: iter8.tools/v2alpha2\nkind: Experiment\nmetadata: {name: x}\nspec: {target: 3}\n');
    const { exit, output } = await doctor(file, stacks.scrape.prometheus.url);
    expect(output).toMatch(/^error: .*bad\.yaml: spec/);
    expect(exit).toBe(2);
    expect((await doctor(file, stacks.scrape.prometheus.url, { metricPack: 'nope' })).exit).toBe(2);
  });
});
