// `--profile`: where the function process spends its CPU. The process runs with `node --cpu-prof`,
// which writes a .cpuprofile (V8's sampling profile) when it exits; this summarises its self time by
// package (node_modules/NAME) or project folder (src/metrics, ...), over a window of the run only
// (the measured phase, not start-up or warm-up). Time in Node's own code (http parsing, streams,
// JSON, sockets) is charged to the nearest caller that is a package or folder, because that caller
// is what asked for the work; only what no such caller is above (the event loop's own work) stays
// with Node. The function is served from one minified bundle, so each sampled position is traced
// back to its source file through the bundle's source map.

import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './support.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds, on the monotonic clock process.hrtime reads. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** The .cpuprofile file (kept for Chrome DevTools or speedscope). */
  file: string;
  /** Sampled time inside the window, ms. */
  windowMs: number;
  /** Self time per package or folder, largest first, ms (idle excluded). */
  top: Array<{ where: string; selfMs: number; share: number }>;
}

const NODE_BUILT_IN = 'node (built-in)';
const isNodePlace = (place: string): boolean =>
  place === NODE_BUILT_IN || place === 'node (native)' || place.startsWith('node:');

/** Node's own code that no package or folder called, by module: node:http, node:modules, node (native). */
function builtInPlace(url: string): string {
  if (!url.startsWith('node:')) return 'node (native)';
  const name = url.slice('node:'.length).replace(/^internal\//, '');
  return `node:${name.split('/')[0] ?? name}`;
}

/** Where a source file belongs: its package under node_modules, or its project folder (two levels). */
export function placeOf(source: string): string {
  const normalized = (path.isAbsolute(source) ? path.relative(projectRoot, source) : source).replace(/\\/g, '/');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(normalized);
  if (inModules) return inModules[1] as string;
  if (normalized.startsWith('node:') || !normalized.includes('/')) return NODE_BUILT_IN;
  const parts = normalized.replace(/^(\.\.\/)+/, '').split('/');
  return parts.slice(0, Math.min(2, parts.length - 1)).join('/') || normalized;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

function sourceMapOf(url: string): SourceMap | undefined {
  if (!sourceMaps.has(url)) {
    let map: SourceMap | undefined;
    try {
      const file = fileURLToPath(url);
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload);
    } catch {
      map = undefined;
    }
    sourceMaps.set(url, map);
  }
  return sourceMaps.get(url);
}

function placeOfFrame(frame: ProfileNode['callFrame']): string {
  if (frame.url === '') {
    // V8's pseudo-frames: (garbage collector), (program), (idle), (root).
    return frame.functionName.startsWith('(') && frame.functionName !== '(root)' ? frame.functionName : NODE_BUILT_IN;
  }
  if (frame.url.startsWith('file://')) {
    const map = sourceMapOf(frame.url);
    // An empty object when the position maps to nothing.
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
    const source = entry && 'originalSource' in entry ? entry.originalSource : fileURLToPath(frame.url);
    return placeOf(source.startsWith('file://') ? fileURLToPath(source) : source);
  }
  return placeOf(frame.url);
}

/**
 * Summarises the one .cpuprofile in `dir`; `window` (µs on process.hrtime's clock) keeps only the
 * samples taken within it.
 */
export function profileSummary(dir: string, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  if (files.length !== 1)
    throw new Error(`expected one .cpuprofile in ${dir}, found ${files.length}: the process did not exit cleanly?`);
  const file = path.join(dir, files[0] as string);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node]));
  const own = new Map<number, string>(profile.nodes.map((node) => [node.id, placeOfFrame(node.callFrame)]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const places = new Map<number, string>();
  const placeOfNode = (id: number): string => {
    const known = places.get(id);
    if (known !== undefined) return known;
    const mine = own.get(id) ?? '(unknown)';
    const parent = parents.get(id);
    let place = mine;
    if (mine === NODE_BUILT_IN) {
      const above = parent === undefined ? NODE_BUILT_IN : placeOfNode(parent);
      const url = nodes.get(id)?.callFrame.url ?? '';
      // Native code under Node's own module (a socket's writev under stream_base_commons) is that module's.
      if (!isNodePlace(above)) place = above;
      else place = url === '' && above !== NODE_BUILT_IN ? above : builtInPlace(url);
    }
    places.set(id, place);
    return place;
  };
  profile.nodes.forEach((node) => placeOfNode(node.id));
  const self = new Map<string, number>();
  let at = profile.startTime;
  let windowUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    const where = places.get(id) ?? '(unknown)';
    windowUs += delta;
    if (where === '(idle)') return;
    self.set(where, (self.get(where) ?? 0) + delta);
  });
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([where, us]) => ({
      where,
      selfMs: Math.round(us / 100) / 10,
      share: windowUs === 0 ? 0 : Math.round((us / windowUs) * 1000) / 1000,
    }));
  return { file, windowMs: Math.round(windowUs / 1000), top };
}
