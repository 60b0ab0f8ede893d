// A metric's secret must never come back out: not in a status, an outcome message, a log line, a
// reply, or a describe report. The backend here is hostile in the ways real ones are careless: it
// echoes the request headers in a 401 page, quotes the token in a Prometheus error, puts it in a
// JSON value that jq then fails to parse (and jq quotes), redirects to a URL holding it. Iterations
// run through the real function handler, the real runTick and the real HTTP provider.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Experiment, Metric, MetricSnapshot } from '../../src/experiment/types.js';
import type { CloudEventLike } from '../../src/function/events.js';
import { EventType } from '../../src/function/events.js';
import type { ExperimentSource } from '../../src/function/handler.js';
import { createHandler } from '../../src/function/handler.js';
import { OfflineTaskRunner } from '../../src/iteration/tasks.js';
import { InMemoryMetricCatalog } from '../../src/metrics/catalog.js';
import type { SecretReader } from '../../src/metrics/fetch.js';
import { fetchIterationValues } from '../../src/metrics/fetch.js';
import { firstNumber } from '../../src/metrics/jq.js';
import { PROMETHEUS_JQ } from '../../src/metrics/knative.js';
import { renderDescribe } from '../../src/report/describe.js';
import { REDACTED, redactSecrets, secretForms } from '../../src/util/redact.js';
import { MemoryExperimentStore } from '../support/memory-store.js';
import {
  echoHeaders,
  MisbehavingBackend,
  redirect,
  resetMidResponse,
  respond,
  slow,
  vector,
  type Behaviour,
  type Exchange,
} from '../support/misbehaving-backend.js';

const TOKEN = 's3cr3t-TOKEN-value';
const USERNAME = 'iter8-reader';
// Characters that URL-encoding, JSON and base64 each write differently.
const PASSWORD = 'p@ss/w0rd+TOKEN="x"';
const BASIC = Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64');

const secrets: SecretReader = {
  async get(namespace, name) {
    return namespace === 'default' && name === 'prom-creds'
      ? { token: TOKEN, username: USERNAME, password: PASSWORD }
      : undefined;
  },
};

/** Every string that would give a secret away, whole or in part. */
function leakNeedles(): string[] {
  const windows = (secret: string) => Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
  return [
    ...secretForms({ token: TOKEN, username: USERNAME, password: PASSWORD }).filter((form) => form !== USERNAME),
    BASIC,
    ...windows(TOKEN),
    ...windows(PASSWORD),
  ];
}

function expectNoLeak(what: string, texts: readonly string[]): void {
  const needles = leakNeedles();
  for (const text of texts) {
    const found = needles.filter((needle) => text.includes(needle));
    expect({ what, text: found.length > 0 ? text : '(clean)', found }).toEqual({ what, text: '(clean)', found: [] });
  }
}

let backend: MisbehavingBackend;
beforeAll(async () => {
  backend = await MisbehavingBackend.start();
});
afterAll(async () => {
  await backend.close();
});

const metric = (name: string, spec: Partial<Metric['spec']>): Metric => ({
  apiVersion: 'iter8.tools/v2alpha2',
  kind: 'Metric',
  metadata: { name, namespace: 'default' },
  spec: {
    type: 'Gauge',
    provider: 'prometheus',
    params: [{ name: 'query', value: "avg(latency{revision_name='$revision'})" }],
    jqExpression: PROMETHEUS_JQ,
    secret: 'prom-creds',
    ...spec,
  },
});

function metrics(): Metric[] {
  return [
    metric('bearer-latency', {
      authType: 'Bearer',
      headerTemplates: [{ name: 'Authorization', value: 'Bearer $token' }],
      urlTemplate: backend.queryUrl,
    }),
    // The token in the query string.
    metric('apikey-errors', {
      authType: 'APIKey',
      headerTemplates: [{ name: 'X-API-Key', value: '$token' }],
      urlTemplate: `${backend.queryUrl}?api_key=$token`,
    }),
    metric('basic-requests', { authType: 'Basic', urlTemplate: backend.queryUrl }),
    // The token in the path, which error messages show.
    metric('tenant-latency', {
      authType: 'APIKey',
      headerTemplates: [{ name: 'X-Scope-OrgID', value: 'team-a' }],
      urlTemplate: `${backend.origin}/tenants/$token/api/v1/query`,
    }),
  ];
}

const experiment: Experiment = {
  apiVersion: 'iter8.tools/v2alpha2',
  kind: 'Experiment',
  metadata: { name: 'secret-metrics', namespace: 'default' },
  spec: {
    target: 'default/sample-app',
    strategy: { testingPattern: 'Conformance' },
    criteria: {
      objectives: ['bearer-latency', 'apikey-errors', 'basic-requests', 'tenant-latency'].map((m) => ({
        metric: m,
        upperLimit: 1000,
      })),
    },
    duration: { intervalSeconds: 10, iterationsPerLoop: 20 },
    versionInfo: { baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] } },
  },
};

