// The seed tutorial pages (the shared folder's seeds/, found below), read in place: the manifests they
// show are test inputs.
// Also where the shared folder is, for the conformance data.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared folder (seeds, research, conformance) is read in place, never copied: ITER8FN_SHARED
 * if set, else `shared/` beside the project. A clone made elsewhere (`git clone . /tmp/x`) finds it
 * beside the repository it was cloned from, when that is a local path.
 */
function findSharedDir(): string {
  if (process.env.ITER8FN_SHARED) return path.resolve(process.env.ITER8FN_SHARED);
  const beside = path.resolve(projectRoot, '../shared');
  if (existsSync(beside)) return beside;
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: projectRoot,
      encoding: 'utf8',
    }).trim();
    const besideOrigin = path.resolve(origin, '../shared');
    if (path.isAbsolute(origin) && existsSync(besideOrigin)) return besideOrigin;
  } catch {
    // Not a git checkout, or no origin: fall through to the usual place, which the tests report missing.
  }
  return beside;
}

export const sharedDir = findSharedDir();
/** Iter8 v2 experiments with the report iter8ctl printed for each. */
export const conformanceDir = path.join(sharedDir, 'conformance/iter8ctl');
const seedsDir = path.join(sharedDir, 'seeds');

/**
 * The manifest shown on a tutorial page whose first document is `kind` (and whose apiVersion
 * matches, if given). Page 000 prints manifests flush left after a column of line numbers; page 001
 * indents them inside a markdown code fence. Either way a manifest runs from its `apiVersion:` line
 * to the first blank line or closing fence; `---` separated documents stay together.
 */
export function manifestOnPage(page: string, kind: string, apiVersion: RegExp = /./): string {
  const lines = page.split('\n');
  const start = lines.findIndex((line, index) => {
    const match = /^\s*apiVersion: (\S+)\s*$/.exec(line);
    return match !== null && apiVersion.test(match[1] ?? '') && lines[index + 1]?.trim() === `kind: ${kind}`;
  });
  if (start < 0) throw new Error(`no kind: ${kind} manifest on the page`);
  const indent = /^\s*/.exec(lines[start] ?? '')?.[0] ?? '';
  const manifest: string[] = [];
  for (const line of lines.slice(start)) {
    if (line.trim() === '' || line.trim().startsWith('```')) break;
    if (!line.startsWith(indent)) throw new Error(`unexpected indentation in the manifest: ${line}`);
    manifest.push(line.slice(indent.length));
  }
  return manifest.join('\n');
}

/** The `kind: Experiment` manifest shown on a tutorial page. */
export function experimentYamlOnPage(page: string): string {
  return manifestOnPage(page, 'Experiment', /^iter8\.tools\//);
}

/** The text of seed page `000_...` or `001_...`. */
export function seedPage(prefix: string): string {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix} in ${seedsDir}`);
  return readFileSync(path.join(seedsDir, file), 'utf8');
}

/** The seed's experiment.yaml exactly as the page shows it. */
export const seedExperimentYaml = (prefix: '000_' | '001_'): string => `${experimentYamlOnPage(seedPage(prefix))}\n`;

/**
 * The four files of a seed's tutorial folder exactly as the page shows them: service.yaml,
 * routing-rules.yaml, curl.yaml and experiment.yaml.
 */
export function seedTutorialFiles(
  prefix: '000_' | '001_',
): Record<'service.yaml' | 'routing-rules.yaml' | 'curl.yaml' | 'experiment.yaml', string> {
  const page = seedPage(prefix);
  return {
    'service.yaml': `${manifestOnPage(page, 'Service', /^serving\.knative\.dev\//)}\n`,
    'routing-rules.yaml': `${manifestOnPage(page, 'VirtualService', /^networking\.istio\.io\//)}\n`,
    'curl.yaml': `${manifestOnPage(page, 'Job', /^batch\//)}\n`,
    'experiment.yaml': `${experimentYamlOnPage(page)}\n`,
  };
}
