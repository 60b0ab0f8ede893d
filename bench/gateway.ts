// The local gateway's added latency: samples/mirroring played as `iter8fn local` plays it (one
// process per revision, the gateway applying the tutorial's VirtualServices, 40% mirrored to the
// dark revision), driven by Debian's wrk at a fixed rate, versus the same load sent straight to the
// live revision. Debian's wrk 4.1 has no rate option (-R is wrk2's), so the pace comes from a Lua
// script: each thread keeps a schedule of one request every `period` ms and wrk's delay() hook
// holds each request until its slot (a monotonic clock through LuaJIT's ffi). The rate reached is
// reported, with wrk's own latency percentiles and error counts. A bare proxy (bare-proxy.ts) in
// front of the same revision, driven the same way, shows what one extra hop costs by itself.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startGateway, type LocalGateway } from '../src/local/gateway.js';
import { startRevisionProcess, type RevisionProcess } from '../src/local/revision-process.js';
import { readTutorial } from '../src/local/tutorial.js';
import { startBareProxy, type BareProxy } from './bare-proxy.js';
import type { GatewayResult, LatencyFigures } from './results.js';
import { progress, projectRoot, round, runCommand, tempDir } from './support.js';

export interface GatewayOptions {
  /** Requests per second in total. */
  rate: number;
  durationSeconds: number;
  warmupSeconds: number;
}

const THREADS = 2;
const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;
const CONNECTIONS_PER_THREAD = 8;

/** wrk script: paced requests with a Host header, and a JSON summary line at the end. */
const PACING_SCRIPT = `
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock_id, bench_timespec *tp);
]]
local clock = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local period_ms = 1
local host = "example.com"
local next_slot = nil

function init(args)
  period_ms = tonumber(args[1])
  host = args[2]
  wrk.headers["Host"] = host
end

-- Called before every request of this thread's connections: wait for the next free slot.
function delay()
  local now = now_ms()
  if next_slot == nil or next_slot < now - 1000 then next_slot = now end
  next_slot = next_slot + period_ms
  local wait = next_slot - now
  if wait <= 0 then return 0 end
  return math.floor(wait)
end

function done(summary, latency, requests)
  io.write(string.format('BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
`;

interface WrkSummary {
  requests: number;
  duration_us: number;
  p50_us: number;
  p90_us: number;
  p99_us: number;
  p999_us: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
}

async function drive(script: string, url: string, rate: number, seconds: number): Promise<LatencyFigures> {
  const periodMs = (1000 * THREADS) / rate;
  const output = await runCommand(
    'wrk',
    [
      '-t',
      String(THREADS),
      '-c',
      String(THREADS * CONNECTIONS_PER_THREAD),
      '-d',
      `${seconds}s`,
      '--timeout',
      '5s',
      '-s',
      script,
      url,
      '--',
      String(periodMs),
      'example.com',
    ],
    (seconds + 30) * 1000,
  );
  const line = output.split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`wrk printed no summary: ${output.slice(-500)}`);
  const summary = JSON.parse(line.slice('BENCH '.length)) as WrkSummary;
  return {
    requests: summary.requests,
    ratePerSecond: round(summary.requests / (summary.duration_us / 1e6)),
    p50Ms: summary.p50_us / 1000,
    p90Ms: summary.p90_us / 1000,
    p99Ms: summary.p99_us / 1000,
    p999Ms: summary.p999_us / 1000,
    errors: summary.connect + summary.read + summary.write + summary.status + summary.timeout,
  };
}

