// Reads a tutorial folder written for a cluster (the seed's mirroring tutorial and its kin):
//   service.yaml        Knative Service(s), applied in order: each template is a revision, the last
//                       traffic block is the split
//   routing-rules.yaml  Istio VirtualServices (optional: without it, Knative's own routes apply)
//   curl.yaml           the traffic Job: a shell loop of curl and sleep
//   experiment.yaml     the Iter8 experiment
// into what local mode plays. Wrong shapes are ManifestErrors (exit 2); what a cluster would do
// but local mode cannot is collected as one-line notes.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidInputError, parseExperiment } from '../experiment/parse.js';
import type { Experiment } from '../experiment/types.js';
import { validateForIteration } from '../experiment/validate.js';
import { FileFormatError, parseExperimentFile } from '../store/file-store.js';
import {
  GATEWAY_SERVICES,
  resolveDestination,
  type KnativeRoute,
  type KnownObjects,
  type TrafficShare,
} from './destinations.js';
import {
  ManifestError,
  PlayNotes,
  baseName,
  isRecord,
  objectName,
  optionalBoolean,
  optionalList,
  optionalNumber,
  optionalRecord,
  optionalString,
  readManifestFile,
  requiredRecord,
  requiredString,
  type ManifestDocument,
} from './manifest.js';
import { MESH_GATEWAY, parseVirtualService, type VirtualService } from './routing.js';

export const TUTORIAL_FILES = {
  service: 'service.yaml',
  routing: 'routing-rules.yaml',
  traffic: 'curl.yaml',
  experiment: 'experiment.yaml',
} as const;

/** One Knative revision, played by a local process of the built-in sample app. */
export interface RevisionSpec {
  name: string;
  namespace: string;
  serviceName: string;
  /** Container env (T_VERSION names the colour the sample app shows). */
  env: Record<string, string>;
  image?: string;
}

export interface KnativeServiceModel {
  name: string;
  namespace: string;
  revisions: RevisionSpec[];
  /** The split after the last apply, latestRevision resolved. */
  route: KnativeRoute;
}

/** One curl command of the traffic loop. */
export interface CurlRequest {
  method: string;
  /** Host header: the URL's host, or a `-H 'Host: ...'` override. */
  authority: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface TrafficLoop {
  /** The Job's workload kind and name, for messages. */
  source: string;
  requests: CurlRequest[];
  initialSleepSeconds: number;
  /** Sleep per loop round, after the requests. */
  sleepSeconds: number;
  /** activeDeadlineSeconds, if the workload sets one. */
  deadlineSeconds?: number;
}

export interface Tutorial {
  folder: string;
  services: KnativeServiceModel[];
  revisions: RevisionSpec[];
  virtualServices: VirtualService[];
  traffic: TrafficLoop;
  experiment: { file: string; text: string; parsed: Experiment };
  /** One line per thing not played locally, or played by a stand-in. */
  notes: string[];
}

export async function readTutorial(folder: string): Promise<Tutorial> {
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat) throw new ManifestError(`${folder}: no such folder`);
  if (!stat.isDirectory())
    throw new ManifestError(`${folder}: not a folder (give the tutorial's folder, e.g. samples/mirroring)`);
  const notes = new PlayNotes();
  const file = (name: string) => path.join(folder, name);

  const services = readServices(await readManifestFile(file(TUTORIAL_FILES.service)), notes);
  const revisions = services.flatMap((s) => s.revisions);
  const known: KnownObjects = {
    revisions: new Set(revisions.map((r) => `${r.namespace}/${r.name}`)),
    services: new Map(services.map((s) => [`${s.namespace}/${s.name}`, s.route])),
  };

  let virtualServices: VirtualService[] = [];
  const routingFile = file(TUTORIAL_FILES.routing);
  if (await exists(routingFile)) {
    virtualServices = readVirtualServices(await readManifestFile(routingFile), notes);
    checkDestinations(virtualServices, known, notes);
  } else {
    notes.add(`${TUTORIAL_FILES.routing}: not in the folder; requests follow Knative's own routes (the traffic split)`);
  }

