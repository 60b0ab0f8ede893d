// Reading a tutorial folder: both seeds' manifests exactly as their pages show them, and the
// project's samples/mirroring. What cannot be played is named, never silently dropped; what is
// wrong is one error naming file and field.

import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { injections } from '../../src/local/session-input.js';
import { ManifestError } from '../../src/local/manifest.js';
import { shellStatements } from '../../src/local/shell-words.js';
import { readTutorial, type Tutorial } from '../../src/local/tutorial.js';
import { projectRoot, seedTutorialFiles } from '../support/seeds.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iter8fn-tutorial-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function expectSeedShape(tutorial: Tutorial, host: string, mirrorPercent: number, deadlineSeconds: number): void {
  expect(tutorial.revisions.map((r) => [r.name, r.env['T_VERSION'], r.serviceName, r.namespace])).toEqual([
    ['sample-app-v1', 'blue', 'sample-app', 'default'],
    ['sample-app-v2', 'green', 'sample-app', 'default'],
  ]);
  expect(tutorial.services[0]?.route.traffic).toEqual([
    { revisionName: 'sample-app-v1', percent: 100 },
    { revisionName: 'sample-app-v2', percent: 0 }, // latestRevision: true
  ]);
  const [gatewayVs, localVs] = tutorial.virtualServices;
  expect(gatewayVs?.hosts).toEqual([host]);
  expect(gatewayVs?.gateways).toEqual(['mesh', 'knative-serving/knative-ingress-gateway']);
  expect(gatewayVs?.http[0]?.mirrors).toEqual([
    { destination: { host: 'knative-local-gateway.istio-system.svc.cluster.local' }, percent: mirrorPercent },
  ]);
  expect(gatewayVs?.http[0]?.rewrite).toEqual({ authority: host });
  expect(localVs?.gateways).toEqual(['knative-serving/knative-local-gateway']);
  expect(localVs?.http.map((r) => [r.match[0]?.authority?.value, r.route[0]?.destination.host])).toEqual([
    [`${host}-shadow`, 'sample-app-v2.default.svc.cluster.local'],
    [host, 'sample-app-v1.default.svc.cluster.local'],
  ]);
  expect(tutorial.traffic).toMatchObject({
    initialSleepSeconds: 10,
    sleepSeconds: 0.5,
    deadlineSeconds,
    requests: [{ method: 'GET', authority: host, path: '/' }],
  });
  expect(tutorial.experiment.parsed.spec.versionInfo?.baseline.variables).toEqual([
    { name: 'revision', value: 'sample-app-v2' },
  ]);
}

describe('the seeds as written', () => {
  it('seed 000 (example.com, mirrorPercent 40, v2alpha2)', async () => {
    const tutorial = await readTutorial(folder(seedTutorialFiles('000_')));
    expectSeedShape(tutorial, 'example.com', 40, 6000);
    expect(tutorial.experiment.parsed.apiVersion).toBe('iter8.tools/v2alpha2');
  });

  it('seed 001 (customdomain.com, mirrorPercent 40, v2alpha1 with library: knative)', async () => {
    const tutorial = await readTutorial(folder(seedTutorialFiles('001_')));
    expectSeedShape(tutorial, 'customdomain.com', 40, 600);
    expect(tutorial.experiment.parsed.spec.strategy.actions?.start).toEqual([{ task: 'knative/init-experiment' }]);
  });

  it('samples/mirroring (mirrorPercentage 40.0, v1beta1)', async () => {
    const tutorial = await readTutorial(path.join(projectRoot, 'samples/mirroring'));
    expectSeedShape(tutorial, 'example.com', 40, 6000);
    // Every line says what plays the part; nothing about the seed is skipped.
    expect(tutorial.notes).toEqual([
      'service.yaml: gcr.io/knative-samples/knative-route-demo:blue, gcr.io/knative-samples/knative-route-demo:green played by the built-in knative-route-demo app (a page naming its T_VERSION), one local process per revision',
      'curl.yaml: curlimages/curl:8.10.1 is played by a built-in HTTP client running the same loop',
    ]);
  });
});

const seed = seedTutorialFiles('000_');

