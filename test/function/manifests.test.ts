// Every manifest shipped under config/, eventing/ and samples/ validates against the upstream schema
// of its kind (kubernetes-models, @kubernetes-models/knative, @kubernetes-models/istio; Iter8's own
// kinds against the engine's schema, the one the CRDs embed), RBAC grants exactly what the function
// calls, and func.yaml agrees with the function's configuration and the RBAC.

import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { CustomResourceDefinition } from 'kubernetes-models/apiextensions.k8s.io/v1/CustomResourceDefinition';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole';
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Broker } from '@kubernetes-models/knative/eventing.knative.dev/v1/Broker';
import { Trigger } from '@kubernetes-models/knative/eventing.knative.dev/v1/Trigger';
import { Service as KnativeService } from '@kubernetes-models/knative/serving.knative.dev/v1/Service';
import { PingSource } from '@kubernetes-models/knative/sources.knative.dev/v1/PingSource';
import { SinkBinding } from '@kubernetes-models/knative/sources.knative.dev/v1/SinkBinding';
import { VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1beta1/VirtualService';
import { parseMetricPack } from '../../src/metrics/packs.js';
import { parseExperiment, parseMetric } from '../../src/experiment/parse.js';
import { validateForIteration } from '../../src/experiment/validate.js';
import type { Experiment } from '../../src/experiment/types.js';
import { DEFAULT_EVENTING, pingSourceFor } from '../../src/eventing/schedule.js';
import { FUNCTION_ENV, readFunctionConfig } from '../../src/function/config.js';
import { MIRRORING_SAMPLE } from '../../src/manifests/generated.js';
import { projectRoot } from '../support/seeds.js';

type Document = {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  [key: string]: unknown;
};

interface Validatable {
  validate(): void;
}

/** The upstream model of each kind shipped; a kind missing here fails the test rather than going unchecked. */
const VALIDATORS: Record<string, (doc: Document) => void> = {
  'apiextensions.k8s.io/v1 CustomResourceDefinition': (d) => validate(new CustomResourceDefinition(d as never)),
  'v1 ServiceAccount': (d) => validate(new ServiceAccount(d)),
  'rbac.authorization.k8s.io/v1 ClusterRole': (d) => validate(new ClusterRole(d)),
  'rbac.authorization.k8s.io/v1 ClusterRoleBinding': (d) => validate(new ClusterRoleBinding(d as never)),
  'rbac.authorization.k8s.io/v1 Role': (d) => validate(new Role(d)),
  'rbac.authorization.k8s.io/v1 RoleBinding': (d) => validate(new RoleBinding(d as never)),
  'batch/v1 Job': (d) => validate(new Job(d)),
  'serving.knative.dev/v1 Service': (d) => validate(new KnativeService(d)),
  'eventing.knative.dev/v1 Broker': (d) => validate(new Broker(d)),
  'eventing.knative.dev/v1 Trigger': (d) => validate(new Trigger(d)),
  'sources.knative.dev/v1 PingSource': (d) => validate(new PingSource(d)),
  'sources.knative.dev/v1 SinkBinding': (d) => validate(new SinkBinding(d)),
  'networking.istio.io/v1beta1 VirtualService': (d) => validate(new VirtualService(d)),
  'iter8.tools/v2alpha2 Experiment': (d) => {
    const experiment = parseExperiment(d);
    const problem = validateForIteration(experiment);
    if (problem) throw new Error(problem.message);
  },
  'iter8.tools/v2alpha2 Metric': (d) => void parseMetric(d),
  // iter8fn's own: a metric pack file (read by the engine, never applied to a cluster).
  'iter8fn.dev/v1alpha1 MetricPack': (d) => void parseMetricPack(d, 'pack'),
};

function validate(model: Validatable): void {
  model.validate();
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(projectRoot, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await yamlFiles(relative)));
    else if (/\.ya?ml$/.test(entry.name)) files.push(relative);
  }
  return files.sort();
}

async function documents(file: string): Promise<Document[]> {
  const text = await fs.readFile(path.join(projectRoot, file), 'utf8');
  return parseAllDocuments(text)
    .map((d) => d.toJS() as Document | null)
    .filter((d): d is Document => d !== null);
}

const shipped = async (): Promise<string[]> => [
  ...(await yamlFiles('config')),
  ...(await yamlFiles('eventing')),
  ...(await yamlFiles('samples')),
];