  const traffic = readTrafficLoop(await readManifestFile(file(TUTORIAL_FILES.traffic)), notes);
  const experiment = await readExperiment(file(TUTORIAL_FILES.experiment));
  return { folder, services, revisions, virtualServices, traffic, experiment, notes: notes.lines };
}

async function exists(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined)) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// service.yaml

const CONTAINER_KEYS = ['name', 'image', 'env', 'ports'] as const;

interface ServiceState {
  name: string;
  namespace: string;
  revisions: RevisionSpec[];
  /** JSON of each revision's template, to tell a re-apply from a new revision. */
  templates: Map<string, string>;
  traffic: unknown[] | undefined;
  trafficWhere: string;
  generation: number;
}

function readServices(documents: ManifestDocument[], notes: PlayNotes): KnativeServiceModel[] {
  const states = new Map<string, ServiceState>();
  for (const document of documents) {
    const kind = document.value.kind;
    const apiVersion = typeof document.value.apiVersion === 'string' ? document.value.apiVersion : '';
    if (kind !== 'Service' || !apiVersion.startsWith('serving.knative.dev/')) {
      notes.skip(
        `${baseName(document.file)} (document ${document.index})`,
        `${String(apiVersion)} ${String(kind)}`,
        'only Knative Services are played',
      );
      continue;
    }
    const { name, namespace, where } = objectName(document);
    const key = `${namespace}/${name}`;
    const state: ServiceState = states.get(key) ?? {
      name,
      namespace,
      revisions: [],
      templates: new Map(),
      traffic: undefined,
      trafficWhere: where,
      generation: 0,
    };
    states.set(key, state);
    applyService(state, document.value, where, notes);
  }
  if (states.size === 0) throw new ManifestError(`${TUTORIAL_FILES.service}: no serving.knative.dev Service`);
  const images = [
    ...new Set([...states.values()].flatMap((state) => state.revisions.map((r) => r.image ?? '(no image)'))),
  ];
  notes.add(
    `${TUTORIAL_FILES.service}: ${images.join(', ')} played by the built-in knative-route-demo app (a page naming its T_VERSION), one local process per revision`,
  );
  return [...states.values()].map((state) => ({
    name: state.name,
    namespace: state.namespace,
    revisions: state.revisions,
    route: { namespace: state.namespace, name: state.name, traffic: resolveTraffic(state, notes) },
  }));
}

/** One `kubectl apply` of a Knative Service: a changed template makes a revision; traffic replaces the split. */
function applyService(state: ServiceState, value: Record<string, unknown>, where: string, notes: PlayNotes): void {
  const spec = requiredRecord(value.spec, `${where}: spec`);
  notes.skipUnknownKeys(spec, ['template', 'traffic'], `${where}: spec`);
  const template = requiredRecord(spec.template, `${where}: spec.template`);
  const templateMetadata = optionalRecord(template.metadata, `${where}: spec.template.metadata`) ?? {};
  for (const key of Object.keys(templateMetadata)) {
    if (key !== 'name')
      notes.skip(`${where}: spec.template.metadata`, key, 'scaling and labels do not apply to a local process');
  }
  const templateSpec = requiredRecord(template.spec, `${where}: spec.template.spec`);
  notes.skipUnknownKeys(templateSpec, ['containers'], `${where}: spec.template.spec`);
  const containers = optionalList(templateSpec.containers, `${where}: spec.template.spec.containers`);
  const container = requiredRecord(containers[0], `${where}: spec.template.spec.containers[0]`);
  if (containers.length > 1)
    notes.skip(`${where}`, `containers after the first`, 'the sample app plays the first container');
  notes.skipUnknownKeys(
    container,
    CONTAINER_KEYS,
    `${where}: containers[0]`,
    'the built-in sample app answers instead',
  );

  const env: Record<string, string> = {};
  optionalList(container.env, `${where}: containers[0].env`).forEach((entry, i) => {
    const at = `${where}: containers[0].env[${i}]`;
    const record = requiredRecord(entry, at);
    const envName = requiredString(record.name, `${at}.name`);
    if (record.valueFrom !== undefined) {
      notes.skip(at, `valueFrom of ${envName}`, 'no Secrets or ConfigMaps locally');
      return;
    }
    const envValue = record.value;
    env[envName] =
      typeof envValue === 'string'
        ? envValue
        : envValue === undefined || envValue === null
          ? ''
          : typeof envValue === 'number' || typeof envValue === 'boolean'
            ? String(envValue)
            : JSON.stringify(envValue);
  });
  const image = optionalString(container.image, `${where}: containers[0].image`);

  const fingerprint = JSON.stringify(template);
  const explicitName = optionalString(templateMetadata.name, `${where}: spec.template.metadata.name`);
  const last = state.revisions.at(-1);
  if (explicitName !== undefined) {
    const previous = state.templates.get(explicitName);
    if (previous !== undefined && previous !== fingerprint) {
      throw new ManifestError(
        `${where}: revision ${explicitName} already exists with a different template (Knative refuses this)`,
      );
    }
    if (previous === undefined) addRevision(state, explicitName, env, image, fingerprint);
  } else if (!last || state.templates.get(last.name) !== fingerprint) {
    // Knative names unnamed revisions <service>-<generation, 5 digits>.
    addRevision(state, `${state.name}-${String(state.generation + 1).padStart(5, '0')}`, env, image, fingerprint);
  }
  state.generation++;
  if (spec.traffic !== undefined) {
    state.traffic = optionalList(spec.traffic, `${where}: spec.traffic`);
    state.trafficWhere = where;
  }
}

