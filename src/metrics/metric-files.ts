// Metric resources from YAML files, and the catalog a run reads them from: the files' Metrics
// first, then the built-in pack, Prometheus metrics pointed at one server when asked.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseMetric } from '../experiment/parse.js';
import type { Metric } from '../experiment/types.js';
import type { MetricCatalog } from './catalog.js';
import { ChainedMetricCatalog, InMemoryMetricCatalog, withPrometheusUrl } from './catalog.js';
import { KNATIVE_METRICS } from './knative.js';

/** A metric file or folder that cannot be read (exit 2 on the command line). */
export class MetricFileError extends Error {
  override name = 'MetricFileError';
}

/** Loads Metric resources from YAML files or folders of them. */
export async function loadMetricFiles(paths: readonly string[], defaultNamespace: string): Promise<Metric[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) throw new MetricFileError(`--metrics ${p}: no such file or folder`);
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p)).filter((f) => /\.ya?ml$/.test(f)).sort();
      files.push(...entries.map((f) => path.join(p, f)));
    } else files.push(p);
  }
  const metrics: Metric[] = [];
  for (const file of files) {
    const documents = parseAllDocuments(await fs.readFile(file, 'utf8'));
    if (!Array.isArray(documents)) throw new MetricFileError(`${file}: not YAML`);
    documents.forEach((document, index) => {
      if (document.errors[0])
        throw new MetricFileError(`${file}: invalid YAML: ${document.errors[0].message.split('\n')[0]}`);
      const value = document.toJS() as { kind?: unknown } | null;
      if (!value || value.kind !== 'Metric') return;
      const metric = parseMetric(value, `${file} (document ${index + 1})`);
      metrics.push({
        ...metric,
        metadata: { ...metric.metadata, namespace: metric.metadata.namespace ?? defaultNamespace },
      });
    });
  }
  return metrics;
}

/** Built-in pack plus `--metrics` files, with Prometheus metrics pointed at `--prometheus`. */
export function metricCatalog(fileMetrics: Metric[], prometheus: string | undefined): MetricCatalog {
  const point = (m: Metric): Metric => (prometheus ? withPrometheusUrl(m, prometheus) : m);
  return new ChainedMetricCatalog([
    new InMemoryMetricCatalog(fileMetrics.map(point)),
    new InMemoryMetricCatalog(KNATIVE_METRICS.map(point)),
  ]);
}
