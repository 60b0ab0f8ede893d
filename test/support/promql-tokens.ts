// A small PromQL tokenizer, written from the Prometheus lexer's rules (promql/parser/lex.go), to
// compare the shape of queries: two queries have the same shape when their token sequences match.
// String literals carry their decoded content, so a test can check what a value became inside them.
// Whitespace separates tokens and is dropped; comments are tokens (a value that opened one would
// hide the rest of its line); anything the Prometheus lexer would reject is an `invalid` token.

export type PromqlTokenKind =
  'string' | 'number' | 'duration' | 'identifier' | 'operator' | 'punctuation' | 'comment' | 'invalid';

export interface PromqlToken {
  kind: PromqlTokenKind;
  /** The token as written. */
  text: string;
  /** For a string literal: its content after unescaping. */
  value?: string;
}

const OPERATORS = ['==', '!=', '<=', '>=', '=~', '!~', '+', '-', '*', '/', '%', '^', '<', '>', '=', '@'];
const PUNCTUATION = new Set(['(', ')', '{', '}', '[', ']', ',', ':']);
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};
const DURATION = /^(?:\d+(?:ms|[smhdwy]))+/;
const NUMBER = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/;
const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_:]*/;
const WORD_CHAR = /[a-zA-Z0-9_]/;

export function tokenizePromql(source: string): PromqlToken[] {
  const tokens: PromqlToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    const rest = source.slice(i);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '#') {
      const end = source.indexOf('\n', i);
      const text = end < 0 ? rest : source.slice(i, end);
      tokens.push({ kind: 'comment', text });
      i += text.length;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const token = readString(source, i);
      tokens.push(token);
      i += token.text.length;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const token = readNumberOrDuration(rest);
      tokens.push(token);
      i += token.text.length;
    } else if (IDENTIFIER.test(rest)) {
      const text = (IDENTIFIER.exec(rest) as RegExpExecArray)[0];
      tokens.push({ kind: 'identifier', text });
      i += text.length;
    } else {
      const operator = OPERATORS.find((op) => rest.startsWith(op));
      if (operator) {
        tokens.push({ kind: 'operator', text: operator });
        i += operator.length;
      } else {
        const char = String.fromCodePoint(rest.codePointAt(0) as number);
        tokens.push({ kind: PUNCTUATION.has(char) ? 'punctuation' : 'invalid', text: char });
        i += char.length;
      }
    }
  }
  return tokens;
}

/** A duration (5m, 1h30m) or a number; digits run straight into letters are neither. */
function readNumberOrDuration(rest: string): PromqlToken {
  const duration = DURATION.exec(rest)?.[0];
  if (duration !== undefined && !WORD_CHAR.test(rest[duration.length] ?? ''))
    return { kind: 'duration', text: duration };
  const number = (NUMBER.exec(rest) as RegExpExecArray)[0];
  if (!WORD_CHAR.test(rest[number.length] ?? '') && rest[number.length] !== '.')
    return { kind: 'number', text: number };
  // "bad number or duration syntax": the lexer rejects the whole run.
  const bad = /^[0-9a-zA-Z_.]+/.exec(rest)?.[0] ?? number;
  return { kind: 'invalid', text: bad };
}

/**
 * A string literal from its opening quote. '...' and "..." take Go escapes and may not hold a raw
 * newline; `...` is raw. Unterminated or badly escaped literals are invalid up to where they stop.
 */
function readString(source: string, start: number): PromqlToken {
  const quote = source[start] as string;
  const bytes: number[] = [];
  const pushText = (text: string): void => {
    bytes.push(...Buffer.from(text, 'utf8'));
  };
  let i = start + 1;
  while (i < source.length) {
    const ch = String.fromCodePoint(source.codePointAt(i) as number);
    if (ch === quote) {
      return { kind: 'string', text: source.slice(start, i + 1), value: Buffer.from(bytes).toString('utf8') };
    }
    if (quote !== '`' && ch === '\n') break;
    if (quote !== '`' && ch === '\\') {
      const escape = readEscape(source, i + 1, quote);
      if (!escape) break;
      if (typeof escape.decoded === 'number') bytes.push(escape.decoded);
      else pushText(escape.decoded);
      i = escape.end;
      continue;
    }
    pushText(ch);
    i += ch.length;
  }
  return { kind: 'invalid', text: source.slice(start, Math.max(i, start + 1)) };
}

/** One escape after a backslash at `at`: a byte (\x, octal) or text, and where it ends; undefined if invalid. */
function readEscape(source: string, at: number, quote: string): { decoded: string | number; end: number } | undefined {
  const ch = source[at];
  if (ch === undefined) return undefined;
  if (ch in SIMPLE_ESCAPES) return { decoded: SIMPLE_ESCAPES[ch] as string, end: at + 1 };
  // Go accepts an escaped quote only for the quote that delimits the literal.
  if (ch === quote) return { decoded: ch, end: at + 1 };
  const hex = (length: number): number | undefined => {
    const digits = source.slice(at + 1, at + 1 + length);
    return digits.length === length && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : undefined;
  };
  if (ch === 'x') {
    const byte = hex(2);
    return byte === undefined ? undefined : { decoded: byte, end: at + 3 };
  }
  if (ch === 'u' || ch === 'U') {
    const length = ch === 'u' ? 4 : 8;
    const code = hex(length);
    if (code === undefined || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return { decoded: String.fromCodePoint(code), end: at + 1 + length };
  }
  const octal = source.slice(at, at + 3);
  if (/^[0-7]{3}$/.test(octal)) {
    const byte = parseInt(octal, 8);
    return byte > 255 ? undefined : { decoded: byte, end: at + 3 };
  }
  return undefined;
}

/** The token sequence without string contents: what stays fixed when only string values change. */
export const shapeOf = (tokens: readonly PromqlToken[]): string[] =>
  tokens.map((t) => (t.kind === 'string' ? `string ${t.text[0]}` : `${t.kind} ${t.text}`));
