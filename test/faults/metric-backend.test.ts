// A metric backend misbehaving in every way we know, behind a real local HTTP server, read through
// the real HTTP provider and fetchIterationValues. Each fault must give one outcome of the right kind
// with a message that is one line, names the metric and the version, and quotes the backend's answer
// where there is one.

import { afterEach, describe, expect, it } from '@jest/globals';
import type { Experiment, MetricSnapshot } from '../../src/experiment/types.js';
import { withPrometheusUrl } from '../../src/metrics/catalog.js';
import type { FetchOptions } from '../../src/metrics/fetch.js';
import { fetchIterationValues } from '../../src/metrics/fetch.js';
import { KNATIVE_METRICS } from '../../src/metrics/knative.js';
import type { MetricOutcome } from '../../src/metrics/providers/provider.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/metrics/providers/http.js';
import {
  html,
  MisbehavingBackend,
  oversized,
  prometheusAnswer,
  redirect,
  resetMidResponse,
  respond,
  slow,
  vector,
  type Behaviour,
} from '../support/misbehaving-backend.js';

const METRIC_ID = 'iter8-knative/mean-latency';
const IDENTITY = `metric ${METRIC_ID} (version current): `;

const backend = MisbehavingBackend.forTests();
afterEach(() => {
  backend.requests.length = 0;
});

const experiment: Experiment = {
  apiVersion: 'iter8.tools/v2alpha2',
  kind: 'Experiment',
  metadata: { name: 'faults', namespace: 'default' },
  spec: {
    target: 'default/sample-app',
    strategy: { testingPattern: 'Conformance' },
    versionInfo: { baseline: { name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] } },
  },
};

