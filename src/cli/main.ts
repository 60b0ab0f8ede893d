// The `iter8fn` command line: thin commands over the engine.

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { assertConditions } from '../report/assert.js';
import { renderDescribe } from '../report/describe.js';
import { DEFAULT_QUERY_TIMEOUT_MS } from '../metrics/fetch.js';
import { DEFAULT_ERROR_LIMIT } from '../iteration/step.js';
import { checkPackName, packNames } from '../metrics/pack-resolver.js';
import { runDoctor } from './doctor.js';
import { iterateCommand } from './iterate.js';
import { addLocalCommand } from './local.js';
import { readResources } from './read-resources.js';
import { addReportCommand } from './report.js';
import { collect, positiveInteger, positiveNumber } from './options.js';
import { ExitCode } from './exit-codes.js';
import { runExperimentFile } from './run.js';
import { scheduleCommand } from './schedule.js';
import { errorMessage } from '../util/errors.js';

const CONDITIONS = ['completed', 'winnerFound'] as const;
const collectCondition = (
  value: string,
  previous: (typeof CONDITIONS)[number][] = [],
): (typeof CONDITIONS)[number][] => {
  const condition = CONDITIONS.find((c) => c === value);
  if (!condition) throw new InvalidArgumentError(`-c takes ${CONDITIONS.join(' or ')} (got "${value}")`);
  return [...previous, condition];
};

/** `--metric-pack NAME`: pins the pack the built-in metric names use (default: detected). */
export function metricPackOption(): Option {
  return new Option(
    '--metric-pack <name>',
    `metric pack for the built-in names: auto (detect from the series in Prometheus) or one of ${packNames().join(', ')}`,
  )
    .argParser((value: string) => {
      try {
        checkPackName(value);
      } catch (err) {
        throw new InvalidArgumentError(errorMessage(err));
      }
      return value;
    })
    .default(process.env.ITER8FN_METRIC_PACK);
}