function addRevision(
  state: ServiceState,
  name: string,
  env: Record<string, string>,
  image: string | undefined,
  fingerprint: string,
): void {
  state.templates.set(name, fingerprint);
  state.revisions.push({ name, namespace: state.namespace, serviceName: state.name, env, ...(image ? { image } : {}) });
}

function resolveTraffic(state: ServiceState, notes: PlayNotes): TrafficShare[] {
  const latest = state.revisions.at(-1);
  if (!latest) throw new ManifestError(`${TUTORIAL_FILES.service}: Service ${state.name} has no revision`);
  if (state.traffic === undefined) return [{ revisionName: latest.name, percent: 100 }];
  const where = `${state.trafficWhere}: spec.traffic`;
  const entries = state.traffic;
  const shares = entries.map((entry, i): TrafficShare => {
    const at = `${where}[${i}]`;
    const record = requiredRecord(entry, at);
    notes.skipUnknownKeys(record, ['revisionName', 'latestRevision', 'percent', 'tag'], at);
    const tag = optionalString(record.tag, `${at}.tag`);
    if (tag) notes.skip(at, `tag ${tag}`, `its own route ${tag}-${state.name} is not played`);
    const latestRevision = optionalBoolean(record.latestRevision, `${at}.latestRevision`) ?? false;
    const named = optionalString(record.revisionName, `${at}.revisionName`);
    if (latestRevision === (named !== undefined))
      throw new ManifestError(`${at}: set exactly one of revisionName, latestRevision: true`);
    const revisionName = named ?? latest.name;
    if (!state.revisions.some((r) => r.name === revisionName)) {
      throw new ManifestError(
        `${at}.revisionName: no revision ${revisionName} (known: ${state.revisions.map((r) => r.name).join(', ')})`,
      );
    }
    const percent = optionalNumber(record.percent, `${at}.percent`) ?? (entries.length === 1 ? 100 : 0);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100)
      throw new ManifestError(`${at}.percent: must be a whole number 0..100`);
    return { revisionName, percent };
  });
  const total = shares.reduce((sum, s) => sum + s.percent, 0);
  if (total !== 100) throw new ManifestError(`${where}: percents add up to ${total}, not 100`);
  return shares;
}

// ---------------------------------------------------------------------------------------------
// routing-rules.yaml

const KNOWN_GATEWAYS = new Set([MESH_GATEWAY, ...Object.values(GATEWAY_SERVICES)]);

function readVirtualServices(documents: ManifestDocument[], notes: PlayNotes): VirtualService[] {
  const result: VirtualService[] = [];
  for (const document of documents) {
    if (document.value.kind !== 'VirtualService') {
      notes.skip(
        `${baseName(document.file)} (document ${document.index})`,
        `kind ${String(document.value.kind)}`,
        'only VirtualServices are played',
      );
      continue;
    }
    const vs = parseVirtualService(document, notes);
    for (const gateway of vs.gateways) {
      if (!KNOWN_GATEWAYS.has(gateway))
        notes.skip(
          `${baseName(document.file)}: VirtualService ${vs.name}`,
          `gateway ${gateway}`,
          'only mesh and the Knative gateways exist locally',
        );
    }
    result.push(vs);
  }
  return result;
}