/** The outcome for the built-in mean-latency metric pointed at the backend, which behaves as told. */
async function outcomeOf(behaviour: Behaviour, options: FetchOptions = {}): Promise<MetricOutcome> {
  backend.behaviour = behaviour;
  const metric = withPrometheusUrl(
    KNATIVE_METRICS.find((m) => m.metadata.name === 'mean-latency')!,
    backend.origin,
  );
  const snapshots: MetricSnapshot[] = [{ name: METRIC_ID, metricObj: metric }];
  const values = await fetchIterationValues(experiment, snapshots, Date.now(), { timeoutMs: 2000, ...options });
  const outcome = values.get(METRIC_ID)?.get('current');
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

/** The error message, after checking it is one line naming metric and version. */
async function errorOf(behaviour: Behaviour, options: FetchOptions = {}): Promise<string> {
  const outcome = await outcomeOf(behaviour, options);
  if (outcome.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
  expect(outcome.message).not.toMatch(/[\r\n]/);
  expect(outcome.message.startsWith(IDENTITY)).toBe(true);
  return outcome.message;
}

describe('a metric backend that misbehaves', () => {
  it('is slow past the timeout: an error saying how long was waited', async () => {
    const started = Date.now();
    const message = await errorOf(slow(3000, prometheusAnswer(vector(['1']))), { timeoutMs: 150 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(message).toBe(`${IDENTITY}no answer within 150 ms`);
  });

  it('sends headers and then stalls the body past the timeout: the same timeout error', async () => {
    const stall: Behaviour = ({ response }) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"status":"success",');
    };
    expect(await errorOf(stall, { timeoutMs: 150 })).toBe(`${IDENTITY}no answer within 150 ms`);
  });

  it('answers 5xx: the status and its body', async () => {
    const message = await errorOf(
      respond(503, 'upstream connect error or disconnect/reset before headers', { 'content-type': 'text/plain' }),
    );
    expect(message).toBe(
      `${IDENTITY}GET ${backend.origin}/api/v1/query answered HTTP 503: upstream connect error or disconnect/reset before headers`,
    );
  });

  it('answers HTML with 200 (a login page): not JSON, with the content type and the page on one line', async () => {
    const message = await errorOf(html(200, '<html>\n  <body>\n    <h1>Please sign in</h1>\n  </body>\n</html>\n'));
    expect(message).toContain('answered a body that is not JSON (text/html)');
    expect(message).toContain('<html> <body> <h1>Please sign in</h1> </body> </html>');
  });

  it('answers HTML with 502 (a proxy error page): the status and the page', async () => {
    const message = await errorOf(
      html(502, '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'),
    );
    expect(message).toContain('answered HTTP 502: <html><head><title>502 Bad Gateway</title>');
  });

  it('answers truncated JSON: not JSON, quoting what came', async () => {
    const truncated = vector(['4.5']).slice(0, 70);
    const message = await errorOf(prometheusAnswer(truncated));
    expect(message).toContain('answered a body that is not JSON (application/json)');
    expect(message).toContain(truncated);
  });

  it('answers a body over the configured limit (with Content-Length): refused before reading it', async () => {
    const message = await errorOf(oversized(4096, true), { maxBodyBytes: 1024 });
    expect(message).toContain('the response of 4096 bytes exceeds the 1024-byte limit');
  });

  it('streams a body over the configured limit (no Content-Length): cut off at the limit', async () => {
    const message = await errorOf(oversized(256 * 1024, false), { maxBodyBytes: 1024 });
    expect(message).toContain('the response exceeds the 1024-byte limit');
  });

  it('stays within the configured limit: read normally', async () => {
    const body = vector(['12.5']);
    expect(body.length).toBeLessThan(1024);
    expect(await outcomeOf(prometheusAnswer(body), { maxBodyBytes: 1024 })).toEqual({ kind: 'value', value: 12.5 });
  });

  it('has a default limit of 4 MiB', async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(4 * 1024 * 1024);
    const message = await errorOf(oversized(DEFAULT_MAX_BODY_BYTES + 1, true));
    expect(message).toContain(
      `the response of ${DEFAULT_MAX_BODY_BYTES + 1} bytes exceeds the ${DEFAULT_MAX_BODY_BYTES}-byte limit`,
    );
  });

  it('resets the connection mid-response: connection reset while reading', async () => {
    const message = await errorOf(resetMidResponse(vector(['1']), 20));
    expect(message).toBe(
      `${IDENTITY}GET ${backend.origin}/api/v1/query answered HTTP 200, then: connection reset while reading the response`,
    );
  });

  it('resets the connection before answering: connection reset', async () => {
    const message = await errorOf(({ request }) => request.socket.resetAndDestroy());
    expect(message).toBe(`${IDENTITY}GET ${backend.origin}/api/v1/query: connection reset`);
  });

  it('answers NaN: unavailable (no data), not an error', async () => {
    expect(await outcomeOf(prometheusAnswer(vector(['NaN'])))).toMatchObject({ kind: 'unavailable' });
  });

  it.each([
    ['+Inf', '+Inf'],
    ['-Inf', '-Inf'],
  ])('answers %s: an error naming the infinity', async (sample, shown) => {
    const message = await errorOf(prometheusAnswer(vector([sample])));
    expect(message).toContain(`yielded ${shown}, not a finite number`);
  });

  it('answers an empty vector: unavailable, not an error', async () => {
    expect(await outcomeOf(prometheusAnswer(vector([])))).toEqual({
      kind: 'unavailable',
      reason: 'no data (empty result)',
    });
  });

  it('answers several series where one was expected: an error, never a silent pick', async () => {
    const message = await errorOf(prometheusAnswer(vector(['1', '2', '3'])));
    expect(message).toContain('the query returned 3 series where one was expected');
    expect(message).toContain('aggregate it');
  });

  it('answers a Prometheus error (HTTP 400, status "error"): the error type and text', async () => {
    const body = JSON.stringify({
      status: 'error',
      errorType: 'bad_data',
      error: '1:5: parse error: unexpected identifier "revision"',
    });
    const message = await errorOf(respond(400, body));
    expect(message).toBe(
      `${IDENTITY}GET ${backend.origin}/api/v1/query answered HTTP 400: a Prometheus error bad_data: 1:5: parse error: unexpected identifier "revision"`,
    );
  });

  it('answers status "error" with HTTP 200 (as some proxies do): the same Prometheus error', async () => {
    const body = JSON.stringify({
      status: 'error',
      errorType: 'timeout',
      error: 'query timed out in expression evaluation',
    });
    const message = await errorOf(respond(200, body));
    expect(message).toContain('answered a Prometheus error timeout: query timed out in expression evaluation');
  });

  it('redirects elsewhere: not followed; the error names the Location origin only', async () => {
    const message = await errorOf(redirect(302, 'http://collector.example:8080/steal?token=abc123'));
    expect(message).toBe(
      `${IDENTITY}GET ${backend.origin}/api/v1/query answered HTTP 302 to http://collector.example:8080; redirects are not followed`,
    );
    expect(backend.requests).toHaveLength(1);
  });

  it('redirects to itself (a relative Location): still not followed', async () => {
    const message = await errorOf(redirect(307, '/api/v1/query?query=vector(1)'));
    expect(message).toContain(`answered HTTP 307 to ${backend.origin}; redirects are not followed`);
    // Had the redirect been followed, the backend would have seen a second request.
    expect(backend.requests).toHaveLength(1);
  });
});
