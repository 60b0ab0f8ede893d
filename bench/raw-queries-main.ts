// The raw reference of the fleet benchmark: the very queries a tick sent, sent again by a process
// that does nothing else, with a fixed number in flight, by the bare client (bare-http.ts). What it
// sustains is what that Prometheus can serve for those queries.
//
//   node dist/bench/raw-queries-main.js '{"baseUrl":"http://127.0.0.1:P","file":"queries.json","concurrency":32}'

import { readFileSync } from 'node:fs';
import { bareRequest } from './bare-http.js';
import { serveChild } from './support.js';

export interface RawQueriesInput {
  baseUrl: string;
  /** A JSON array of request targets (path and query string). */
  file: string;
  concurrency: number;
}

export interface RawQueriesResult {
  wallMs: number;
  queries: number;
  /** Answers other than 200, or no answer. */
  failures: number;
}

serveChild<RawQueriesInput, RawQueriesResult>(async (input) => {
  const targets = JSON.parse(readFileSync(input.file, 'utf8')) as string[];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(input.concurrency, targets.length) }, async () => {
      while (next < targets.length) {
        try {
          const answer = await bareRequest(`${input.baseUrl}${targets[next++] as string}`);
          JSON.parse(answer.text);
          if (answer.status !== 200) failures++;
        } catch {
          failures++;
        }
      }
    }),
  );
  return { wallMs: performance.now() - started, queries: targets.length, failures };
});