describe('shipped manifests', () => {
  it('every document of every file validates against the upstream schema of its kind', async () => {
    const files = await shipped();
    expect(files).toEqual(
      expect.arrayContaining([
        'config/crd/experiments.yaml',
        'config/rbac/cluster.yaml',
        'config/rbac/namespaced.yaml',
        'config/metrics/knative-1.18.yaml',
        'eventing/broker.yaml',
        'eventing/trigger.yaml',
        'eventing/pingsource.yaml',
        'eventing/dead-letter.yaml',
        'eventing/sinkbinding.yaml',
        'samples/mirroring/pingsource.yaml',
        'samples/mirroring/routing-rules.yaml',
      ]),
    );
    const checked: string[] = [];
    for (const file of files) {
      for (const [index, doc] of (await documents(file)).entries()) {
        const kind = `${doc.apiVersion} ${doc.kind}`;
        const validator = VALIDATORS[kind];
        const where = `${file} #${index + 1} (${kind} ${doc.metadata?.name ?? ''})`;
        expect({ where, known: validator !== undefined }).toEqual({ where, known: true });
        try {
          validator?.(doc);
        } catch (err) {
          throw new Error(`${where}: ${(err as Error).message}`, { cause: err });
        }
        checked.push(where);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(20);
  });

  it('the upstream schemas do catch mistakes (the check is not vacuous)', () => {
    expect(() => new PingSource({ metadata: { name: 'x' }, spec: { schedule: 10 } } as never).validate()).toThrow(
      /schedule/,
    );
    expect(() =>
      new Trigger({ metadata: { name: 'x' }, spec: { broker: 'b', delivery: { retry: 'three' } } } as never).validate(),
    ).toThrow(/retry/);
    expect(() =>
      new VirtualService({
        metadata: { name: 'x' },
        spec: { http: [{ mirrorPercentage: { value: '40' } }] },
      } as never).validate(),
    ).toThrow(/mirrorPercentage/);
    expect(() =>
      new SinkBinding({ metadata: { name: 'x' }, spec: { subject: 'iter8fn' } } as never).validate(),
    ).toThrow(/subject/);
    expect(() => new ClusterRole({ metadata: { name: 'x' }, rules: [{ verbs: 'get' }] } as never).validate()).toThrow(
      /verbs/,
    );
  });

  it('the sample PingSource is what `iter8fn schedule` derives from the sample experiment', async () => {
    const experiment = parse(
      await fs.readFile(path.join(projectRoot, 'samples/mirroring/experiment.yaml'), 'utf8'),
    ) as Experiment;
    expect({
      namespace: experiment.metadata.namespace,
      name: experiment.metadata.name,
      intervalSeconds: experiment.spec.duration?.intervalSeconds,
    }).toEqual(MIRRORING_SAMPLE);
    const [pingSource] = await documents('samples/mirroring/pingsource.yaml');
    expect(pingSource).toEqual(JSON.parse(JSON.stringify(pingSourceFor(parseExperiment(experiment)))));
  });
});

describe('RBAC', () => {
  const FUNCTION_RULES = [
    { apiGroups: ['iter8.tools'], resources: ['experiments', 'metrics'], verbs: ['get', 'list', 'watch'] },
    { apiGroups: ['iter8.tools'], resources: ['experiments/status'], verbs: ['patch'] },
    { apiGroups: [''], resources: ['secrets'], verbs: ['get'] },
    { apiGroups: ['serving.knative.dev'], resources: ['services'], verbs: ['get', 'patch'] },
  ];

  it('grants exactly what the function calls, cluster-wide or in one namespace, to the account func.yaml runs as', async () => {
    const func = parse(await fs.readFile(path.join(projectRoot, 'func.yaml'), 'utf8')) as {
      deploy: { namespace: string; serviceAccountName: string };
    };
    const account = { kind: 'ServiceAccount', name: func.deploy.serviceAccountName, namespace: func.deploy.namespace };
    for (const [file, roleKind, bindingKind] of [
      ['config/rbac/cluster.yaml', 'ClusterRole', 'ClusterRoleBinding'],
      ['config/rbac/namespaced.yaml', 'Role', 'RoleBinding'],
    ] as const) {
      const docs = await documents(file);
      expect(docs.map((d) => d.kind)).toEqual(['ServiceAccount', roleKind, bindingKind]);
      expect(docs[0]?.metadata).toMatchObject({ name: account.name, namespace: account.namespace });
      expect(docs[1]?.rules).toEqual(FUNCTION_RULES);
      expect(docs[2]).toMatchObject({
        roleRef: { kind: roleKind, name: docs[1]?.metadata?.name },
        subjects: [account],
      });
      // Nothing broader than needed: no wildcards, no writes to the spec, no deletes, no secret lists.
      const flat = JSON.stringify(docs[1]?.rules);
      expect(flat).not.toMatch(/\*|"create"|"update"|"delete"|"deletecollection"/);
    }
  });
});

describe('func.yaml', () => {
  it('is a current Knative Functions project for the typescript runtime whose envs the function accepts', async () => {
    const func = parse(await fs.readFile(path.join(projectRoot, 'func.yaml'), 'utf8'));
    expect(func).toMatchObject({
      specVersion: '0.36.0',
      name: DEFAULT_EVENTING.functionService,
      runtime: 'typescript',
      invoke: 'cloudevent',
    });
    expect(Number.isNaN(Date.parse(func.created))).toBe(false);
    expect(func.deploy).toMatchObject({
      namespace: DEFAULT_EVENTING.namespace,
      healthEndpoints: { liveness: '/health/liveness', readiness: '/health/readiness' },
      options: {
        resources: { limits: expect.objectContaining({ memory: expect.any(String), cpu: expect.any(String) }) },
      },
    });
    const envs = Object.fromEntries(
      (func.run.envs as Array<{ name: string; value: string }>).map((e) => [e.name, e.value]),
    );
    const documented = new Set(FUNCTION_ENV.map((v) => v.name));
    for (const name of Object.keys(envs).filter((n) => n.startsWith('ITER8FN_')))
      expect({ name, documented: documented.has(name) }).toEqual({ name, documented: true });
    expect(envs).toHaveProperty('ITER8FN_PROMETHEUS_URL');
    expect(() => readFunctionConfig(envs)).not.toThrow();
    // Every top-level key is one the func_yaml schema knows (faas-js-runtime also merges func.yaml into its options).
    const known = [
      'specVersion',
      'name',
      'runtime',
      'created',
      'invoke',
      'namespace',
      'build',
      'run',
      'deploy',
      'registry',
      'image',
      'domain',
    ];
    expect(Object.keys(func).filter((k) => !known.includes(k))).toEqual([]);
  });
});