// ---- a backend that knows the credentials, and one that gives them back ----

/** Whatever credential the request carried: the thing a careless backend would echo. */
function credentialOf({ recorded }: Exchange): string {
  const h = recorded.headers;
  return `${h.authorization ?? String(h['x-api-key'] ?? '')} ${recorded.url}`;
}

const authenticated: Behaviour = (exchange) => {
  const h = exchange.recorded.headers;
  const ok =
    h.authorization === `Bearer ${TOKEN}` ||
    h.authorization === `Basic ${BASIC}` ||
    h['x-api-key'] === TOKEN ||
    exchange.recorded.url.startsWith(`/tenants/${TOKEN}/`);
  respond(ok ? 200 : 401, ok ? vector(['5']) : 'unauthorized')(exchange);
};

/** A JSON value jq cannot parse, padded so that jq's message is cut inside the secret. */
const jqQuotes =
  (padding: number): Behaviour =>
  (exchange) =>
    respond(
      200,
      JSON.stringify({
        status: 'success',
        data: { result: [{ metric: {}, value: [1, `${'x'.repeat(padding)}${credentialOf(exchange)}`] }] },
      }),
    )(exchange);

const HOSTILE: Array<[string, (padding: number) => Behaviour]> = [
  [
    '401 echoing the credential',
    () => (exchange) =>
      respond(401, `invalid credentials: ${credentialOf(exchange)}`, { 'content-type': 'text/plain' })(exchange),
  ],
  ['401 HTML page listing the request headers', () => echoHeaders(401, 'html')],
  ['a JSON value jq quotes in its error', () => jqQuotes(0)],
  ['a JSON value jq quotes and cuts inside the secret', (padding) => jqQuotes(padding)],
  [
    'a redirect to a URL holding the token',
    () => (exchange) =>
      redirect(302, `http://collector.example:8080/t/${TOKEN}?k=${encodeURIComponent(PASSWORD)}`)(exchange),
  ],
  [
    'a Prometheus error quoting the credential',
    () => (exchange) =>
      respond(
        400,
        JSON.stringify({ status: 'error', errorType: 'bad_data', error: `bad auth: ${credentialOf(exchange)}` }),
      )(exchange),
  ],
  [
    'a 500 echoing the request URL',
    () => (exchange) =>
      respond(500, `failed: GET ${exchange.recorded.url}`, { 'content-type': 'text/plain' })(exchange),
  ],
  ['a timeout', () => slow(1000, authenticated)],
  ['a reset connection', () => resetMidResponse(vector(['1']), 5)],
];

/** Padding that makes jq's message (cut at 300 characters by jq.ts) end inside the echoed secret. */
async function paddingThatCutsTheSecret(): Promise<number> {
  const probe = await firstNumber(JSON.stringify({ v: `MARK${TOKEN}` }), '.v | tonumber');
  if (probe.kind !== 'error') throw new Error('jq accepted the probe');
  const before = probe.message.indexOf('MARK');
  expect(before).toBeGreaterThan(0);
  // Credential `Bearer <token> ...`: land the cut 6 characters into the token.
  return 300 - before - 'Bearer '.length - 6;
}

