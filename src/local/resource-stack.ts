// What a local session started, in the order it started them, and how to stop each. Unwinding
// stops the servers in reverse order (the ping source before the function, the gateway before
// the revisions it forwards to), then every process in parallel; it never throws, and a second
// call waits for the first.

import { errorMessage } from '../util/errors.js';

export interface StartedProcess {
  name: string;
  pid: number;
}

export class ResourceStack {
  private readonly servers: Array<{ name: string; stop(): Promise<void> }> = [];
  private readonly processes: Array<StartedProcess & { stop(): Promise<void> }> = [];
  private unwinding: Promise<string[]> | undefined;

  /** An in-process server or loop. */
  server(name: string, stop: () => Promise<void>): void {
    this.servers.push({ name, stop });
  }

  /** A child process. */
  process(name: string, pid: number, stop: () => Promise<void>): void {
    this.processes.push({ name, pid, stop });
  }

  /** The processes registered so far. */
  started(): StartedProcess[] {
    return this.processes.map(({ name, pid }) => ({ name, pid }));
  }

  /** Stops everything; resolves with the problems met (one line each). Idempotent. */
  unwind(): Promise<string[]> {
    this.unwinding ??= (async () => {
      const problems: string[] = [];
      for (const server of [...this.servers].reverse()) {
        await server.stop().catch((err: unknown) => problems.push(`${server.name}: ${errorMessage(err)}`));
      }
      const results = await Promise.allSettled(this.processes.map((p) => p.stop()));
      results.forEach((result, i) => {
        if (result.status === 'rejected') {
          problems.push(`${this.processes[i]?.name ?? 'process'}: ${errorMessage(result.reason)}`);
        }
      });
      return problems;
    })();
    return this.unwinding;
  }
}