export async function runGateway(options: GatewayOptions): Promise<GatewayResult> {
  const tutorial = await readTutorial(path.join(projectRoot, 'samples/mirroring'));
  const script = path.join(tempDir('wrk'), 'pace.lua');
  writeFileSync(script, PACING_SCRIPT);
  const revisions = new Map<string, RevisionProcess>();
  let gateway: LocalGateway | undefined;
  let proxy: BareProxy | undefined;
  try {
    for (const revision of tutorial.revisions) {
      revisions.set(
        revision.name,
        await startRevisionProcess({
          name: revision.name,
          serviceName: revision.serviceName,
          namespace: revision.namespace,
          env: revision.env,
        }),
      );
    }
    gateway = await startGateway({
      virtualServices: tutorial.virtualServices,
      revisions: new Map(tutorial.revisions.map((r) => [`${r.namespace}/${r.name}`, revisions.get(r.name)?.url ?? ''])),
      services: new Map(tutorial.services.map((s) => [`${s.namespace}/${s.name}`, s.route])),
    });
    // The live revision: where the gateway sends every client request (100% of the split).
    const live = tutorial.services[0]?.route.traffic.find((t) => t.percent === 100)?.revisionName;
    const direct = live ? revisions.get(live) : undefined;
    if (!direct) throw new Error('samples/mirroring has no revision taking all live traffic');

    proxy = await startBareProxy(direct.url);

    const say = (what: string, f: LatencyFigures): void =>
      progress(
        `gateway: ${what} p50 ${f.p50Ms} ms, p90 ${f.p90Ms} ms, p99 ${f.p99Ms} ms, p99.9 ${f.p999Ms} ms at ${f.ratePerSecond}/s`,
      );
    for (const url of [direct.url, proxy.url, gateway.url])
      await drive(script, `${url}/`, options.rate, options.warmupSeconds);
    const straight = await drive(script, `${direct.url}/`, options.rate, options.durationSeconds);
    say('direct', straight);
    // This process runs the proxy and the gateway (and nothing else while wrk drives them): its CPU
    // time over a run is theirs.
    let cpu = process.cpuUsage();
    const proxied = await drive(script, `${proxy.url}/`, options.rate, options.durationSeconds);
    const proxyCpuMs = cpuMs(process.cpuUsage(cpu));
    say('through a bare proxy', proxied);
    const before = gateway.stats();
    cpu = process.cpuUsage();
    const through = await drive(script, `${gateway.url}/`, options.rate, options.durationSeconds);
    const gatewayCpuMs = cpuMs(process.cpuUsage(cpu));
    const after = gateway.stats();
    say('through the gateway', through);

    const requests = after.requests - before.requests;
    const nonSuccess = Object.entries(after.responses).reduce(
      (sum, [code, n]) => (code.startsWith('2') ? sum : sum + n - (before.responses[code] ?? 0)),
      0,
    );
    const addedP99Ms = through.p99Ms - straight.p99Ms;
    const errors = through.errors + nonSuccess;
    return {
      durationSeconds: options.durationSeconds,
      targetRate: options.rate,
      connections: THREADS * CONNECTIONS_PER_THREAD,
      direct: straight,
      bareProxy: proxied,
      gateway: { ...through, errors },
      addedP50Ms: round(through.p50Ms - straight.p50Ms),
      addedP99Ms: round(addedP99Ms),
      overBareProxyP50Ms: round(through.p50Ms - proxied.p50Ms),
      overBareProxyP99Ms: round(through.p99Ms - proxied.p99Ms),
      cpuUsPerRequest: {
        bareProxy: round((proxyCpuMs * 1000) / proxied.requests),
        gateway: round((gatewayCpuMs * 1000) / through.requests),
      },
      mirroredShare: round(
        requests > 0 ? (after.mirrored - before.mirrored + after.dropped - before.dropped) / requests : 0,
      ),
      mirrorsDropped: after.dropped - before.dropped,
      mirrorFailures: after.mirrorFailures - before.mirrorFailures,
      goal: { text: 'p99 added <= 1 ms, no client-visible error', met: addedP99Ms <= 1 && errors === 0 },
    };
  } finally {
    await Promise.allSettled([gateway?.close(), proxy?.close(), ...[...revisions.values()].map((r) => r.stop())]);
  }
}
