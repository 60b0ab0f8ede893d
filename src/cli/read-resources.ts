// Kubernetes resources from YAML files or stdin, as `describe`, `assert` and `report` read them.

import { promises as fs } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** Reads YAML from a file or stdin (`-`); a List (kubectl get -o yaml) yields its items. */
export async function readResources(file: string): Promise<unknown[]> {
  const text = file === '-' ? await readStdin() : await fs.readFile(file, 'utf8');
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) throw new Error(`${file}: not YAML`);
  const values: unknown[] = [];
  for (const document of documents) {
    if (document.errors[0])
      throw new Error(`${file === '-' ? 'stdin' : file}: invalid YAML: ${document.errors[0].message.split('\n')[0]}`);
    const value = document.toJS() as unknown;
    if (value === null || value === undefined) continue;
    const items =
      (value as { kind?: unknown; items?: unknown }).kind === 'List' ? (value as { items?: unknown }).items : undefined;
    if (Array.isArray(items)) values.push(...(items as unknown[]));
    else values.push(value);
  }
  return values;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
