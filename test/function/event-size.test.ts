// Oversized CloudEvents are refused before the handler runs. The built function is started as
// `npm start` starts it (--bodyLimit) and as func.yaml configures it in the cluster (FUNC_BODY_LIMIT),
// and as the in-process harness serves it. A body one byte over 64 KiB gets 413 in every content
// mode, with or without a Content-Length; the process stays up and keeps serving, and the API
// server sees no request at all: nothing is read, nothing is written.
//
// Why 413 and not a 2xx error reply: an oversized event can never succeed, and under the Knative
// data-plane contract a 4xx other than 404, 409 and 429 is not retried but is an error, so the
// Broker hands the event to the dead-letter sink at once, where an operator sees it. A 2xx would mark
// the delivery completed and the event would vanish.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parse } from 'yaml';
import { EVENT_BODY_LIMIT_BYTES, readFunctionConfig } from '../../src/function/config.js';
import { removeKubeconfig, startFunctionKube, writeFunctionKubeconfig } from '../support/function-cluster.js';
import { projectRoot, startFunctionProcess, type FunctionProcess } from '../support/function-process.js';
import type { KubeApiServer } from '../support/kube-api-server.js';
import { removeTempDirs, serveFunction, TOKENS, startKube, type RunningFunction } from './harness.js';

let kube: KubeApiServer;
let kubeconfig: string;
let npmStart: FunctionProcess;
let deployed: FunctionProcess;
let unconfigured: FunctionProcess;
let harnessKube: KubeApiServer;
let inProcess: RunningFunction;

const PING_HEADERS = {
  'ce-specversion': '1.0',
  'ce-id': 'size-1',
  'ce-source': '/apis/v1/namespaces/iter8-system/pingsources/test',
  'ce-type': 'dev.knative.sources.ping',
  'content-type': 'application/json',
};

/** A ping for an experiment that does not exist, padded with JSON whitespace to exactly `size` bytes. */
function paddedPing(size: number): string {
  const data = '{"experiment":"default/absent"}';
  return data + ' '.repeat(size - data.length);
}

function structuredPing(size: number): string {
  const event =
    '{"specversion":"1.0","id":"size-2","source":"/test","type":"dev.knative.sources.ping","datacontenttype":"application/json","data":{"experiment":"default/absent"}}';
  return event + ' '.repeat(size - event.length);
}

interface Answer {
  status: number;
  body: string;
}

/** POSTs with node:http, so the body can be sent chunked (no Content-Length) as well. */
function post(port: number, headers: Record<string, string>, body: string, chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        headers: chunked ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    // The server may answer 413 and close before the whole body is written; that is the point.
    request.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err),
    );
    if (chunked) {
      for (let offset = 0; offset < body.length; offset += 16 * 1024)
        request.write(body.slice(offset, offset + 16 * 1024));
      request.end();
    } else {
      request.end(body);
    }
  });
}

async function expectServesNormalEvents(port: number): Promise<void> {
  // Exactly at the limit is accepted: the handler runs and answers (the experiment does not exist).
  const atLimit = await post(port, PING_HEADERS, paddedPing(EVENT_BODY_LIMIT_BYTES));
  expect(atLimit.status).toBe(200);
  expect(JSON.parse(atLimit.body)).toMatchObject({ experiment: 'default/absent', result: 'not-found' });
}

async function expectRefusesOversized(port: number, apiServer: KubeApiServer): Promise<void> {
  const requestsBefore = apiServer.requests.length;
  const over = EVENT_BODY_LIMIT_BYTES + 1;
  const answers = [
    await post(port, PING_HEADERS, paddedPing(over)),
    await post(port, PING_HEADERS, paddedPing(over), true),
    await post(port, { 'content-type': 'application/cloudevents+json' }, structuredPing(over)),
    await post(port, { 'content-type': 'application/cloudevents+json' }, structuredPing(over), true),
  ];
  expect(answers.map((a) => a.status)).toEqual([413, 413, 413, 413]);
  expect(JSON.parse(answers[0]?.body ?? '{}')).toMatchObject({ statusCode: 413, message: 'Request body is too large' });
  // A burst of 1 MiB events at once: each refused without being buffered whole.
  const burst = await Promise.all(
    Array.from({ length: 20 }, (_, i) => post(port, PING_HEADERS, paddedPing(1024 * 1024), i % 2 === 0)),
  );
  expect(burst.every((a) => a.status === 413)).toBe(true);
  // The handler never ran: the API server was not asked anything.
  expect(apiServer.requests.slice(requestsBefore)).toEqual([]);
}

