// The seed tutorial pages (../shared/seeds), read in place: the manifests they show are test inputs.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(projectRoot, '../shared');
const seedsDir = path.join(sharedDir, 'seeds');

/**
 * The `kind: Experiment` manifest shown on a tutorial page. Page 000 prints it flush left after a
 * column of line numbers; page 001 indents it inside a markdown code fence. Either way it runs from the
 * `apiVersion: iter8.tools/...` line to the first blank line or closing fence.
 */
export function experimentYamlOnPage(page: string): string {
  const lines = page.split('\n');
  const start = lines.findIndex(
    (line, index) => /^\s*apiVersion: iter8\.tools\//.test(line) && lines[index + 1]?.trim() === 'kind: Experiment',
  );
  if (start < 0) throw new Error('no kind: Experiment manifest on the page');
  const indent = /^\s*/.exec(lines[start] ?? '')?.[0] ?? '';
  const manifest: string[] = [];
  for (const line of lines.slice(start)) {
    if (line.trim() === '' || line.trim().startsWith('```')) break;
    if (!line.startsWith(indent)) throw new Error(`unexpected indentation in the manifest: ${line}`);
    manifest.push(line.slice(indent.length));
  }
  return manifest.join('\n');
}

/** The text of seed page `000_...` or `001_...`. */
export function seedPage(prefix: string): string {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix} in ${seedsDir}`);
  return readFileSync(path.join(seedsDir, file), 'utf8');
}

/** The seed's experiment.yaml exactly as the page shows it. */
export const seedExperimentYaml = (prefix: '000_' | '001_'): string => `${experimentYamlOnPage(seedPage(prefix))}\n`;
