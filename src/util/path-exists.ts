import { promises as fs } from 'node:fs';

/** Whether anything (file, folder, link) is at `file`. */
export async function pathExists(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined)) !== undefined;
}
