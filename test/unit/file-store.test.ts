import { afterAll, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileExperimentStore, FileFormatError } from '../../src/store/file-store.js';
import { StoreConflictError } from '../../src/iteration/ports.js';

const EXPERIMENT = `# the record of a dark launch
apiVersion: iter8.tools/v2alpha2
kind: Experiment
metadata:
  name: mirroring   # named after the tutorial
spec:
  target: default/sample-app
  strategy:
    testingPattern: Conformance
  criteria:
    # mean latency of version should be under 50 milliseconds
    objectives:
    - metric: iter8-knative/mean-latency
      upperLimit: 50
  duration:
    intervalSeconds: 10
    iterationsPerLoop: 10
  versionInfo:
    baseline:
      name: current
`;

const madeDirs: string[] = [];
afterAll(async () => {
  await Promise.all(madeDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function tempFile(content: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'iter8fn-store-'));
  madeDirs.push(dir);
  const file = path.join(dir, 'experiment.yaml');
  await fs.writeFile(file, content);
  return file;
}

describe('FileExperimentStore', () => {
  it('writes status while keeping comments, key order and the spec text', async () => {
    const file = await tempFile(EXPERIMENT);
    const store = new FileExperimentStore(file);
    const read = await store.read();
    await store.writeStatus({ stage: 'Running', completedIterations: 1 }, read!.version);
    const text = await fs.readFile(file, 'utf8');
    // The yaml library keeps every comment and key but writes one space before a trailing comment.
    expect(text.startsWith(EXPERIMENT.replace('mirroring   #', 'mirroring #').trimEnd())).toBe(true);
    expect(text).toContain('# mean latency of version should be under 50 milliseconds');
    expect(text).toContain('name: mirroring # named after the tutorial');
    expect((await store.read())!.raw).toMatchObject({ status: { stage: 'Running', completedIterations: 1 } });
    // A second write replaces the status node rather than appending another.
    const again = await store.read();
    await store.writeStatus({ stage: 'Completed', completedIterations: 10 }, again!.version);
    const final = await fs.readFile(file, 'utf8');
    expect(final.match(/^status:/gm)).toHaveLength(1);
    expect(final).toContain('completedIterations: 10');
  });

  it('refuses to write over a file that changed since it was read', async () => {
    const file = await tempFile(EXPERIMENT);
    const store = new FileExperimentStore(file);
    const read = await store.read();
    await fs.appendFile(file, '# edited by hand\n');
    await expect(store.writeStatus({ stage: 'Running' }, read!.version)).rejects.toBeInstanceOf(StoreConflictError);
  });

  it('leaves no temporary file behind and never a partial file', async () => {
    const file = await tempFile(EXPERIMENT);
    const store = new FileExperimentStore(file);
    for (let i = 1; i <= 20; i++) {
      const read = await store.read();
      await store.writeStatus({ completedIterations: i, message: 'x'.repeat(i * 100) }, read!.version);
    }
    expect(await fs.readdir(path.dirname(file))).toEqual(['experiment.yaml']);
    expect((await store.read())!.raw).toMatchObject({ status: { completedIterations: 20 } });
  });

  it('finds the Experiment among several documents and keeps the others', async () => {
    const file = await tempFile(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n${EXPERIMENT}`);
    const store = new FileExperimentStore(file);
    const read = await store.read();
    expect(read!.raw).toMatchObject({ kind: 'Experiment' });
    await store.writeStatus({ stage: 'Running' }, read!.version);
    const text = await fs.readFile(file, 'utf8');
    expect(text).toContain('kind: ConfigMap');
    expect(text).toContain('stage: Running');
  });

  it('names the file and the problem for bad YAML or a missing Experiment', async () => {
    const bad = await tempFile('kind: Experiment\nspec: [unclosed\n');
    await expect(new FileExperimentStore(bad).read()).rejects.toThrow(FileFormatError);
    await expect(new FileExperimentStore(bad).read()).rejects.toThrow(/experiment\.yaml: invalid YAML/);
    const other = await tempFile('kind: ConfigMap\n');
    await expect(new FileExperimentStore(other).read()).rejects.toThrow(/no document of kind Experiment/);
    expect(await new FileExperimentStore('/nonexistent/x.yaml').read()).toBeUndefined();
  });
});
