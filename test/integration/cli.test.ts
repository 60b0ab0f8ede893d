// The `iter8fn` binary as a user runs it (bin/iter8fn.js over the compiled dist/): exit codes,
// one-line errors naming the field, stdin for describe, assert as a CI gate.

import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { conformanceDir, projectRoot, seedExperimentYaml } from '../support/seeds.js';

const bin = path.join(projectRoot, 'bin/iter8fn.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'iter8fn-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function iter8fn(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let counter = 0;
function file(content: string): string {
  const p = path.join(dir, `experiment-${++counter}.yaml`);
  writeFileSync(p, content);
  return p;
}

const seed = seedExperimentYaml('000_');

describe('iter8fn run: invalid input exits 2 with a one-line error naming the field', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'versionInfo missing',
      seed.replace(/ {2}versionInfo:[\s\S]*$/, ''),
      /spec\.versionInfo: No versionInfo in experiment/,
    ],
    [
      'a candidate in a Conformance experiment',
      `${seed}    candidates:\n    - name: candidate\n`,
      /spec\.versionInfo\.candidates: Invalid number of candidates for Conformance experiment/,
    ],
    [
      'no candidate in a Canary experiment',
      seed.replace('testingPattern: Conformance', 'testingPattern: Canary'),
      /spec\.versionInfo\.candidates: Invalid number of candidates for Canary experiment/,
    ],
    [
      'duplicate version names',
      seed
        .replace('testingPattern: Conformance', 'testingPattern: A/B/N')
        .replace(
          'upperLimit: "0.01"',
          'upperLimit: "0.01"\n    rewards:\n    - metric: iter8-knative/request-count\n      preferredDirection: High',
        ) + '    candidates:\n    - name: current\n',
      /spec\.versionInfo.*Version names are not unique/,
    ],
    [
      'a reward in a Conformance experiment',
      seed.replace(
        'upperLimit: "0.01"',
        'upperLimit: "0.01"\n    rewards:\n    - metric: iter8-knative/request-count\n      preferredDirection: High',
      ),
      /spec\.criteria\.rewards: Invalid number of rewards for Conformance experiment/,
    ],
    [
      'a fieldPath without a leading dot',
      seed.replace(
        '        value: sample-app-v2',
        '        value: sample-app-v2\n      weightObjRef:\n        kind: Service\n        name: sample-app\n        fieldPath: spec.traffic[0].percent',
      ),
      /spec\.versionInfo\.baseline\.weightObjRef\.fieldPath: Fieldpaths must start with '\.'/,
    ],
    [
      'iterationsPerLoop 0 (schema)',
      seed.replace('iterationsPerLoop: 10', 'iterationsPerLoop: 0'),
      /spec\.duration\.iterationsPerLoop: must be >= 1/,
    ],
    [
      'an unknown task',
      seed.replace('task: knative/init-experiment', 'task: common/exec'),
      /spec\.strategy\.actions\.start\[0\]\.task/,
    ],
    [
      'a bad quantity',
      seed.replace('upperLimit: 50', 'upperLimit: fifty'),
      /spec\.criteria\.objectives\[0\]\.upperLimit/,
    ],
  ];

  it.each(cases)('%s', (_name, content, message) => {
    const experimentFile = file(content);
    const before = readFileSync(experimentFile, 'utf8');
    const result = iter8fn(['run', experimentFile, '--prometheus', 'http://127.0.0.1:9']);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(message);
    expect(readFileSync(experimentFile, 'utf8')).toBe(before); // invalid input is never written to
  });

  it('a missing file, YAML that is not an Experiment, and a bad flag also exit 2', () => {
    expect(iter8fn(['run', path.join(dir, 'nope.yaml')]).code).toBe(2);
    const other = iter8fn(['run', file('kind: ConfigMap\n')]);
    expect(other.code).toBe(2);
    expect(other.stdout).toMatch(/no document of kind Experiment/);
    const flag = iter8fn(['run', file(seed), '--timeout', 'soon']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--timeout takes a whole number/);
  });
});

describe('iter8fn describe and assert', () => {
  const conformance = conformanceDir;

  it('reads standard input, as in `kubectl get experiment x -o yaml | iter8fn describe -f -`', () => {
    const yaml = readFileSync(path.join(conformance, 'experiment10.yaml'), 'utf8');
    const result = iter8fn(['describe', '-f', '-'], yaml);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(path.join(conformance, 'experiment10.out'), 'utf8'));
  });

  it('assert exits 0 when every condition holds and 1 with the reason otherwise', () => {
    const completed = path.join(conformance, 'experiment10.yaml');
    const ok = iter8fn(['assert', '-f', completed, '-c', 'completed', '-c', 'winnerFound']);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toBe('All conditions satisfied.\n');
    const notStarted = iter8fn(['assert', '-f', path.join(conformance, 'experiment1.yaml'), '-c', 'completed']);
    expect(notStarted.code).toBe(1);
    expect(notStarted.stdout).toMatch(/experiment has not completed/);
    expect(iter8fn(['assert', '-f', completed]).code).toBe(2);
    expect(iter8fn(['assert', '-f', completed, '-c', 'finished']).code).toBe(2);
  });

  it('describe of a file without an Experiment exits 2', () => {
    const result = iter8fn(['describe', '-f', file('kind: ConfigMap\n')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no Experiment in/);
  });
});