describe('what cannot be played is named in one line', () => {
  it('unplayable fields of the Service, the routing rules and the traffic loop', async () => {
    const tutorial = await readTutorial(
      folder({
        ...seed,
        'service.yaml': seed['service.yaml']
          .replace(
            '    metadata:\n      name: sample-app-v1',
            '    metadata:\n      name: sample-app-v1\n      annotations:\n        autoscaling.knative.dev/minScale: "1"',
          )
          .replace(
            '      - image: gcr.io/knative-samples/knative-route-demo:blue ',
            '      - image: gcr.io/knative-samples/knative-route-demo:blue\n        readinessProbe: {httpGet: {path: /}}',
          ),
        'routing-rules.yaml': seed['routing-rules.yaml'].replace(
          '    mirrorPercent: 40',
          '    mirrorPercent: 40\n    timeout: 2s',
        ),
        'curl.yaml': seed['curl.yaml'].replace(
          '          curl -sS example.com',
          '          echo tick\n          curl -sS --compressed example.com',
        ),
      }),
    );
    expect(tutorial.notes).toEqual([
      'service.yaml: Service sample-app: spec.template.metadata: annotations not played locally (scaling and labels do not apply to a local process), skipped',
      'service.yaml: Service sample-app: containers[0]: readinessProbe not played locally (the built-in sample app answers instead), skipped',
      'service.yaml: gcr.io/knative-samples/knative-route-demo:blue, gcr.io/knative-samples/knative-route-demo:green played by the built-in knative-route-demo app (a page naming its T_VERSION), one local process per revision',
      'routing-rules.yaml: VirtualService example-mirroring: http[0]: timeout not played locally, skipped',
      'curl.yaml: `echo tick` not played locally (only curl and sleep are played in the loop), skipped',
      'curl.yaml: curl option --compressed not played locally, skipped',
      'curl.yaml: tutum/curl is played by a built-in HTTP client running the same loop',
    ]);
  });

  it('no routing-rules.yaml: Knative routes apply, and that is said', async () => {
    const { 'routing-rules.yaml': _omitted, ...rest } = seed;
    const tutorial = await readTutorial(folder(rest));
    expect(tutorial.virtualServices).toEqual([]);
    expect(tutorial.notes[1]).toMatch(/routing-rules\.yaml: not in the folder; requests follow Knative's own routes/);
  });
});

describe('what is wrong is one error naming file and field', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'traffic percents that do not add up',
      { ...seed, 'service.yaml': seed['service.yaml'].replace('percent: 0', 'percent: 10') },
      /service\.yaml: Service sample-app: spec\.traffic: percents add up to 110, not 100/,
    ],
    [
      'a traffic target that is no revision',
      {
        ...seed,
        'service.yaml': seed['service.yaml'].replace('revisionName: sample-app-v1', 'revisionName: sample-app-v7'),
      },
      /spec\.traffic\[0\]\.revisionName: no revision sample-app-v7/,
    ],
    [
      'mirrorPercent above 100',
      { ...seed, 'routing-rules.yaml': seed['routing-rules.yaml'].replace('mirrorPercent: 40', 'mirrorPercent: 400') },
      /routing-rules\.yaml: VirtualService example-mirroring: http\[0\]\.mirrorPercent/,
    ],
    [
      'a curl Job without a loop',
      { ...seed, 'curl.yaml': seed['curl.yaml'].replace('while true; do', '').replace('          done\n', '') },
      /curl\.yaml: Job curl: containers\[0\]: no `while true` loop running curl in the script/,
    ],
    [
      'an invalid experiment',
      { ...seed, 'experiment.yaml': seed['experiment.yaml'].replace('iterationsPerLoop: 10', 'iterationsPerLoop: 0') },
      /experiment\.yaml: spec\.duration\.iterationsPerLoop: must be >= 1/,
    ],
    ['a missing service.yaml', { 'experiment.yaml': seed['experiment.yaml'] }, /service\.yaml: no such file/],
    ['YAML that does not parse', { ...seed, 'curl.yaml': 'kind: [' }, /curl\.yaml: invalid YAML/],
  ];
  it.each(cases)('%s', async (_name, files, message) => {
    await expect(readTutorial(folder(files))).rejects.toThrow(ManifestError);
    await expect(readTutorial(folder(files))).rejects.toThrow(message);
  });

  it('a folder that does not exist, or is a file', async () => {
    await expect(readTutorial('/nonexistent/tutorial')).rejects.toThrow(/no such folder/);
    await expect(readTutorial(path.join(projectRoot, 'package.json'))).rejects.toThrow(/not a folder/);
  });

  it('--inject must name a revision of the tutorial, once, with valid faults', async () => {
    const tutorial = await readTutorial(folder(seed));
    expect(injections(['sample-app-v2:latency=80ms,errors=0.05'], tutorial)).toEqual(
      new Map([['sample-app-v2', { latencyMs: 80, errorRate: 0.05 }]]),
    );
    expect(() => injections(['sample-app-v9:errors=0.1'], tutorial)).toThrow(
      /no revision sample-app-v9 in service\.yaml \(revisions: sample-app-v1, sample-app-v2\)/,
    );
    expect(() => injections(['sample-app-v2:errors=2'], tutorial)).toThrow(/cannot exceed 1/);
    expect(() => injections(['sample-app-v2:errors=0.1', 'sample-app-v2:latency=5ms'], tutorial)).toThrow(
      /given twice/,
    );
  });
});

describe('shell loop reading', () => {
  it('splits statements on newlines and ;, honouring quotes', () => {
    expect(
      shellStatements('sleep 10.0\nwhile true; do\ncurl -sS -H "Host: a b" x.com # comment\nsleep 0.5\ndone'),
    ).toEqual([
      ['sleep', '10.0'],
      ['while', 'true'],
      ['do'],
      ['curl', '-sS', '-H', 'Host: a b', 'x.com'],
      ['sleep', '0.5'],
      ['done'],
    ]);
  });

  it('plays headers, methods and several URLs of the curl command', async () => {
    const curl = seed['curl.yaml'].replace(
      'curl -sS example.com',
      `curl -s -X POST -H 'Host: api.example.com' -d '{"a":1}' http://10.0.0.1:8080/v1/items?x=1 example.com/health`,
    );
    const tutorial = await readTutorial(folder({ ...seed, 'curl.yaml': curl }));
    expect(tutorial.traffic.requests).toEqual([
      expect.objectContaining({ method: 'POST', authority: 'api.example.com', path: '/v1/items?x=1', body: '{"a":1}' }),
      expect.objectContaining({ method: 'POST', authority: 'api.example.com', path: '/health' }),
    ]);
  });
});
