// The traffic of a local run: the gateway that routes and mirrors as the VirtualServices say, the
// tutorial's curl loop through it (sped up like everything else), and the counts both keep.

import { startGateway, type LocalGateway } from './gateway.js';
import type { IstioMetrics } from './istio-metrics.js';
import type { RevisionFigures, TrafficFigures } from './live-view.js';
import { formatSeconds, revisionRole } from './plan.js';
import type { RevisionProcesses } from './session-processes.js';
import type { SessionContext } from './session-context.js';
import { startCurlLoop, type CurlLoop } from './traffic.js';
import type { Tutorial } from './tutorial.js';

/** The gateway, forwarding to the revisions' processes. */
export async function startSessionGateway(
  ctx: SessionContext,
  revisions: RevisionProcesses,
  istio: IstioMetrics | undefined,
): Promise<LocalGateway> {
  const tutorial = ctx.tutorial;
  const gw = await startGateway({
    virtualServices: tutorial.virtualServices,
    revisions: new Map(
      tutorial.revisions.flatMap((r): Array<[string, string]> => {
        const p = revisions.get(r.name);
        return p ? [[`${r.namespace}/${r.name}`, p.url]] : [];
      }),
    ),
    services: new Map(tutorial.services.map((s) => [`${s.namespace}/${s.name}`, s.route])),
    shadowHostSuffix: ctx.shadowHostSuffix,
    ...(istio ? { istio } : {}),
  });
  ctx.resources.server('gateway', () => gw.close());
  const firstRequest = tutorial.traffic.requests[0];
  ctx.events.emit({
    type: 'started',
    line: `started gateway at ${gw.url}${firstRequest ? ` (try: curl -H 'Host: ${firstRequest.authority}' ${gw.url}${firstRequest.path})` : ''}`,
  });
  return gw;
}

/** The curl loop, sped up like everything else; resolves once its first request goes out. */
export async function startTraffic(ctx: SessionContext, gateway: LocalGateway): Promise<CurlLoop> {
  const loop = ctx.tutorial.traffic;
  const speed = ctx.speed;
  const curl = startCurlLoop({
    gatewayUrl: gateway.url,
    requests: loop.requests,
    initialSleepMs: (loop.initialSleepSeconds * 1000) / speed,
    sleepMs: (loop.sleepSeconds * 1000) / speed,
    ...(loop.deadlineSeconds !== undefined ? { deadlineMs: (loop.deadlineSeconds * 1000) / speed } : {}),
  });
  ctx.resources.server('traffic', () => curl.stop());
  void curl.ended.then((why) => {
    if (why === 'deadline' && !ctx.control.stopping)
      ctx.events.note(
        `traffic: the curl loop reached its activeDeadlineSeconds (${formatSeconds(loop.deadlineSeconds ?? 0)}${speed !== 1 ? ` ÷ ${speed}` : ''}) and stopped`,
      );
  });
  ctx.events.phase('curl loop sleeping');
  await ctx.control.race(curl.started);
  ctx.events.note(
    `traffic: the curl loop is sending ${loop.requests.map((r) => `${r.method} ${r.authority}${r.path}`).join(', ')}`,
  );
  return curl;
}

/** The request counts so far; zero for a part not started yet. */
export function trafficFigures(gateway: LocalGateway | undefined, curl: CurlLoop | undefined): TrafficFigures {
  const g = gateway?.stats();
  const c = curl?.stats();
  const clientErrors = c
    ? Object.entries(c.byStatus).reduce((sum, [code, n]) => (code.startsWith('2') ? sum : sum + n), 0) + c.failures
    : 0;
  return {
    live: g?.requests ?? 0,
    mirrored: g?.mirrored ?? 0,
    dropped: g?.dropped ?? 0,
    mirrorFailures: g?.mirrorFailures ?? 0,
    clientErrors,
  };
}

/** Per revision of the tutorial: its role in the split and what it received. */
export function revisionFigures(tutorial: Tutorial, gateway: LocalGateway | undefined): RevisionFigures[] {
  const counts = gateway?.stats().revisions ?? {};
  return tutorial.revisions.map((r) => ({
    name: r.name,
    role: revisionRole(tutorial, r.name),
    live: counts[r.name]?.live ?? 0,
    mirrored: counts[r.name]?.mirrored ?? 0,
  }));
}