export function buildProgram(
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (text: string) => void = (t) => process.stderr.write(t),
): Command {
  const program = new Command('iter8fn')
    .description('Validate a dark-launched Knative revision with Iter8 v2alpha2 experiments')
    .configureOutput({ writeOut: out, writeErr: err })
    .exitOverride()
    .showHelpAfterError('(run iter8fn --help for usage)');

  program
    .command('run')
    .description(
      'run an experiment file to its end against Prometheus, writing status into the file after every iteration',
    )
    .argument('<file>', 'experiment YAML file (the record: status is written back into it)')
    .option(
      '--prometheus <url>',
      'Prometheus base URL for Prometheus metrics, e.g. http://127.0.0.1:9090',
      process.env.ITER8FN_PROMETHEUS_URL,
    )
    .option(
      '--metrics <path>',
      'Metric YAML file or folder (repeatable); the built-in iter8-knative pack is always available',
      collect,
      [],
    )
    .addOption(metricPackOption())
    .addOption(
      new Option('--timeout <ms>', 'timeout of each metric query')
        .argParser(positiveInteger('--timeout'))
        .default(DEFAULT_QUERY_TIMEOUT_MS),
    )
    .addOption(
      new Option('--error-limit <n>', 'consecutive metric errors tolerated before the experiment fails')
        .argParser(positiveInteger('--error-limit'))
        .default(DEFAULT_ERROR_LIMIT),
    )
    .addOption(
      new Option('--speed <factor>', 'divide the wait between iterations (quick demos)')
        .argParser(positiveNumber('--speed'))
        .default(1),
    )
    .action(
      async (
        file: string,
        opts: {
          prometheus?: string;
          metrics: string[];
          metricPack?: string;
          timeout: number;
          errorLimit: number;
          speed: number;
        },
      ) => {
        const controller = new AbortController();
        const stop = () => controller.abort();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        try {
          process.exitCode = await runExperimentFile({
            file,
            ...(opts.prometheus ? { prometheus: opts.prometheus } : {}),
            metrics: opts.metrics,
            ...(opts.metricPack ? { metricPack: opts.metricPack } : {}),
            timeoutMs: opts.timeout,
            errorLimit: opts.errorLimit,
            speed: opts.speed,
            print: (line) => out(`${line}\n`),
            signal: controller.signal,
          });
        } finally {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
        }
      },
    );

  program
    .command('describe')
    .description(
      'print the iter8ctl-style report of an experiment (kubectl get experiment x -o yaml | iter8fn describe -f -)',
    )
    .requiredOption('-f, --file <file>', 'experiment YAML file, or - for standard input')
    .action(async (opts: { file: string }) => {
      const experiments = (await readResources(opts.file)).filter(
        (r) => (r as { kind?: unknown }).kind === 'Experiment',
      );
      if (experiments.length === 0)
        throw new CommanderError(ExitCode.InvalidInput, 'iter8fn.input', `error: no Experiment in ${opts.file}\n`);
      out(experiments.map((e) => renderDescribe(e)).join('\n'));
    });

  program
    .command('assert')
    .description('exit 0 if the experiment meets every condition, 1 otherwise (for CI gates)')
    .requiredOption('-f, --file <file>', 'experiment YAML file, or - for standard input')
    .addOption(
      new Option('-c, --condition <condition>', 'condition to check, completed or winnerFound (repeatable)').argParser(
        collectCondition,
      ),
    )
    .action(async (opts: { file: string; condition?: ('completed' | 'winnerFound')[] }) => {
      const conditions = opts.condition ?? [];
      if (conditions.length === 0)
        throw new CommanderError(
          ExitCode.InvalidInput,
          'iter8fn.input',
          'error: give at least one -c completed|winnerFound\n',
        );
      const experiment = (await readResources(opts.file)).find((r) => (r as { kind?: unknown }).kind === 'Experiment');
      if (!experiment)
        throw new CommanderError(ExitCode.InvalidInput, 'iter8fn.input', `error: no Experiment in ${opts.file}\n`);
      const result = assertConditions(experiment, conditions);
      for (const line of result.lines) out(`${line}\n`);
      process.exitCode = result.ok ? ExitCode.Ok : ExitCode.Failed;
    });

  program
    .command('schedule')
    .description(
      'print the PingSource that ticks each experiment in FILE at its intervalSeconds, and the Trigger that delivers ticks to the function (pipe to kubectl apply -f -)',
    )
    .argument('<file>', 'experiment YAML file, or - for standard input')
    .option(
      '-n, --namespace <namespace>',
      'namespace of the function, its Broker, Trigger and PingSources',
      'iter8-system',
    )
    .option('--broker <name>', 'the Broker the PingSource sends to', 'iter8')
    .option('--function <name>', "the function's Knative Service (the Trigger's subscriber)", 'iter8fn')
    .option('--no-trigger', 'print the PingSource only')
    .action(async (file: string, opts: { namespace: string; broker: string; function: string; trigger: boolean }) => {
      process.exitCode = await scheduleCommand(
        file,
        { namespace: opts.namespace, broker: opts.broker, functionService: opts.function, trigger: opts.trigger },
        { out, err },
      );
    });

  program
    .command('iterate')
    .description(
      'force an iteration now: send the tools.iter8.iteration.requested CloudEvent (what func invoke sends) and print the reply',
    )
    .argument('<experiment>', '<namespace>/<name>, or a namespace for every due experiment in it')
    .requiredOption('--sink <url>', "the function's URL, or the Broker's")
    .option('--structured', 'send a structured-mode CloudEvent (application/cloudevents+json) instead of binary mode')
    .addOption(
      new Option('--timeout <ms>', 'how long to wait for the reply')
        .argParser(positiveInteger('--timeout'))
        .default(30000),
    )
    .action(async (target: string, opts: { sink: string; structured?: boolean; timeout: number }) => {
      process.exitCode = await iterateCommand(
        target,
        { sink: opts.sink, timeoutMs: opts.timeout, ...(opts.structured ? { structured: true } : {}) },
        { out, err },
      );
    });

  addReportCommand(program, out);

  program
    .command('doctor')
    .description(
      'say why values stay unavailable: Prometheus, the metric packs whose series exist, requests per version, each query and its raw answer, the allowlist, and a diagnosis (reads only)',
    )
    .argument('<experiment>', 'experiment YAML file, - for stdin, or namespace/name of an Experiment in the cluster')
    .option('--prometheus <url>', 'Prometheus base URL for the built-in metrics', process.env.ITER8FN_PROMETHEUS_URL)
    .option('--metrics <path>', 'Metric YAML file or folder (repeatable)', collect, [])
    .addOption(metricPackOption())
    .option(
      '--allowed-metric-urls <list>',
      "comma-separated URL prefixes, as the function's ITER8FN_ALLOWED_METRIC_URLS (default: that variable; unset: any URL)",
      process.env.ITER8FN_ALLOWED_METRIC_URLS,
    )
    .option('--kubeconfig <path>', 'kubeconfig for namespace/name (default: $KUBECONFIG, in-cluster, ~/.kube/config)')
    .addOption(
      new Option('--window <seconds>', 'window for an experiment that has not started')
        .argParser(positiveInteger('--window'))
        .default(300),
    )
    .addOption(
      new Option('--timeout <ms>', 'timeout of each query').argParser(positiveInteger('--timeout')).default(5000),
    )
    .action(
      async (
        target: string,
        opts: {
          prometheus?: string;
          metrics: string[];
          metricPack?: string;
          allowedMetricUrls?: string;
          kubeconfig?: string;
          window: number;
          timeout: number;
        },
      ) => {
        const allowed = opts.allowedMetricUrls
          ?.split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '' && s !== '*');
        process.exitCode = await runDoctor({
          target,
          ...(opts.prometheus ? { prometheus: opts.prometheus } : {}),
          metrics: opts.metrics,
          ...(opts.metricPack ? { metricPack: opts.metricPack } : {}),
          ...(allowed && allowed.length > 0 ? { allowedUrls: allowed } : {}),
          ...(opts.kubeconfig ? { kubeconfig: opts.kubeconfig } : {}),
          windowSeconds: opts.window,
          timeoutMs: opts.timeout,
          print: (line) => out(`${line}\n`),
          readResources,
        });
      },
    );

  addLocalCommand(program, out);

  return program;
}

/** Entry point for bin/iter8fn.js: maps every failure to a one-line message and an exit code. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'iter8fn.input') process.stderr.write(err.message);
      // Help and version are not errors; usage mistakes are invalid input.
      process.exitCode = err.exitCode === 0 ? 0 : ExitCode.InvalidInput;
      return;
    }
    process.stderr.write(`error: ${errorMessage(err)}\n`);
    process.exitCode = ExitCode.InvalidInput;
  }
}
