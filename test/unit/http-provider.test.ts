// The HTTP metric provider on its own, against real HTTP servers on 127.0.0.1: the request it builds
// from a Metric (templates, secrets, auth, body) as it arrives on the wire, how it reads answers
// (jq, non-JSON, redirects, the body limit, timeouts, refused connections), that a backend's echo of
// a secret is masked, and that it keeps connections alive and resends once on a stale one.
// (test/faults covers every way a backend can misbehave through fetchIterationValues.)

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Metric } from '../../src/experiment/types.js';
import { buildRequest, HttpMetricProvider } from '../../src/metrics/providers/http.js';
import type { MetricOutcome, MetricQuery } from '../../src/metrics/providers/provider.js';
import {
  html,
  MisbehavingBackend,
  oversized,
  prometheusAnswer,
  redirect,
  respond,
  slow,
  vector,
} from '../support/misbehaving-backend.js';

const backend = MisbehavingBackend.forTests();
afterEach(() => {
  backend.requests.length = 0;
  backend.behaviour = prometheusAnswer(vector(['1']));
});

const SECRET = { token: 'tok-3f9a1c', username: 'reader', password: 'pw-77e2b0' };

function query(spec: Partial<Metric['spec']>, extra: Partial<MetricQuery> = {}): MetricQuery {
  return {
    metricId: 'default/m',
    metric: {
      apiVersion: 'iter8.tools/v2alpha2',
      kind: 'Metric',
      metadata: { name: 'm', namespace: 'default' },
      spec: { jqExpression: '.value', urlTemplate: `${backend.origin}/metrics`, ...spec },
    },
    version: 'v2',
    args: { name: 'v2', revision: 'sample-app-v2', elapsedTime: '30' },
    elapsedSeconds: 30,
    ...extra,
  };
}

async function fetchWith(q: MetricQuery, options: { timeoutMs?: number; maxBodyBytes?: number } = {}) {
  const provider = new HttpMetricProvider(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {});
  return provider.fetch(q, AbortSignal.timeout(options.timeoutMs ?? 2000));
}

function errorMessage(outcome: MetricOutcome): string {
  if (outcome.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
  expect(outcome.message).not.toMatch(/[\r\n]/);
  return outcome.message;
}

describe('the request on the wire', () => {
  it('GET: params from templates (version variables, elapsedTime), unknown placeholders kept, JSON accepted, no compression', async () => {
    backend.behaviour = respond(200, '{"value": 42.5}');
    const outcome = await fetchWith(
      query({ params: [{ name: 'q', value: "rate(x{rev='$revision'}[${elapsedTime}s]) $unknown" }] }),
    );
    expect(outcome).toEqual({ kind: 'value', value: 42.5 });
    const [sent] = backend.requests;
    expect(sent?.method).toBe('GET');
    const url = new URL(sent?.url ?? '', backend.origin);
    expect(url.pathname).toBe('/metrics');
    expect(url.searchParams.get('q')).toBe("rate(x{rev='sample-app-v2'}[30s]) $unknown");
    expect(sent?.headers).toMatchObject({ accept: 'application/json', 'accept-encoding': 'identity' });
  });

  it('keeps an accept-encoding the metric asks for', () => {
    const request = buildRequest(query({ headerTemplates: [{ name: 'Accept-Encoding', value: 'gzip' }] }));
    expect(request.headers).toMatchObject({ 'Accept-Encoding': 'gzip' });
    expect(request.headers['accept-encoding']).toBeUndefined();
  });

  it('POST: the body template with values escaped for JSON, sent with its length and type', async () => {
    backend.behaviour = respond(200, '{"value": 7}');
    const outcome = await fetchWith(
      query(
        { method: 'POST', body: '{"query": "select where version = \'$name\'", "since": $elapsedTime}' },
        { args: { name: 'v"2', elapsedTime: '30' } },
      ),
    );
    expect(outcome).toEqual({ kind: 'value', value: 7 });
    const [sent] = backend.requests;
    expect(sent?.method).toBe('POST');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ query: "select where version = 'v\"2'", since: 30 });
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers['content-length']).toBe(String(Buffer.byteLength(sent?.body ?? '')));
  });

  it('refuses a body that is not JSON after substitution, without sending anything', async () => {
    const outcome = await fetchWith(query({ method: 'POST', body: '{"broken": ' }));
    expect(errorMessage(outcome)).toBe('the metric body is not valid JSON after substitution');
    expect(backend.requests).toEqual([]);
  });

  it('escapes a Prometheus query so a variable cannot change its shape', () => {
    const request = buildRequest(
      query(
        { provider: 'prometheus', params: [{ name: 'query', value: "up{revision_name='$revision'}" }] },
        { args: { revision: "x'} or vector(1) or up{a='" } },
      ),
    );
    const sent = new URL(request.url).searchParams.get('query');
    expect(sent).toBe("up{revision_name='x\\'} or vector(1) or up{a=\\''}");
  });
});

