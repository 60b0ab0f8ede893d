// Reading Kubernetes manifests written for a cluster, for local play. The input is user YAML, so
// every field is checked where it is read, and a wrong shape is one ManifestError naming the file
// and field. Fields a cluster would act on but local mode cannot are not errors: they are named in
// one line ("not played locally") so that nothing is skipped silently.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { isRecord } from '../util/records.js';

/** The tutorial folder cannot be played as written (exit 2). `message` names file and field. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** Collects the one-line notes about what local mode does not play or plays differently. */
export class PlayNotes {
  private readonly seen = new Set<string>();
  readonly lines: string[] = [];

  /** `<where>: <what> not played locally (<why>)`; repeated notes are kept once. */
  skip(where: string, what: string, why?: string): void {
    this.add(`${where}: ${what} not played locally${why ? ` (${why})` : ''}, skipped`);
  }

  /** A neutral line: something is played by a local stand-in. */
  add(line: string): void {
    if (this.seen.has(line)) return;
    this.seen.add(line);
    this.lines.push(line);
  }

  /** Names every key of `record` that is not in `known`. */
  skipUnknownKeys(record: Record<string, unknown>, known: readonly string[], where: string, why?: string): void {
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) this.skip(where, key, why);
    }
  }
}

/** A YAML document of a file, with where it came from for messages. */
export interface ManifestDocument {
  file: string;
  /** 1-based position in the file's stream. */
  index: number;
  value: Record<string, unknown>;
}

/** A tutorial file's text; a missing or unreadable file is a ManifestError naming it. */
export async function readManifestText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ManifestError(code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(err as Error).message}`);
  }
}

/** Every non-empty document of a YAML file; null documents (a trailing `---`) are left out. */
export async function readManifestFile(file: string): Promise<ManifestDocument[]> {
  const text = await readManifestText(file);
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) throw new ManifestError(`${file}: not a YAML stream`);
  const result: ManifestDocument[] = [];
  documents.forEach((document, i) => {
    const error = document.errors[0];
    if (error) throw new ManifestError(`${file}: invalid YAML: ${error.message.split('\n')[0] ?? ''}`);
    const value = document.toJS() as unknown;
    if (value === null || value === undefined) return;
    if (!isRecord(value)) throw new ManifestError(`${file} (document ${i + 1}): expected a Kubernetes object`);
    result.push({ file, index: i + 1, value });
  });
  return result;
}

export const baseName = (file: string): string => path.basename(file);

// ---- typed reads: each throws a ManifestError naming `where` ----

function optionalRecord(value: unknown, where: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw new ManifestError(`${where}: expected an object`);
  return value;
}

function requiredRecord(value: unknown, where: string): Record<string, unknown> {
  const record = optionalRecord(value, where);
  if (!record) throw new ManifestError(`${where}: required`);
  return record;
}

function optionalList(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ManifestError(`${where}: expected a list`);
  return value;
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ManifestError(`${where}: expected a string`);
  return value;
}

function requiredString(value: unknown, where: string): string {
  const text = optionalString(value, where);
  if (text === undefined || text === '') throw new ManifestError(`${where}: required`);
  return text;
}

function optionalNumber(value: unknown, where: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new ManifestError(`${where}: expected a number`);
  return n;
}

function optionalBoolean(value: unknown, where: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new ManifestError(`${where}: expected true or false`);
  return value;
}

/** The typed reads, one import for every reader of a manifest: `field.requiredString(value, where)`. */
export const field = {
  optionalRecord,
  requiredRecord,
  optionalList,
  optionalString,
  requiredString,
  optionalNumber,
  optionalBoolean,
} as const;

/** `metadata.name` and `metadata.namespace` (default `default`) of a document. */
export function objectName(document: ManifestDocument): { name: string; namespace: string; where: string } {
  const where = `${baseName(document.file)} (document ${document.index})`;
  const metadata = requiredRecord(document.value.metadata, `${where}: metadata`);
  const name = requiredString(metadata.name, `${where}: metadata.name`);
  const namespace = optionalString(metadata.namespace, `${where}: metadata.namespace`) ?? 'default';
  return { name, namespace, where: `${baseName(document.file)}: ${String(document.value.kind)} ${name}` };
}
