// Metric templates use Python string.Template.safe_substitute rules, as Iter8's analytics did
// (docs/iter8-behaviour.md#query-templates): `$name` and `${name}`, identifiers [_a-zA-Z][_a-zA-Z0-9]*, `$$` -> `$`,
// unknown placeholders left exactly as written.
//
// Beyond Iter8: a substituted value must never change the shape of the query. Each value is
// passed through an escaper that knows whether the placeholder sits inside a quoted string of
// the target language (PromQL, JSON) and escapes for that quote, or rejects the value when the
// placeholder is bare and the value is not a plain number.

export type QuoteContext = "'" | '"' | '`' | null;

export type ValueEscaper = (value: string, quote: QuoteContext, variable: string) => string;

export class TemplateValueError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

const PLACEHOLDER = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\})/g;

/** The variables a template refers to (`$$` is no reference). */
export function placeholderNames(template: string): Set<string> {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[2] ?? match[3];
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** Plain safe_substitute: values go in verbatim. */
export function safeSubstitute(template: string, args: Readonly<Record<string, string>>): string {
  return substitute(template, args, (value) => value);
}

/**
 * safe_substitute with an escaper. The quote context is computed over the template text (not
 * over substituted values), so a value can never open or close a string literal.
 */
export function substitute(template: string, args: Readonly<Record<string, string>>, escape: ValueEscaper): string {
  const quotes = quoteContexts(template);
  return template.replace(
    PLACEHOLDER,
    (match: string, dollar?: string, bare?: string, braced?: string, offset?: number) => {
      if (dollar) return '$';
      const variable = (bare ?? braced) as string;
      if (!Object.prototype.hasOwnProperty.call(args, variable)) return match;
      return escape(args[variable] as string, quotes[offset ?? 0] ?? null, variable);
    },
  );
}

/** For each character offset of the template, the string literal it sits in (if any). */
function quoteContexts(template: string): QuoteContext[] {
  const contexts = new Array<QuoteContext>(template.length);
  let open: QuoteContext = null;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i] as string;
    contexts[i] = open;
    if (open === null) {
      if (ch === '#') {
        // A PromQL comment runs to the end of the line; a quote inside it opens nothing.
        while (i + 1 < template.length && template[i + 1] !== '\n') contexts[++i] = null;
      } else if (ch === "'" || ch === '"' || ch === '`') open = ch;
    } else if (ch === '\\' && open !== '`') {
      // The escaped character belongs to the literal too.
      if (i + 1 < template.length) contexts[i + 1] = open;
      i++;
    } else if (ch === open) {
      open = null;
    }
  }
  return contexts;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function bareValue(value: string, variable: string, language: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  throw new TemplateValueError(
    variable,
    `variable ${variable} is used outside a quoted string in a ${language} template, so its value must be a plain number (got ${JSON.stringify(value)})`,
  );
}

/** PromQL string literals: '...' and "..." take Go-style escapes; `...` raw strings take none. */
export const promqlEscaper: ValueEscaper = (value, quote, variable) => {
  if (quote === null) return bareValue(value, variable, 'PromQL');
  if (quote === '`') {
    if (value.includes('`')) {
      throw new TemplateValueError(
        variable,
        `variable ${variable} contains a backtick, which cannot appear in a PromQL raw string`,
      );
    }
    return value;
  }
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out;
};

/** JSON bodies: inside "..." the value is JSON-string escaped; bare values must be numbers. */
export const jsonEscaper: ValueEscaper = (value, quote, variable) => {
  if (quote === '"') return JSON.stringify(value).slice(1, -1);
  if (quote === null) return bareValue(value, variable, 'JSON');
  // A single quote is not a string delimiter in JSON; treat the text as bare.
  return bareValue(value, variable, 'JSON');
};