describe('secrets and auth, as Iter8 applied them', () => {
  it('interpolates the URL from the secret only when the metric names a secret', () => {
    const withSecret = buildRequest(
      query({ secret: 'creds', urlTemplate: `${backend.origin}/q?key=$token` }, { secret: SECRET }),
    );
    expect(new URL(withSecret.url).searchParams.get('key')).toBe(SECRET.token);
    const without = buildRequest(query({ urlTemplate: `${backend.origin}/q?key=$token` }, { secret: SECRET }));
    expect(new URL(without.url).searchParams.get('key')).toBe('$token');
  });

  it('interpolates headers from the secret for Bearer and APIKey only', () => {
    const headerTemplates = [{ name: 'Authorization', value: 'Bearer $token' }];
    for (const authType of ['Bearer', 'APIKey'] as const) {
      const request = buildRequest(query({ secret: 'creds', authType, headerTemplates }, { secret: SECRET }));
      expect(request.headers.Authorization).toBe(`Bearer ${SECRET.token}`);
    }
    const basic = buildRequest(query({ secret: 'creds', authType: 'Basic', headerTemplates }, { secret: SECRET }));
    expect(basic.headers.Authorization).toBe('Bearer $token');
  });

  it('sends Basic auth from the secret, and says so when the secret lacks a key', async () => {
    await fetchWith(query({ secret: 'creds', authType: 'Basic' }, { secret: SECRET }));
    const expected = `Basic ${Buffer.from(`${SECRET.username}:${SECRET.password}`).toString('base64')}`;
    expect(backend.requests[0]?.headers.authorization).toBe(expected);
    const outcome = await fetchWith(query({ secret: 'creds', authType: 'Basic' }, { secret: { username: 'reader' } }));
    expect(errorMessage(outcome)).toBe('the metric uses Basic auth but its secret lacks username or password');
  });

  it('masks the secret wherever the backend echoes it', async () => {
    backend.behaviour = respond(401, `{"error": "bad token ${SECRET.token} for ${SECRET.username}"}`);
    const message = errorMessage(
      await fetchWith(
        query(
          { secret: 'creds', urlTemplate: `${backend.origin}/q?key=$token`, authType: 'Basic' },
          { secret: SECRET },
        ),
      ),
    );
    expect(message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/q answered HTTP 401: /);
    expect(message).toContain('[redacted]');
    expect(message).not.toContain(SECRET.token);
    expect(message).not.toContain(SECRET.username);
  });
});

