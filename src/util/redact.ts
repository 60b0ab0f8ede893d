// Secret values must never reach a status, a log line or a reply. A backend can echo what it was
// sent (a 401 page listing the request headers, a jq error quoting a value), so every text that
// came back from a backend is scrubbed of the secret's values, in every form they were sent in,
// before it is shortened or stored.

export const REDACTED = '[redacted]';

/**
 * Shorter values are not worth hiding (a one-letter value would garble every message) and cannot be
 * secrets in any useful sense.
 */
export const MIN_SECRET_LENGTH = 4;

/**
 * Every form in which the values of a secret can travel: as written, URL-encoded (query strings),
 * JSON-escaped (echoed JSON), base64 (Basic auth sends base64 of `username:password`). Longest first,
 * so that a longer form is replaced before a shorter one it contains.
 */
export function secretForms(data: Readonly<Record<string, string>> | undefined): string[] {
  if (!data) return [];
  const forms = new Set<string>();
  const add = (form: string): void => {
    if (form.length >= MIN_SECRET_LENGTH) forms.add(form);
  };
  for (const value of Object.values(data)) {
    if (value.length < MIN_SECRET_LENGTH) continue;
    add(value);
    // As it reads in a message flattened to one line.
    add(value.replace(/\s+/g, ' ').trim());
    add(encodeURIComponent(value));
    add(new URLSearchParams({ v: value }).toString().slice(2));
    add(JSON.stringify(value).slice(1, -1));
    add(Buffer.from(value, 'utf8').toString('base64'));
  }
  const { username, password } = data;
  if (username !== undefined && password !== undefined && `${username}:${password}`.length >= MIN_SECRET_LENGTH) {
    add(Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

const TRUNCATION_MARKERS = ['…', '...'];

/**
 * `text` with every occurrence of every form replaced by [redacted]. A text that was cut short
 * (ending a value with … or ...) may end in the first characters of a secret; those go too.
 */
export function redactSecrets(text: string, forms: readonly string[]): string {
  if (forms.length === 0) return text;
  let out = text;
  for (const form of forms) out = out.split(form).join(REDACTED);
  for (const marker of TRUNCATION_MARKERS) {
    const pieces = out.split(marker);
    if (pieces.length === 1) continue;
    out = pieces
      .map((piece, index) => (index < pieces.length - 1 ? withoutSecretTail(piece, forms) : piece))
      .join(marker);
  }
  return out;
}

/** `piece` without a trailing prefix (of at least MIN_SECRET_LENGTH characters) of any form. */
function withoutSecretTail(piece: string, forms: readonly string[]): string {
  for (const form of forms) {
    for (let length = Math.min(form.length - 1, piece.length); length >= MIN_SECRET_LENGTH; length--) {
      if (piece.endsWith(form.slice(0, length))) return `${piece.slice(0, piece.length - length)}${REDACTED}`;
    }
  }
  return piece;
}
