// `iter8fn schedule FILE`: prints the PingSource that ticks each experiment in FILE at its
// intervalSeconds, and the Trigger that delivers ticks from the Broker to the function (the same
// object as eventing/trigger.yaml, so applying it again changes nothing).
//   iter8fn schedule samples/mirroring/experiment.yaml | kubectl apply -f -

import { promises as fs } from 'node:fs';
import { parseAllDocuments, stringify } from 'yaml';
import { InvalidInputError, parseExperiment } from '../experiment/parse.js';
import type { EventingNames } from '../eventing/schedule.js';
import { DEFAULT_EVENTING, pingSourceFor, ScheduleError, triggersFor } from '../eventing/schedule.js';
import { errorMessage } from '../util/errors.js';
import { ExitCode } from './exit-codes.js';

export interface ScheduleOptions {
  /** Namespace of the Broker, the Trigger and the PingSources (default iter8-system). */
  namespace?: string;
  broker?: string;
  /** The function's Knative Service. */
  functionService?: string;
  /** Print the Trigger too (default true). */
  trigger?: boolean;
}

export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function scheduleCommand(
  file: string,
  options: ScheduleOptions = {},
  io: CommandOutput = defaultOutput(),
): Promise<number> {
  const names: EventingNames = {
    ...DEFAULT_EVENTING,
    ...(options.namespace ? { namespace: options.namespace } : {}),
    ...(options.broker ? { broker: options.broker } : {}),
    ...(options.functionService ? { functionService: options.functionService } : {}),
  };
  const where = file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await fs.readFile(file, 'utf8');
  } catch (err) {
    io.err(`error: ${where}: ${errorMessage(err)}\n`);
    return ExitCode.InvalidInput;
  }
  const manifests: unknown[] = [];
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) {
    io.err(`error: ${where}: not a YAML stream\n`);
    return ExitCode.InvalidInput;
  }
  for (const [index, document] of documents.entries()) {
    if (document.errors[0]) {
      io.err(`error: ${where}: invalid YAML: ${document.errors[0].message.split('\n')[0]}\n`);
      return ExitCode.InvalidInput;
    }
    const value = document.toJS() as { kind?: unknown; items?: unknown } | null;
    const candidates = value?.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
    for (const candidate of candidates) {
      if ((candidate as { kind?: unknown } | null)?.kind !== 'Experiment') continue;
      try {
        manifests.push(pingSourceFor(parseExperiment(candidate, `${where} (document ${index + 1})`), names));
      } catch (err) {
        if (err instanceof InvalidInputError || err instanceof ScheduleError) {
          io.err(`error: ${err.message}\n`);
          return ExitCode.InvalidInput;
        }
        throw err;
      }
    }
  }
  if (manifests.length === 0) {
    io.err(`error: no Experiment in ${where}\n`);
    return ExitCode.InvalidInput;
  }
  if (options.trigger ?? true) manifests.push(triggersFor(names).ticks);
  io.out(manifests.map((m) => stringify(m, { lineWidth: 0 })).join('---\n'));
  return ExitCode.Ok;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function defaultOutput(): CommandOutput {
  return { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
}
