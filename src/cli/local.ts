// `iter8fn local <folder>`: a LocalSession (src/local/session.ts) driven from the command line:
// the flags, the signals, the live view and the final lines, and the exit code. Nothing else.
//
// Exit codes: 0 the experiment completed with a winner (for Conformance: the dark version met
// every objective); 1 it did not, or the run failed; 2 the folder or options cannot be played
// (or Prometheus is missing); 128+n when interrupted by signal n (130 for Ctrl-C).

import type { Command } from 'commander';
import { Option } from 'commander';
import { startLivePage, type LivePage } from '../local/live-page.js';
import type { LocalResult } from '../local/session-events.js';
import { DEFAULT_STACK, LocalInputError, type LocalSessionOptions } from '../local/session-input.js';
import { printResult, showOnTerminal } from '../local/session-text.js';
import { LocalSession } from '../local/session.js';
import { ExitCode, signalExitCode } from './exit-codes.js';
import { collect, positiveNumber } from './options.js';

export interface LocalOptions extends LocalSessionOptions {
  /** Plain lines even on a terminal. */
  plain?: boolean;
  out?: (text: string) => void;
  /** Serve the live page on 127.0.0.1 (default true; --no-ui turns it off). */
  ui?: boolean;
}

/** Exit codes by outcome; an interrupted run exits as its signal would. */
export function localExitCode({ outcome }: LocalResult): number {
  if (outcome.kind === 'interrupted') return signalExitCode(outcome.reason);
  const codes = {
    passed: ExitCode.Ok,
    failed: ExitCode.Failed,
    error: ExitCode.Failed,
    'invalid-input': ExitCode.InvalidInput,
  };
  return codes[outcome.kind];
}

export async function localCommand(options: LocalOptions): Promise<number> {
  const out = options.out ?? ((text: string) => process.stdout.write(text));
  const say = (line: string): void => out(`${line}\n`);
  const debug = options.debug ?? Boolean(process.env['ITER8FN_DEBUG']);
  let session: LocalSession;
  try {
    session = await LocalSession.open({ ...options, debug, report: true });
  } catch (err) {
    if (!(err instanceof LocalInputError)) throw err;
    say(`error: ${err.message}`);
    return ExitCode.InvalidInput;
  }
  for (const line of session.plan) say(line);
  let page: LivePage | undefined;
  if (options.ui ?? true) {
    page = await startLivePage(session);
    say(`live page: ${page.url}`);
  }

  // A block redrawn in place on a terminal; plain lines anywhere else (CI, pipes) or with --plain.
  const tty = !options.plain && Boolean(process.stdout.isTTY);
  const color = tty && !process.env['NO_COLOR'];
  showOnTerminal(session, { write: out, tty, color, columns: () => process.stdout.columns ?? 100 });
  const result = await session.start();
  await page?.finish(result.reportFile);
  await page?.close();
  printResult(result, out);
  if (debug) say(`debug: stopped ${result.processes.map((p) => `${p.name} (pid ${p.pid})`).join(', ')}`);
  return localExitCode(result);
}

interface LocalFlags {
  speed: number;
  inject: string[];
  state?: string;
  shadowSuffix: boolean;
  plain?: boolean;
  knative?: string;
  metricsStyle?: string;
  istioTelemetry?: boolean;
  ui: boolean;
}

/** Adds `iter8fn local` to the program (inheriting its output and exit settings). */
export function addLocalCommand(
  program: Command,
  out: (text: string) => void = (t) => process.stdout.write(t),
): Command {
  return program
    .command('local')
    .description(
      'play a tutorial folder on this machine: revisions, gateway with mirroring, Prometheus, the function on a ping; exit 0 when the dark version passes',
    )
    .argument(
      '<folder>',
      'tutorial folder: service.yaml, routing-rules.yaml, curl.yaml, experiment.yaml (e.g. samples/mirroring)',
    )
    .addOption(
      new Option(
        '--speed <factor>',
        'play N times faster: the interval, the curl loop sleeps and deadline are divided by N',
      )
        .argParser(positiveNumber('--speed'))
        .default(1),
    )
    .option(
      '--inject <revision:faults>',
      'faults for a revision, e.g. sample-app-v2:latency=80ms,errors=0.05 or sample-app-v2:latency=+50% (repeatable)',
      collect,
      [],
    )
    .option(
      '--state <folder>',
      'folder for the state copy of experiment.yaml (default .iter8fn/local/<experiment>-<time>)',
    )
    .option(
      '--no-shadow-suffix',
      'emulate Istio >= 1.28: mirrored copies keep their Host, no -shadow (DISABLE_SHADOW_HOST_SUFFIX=true)',
    )
    .option(
      '--knative <version>',
      `the Knative Serving version whose series the revisions export: 1.18, 1.20, 1.21 (a minor plays its latest patch) or a full version such as 1.19.5 (default ${DEFAULT_STACK.knative})`,
    )
    .option(
      '--metrics-style <style>',
      `Knative >= 1.19: promoted (OTLP push, labels on every series) or scrape (revision on target_info only) (default ${DEFAULT_STACK.metricsStyle})`,
    )
    .option('--istio-telemetry', "also export Istio's standard metrics at the gateway hop and each revision's sidecar")
    .option('--plain', 'plain lines even on a terminal')
    .option('--no-ui', 'do not serve the live page')
    .action(async (folder: string, flags: LocalFlags) => {
      const controller = new AbortController();
      let signals = 0;
      const onSignal = (signal: NodeJS.Signals): void => {
        // The first signal stops the run cleanly; a second one does not wait (exit handlers still kill children).
        if (++signals === 1) controller.abort(signal);
        else process.exit(signalExitCode(signal));
      };
      const stopSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
      for (const signal of stopSignals) process.on(signal, onSignal);
      try {
        process.exitCode = await localCommand({
          folder,
          speed: flags.speed,
          inject: flags.inject,
          ...(flags.state !== undefined ? { stateDir: flags.state } : {}),
          shadowHostSuffix: flags.shadowSuffix,
          stack: {
            ...(flags.knative !== undefined ? { knative: flags.knative } : {}),
            ...(flags.metricsStyle !== undefined ? { metricsStyle: flags.metricsStyle } : {}),
            ...(flags.istioTelemetry ? { istioTelemetry: true } : {}),
          },
          plain: flags.plain === true,
          ui: flags.ui,
          out,
          signal: controller.signal,
        });
      } finally {
        for (const signal of stopSignals) process.off(signal, onSignal);
      }
    });
}
