// curl.yaml: the traffic Job of a tutorial, a shell loop of curl and sleep, read into the loop
// local mode plays.

import { parseCurl, type CurlRequest } from './curl-args.js';
import { field, ManifestError, objectName, type ManifestDocument, type PlayNotes } from './manifest.js';
import { isRecord } from '../util/records.js';
import { shellStatements } from './shell-words.js';
import { TUTORIAL_FILES } from './tutorial-files.js';

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

const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash', '/usr/bin/env sh']);

interface Workload {
  where: string;
  podSpec: Record<string, unknown>;
  deadlineSeconds?: number;
}

function workloadOf(document: ManifestDocument): Workload | undefined {
  const kind = document.value.kind;
  const { where } = objectName(document);
  const spec = field.optionalRecord(document.value.spec, `${where}: spec`);
  if (!spec) return undefined;
  if (kind === 'Pod') {
    const deadline = field.optionalNumber(spec.activeDeadlineSeconds, `${where}: spec.activeDeadlineSeconds`);
    return { where, podSpec: spec, ...(deadline !== undefined ? { deadlineSeconds: deadline } : {}) };
  }
  if (kind !== 'Job' && kind !== 'Deployment') return undefined;
  const podSpec = field.requiredRecord(
    field.requiredRecord(spec.template, `${where}: spec.template`).spec,
    `${where}: spec.template.spec`,
  );
  const deadlines = [
    field.optionalNumber(spec.activeDeadlineSeconds, `${where}: spec.activeDeadlineSeconds`),
    field.optionalNumber(podSpec.activeDeadlineSeconds, `${where}: spec.template.spec.activeDeadlineSeconds`),
  ].filter((d): d is number => d !== undefined);
  return { where, podSpec, ...(deadlines.length > 0 ? { deadlineSeconds: Math.min(...deadlines) } : {}) };
}

export function readTrafficLoop(documents: ManifestDocument[], notes: PlayNotes): TrafficLoop {
  for (const document of documents) {
    const workload = workloadOf(document);
    if (!workload) continue;
    const containers = field.optionalList(workload.podSpec.containers, `${workload.where}: containers`);
    for (const [i, entry] of containers.entries()) {
      const container = field.requiredRecord(entry, `${workload.where}: containers[${i}]`);
      const argv = [
        ...field.optionalList(container.command, `${workload.where}: containers[${i}].command`),
        ...field.optionalList(container.args, `${workload.where}: containers[${i}].args`),
      ].map((a, j) => {
        if (typeof a !== 'string' && typeof a !== 'number')
          throw new ManifestError(`${workload.where}: containers[${i}] command/args[${j}]: expected a string`);
        return String(a);
      });
      const script = shellScript(argv);
      if (script === undefined || !/\bcurl\b/.test(script)) continue;
      const env = containerEnv(container, `${workload.where}: containers[${i}]`);
      const loop = parseShellLoop(script, env, `${workload.where}: containers[${i}]`, notes);
      const image = field.optionalString(container.image, `${workload.where}: containers[${i}].image`);
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
  for (const entry of field.optionalList(container.env, `${where}.env`)) {
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
