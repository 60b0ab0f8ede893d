// The opening lines of `iter8fn local`: what will be played, from which file, at which speed, and
// what is not played. Pure text from the parsed tutorial.

import { applyDefaults } from '../experiment/parse.js';
import { totalIterations } from '../iteration/step.js';
import type { RevisionFigures } from './live-view.js';
import type { Faults } from './revision.js';
import type { HttpRoute, StringMatch, VirtualService } from './routing.js';
import { describeStack, type LocalStack } from './stack.js';
import { versionRevision } from './source.js';
import type { Tutorial } from './tutorial.js';

export function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(3))} s`;
}

export function formatFaults(faults: Faults): string {
  return [
    faults.latencyMs !== undefined ? `latency=${faults.latencyMs}ms` : '',
    faults.latencyPercent !== undefined ? `latency=+${faults.latencyPercent}%` : '',
    faults.errorRate !== undefined ? `errors=${faults.errorRate}` : '',
  ]
    .filter(Boolean)
    .join(',');
}

/** A revision's role in its Service's split: `live 100%`, `dark` (0%), or `not routed`. */
export function revisionRole(tutorial: Tutorial, revisionName: string): string {
  for (const service of tutorial.services) {
    const share = service.route.traffic.find((t) => t.revisionName === revisionName);
    if (share) return share.percent > 0 ? `live ${share.percent}%` : 'dark';
  }
  return 'not routed';
}

const shortHost = (host: string): string =>
  host.replace(/\.svc\.cluster\.local$/, '').replace(/\.(istio-system|knative-serving|default)$/, '');

function matchText(name: string, match: StringMatch): string {
  const op = { exact: '=', prefix: '^=', regex: '~' }[match.kind];
  return `${name}${op}${match.value}`;
}

function ruleText(rule: HttpRoute): string {
  const conditions = rule.match.map(
    (m) =>
      [
        m.authority ? matchText('authority', m.authority) : '',
        m.uri ? matchText('uri', m.uri) : '',
        m.method ? matchText('method', m.method) : '',
        ...m.headers.map(([name, sm]) => matchText(name, sm)),
      ]
        .filter(Boolean)
        .join(' & ') || '*',
  );
  const when = conditions.length > 0 ? conditions.join(' | ') : '*';
  const to = rule.route
    .map((r) =>
      rule.route.length > 1 ? `${shortHost(r.destination.host)} ${r.weight}%` : shortHost(r.destination.host),
    )
    .join(', ');
  const mirrors = rule.mirrors.map((m) => `, mirror ${m.percent}% → ${shortHost(m.destination.host)}`).join('');
  return `${when} → ${to}${mirrors}`;
}

export function virtualServiceText(vs: VirtualService): string {
  return `${vs.name} [${vs.hosts.join(', ')} @ ${vs.gateways.map(shortHost).join(', ')}]: ${vs.http.map(ruleText).join('; ')}`;
}

export interface PlanOptions {
  speed: number;
  faults: ReadonlyMap<string, Faults>;
  shadowHostSuffix: boolean;
  stack: LocalStack;
}

export function planLines(tutorial: Tutorial, options: PlanOptions): string[] {
  const experiment = tutorial.experiment.parsed;
  const spec = applyDefaults(experiment.spec);
  const speed = options.speed;
  const sped = (seconds: number): string =>
    speed === 1 ? formatSeconds(seconds) : `${formatSeconds(seconds / speed)} (${formatSeconds(seconds)} ÷ ${speed})`;
  const lines: string[] = [];
  const versions = [spec.versionInfo?.baseline, ...(spec.versionInfo?.candidates ?? [])].filter((v) => v !== undefined);
  lines.push(
    `iter8fn local: playing ${tutorial.folder}: experiment ${experiment.metadata.name ?? ''} (${spec.strategy.testingPattern} on ${spec.target}; ` +
      `${versions.map((v) => `${v.name} = ${versionRevision(v)}`).join(', ')})`,
  );
  for (const revision of tutorial.revisions) {
    const env = Object.entries(revision.env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    const faults = options.faults.get(revision.name);
    const serviceTime = revision.serviceTimeMs !== undefined ? `, service time ${revision.serviceTimeMs} ms` : '';
    lines.push(
      `  revision  ${revision.name} (${revisionRole(tutorial, revision.name)}${env ? `, ${env}` : ''}${serviceTime}${faults ? `, injected ${formatFaults(faults)}` : ''})`,
    );
  }
  lines.push(`  metrics   ${describeStack(options.stack)}`);
  for (const vs of tutorial.virtualServices) lines.push(`  routing   ${virtualServiceText(vs)}`);
  if (tutorial.virtualServices.some((vs) => vs.http.some((r) => r.mirrors.length > 0))) {
    lines.push(
      options.shadowHostSuffix
        ? '  mirror    copies carry the authority with -shadow appended (Istio < 1.28), fire and forget'
        : '  mirror    copies keep their authority, no -shadow (Istio >= 1.28 default, DISABLE_SHADOW_HOST_SUFFIX=true), fire and forget',
    );
  }
  const traffic = tutorial.traffic;
  const requests = traffic.requests.map((r) => `${r.method} ${r.authority}${r.path}`).join(', ');
  lines.push(
    `  traffic   ${requests} in a loop: first after ${sped(traffic.initialSleepSeconds)}, then every ${sped(traffic.sleepSeconds)}` +
      (traffic.deadlineSeconds !== undefined ? `, for at most ${sped(traffic.deadlineSeconds)}` : ''),
  );
  const total = totalIterations(spec);
  lines.push(
    `  function  ${total} iteration(s), a ping every ${sped(spec.duration.intervalSeconds)}: about ${formatSeconds(((total - 1) * spec.duration.intervalSeconds) / speed)} once metrics flow`,
  );
  if (spec.duration.intervalSeconds / speed < 1) {
    lines.push(
      `  note      --speed ${speed}: iterations ${formatSeconds(spec.duration.intervalSeconds / speed)} apart are shorter than Prometheus's 1 s scrape; early iterations will lack data`,
    );
  }
  for (const note of tutorial.notes) lines.push(`  note      ${note}`);
  return lines;
}

/**
 * One line per revision under test that received no request while another revision did, naming
 * both counts and the likely cause; empty when every revision under test got traffic.
 */
export function missingTrafficLines(
  revisions: readonly RevisionFigures[],
  underTest: readonly string[],
  shadowHostSuffix: boolean,
): string[] {
  const served = revisions.filter((r) => r.live + r.mirrored > 0);
  return underTest.flatMap((name) => {
    const figures = revisions.find((r) => r.name === name);
    if (!figures || figures.live + figures.mirrored > 0 || served.length === 0) return [];
    const others = served.map((r) => `${r.name} received ${r.live} live and ${r.mirrored} mirrored`).join(', ');
    const cause = shadowHostSuffix
      ? 'no route or mirror of the routing rules reaches it'
      : 'the mirror does not reach it: without the -shadow suffix (Istio >= 1.28) the copies keep their Host and match the live rule; set DISABLE_SHADOW_HOST_SUFFIX=false on istiod or route the copy by another match';
    return [`no traffic: ${name} received no requests (0 live, 0 mirrored) while ${others}: ${cause}`];
  });
}