describe('reading the answer', () => {
  it('takes the first output of the jq expression', async () => {
    backend.behaviour = respond(200, '{"results": [{"a": "12.25"}, {"a": "3"}]}');
    expect(await fetchWith(query({ jqExpression: '.results[] | .a | tonumber' }))).toEqual({
      kind: 'value',
      value: 12.25,
    });
  });

  it('needs a jqExpression and a urlTemplate', async () => {
    expect(errorMessage(await fetchWith(query({ jqExpression: undefined })))).toBe('the metric has no jqExpression');
    expect(errorMessage(await fetchWith(query({ urlTemplate: undefined })))).toBe('the metric has no urlTemplate');
  });

  it('does not follow a redirect, and names only the origin it pointed to', async () => {
    backend.behaviour = redirect(302, 'https://login.example.com/sso?session=abc');
    expect(errorMessage(await fetchWith(query({})))).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/metrics answered HTTP 302 to https:\/\/login\.example\.com; redirects are not followed$/,
    );
    expect(backend.requests).toHaveLength(1);
  });

  it('says what came back when it is not JSON', async () => {
    backend.behaviour = html(200, '<html>\n<body>Sign in</body>\n</html>');
    expect(errorMessage(await fetchWith(query({})))).toMatch(
      /answered a body that is not JSON \(text\/html\): <html> <body>Sign in<\/body> <\/html>$/,
    );
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    backend.behaviour = oversized(10_000, true);
    expect(errorMessage(await fetchWith(query({}), { maxBodyBytes: 1000 }))).toMatch(
      /answered HTTP 200, then: the response of 10000 bytes exceeds the 1000-byte limit$/,
    );
    backend.behaviour = oversized(200_000, false);
    expect(errorMessage(await fetchWith(query({}), { maxBodyBytes: 1000 }))).toMatch(
      /answered HTTP 200, then: the response exceeds the 1000-byte limit$/,
    );
  });

  it('gives up when the signal fires', async () => {
    backend.behaviour = slow(5000, respond(200, '{"value": 1}'));
    expect(errorMessage(await fetchWith(query({}), { timeoutMs: 100 }))).toMatch(/\/metrics: timed out$/);
  });

  it('names a refused connection and an unsupported scheme', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(errorMessage(await fetchWith(query({ urlTemplate: `http://127.0.0.1:${port}/q` })))).toBe(
      `GET http://127.0.0.1:${port}/q: connection refused`,
    );
    expect(errorMessage(await fetchWith(query({ urlTemplate: 'ftp://127.0.0.1/q' })))).toBe(
      'GET ftp://127.0.0.1/q: ftp: URLs are not supported',
    );
  });
});

describe('connections', () => {
  let server: Server;
  let origin: string;
  const requestsBySocket = new Map<Socket, number>();
  let dropSecondRequestOnSocket = false;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const served = (requestsBySocket.get(request.socket) ?? 0) + 1;
      requestsBySocket.set(request.socket, served);
      // As a backend that closed an idle kept-alive connection: the request reaches no one.
      if (dropSecondRequestOnSocket && served === 2) {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"value": 1}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  afterEach(() => {
    server.closeAllConnections();
    requestsBySocket.clear();
    dropSecondRequestOnSocket = false;
  });

  /**
   * One query first, its requests not counted: the pool may still hold a connection the previous
   * test's server-side close has not reached yet, and the query that meets it resends on its own.
   */
  async function afterOneQuery(): Promise<void> {
    expect(await fetchWith(query({ urlTemplate: `${origin}/q` }))).toEqual({ kind: 'value', value: 1 });
    requestsBySocket.clear();
  }

  it('keeps a connection alive across queries', async () => {
    await afterOneQuery();
    for (let i = 0; i < 3; i++)
      expect(await fetchWith(query({ urlTemplate: `${origin}/q` }))).toEqual({ kind: 'value', value: 1 });
    expect([...requestsBySocket.values()]).toEqual([3]);
  });

  it('sends a query once more, on a new connection, when the kept-alive one turns out closed', async () => {
    await afterOneQuery();
    dropSecondRequestOnSocket = true;
    expect(await fetchWith(query({ urlTemplate: `${origin}/q` }))).toEqual({ kind: 'value', value: 1 });
    expect(await fetchWith(query({ urlTemplate: `${origin}/q` }))).toEqual({ kind: 'value', value: 1 });
    // The kept-alive connection served one query and dropped the next; a fresh one served the resend.
    expect([...requestsBySocket.values()]).toEqual([2, 1]);
  });
});