describe('secrets of metric backends', () => {
  it('never appear in statuses, outcome messages, log lines, replies or describe output', async () => {
    const padding = await paddingThatCutsTheSecret();
    const snapshots: MetricSnapshot[] = metrics().map((m) => ({ name: m.metadata.name ?? '', metricObj: m }));
    const fetchOptions = { secrets, timeoutMs: 200 };

    // Every outcome message, for every metric, under every hostile answer.
    const outcomeTexts: string[] = [];
    for (const [, behaviour] of HOSTILE) {
      backend.behaviour = behaviour(padding);
      const values = await fetchIterationValues(experiment, snapshots, Date.now(), fetchOptions);
      for (const perVersion of values.values()) {
        for (const outcome of perVersion.values()) {
          expect(outcome.kind).toBe('error');
          if (outcome.kind === 'error') outcomeTexts.push(outcome.message);
        }
      }
    }

    // Iterations through the function's handler: one good one, then the hostile answers in turn
    // until the experiment fails on the error limit, then one more event.
    const store = new MemoryExperimentStore(experiment);
    const logLines: string[] = [];
    const replies: string[] = [];
    let now = Date.parse('2026-06-01T08:00:00Z');
    const source: ExperimentSource = {
      store: () => store,
      pages: async function* () {
        yield [{ namespace: 'default', name: 'secret-metrics' }];
      },
      catalog: new InMemoryMetricCatalog(metrics()),
      tasks: new OfflineTaskRunner(),
      fetch: fetchOptions,
    };
    const handle = createHandler(source, {
      errorLimit: HOSTILE.length - 2,
      clock: () => now,
      log: (line) => logLines.push(line),
    });
    const deliver = async (id: string) => {
      const cloudevent: CloudEventLike = {
        id,
        type: EventType.IterationRequested,
        source: '/test',
        specversion: '1.0',
        data: { experiment: 'default/secret-metrics' },
      };
      replies.push(JSON.stringify(await handle({ cloudevent })));
      now += 1000;
    };
    backend.behaviour = authenticated;
    await deliver('good');
    expect(store.experiment.status?.completedIterations).toBe(1);
    for (const [index, [, behaviour]] of HOSTILE.entries()) {
      backend.behaviour = behaviour(padding);
      await deliver(`hostile-${index}`);
    }
    const final = store.experiment.status;
    expect(final?.conditions?.find((c) => c.type === 'Failed')).toMatchObject({
      status: 'True',
      reason: 'MetricBackendError',
    });

    // The secrets were really sent, and really came back: the checks below have something to find.
    const sent = backend.requests
      .map((r) => `${r.url} ${r.headers.authorization ?? ''} ${String(r.headers['x-api-key'] ?? '')}`)
      .join('\n');
    for (const credential of [`Bearer ${TOKEN}`, `Basic ${BASIC}`, `api_key=${TOKEN}`, `/tenants/${TOKEN}/`])
      expect(sent).toContain(credential);
    const statusTexts = store.acceptedStatuses.map((status) => JSON.stringify(status));
    expectNoLeak('outcome message', outcomeTexts);
    expectNoLeak('status', statusTexts);
    expectNoLeak('log line', logLines);
    expectNoLeak('reply', replies);
    expectNoLeak(
      'describe',
      store.acceptedStatuses.map((status) => renderDescribe({ ...experiment, status })),
    );

    // ...and the backend's answers did carry them back, to be redacted (also where jq cut one short).
    expect(outcomeTexts.filter((text) => text.includes(REDACTED)).length).toBeGreaterThanOrEqual(HOSTILE.length);
    expect(outcomeTexts.some((text) => text.includes(`${REDACTED}…`))).toBe(true);
    expect(statusTexts.join('\n')).toContain('answered HTTP 401');
    expect(statusTexts.join('\n')).toContain(REDACTED);
    expect(logLines.length).toBeGreaterThanOrEqual(HOSTILE.length);
  });

  it('are not quoted when the HTTP client refuses one as a header value', async () => {
    const broken: SecretReader = { get: async () => ({ token: `${TOKEN}\r\nX-Injected: 1` }) };
    const snapshots: MetricSnapshot[] = [{ name: 'bearer-latency', metricObj: metrics()[0] as Metric }];
    backend.requests.length = 0;
    const values = await fetchIterationValues(experiment, snapshots, Date.now(), { secrets: broken });
    const outcome = values.get('default/bearer-latency')?.get('current');
    expect(outcome?.kind).toBe('error');
    const message = outcome?.kind === 'error' ? outcome.message : '';
    expect(message).toContain('is an invalid header value');
    expect(message).not.toMatch(/[\r\n]/);
    expectNoLeak('outcome message', [message]);
    expect(backend.requests).toHaveLength(0);
  });
});

describe('redactSecrets', () => {
  const forms = secretForms({ token: TOKEN, username: USERNAME, password: PASSWORD, region: 'eu' });

  it('replaces every form a secret travels in', () => {
    const text = [
      TOKEN,
      encodeURIComponent(PASSWORD),
      JSON.stringify(PASSWORD),
      BASIC,
      Buffer.from(TOKEN).toString('base64'),
    ].join(' | ');
    const redacted = redactSecrets(text, forms);
    expect(redacted).toBe(`${REDACTED} | ${REDACTED} | "${REDACTED}" | ${REDACTED} | ${REDACTED}`);
  });

  it('removes the start of a secret where a text was cut short', () => {
    expect(redactSecrets(`token was ${TOKEN.slice(0, 9)}…`, forms)).toBe(`token was ${REDACTED}…`);
    expect(redactSecrets(`token was ${TOKEN.slice(0, 9)}...`, forms)).toBe(`token was ${REDACTED}...`);
    // Too short a prefix to tell from ordinary text.
    expect(redactSecrets('see s3c…', forms)).toBe('see s3c…');
  });

  it('leaves values too short to be secrets alone, and hides the rest (a username too)', () => {
    expect(redactSecrets('region eu-west, user iter8-reader', forms)).toBe(`region eu-west, user ${REDACTED}`);
  });
});
