// An experiment YAML file is the record. Only the `status` node is replaced on write, through the
// yaml Document model, so the comments and key order of everything else survive. The new content
// goes to a temporary file in the same folder, is fsynced, and is renamed over the original: a
// crash leaves either the old file or the new one, never half of either.

import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, type Document } from 'yaml';
import type { ExperimentStatus } from '../experiment/types.js';
import type { ExperimentStore, StoredExperiment } from '../iteration/ports.js';
import { StoreConflictError, StoreUnavailableError } from '../iteration/ports.js';

export class FileFormatError extends Error {}

interface ParsedFile {
  text: string;
  documents: Document.Parsed[];
  experimentIndex: number;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

export class FileExperimentStore implements ExperimentStore {
  constructor(readonly file: string) {}

  async read(): Promise<StoredExperiment | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StoreUnavailableError(`${this.file}: ${(err as Error).message}`);
    }
    const parsed = parseExperimentFile(this.file, text);
    return { raw: parsed.documents[parsed.experimentIndex]?.toJS(), version: hash(text) };
  }

  async writeStatus(status: ExperimentStatus, expectedVersion: string): Promise<StoredExperiment> {
    const text = await fs.readFile(this.file, 'utf8');
    if (hash(text) !== expectedVersion) {
      throw new StoreConflictError(`${this.file} changed since it was read`);
    }
    const parsed = parseExperimentFile(this.file, text);
    const document = parsed.documents[parsed.experimentIndex] as Document.Parsed;
    // Plain JSON so that no undefined or class instance leaks into the YAML.
    document.set('status', document.createNode(JSON.parse(JSON.stringify(status)) as unknown));
    const style = { indentSeq: usesIndentedSequences(text) };
    const output = parsed.documents.length === 1 ? document.toString(style) : joinDocuments(parsed.documents, style);
    await writeAtomically(this.file, output);
    return { raw: document.toJS(), version: hash(output) };
  }
}

export function parseExperimentFile(file: string, text: string): ParsedFile {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) throw new FileFormatError(`${file}: not a YAML stream`);
  for (const document of documents) {
    const error = document.errors[0];
    if (error) throw new FileFormatError(`${file}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const candidates = documents
    .map((document, index) => ({ index, value: document.toJS() as unknown }))
    .filter(
      ({ value }) => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Experiment',
    );
  if (candidates.length === 0) throw new FileFormatError(`${file}: no document of kind Experiment`);
  if (candidates.length > 1)
    throw new FileFormatError(`${file}: ${candidates.length} Experiment documents; keep one per file`);
  return { text, documents, experimentIndex: (candidates[0] as { index: number }).index };
}

function joinDocuments(documents: Document.Parsed[], style: { indentSeq: boolean }): string {
  return documents.map((d, i) => (i === 0 ? d.toString(style) : `---\n${d.toString(style)}`)).join('');
}

/**
 * Kubernetes YAML is usually written with sequences flush with their key (`- item` under `key:`),
 * while the yaml library indents them by default; keep whichever style the file uses.
 */
function usesIndentedSequences(text: string): boolean {
  return !/(^|\n)([ ]*)[^\s#-][^\n]*:[ ]*\n\2- /.test(text);
}

/** Temp file in the same folder (same filesystem, so rename is atomic), fsync, rename, fsync folder. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(file)).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const handle = await fs.open(temp, 'w', mode ?? 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
  const dirHandle = await fs.open(dir, 'r').catch(() => undefined);
  if (dirHandle) {
    await dirHandle.sync().catch(() => undefined);
    await dirHandle.close();
  }
}
