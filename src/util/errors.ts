// Errors are duck-typed: errors thrown by Node internals (fetch, fs) can come from another realm,
// where `instanceof Error` is false (e.g. under Jest's vm sandbox).

function hasMessage(err: unknown): err is { message: string } {
  return typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string';
}

export function errorMessage(err: unknown): string {
  return hasMessage(err) ? err.message : String(err);
}

/** `err` itself when it looks like an Error (from any realm), else an Error carrying its text. */
export function asError(err: unknown): Error {
  return hasMessage(err) ? (err as Error) : new Error(String(err));
}
