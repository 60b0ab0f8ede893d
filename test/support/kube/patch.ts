// RFC 7386 merge patch and RFC 6902 JSON patch, as kube-apiserver applies them to stored objects.

import { clone, isObject } from './resources.js';

/** RFC 7386: objects merge recursively, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function arrayIndex(container: unknown[], token: string, forAdd: boolean): number {
  if (forAdd && token === '-') return container.length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new Error(`invalid array index ${JSON.stringify(token)}`);
  const index = Number(token);
  if (index > container.length || (!forAdd && index === container.length))
    throw new Error(`array index ${index} is out of bounds`);
  return index;
}

function parentOf(document: unknown, tokens: string[]): { parent: unknown; last: string } {
  let node = document;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(node)) node = node[arrayIndex(node, token, false)];
    else if (isObject(node) && token in node) node = node[token];
    else throw new Error(`path /${tokens.join('/')} does not exist`);
  }
  return { parent: node, last: tokens[tokens.length - 1] as string };
}

function getAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(node)) node = node[arrayIndex(node, token, false)];
    else if (isObject(node) && token in node) node = node[token];
    else throw new Error(`path ${pointer} does not exist`);
  }
  return node;
}

function addAt(document: unknown, pointer: string, value: unknown): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  const { parent, last } = parentOf(document, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, true), 0, value);
  else if (isObject(parent)) parent[last] = value;
  else throw new Error(`path ${pointer} does not exist`);
  return document;
}

function removeAt(document: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw new Error('cannot remove the whole document');
  const { parent, last } = parentOf(document, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, false), 1);
  else if (isObject(parent) && last in parent) delete parent[last];
  else throw new Error(`path ${pointer} does not exist`);
  return document;
}

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  return value;
}

/** RFC 6902, all six operations; the document is changed only if every operation succeeds. */
export function jsonPatch(document: unknown, operations: unknown[]): unknown {
  let doc = clone(document);
  for (const raw of operations) {
    if (!isObject(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string')
      throw new Error('each operation needs op and path');
    const { op, path } = raw;
    switch (op) {
      case 'add':
        doc = addAt(doc, path, clone(raw.value));
        break;
      case 'remove':
        doc = removeAt(doc, path);
        break;
      case 'replace':
        getAt(doc, path);
        doc = addAt(removeAt(doc, path), path, clone(raw.value));
        break;
      case 'move': {
        if (typeof raw.from !== 'string') throw new Error('move needs from');
        const value = getAt(doc, raw.from);
        doc = addAt(removeAt(doc, raw.from), path, value);
        break;
      }
      case 'copy': {
        if (typeof raw.from !== 'string') throw new Error('copy needs from');
        doc = addAt(doc, path, clone(getAt(doc, raw.from)));
        break;
      }
      case 'test':
        if (!deepEqual(getAt(doc, path), raw.value)) throw new Error(`test failed at ${path}`);
        break;
      default:
        throw new Error(`unknown operation ${JSON.stringify(op)}`);
    }
  }
  return doc;
}
