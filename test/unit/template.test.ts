import { describe, expect, it } from '@jest/globals';
import {
  jsonEscaper,
  promqlEscaper,
  safeSubstitute,
  substitute,
  TemplateValueError,
} from '../../src/metrics/template.js';
import { elapsedSeconds, versionArgs } from '../../src/metrics/args.js';

describe('safe_substitute semantics', () => {
  it('replaces $name and ${name}, keeps unknown placeholders, turns $$ into $', () => {
    const out = safeSubstitute('a=$name b=${name}c d=$unknown e=${other} f=$$name g=$ h=${bad-id}', { name: 'v1' });
    expect(out).toBe('a=v1 b=v1c d=$unknown e=${other} f=$name g=$ h=${bad-id}');
  });

  it('renders elapsedTime as bare digits so [${elapsedTime}s] is a valid range', () => {
    const args = versionArgs({ name: 'current', variables: [{ name: 'revision', value: 'sample-app-v2' }] }, 42);
    const out = substitute("rate(x{revision_name='$revision'}[${elapsedTime}s])", args, promqlEscaper);
    expect(out).toBe("rate(x{revision_name='sample-app-v2'}[42s])");
    expect(out).toMatch(/\[[0-9]+s\]/);
  });

  it('defaults revision to the version name, lets variables override it, and writes elapsedTime last', () => {
    expect(versionArgs({ name: 'sample-app-v1' }, 1).revision).toBe('sample-app-v1');
    const args = versionArgs(
      {
        name: 'v',
        variables: [
          { name: 'elapsedTime', value: 'x' },
          { name: 'revision', value: 'r' },
        ],
      },
      7,
    );
    expect(args).toEqual({ name: 'v', revision: 'r', elapsedTime: '7' });
  });

  it('clamps elapsed time to at least 1 second (start time in the future)', () => {
    const now = Date.parse('2026-01-01T00:00:10Z');
    expect(elapsedSeconds('2026-01-01T00:00:00Z', now)).toBe(10);
    expect(elapsedSeconds('2026-01-01T00:01:00Z', now)).toBe(1);
    expect(elapsedSeconds(undefined, now)).toBe(1);
  });
});

describe('escaping values into PromQL', () => {
  const template = 'sum(x{revision_name=\'$name\',ns="$ns"}[${elapsedTime}s])';

  it('escapes quotes and backslashes for the quote the placeholder sits in', () => {
    const out = substitute(template, { name: "a'}) or vector(1) #", ns: 'b"\\', elapsedTime: '5' }, promqlEscaper);
    expect(out).toBe('sum(x{revision_name=\'a\\\'}) or vector(1) #\',ns="b\\"\\\\"}[5s])');
  });

  it('refuses a non-numeric value in a bare position', () => {
    expect(() =>
      substitute(template, { name: 'a', ns: 'b', elapsedTime: '5s] or vector(1) #' }, promqlEscaper),
    ).toThrow(TemplateValueError);
  });

  it('refuses a backtick inside a raw string', () => {
    expect(() => substitute('x{a=`$name`}', { name: 'a`b' }, promqlEscaper)).toThrow(/backtick/);
  });

  it('escapes JSON string content and keeps the body parseable', () => {
    const body = substitute('{"q": "version=\'$name\'", "n": $n}', { name: 'x"}, "evil": "1', n: '3' }, jsonEscaper);
    expect(JSON.parse(body)).toEqual({ q: 'version=\'x"}, "evil": "1\'', n: 3 });
  });
});
