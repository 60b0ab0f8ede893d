// What a local session plays, checked before anything starts: the options, the tutorial folder,
// the `--inject` faults, and the state folder with its byte-for-byte copy of experiment.yaml.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathExists } from '../util/path-exists.js';
import { LOCAL_SERVICE_TIME_ANNOTATION } from './knative-service.js';
import { ManifestError } from './manifest.js';
import { FaultSpecError, parseInjectOption, type Faults } from './revision.js';
import {
  resolveStackFlags,
  StackChoiceError,
  TODAY_STACK_CHOICE,
  type LocalStack,
  type StackChoice,
  type StackFlags,
} from './stack.js';
import { readTutorial, type Tutorial } from './tutorial.js';

/**
 * The stack played when no flag says otherwise: today's Knative (1.21, OTLP push with promoted
 * labels). The seeds still pass: the engine finds the metric pack whose series exist.
 */
export const DEFAULT_STACK: Required<StackChoice> = TODAY_STACK_CHOICE;

export interface LocalSessionOptions {
  /** The tutorial folder. */
  folder: string;
  /** Divides every wait of the tutorial: the experiment interval, the curl loop's sleeps, its deadline. Default 1. */
  speed?: number;
  /** `--inject` values: `<revision>:<faults>`. */
  inject?: readonly string[];
  /** Folder for the state copy of experiment.yaml; default .iter8fn/local/<experiment>-<time> under the cwd. */
  stateDir?: string;
  /** Append -shadow to mirrored authorities (Istio < 1.28); false emulates Istio >= 1.28. Default true. */
  shadowHostSuffix?: boolean;
  /** The Knative version, label style and Istio telemetry the revisions export; default DEFAULT_STACK. */
  stack?: StackFlags;
  /** How long to wait for the first samples of the versions' revisions; default 30 s ÷ speed, at least 15 s. */
  metricsWaitMs?: number;
  /** Prometheus binary; default $PROMETHEUS_BIN or `prometheus`. */
  prometheusBinary?: string;
  /** Emit `debug` events (Prometheus and revision output, the handler's log). */
  debug?: boolean;
  /**
   * Write report.html (with each version's latency histogram) next to the state file once the
   * experiment has ended, while Prometheus still runs; a failure to write it becomes a note.
   */
  report?: boolean;
  /** Aborting stops the run and everything it started, as stop() does; a string reason (`SIGINT`) names who asked. */
  signal?: AbortSignal;
}

/** The folder or the options cannot be played; nothing was started. */
export class LocalInputError extends Error {
  override name = 'LocalInputError';
}

/** Everything a session needs before it starts anything. */
export interface SessionInput {
  tutorial: Tutorial;
  faults: ReadonlyMap<string, Faults>;
  stateFile: string;
  stack: LocalStack;
  speed: number;
}

/**
 * Reads the tutorial and checks every option; writes the state copy last, so that refused input
 * leaves nothing behind. Throws LocalInputError, with a one-line message.
 */
export async function readSessionInput(options: LocalSessionOptions): Promise<SessionInput> {
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed <= 0) throw new LocalInputError(`--speed takes a number above 0 (got ${speed})`);
  try {
    const stack = resolveStackFlags(options.stack ?? {}, DEFAULT_STACK);
    const tutorial = await readTutorial(options.folder);
    const faults = injections(options.inject ?? [], tutorial);
    const stateFile = await prepareState(options.stateDir, tutorial);
    return { tutorial, faults, stateFile, stack, speed };
  } catch (err) {
    if (err instanceof ManifestError || err instanceof FaultSpecError || err instanceof StackChoiceError) {
      throw new LocalInputError(err.message);
    }
    throw err;
  }
}

/** Parses and checks the `--inject` values against the tutorial's revisions. */
export function injections(values: readonly string[], tutorial: Tutorial): Map<string, Faults> {
  const result = new Map<string, Faults>();
  for (const value of values) {
    const { revisionName, faults } = parseInjectOption(value);
    const revision = tutorial.revisions.find((r) => r.name === revisionName);
    if (!revision) {
      throw new FaultSpecError(
        `--inject ${value}: no revision ${revisionName} in service.yaml (revisions: ${tutorial.revisions.map((r) => r.name).join(', ')})`,
      );
    }
    if (faults.latencyPercent !== undefined && !revision.serviceTimeMs) {
      throw new FaultSpecError(
        `--inject ${value}: a relative latency needs the revision's service time; set the annotation ${LOCAL_SERVICE_TIME_ANNOTATION} (e.g. "30ms") on its template in service.yaml`,
      );
    }
    if (result.has(revisionName))
      throw new FaultSpecError(`--inject: ${revisionName} given twice; put all its faults in one value`);
    result.set(revisionName, faults);
  }
  return result;
}

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/** Creates the state folder and copies experiment.yaml into it, byte for byte. */
async function prepareState(stateDir: string | undefined, tutorial: Tutorial): Promise<string> {
  let dir: string;
  if (stateDir !== undefined) {
    dir = path.resolve(stateDir);
  } else {
    const base = path.resolve(
      '.iter8fn',
      'local',
      `${tutorial.experiment.parsed.metadata.name ?? 'experiment'}-${timestamp(new Date())}`,
    );
    dir = base;
    for (let n = 2; await pathExists(dir); n++) dir = `${base}-${n}`;
  }
  const file = path.join(dir, 'experiment.yaml');
  if (await pathExists(file)) {
    throw new ManifestError(
      `--state ${dir} already holds experiment.yaml (an earlier run's state?); give another folder or remove it`,
    );
  }
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(file, tutorial.experiment.text, { flag: 'wx' });
  return file;
}