function checkDestinations(virtualServices: VirtualService[], known: KnownObjects, notes: PlayNotes): void {
  for (const vs of virtualServices) {
    for (const rule of vs.http) {
      const hosts = [...rule.route.map((r) => r.destination.host), ...rule.mirrors.map((m) => m.destination.host)];
      for (const host of hosts) {
        if (resolveDestination(host, vs.namespace, known).kind === 'unknown') {
          notes.skip(
            `${TUTORIAL_FILES.routing}: VirtualService ${vs.name} ${rule.label}`,
            `destination ${host}`,
            'not a revision, Knative Service or gateway of this tutorial; requests sent there get 503',
          );
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// curl.yaml

const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash', '/usr/bin/env sh']);

interface Workload {
  where: string;
  podSpec: Record<string, unknown>;
  deadlineSeconds?: number;
}

function workloadOf(document: ManifestDocument): Workload | undefined {
  const kind = document.value.kind;
  const { where } = objectName(document);
  const spec = optionalRecord(document.value.spec, `${where}: spec`);
  if (!spec) return undefined;
  if (kind === 'Pod') {
    const deadline = optionalNumber(spec.activeDeadlineSeconds, `${where}: spec.activeDeadlineSeconds`);
    return { where, podSpec: spec, ...(deadline !== undefined ? { deadlineSeconds: deadline } : {}) };
  }
  if (kind !== 'Job' && kind !== 'Deployment') return undefined;
  const podSpec = requiredRecord(
    requiredRecord(spec.template, `${where}: spec.template`).spec,
    `${where}: spec.template.spec`,
  );
  const deadlines = [
    optionalNumber(spec.activeDeadlineSeconds, `${where}: spec.activeDeadlineSeconds`),
    optionalNumber(podSpec.activeDeadlineSeconds, `${where}: spec.template.spec.activeDeadlineSeconds`),
  ].filter((d): d is number => d !== undefined);
  return { where, podSpec, ...(deadlines.length > 0 ? { deadlineSeconds: Math.min(...deadlines) } : {}) };
}

function readTrafficLoop(documents: ManifestDocument[], notes: PlayNotes): TrafficLoop {
  for (const document of documents) {
    const workload = workloadOf(document);
    if (!workload) continue;
    const containers = optionalList(workload.podSpec.containers, `${workload.where}: containers`);
    for (const [i, entry] of containers.entries()) {
      const container = requiredRecord(entry, `${workload.where}: containers[${i}]`);
      const argv = [
        ...optionalList(container.command, `${workload.where}: containers[${i}].command`),
        ...optionalList(container.args, `${workload.where}: containers[${i}].args`),
      ].map((a, j) => {
        if (typeof a !== 'string' && typeof a !== 'number')
          throw new ManifestError(`${workload.where}: containers[${i}] command/args[${j}]: expected a string`);
        return String(a);
      });
      const script = shellScript(argv);
      if (script === undefined || !/\bcurl\b/.test(script)) continue;
      const env = containerEnv(container, `${workload.where}: containers[${i}]`);
      const loop = parseShellLoop(script, env, `${workload.where}: containers[${i}]`, notes);
      const image = optionalString(container.image, `${workload.where}: containers[${i}].image`);
      notes.add(
        `${TUTORIAL_FILES.traffic}: ${image ?? 'the container'} is played by a built-in HTTP client running the same loop`,
      );
      return {
        source: workload.where,
        ...loop,
        ...(workload.deadlineSeconds !== undefined ? { deadlineSeconds: workload.deadlineSeconds } : {}),
      };
    }
  }
  throw new ManifestError(
    `${TUTORIAL_FILES.traffic}: no Job, Deployment or Pod with a shell loop running curl (command: [/bin/sh, -c, "while true; do curl ...; sleep ...; done"])`,
  );
}

function containerEnv(container: Record<string, unknown>, where: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of optionalList(container.env, `${where}.env`)) {
    if (isRecord(entry) && typeof entry.name === 'string' && typeof entry.value === 'string')
      env[entry.name] = entry.value;
  }
  return env;
}

/** The script of `sh -c SCRIPT` (command and args joined), if the container runs one. */
function shellScript(argv: string[]): string | undefined {
  const [shell, ...rest] = argv;
  if (shell === undefined || !SHELLS.has(shell)) return undefined;
  const c = rest.indexOf('-c');
  return c >= 0 ? rest[c + 1] : undefined;
}

/** Splits a shell line into words, honouring quotes and backslashes; `;` ends a statement. */
export function shellStatements(script: string): string[][] {
  const statements: string[][] = [];
  for (const line of script.split('\n')) {
    let words: string[] = [];
    let word = '';
    let inWord = false;
    let quote: '"' | "'" | undefined;
    const endWord = () => {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    };
    const endStatement = () => {
      endWord();
      if (words.length > 0) statements.push(words);
      words = [];
    };
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quote) {
        if (ch === quote) quote = undefined;
        else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
        else word += ch;
        continue;
      }
      if (ch === '#' && !inWord) break;
      if (ch === '"' || ch === "'") {
        quote = ch;
        inWord = true;
      } else if (ch === '\\' && i + 1 < line.length) {
        word += line[++i];
        inWord = true;
      } else if (ch === ';' || ch === '&' || ch === '|') {
        endStatement();
        // `&&` and `||` join commands that all run in turn here; keep going.
        if (line[i + 1] === ch) i++;
      } else if (ch === ' ' || ch === '\t') {
        endWord();
      } else {
        word += ch;
        inWord = true;
      }
    }
    if (quote) throw new ManifestError(`unterminated quote in: ${line.trim()}`);
    endStatement();
  }
  return statements;
}

function sleepSeconds(words: string[], where: string): number {
  const arg = words[1] ?? '';
  const match = /^(\d+(?:\.\d+)?|\.\d+)([smh]?)$/.exec(arg);
  if (!match || words.length !== 2)
    throw new ManifestError(`${where}: cannot read "${words.join(' ')}" (expected sleep <seconds>)`);
  const unit = { '': 1, s: 1, m: 60, h: 3600 }[match[2] as '' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

function isLoopStart(words: string[]): boolean {
  const [keyword, ...condition] = words;
  if (keyword !== 'while' && keyword !== 'until') return false;
  const text = condition.filter((w) => w !== 'do').join(' ');
  return keyword === 'while' ? ['true', ':', '[ true ]', '[ 1 ]', 'true do'].includes(text) : text === 'false';
}

function parseShellLoop(
  script: string,
  env: Record<string, string>,
  where: string,
  notes: PlayNotes,
): Omit<TrafficLoop, 'source' | 'deadlineSeconds'> {
  let phase: 'before' | 'loop' | 'after' = 'before';
  let initialSleepSeconds = 0;
  let sleepSeconds_ = 0;
  const requests: CurlRequest[] = [];
  for (const original of shellStatements(script)) {
    let words = original;
    if (words[0] === 'do') words = words.slice(1);
    if (words.length === 0) continue;
    const text = original.join(' ');
    if (phase === 'before' && isLoopStart(words)) {
      phase = 'loop';
      continue;
    }
    if (words[0] === 'done') {
      if (phase === 'loop') phase = 'after';
      continue;
    }
    if (words[0] === 'sleep') {
      const seconds = sleepSeconds(words, where);
      if (phase === 'before') initialSleepSeconds += seconds;
      else if (phase === 'loop') sleepSeconds_ += seconds;
      continue;
    }
    if (words[0] === 'curl' && phase === 'loop') {
      requests.push(
        ...parseCurl(
          words.slice(1).map((w) => expand(w, env, where)),
          `${where}: ${text}`,
          notes,
        ),
      );
      continue;
    }
    notes.skip(
      `${TUTORIAL_FILES.traffic}`,
      `\`${text}\``,
      phase === 'loop' ? 'only curl and sleep are played in the loop' : 'only sleep and the curl loop are played',
    );
  }
  if (requests.length === 0) throw new ManifestError(`${where}: no \`while true\` loop running curl in the script`);
  return { requests, initialSleepSeconds, sleepSeconds: sleepSeconds_ };
}

/** $VAR and ${VAR} from the container's env. */
function expand(word: string, env: Record<string, string>, where: string): string {
  return word.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = env[name];
    if (value === undefined) throw new ManifestError(`${where}: $${name} is not set in the container's env`);
    return value;
  });
}

const CURL_FLAGS = new Set([
  '-s',
  '-S',
  '--silent',
  '--show-error',
  '-L',
  '--location',
  '-f',
  '--fail',
  '-k',
  '--insecure',
  '-i',
  '--include',
  '-v',
  '--verbose',
  '-g',
  '--globoff',
  '-N',
  '--no-buffer',
  '--http1.1',
]);
const CURL_IGNORED_VALUES = new Set([
  '-o',
  '--output',
  '-w',
  '--write-out',
  '--connect-timeout',
  '--retry',
  '-m',
  '--max-time',
  '--retry-delay',
]);

function parseCurl(args: string[], where: string, notes: PlayNotes): CurlRequest[] {
  let method: string | undefined;
  let body: string | undefined;
  const headers: Record<string, string> = {};
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new ManifestError(`${where}: ${arg} needs a value`);
      return next;
    };
    if (!arg.startsWith('-') || arg === '-') {
      urls.push(arg);
    } else if (CURL_FLAGS.has(arg)) {
      continue;
    } else if (/^-[sSLfkivgN]+$/.test(arg)) {
      continue; // bundled short flags, e.g. -sS
    } else if (arg === '-I' || arg === '--head') {
      method = 'HEAD';
    } else if (arg === '-X' || arg === '--request') {
      method = value().toUpperCase();
    } else if (arg === '-H' || arg === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon <= 0) throw new ManifestError(`${where}: bad header "${header}"`);
      headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (arg === '-A' || arg === '--user-agent') {
      headers['user-agent'] = value();
    } else if (arg === '-d' || arg === '--data' || arg === '--data-raw' || arg === '--data-binary') {
      body = (body === undefined ? '' : `${body}&`) + value();
    } else if (CURL_IGNORED_VALUES.has(arg)) {
      value();
    } else {
      notes.skip(TUTORIAL_FILES.traffic, `curl option ${arg}`);
    }
  }
  if (urls.length === 0) throw new ManifestError(`${where}: curl without a URL`);
  return urls.map((raw): CurlRequest => {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    } catch {
      throw new ManifestError(`${where}: cannot read the URL "${raw}"`);
    }
    if (url.protocol === 'https:')
      notes.skip(TUTORIAL_FILES.traffic, `TLS for ${url.host}`, 'played as plain HTTP through the local gateway');
    else if (url.protocol !== 'http:')
      throw new ManifestError(`${where}: only http URLs can be played, got ${url.protocol}`);
    const { host: hostHeader, ...rest } = headers;
    return {
      method: method ?? (body !== undefined ? 'POST' : 'GET'),
      authority: hostHeader ?? url.host,
      path: `${url.pathname}${url.search}`,
      headers: { 'user-agent': 'curl/8 (iter8fn local)', accept: '*/*', ...rest },
      ...(body !== undefined ? { body } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// experiment.yaml

async function readExperiment(file: string): Promise<Tutorial['experiment']> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ManifestError(code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(err as Error).message}`);
  }
  try {
    const parsedFile = parseExperimentFile(file, text);
    const parsed = parseExperiment(parsedFile.documents[parsedFile.experimentIndex]?.toJS(), file);
    const problem = validateForIteration(parsed);
    if (problem) throw new ManifestError(`${file}: ${problem.message}`);
    if (parsed.status?.completedIterations) {
      throw new ManifestError(
        `${file}: already has status (${parsed.status.completedIterations} iteration(s)); give the tutorial's own experiment.yaml`,
      );
    }
    return { file, text, parsed };
  } catch (err) {
    if (err instanceof FileFormatError || err instanceof InvalidInputError) throw new ManifestError(err.message);
    throw err;
  }
}
