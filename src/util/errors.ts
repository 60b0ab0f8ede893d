// Errors are duck-typed: errors thrown by Node internals (fetch, fs) can come from another realm,
// where `instanceof Error` is false (e.g. under Jest's vm sandbox).

export function errorMessage(err: unknown): string {
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return (err as { message: string }).message;
  }
  return String(err);
}
