import { TRPCError } from '@trpc/server';
import superjson, { type SuperJSONResult } from 'superjson';

/**
 * Inputs are small forms and filters: 16 levels and 10,000 values is far beyond any procedure's schema,
 * and small enough that walking them costs microseconds.
 */
export const INPUT_MAX_DEPTH = 16;
export const INPUT_MAX_NODES = 10_000;
/** A path names one value of the input, so it cannot be longer than the input is deep. */
const PATH_MAX_LENGTH = 1_000;

/**
 * The annotations a browser's superjson produces for what our schemas accept: optional fields left
 * `undefined`, Dates, and non-finite numbers (which the schemas then refuse with a field error). Their
 * untransforms are constant-time; Map, Set, BigInt, RegExp, Error, custom and class annotations are not
 * needed by any procedure, and their nested `[type, children]` trees are where superjson's walk recurses.
 */
const LEAF_TYPES = new Set(['undefined', 'Date', 'number']);

function refuse(reason: string): never {
  throw new TRPCError({ code: 'BAD_REQUEST', message: `Malformed request input: ${reason}` });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Depth and size of the JSON part, iteratively: a 10,000-deep array must not recurse to find out. */
function checkJson(json: unknown): void {
  const stack: [unknown, number][] = [[json, 0]];
  let nodes = 1;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= INPUT_MAX_DEPTH) refuse(`nested deeper than ${INPUT_MAX_DEPTH} levels`);
    const children = Array.isArray(value) ? value : Object.values(value);
    // Counted before they are queued, so a million-element array is refused without being copied.
    nodes += children.length;
    if (nodes > INPUT_MAX_NODES) refuse(`more than ${INPUT_MAX_NODES} values`);
    for (const child of children) stack.push([child, depth + 1]);
  }
}

/** superjson's path syntax (v1): segments joined by `.`, with `\.` and `\\` escaped. */
function parsePath(path: string): string[] | null {
  const segments: string[] = [];
  let segment = '';
  for (let index = 0; index < path.length; index++) {
    const char = path[index];
    if (char === '\\') {
      const next = path[index + 1];
      if (next !== '\\' && next !== '.') return null;
      segment += next;
      index++;
    } else if (char === '.') {
      segments.push(segment);
      segment = '';
    } else {
      segment += char;
    }
  }
  segments.push(segment);
  return segments;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * An annotated path must name a value that is there (or, for `undefined`, a missing key of an object
 * that is there: JSON drops undefined properties), so superjson never walks into nothing.
 */
function checkAnnotatedPath(json: unknown, path: string, type: string): void {
  if (path.length > PATH_MAX_LENGTH) refuse('annotation path too long');
  const segments = parsePath(path);
  if (!segments || segments.length > INPUT_MAX_DEPTH) refuse(`bad annotation path "${path.slice(0, 80)}"`);
  let parent: unknown = json;
  for (const [index, key] of segments.entries()) {
    if (FORBIDDEN_KEYS.has(key)) refuse(`bad annotation path "${path.slice(0, 80)}"`);
    const last = index === segments.length - 1;
    let child: unknown;
    if (Array.isArray(parent) && /^(0|[1-9]\d{0,8})$/.test(key) && Number(key) < parent.length) {
      child = parent[Number(key)];
    } else if (isPlainObject(parent) && Object.hasOwn(parent, key)) {
      child = parent[key];
    } else if (last && type === 'undefined' && isPlainObject(parent)) {
      return;
    } else {
      refuse(`annotation path "${path.slice(0, 80)}" names nothing in the input`);
    }
    parent = child;
  }
  const leaf = parent;
  const fits =
    type === 'Date'
      ? typeof leaf === 'string'
      : type === 'number'
        ? typeof leaf === 'string'
        : leaf === null || leaf === undefined;
  if (!fits) refuse(`annotation "${type}" does not fit the value at "${path.slice(0, 80)}"`);
}

const leafType = (annotation: unknown): string | null =>
  Array.isArray(annotation) &&
  annotation.length === 1 &&
  typeof annotation[0] === 'string' &&
  LEAF_TYPES.has(annotation[0])
    ? annotation[0]
    : null;

/**
 * Checks a tRPC input envelope `{json, meta}` before superjson deserializes it. superjson trusts `meta`:
 * a `values` that is a string, or a nested annotation tree, sends its traversal into unbounded recursion
 * (about half a second of CPU per input until the stack overflows). Here the envelope is checked in
 * one bounded pass, so a hostile one is refused in microseconds with a 400.
 */
export function checkInputEnvelope(envelope: unknown): asserts envelope is SuperJSONResult {
  if (!isPlainObject(envelope)) refuse('expected a superjson envelope {"json": ...}');
  const { json, meta, ...rest } = envelope as Record<string, unknown>;
  if (Object.keys(rest).length > 0) refuse('only "json" and "meta" are allowed in the envelope');
  checkJson(json);
  if (meta === undefined) return;
  if (!isPlainObject(meta)) refuse('"meta" must be an object');
  const { values, v, ...other } = meta as Record<string, unknown>;
  if (Object.keys(other).length > 0) refuse('"meta" may only hold "values" and "v"');
  if (values === undefined) return;
  if (v !== 1) refuse('"meta.v" must be 1');
  const rootType = leafType(values);
  if (rootType) {
    const fitsRoot =
      rootType === 'undefined' ? json === undefined || json === null : typeof json === 'string';
    if (!fitsRoot) refuse(`annotation "${rootType}" does not fit the input`);
    return;
  }
  if (!isPlainObject(values)) refuse('"meta.values" must be an annotation or an object of them');
  const entries = Object.entries(values as Record<string, unknown>);
  if (entries.length > INPUT_MAX_NODES) refuse('too many annotations');
  for (const [path, annotation] of entries) {
    const type = leafType(annotation);
    if (!type) refuse(`unsupported annotation at "${path.slice(0, 80)}"`);
    checkAnnotatedPath(json, path, type);
  }
}

/** The input side of tRPC's transformer: superjson, behind the envelope check. */
export function deserializeInput(envelope: unknown): unknown {
  checkInputEnvelope(envelope);
  return superjson.deserialize(envelope);
}
