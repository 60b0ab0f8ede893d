// Comments point into docs/, never at files outside the repository, and every `docs/<file>.md#<anchor>`
// they name exists (anchors as GitHub renders them from the headings).

import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../support/seeds.js';

const SOURCE_FOLDERS = ['src', 'test', 'bench', 'scripts', 'functions'];
const SOURCE_FILE = /\.(ts|js|sh)$/;
// Assembled from pieces so that this file does not match the pattern itself.
const OUTSIDE_CITATION = new RegExp(
  [
    ...['iter8', 'peers', 'toolchain'].map((name) => `${name}\\.md`),
    ['current', 'stack'].join('-'),
    'research' + '/',
  ].join('|'),
);
const DOCS_REFERENCE = /docs\/([a-z0-9-]+\.md)(?:#([a-z0-9-]+))?/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return SOURCE_FILE.test(name) ? [full] : [];
  });
}

/** GitHub's heading anchor: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

const docsDir = path.join(projectRoot, 'docs');
const anchorsByDoc = new Map(
  readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(path.join(docsDir, name), 'utf8');
      const headings = [...text.matchAll(/^#+ (.*)$/gm)].map((m) => headingAnchor(m[1] ?? ''));
      return [name, new Set(headings)] as const;
    }),
);

const sources = [
  ...SOURCE_FOLDERS.flatMap((folder) => filesUnder(path.join(projectRoot, folder))),
  path.join(projectRoot, 'jest.config.js'),
];

describe('comments and docs/', () => {
  it('finds the source files and the docs it checks', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect([...anchorsByDoc.keys()]).toEqual(
      expect.arrayContaining(['design.md', 'event-contract.md', 'iter8-behaviour.md', 'tooling.md']),
    );
  });

  it('headingAnchor follows GitHub', () => {
    expect(headingAnchor('The iter8-knative metric pack')).toBe('the-iter8-knative-metric-pack');
    expect(headingAnchor('Jest in ESM mode')).toBe('jest-in-esm-mode');
    expect(headingAnchor('The knative/init-experiment task')).toBe('the-knativeinit-experiment-task');
  });

  it('no source file cites a file outside the repository', () => {
    const citing = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          OUTSIDE_CITATION.test(line) ? [`${path.relative(projectRoot, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(citing).toEqual([]);
  });

  it('every docs/ reference names an existing file and heading', () => {
    const broken: string[] = [];
    for (const file of [...sources, ...[...anchorsByDoc.keys()].map((name) => path.join(docsDir, name))]) {
      for (const [reference, doc = '', anchor] of readFileSync(file, 'utf8').matchAll(DOCS_REFERENCE)) {
        const anchors = anchorsByDoc.get(doc);
        if (!anchors || (anchor !== undefined && !anchors.has(anchor)))
          broken.push(`${path.relative(projectRoot, file)}: ${reference}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links between the docs resolve', () => {
    const broken: string[] = [];
    for (const [name] of anchorsByDoc) {
      const text = readFileSync(path.join(docsDir, name), 'utf8');
      for (const [link, target = '', anchor = ''] of text.matchAll(/\]\(([a-z0-9-]*\.md)?#([a-z0-9-]+)\)/g)) {
        if (!anchorsByDoc.get(target || name)?.has(anchor)) broken.push(`docs/${name}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
