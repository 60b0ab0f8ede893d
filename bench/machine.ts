// The machine a run came from, written with its figures: ratios travel between machines, absolute
// figures do not.

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import type { MachineInfo } from './results.js';

/** The first line a tool prints about its version (wrk -v exits 1, so the exit code is not checked). */
function versionOf(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  if (run.error) return 'not found';
  return `${run.stdout ?? ''}${run.stderr ?? ''}`.split('\n')[0]?.trim() || 'unknown';
}

export const loadAverage = (): number => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    prometheus: versionOf('prometheus', ['--version']),
    wrk: versionOf('wrk', ['-v']),
    date: new Date().toISOString(),
    loadAverage: { start: loadAverage(), end: Number.NaN },
  };
}
