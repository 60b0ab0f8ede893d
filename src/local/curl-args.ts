// curl's command line, read into the requests it sends: method, URL (with its Host), headers and
// body; output and retry options are ignored, anything else is named in a note.

import { ManifestError, type PlayNotes } from './manifest.js';
import { TUTORIAL_FILES } from './tutorial-files.js';

/** One curl command of the traffic loop. */
export interface CurlRequest {
  method: string;
  /** Host header: the URL's host, or a `-H 'Host: ...'` override. */
  authority: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const CURL_FLAGS = new Set([
  '-s',
  '-S',
  '--silent',
  '--show-error',
  '-L',
  '--location',
  '-f',
  '--fail',
  '-k',
  '--insecure',
  '-i',
  '--include',
  '-v',
  '--verbose',
  '-g',
  '--globoff',
  '-N',
  '--no-buffer',
  '--http1.1',
]);
const CURL_IGNORED_VALUES = new Set([
  '-o',
  '--output',
  '-w',
  '--write-out',
  '--connect-timeout',
  '--retry',
  '-m',
  '--max-time',
  '--retry-delay',
]);

export function parseCurl(args: string[], where: string, notes: PlayNotes): CurlRequest[] {
  let method: string | undefined;
  let body: string | undefined;
  const headers: Record<string, string> = {};
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (): string => {
      const next = args[++i];
      if (next === undefined) throw new ManifestError(`${where}: ${arg} needs a value`);
      return next;
    };
    if (!arg.startsWith('-') || arg === '-') {
      urls.push(arg);
    } else if (CURL_FLAGS.has(arg)) {
      continue;
    } else if (/^-[sSLfkivgN]+$/.test(arg)) {
      continue; // bundled short flags, e.g. -sS
    } else if (arg === '-I' || arg === '--head') {
      method = 'HEAD';
    } else if (arg === '-X' || arg === '--request') {
      method = value().toUpperCase();
    } else if (arg === '-H' || arg === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon <= 0) throw new ManifestError(`${where}: bad header "${header}"`);
      headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (arg === '-A' || arg === '--user-agent') {
      headers['user-agent'] = value();
    } else if (arg === '-d' || arg === '--data' || arg === '--data-raw' || arg === '--data-binary') {
      body = (body === undefined ? '' : `${body}&`) + value();
    } else if (CURL_IGNORED_VALUES.has(arg)) {
      value();
    } else {
      notes.skip(TUTORIAL_FILES.traffic, `curl option ${arg}`);
    }
  }
  if (urls.length === 0) throw new ManifestError(`${where}: curl without a URL`);
  return urls.map((raw): CurlRequest => {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    } catch {
      throw new ManifestError(`${where}: cannot read the URL "${raw}"`);
    }
    if (url.protocol === 'https:')
      notes.skip(TUTORIAL_FILES.traffic, `TLS for ${url.host}`, 'played as plain HTTP through the local gateway');
    else if (url.protocol !== 'http:')
      throw new ManifestError(`${where}: only http URLs can be played, got ${url.protocol}`);
    const { host: hostHeader, ...rest } = headers;
    return {
      method: method ?? (body !== undefined ? 'POST' : 'GET'),
      authority: hostHeader ?? url.host,
      path: `${url.pathname}${url.search}`,
      headers: { 'user-agent': 'curl/8 (iter8fn local)', accept: '*/*', ...rest },
      ...(body !== undefined ? { body } : {}),
    };
  });
}
