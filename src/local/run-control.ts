// How a local run is cut short: stop() (a signal) or a failure anywhere (a revision exiting, the
// deadline) aborts one signal, and every step of the run checks it or races it.

import { sleep } from '../util/sleep.js';

/** stop() was called; `reason` names who asked (a signal name). */
export class Interrupted extends Error {
  constructor(readonly reason: string) {
    super(`interrupted (${reason})`);
  }
}

/** The run broke: a part did not start, a revision exited, the deadline passed. */
export class RunFailure extends Error {}

export class RunControl {
  private readonly abort = new AbortController();
  private ending = false;

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /**
   * True once the run is ending (judged, failed or stopped): a revision exiting or the curl loop
   * ending from then on is expected, not news.
   */
  get stopping(): boolean {
    return this.ending;
  }

  markStopping(): void {
    this.ending = true;
  }

  /** Aborts the run; the first reason wins. */
  stop(reason: string): void {
    if (!this.abort.signal.aborted) this.abort.abort(new Interrupted(reason));
  }

  /** Aborts the run as broken; the first reason wins. */
  fail(message: string): void {
    if (!this.abort.signal.aborted) this.abort.abort(new RunFailure(message));
  }

  /** Why the run was aborted. */
  reason(): Error {
    const reason: unknown = this.abort.signal.reason;
    return reason instanceof Error ? reason : new Interrupted('stop');
  }

  /** Throws the abort reason once aborted. */
  checkpoint(): void {
    if (this.abort.signal.aborted) throw this.reason();
  }

  /** Waits `ms`, or less once the run is aborted (the next checkpoint throws). */
  sleep(ms: number): Promise<void> {
    return sleep(ms, this.abort.signal);
  }

  /** Resolves with `work`, or rejects as soon as the run is aborted. */
  race<T>(work: Promise<T>): Promise<T> {
    const signal = this.abort.signal;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => reject(this.reason());
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }
}
