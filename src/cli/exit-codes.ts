// The exit codes of every command, in one table.

export const ExitCode = {
  /** The command did what it was asked; for `run` and `local`, the experiment passed. */
  Ok: 0,
  /** The experiment failed, rolled back or found no winner; or the request was not served. */
  Failed: 1,
  /** The input (file, folder, flags) cannot be used; nothing was run. */
  InvalidInput: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** 128 + the signal's number, as a shell reports a process that a signal ended (SIGINT when unknown). */
export const signalExitCode = (signal: string): number => 128 + (SIGNAL_NUMBERS[signal] ?? 2);
