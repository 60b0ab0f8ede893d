// `iter8fn report -f FILE|- [-o FILE.html|-] [--prometheus URL] [--format html|text]`.

import type { Command } from 'commander';
import { CommanderError, Option } from 'commander';
import { promises as fs } from 'node:fs';
import { fetchLatencyHistograms } from '../report/histograms.js';
import { renderHtmlReport } from '../report/html.js';
import { reportModel } from '../report/model.js';
import { renderTextReport } from '../report/text-report.js';
import { readResources } from './read-resources.js';
import { ExitCode } from './exit-codes.js';

export interface ReportOptions {
  file: string;
  output?: string;
  prometheus?: string;
  format: 'html' | 'text';
}

/** The report of the first Experiment in the file, as text. */
export async function renderReportFile(options: ReportOptions): Promise<string> {
  const experiment = (await readResources(options.file)).find((r) => (r as { kind?: unknown }).kind === 'Experiment');
  if (!experiment)
    throw new CommanderError(ExitCode.InvalidInput, 'iter8fn.input', `error: no Experiment in ${options.file}\n`);
  const model = reportModel(experiment);
  if (options.format === 'text') return renderTextReport(experiment, model);
  const histograms = options.prometheus ? await fetchLatencyHistograms(model, options.prometheus) : undefined;
  return renderHtmlReport(model, histograms ? { histograms } : {});
}

export function addReportCommand(program: Command, out: (text: string) => void): void {
  program
    .command('report')
    .description(
      'write a self-contained HTML page (or text) showing an experiment: verdicts, values over iterations, limits',
    )
    .requiredOption('-f, --file <file>', 'experiment YAML file, or - for standard input')
    .option('-o, --output <file>', 'where to write the report; - or none for standard output')
    .option('--prometheus <url>', "Prometheus base URL: adds each version's latency distribution over the experiment")
    .addOption(
      new Option('--format <format>', 'html or text (text: describe plus the history)')
        .choices(['html', 'text'])
        .default('html'),
    )
    .action(async (opts: { file: string; output?: string; prometheus?: string; format: 'html' | 'text' }) => {
      const text = await renderReportFile(opts);
      if (opts.output === undefined || opts.output === '-') out(text);
      else {
        await fs.writeFile(opts.output, text);
        out(`report written to ${opts.output}\n`);
      }
    });
}