async function expectAlive(fn: FunctionProcess): Promise<void> {
  expect(fn.alive()).toBe(true);
  expect((await fetch(`${fn.url}health/liveness`)).status).toBe(200);
  expect((await fetch(`${fn.url}health/readiness`)).status).toBe(200);
}

beforeAll(async () => {
  kube = await startFunctionKube();
  kubeconfig = await writeFunctionKubeconfig(kube);
  const func = parse(await fs.readFile(path.join(projectRoot, 'func.yaml'), 'utf8')) as {
    run: { envs: Array<{ name: string; value: string }> };
  };
  const funcBodyLimit = func.run.envs.find((e) => e.name === 'FUNC_BODY_LIMIT')?.value;
  expect(funcBodyLimit).toBe(String(EVENT_BODY_LIMIT_BYTES));
  const portOnly = (port: number): string[] => ['--port', String(port)];
  [npmStart, deployed, unconfigured] = await Promise.all([
    // What `npm start` runs.
    startFunctionProcess({ kubeconfig }),
    // What func.yaml sets in the cluster, whatever the start command's flags.
    startFunctionProcess({ kubeconfig, args: portOnly, env: { FUNC_BODY_LIMIT: funcBodyLimit ?? '' } }),
    // The control: faas-js-runtime's own default.
    startFunctionProcess({ kubeconfig, args: portOnly }),
  ]);
  await Promise.all([npmStart.ready, deployed.ready, unconfigured.ready]);
  harnessKube = await startKube();
  inProcess = await serveFunction(harnessKube, TOKENS.cluster, {});
}, 60_000);

afterAll(async () => {
  await Promise.all([npmStart?.stop(), deployed?.stop(), unconfigured?.stop()]);
  await inProcess?.close();
  await harnessKube?.close();
  await kube?.close();
  if (kubeconfig) await removeKubeconfig(kubeconfig);
  await removeTempDirs();
});

describe(`events over ${EVENT_BODY_LIMIT_BYTES} bytes`, () => {
  it('are refused with 413 by the function as npm start runs it; it stays up and nothing is read or written', async () => {
    await expectServesNormalEvents(npmStart.port);
    await expectRefusesOversized(npmStart.port, kube);
    await expectAlive(npmStart);
    await expectServesNormalEvents(npmStart.port);
  }, 30_000);

  it('are refused with 413 under the configuration func.yaml deploys (FUNC_BODY_LIMIT)', async () => {
    await expectServesNormalEvents(deployed.port);
    await expectRefusesOversized(deployed.port, kube);
    await expectAlive(deployed);
  }, 30_000);

  it('are refused with 413 by the in-process server the function tests use', async () => {
    await expectServesNormalEvents(inProcess.port);
    await expectRefusesOversized(inProcess.port, harnessKube);
  }, 30_000);

  it('are accepted by faas-js-runtime left to its default (1 MiB): the 413s come from the configuration', async () => {
    const answer = await post(unconfigured.port, PING_HEADERS, paddedPing(EVENT_BODY_LIMIT_BYTES + 1));
    expect(answer.status).toBe(200);
  });

  it('a FUNC_BODY_LIMIT that is not a number of bytes stops the function at start, named', () => {
    for (const bad of ['64k', '-1', '1.5', '100']) {
      expect(() => readFunctionConfig({ FUNC_BODY_LIMIT: bad })).toThrow(
        /FUNC_BODY_LIMIT must be a whole number of bytes, at least 1024/,
      );
    }
    expect(() => readFunctionConfig({ FUNC_BODY_LIMIT: String(EVENT_BODY_LIMIT_BYTES) })).not.toThrow();
  });
});
