/**
 * A JSON document written piece by piece: the same text as `JSON.stringify(value, null, 2)`, but an array wrapped in
 * StreamedArray is produced one item at a time, so a document of a million results never exists as one string.
 */

/** An array whose items are made while the document is written (a generator is read once, item by item). */
export class StreamedArray<T> {
  constructor(readonly items: Iterable<T>) {}

  /** Only jsonPieces may write one: inside an item (or through JSON.stringify) it would silently become `{}`. */
  toJSON(): never {
    throw new TypeError("a StreamedArray can only be written by jsonPieces, not inside a streamed item");
  }
}

/** A value already written as JSON text (its pieces yielded verbatim), e.g. an array written earlier by streamedArrayPieces. */
export class JsonText {
  constructor(readonly pieces: Iterable<string | Uint8Array>) {}

  /** Only jsonPieces may write one (see StreamedArray.toJSON). */
  toJSON(): never {
    throw new TypeError("a JsonText can only be written by jsonPieces");
  }
}

const STEP = "  ";

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

/** A value after its toJSON(key) is applied, as JSON.stringify does once per property. */
function resolved(v: unknown, key: string): unknown {
  if (v !== null && (typeof v === "object" || typeof v === "bigint") && !(v instanceof StreamedArray) && !(v instanceof JsonText)) {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return toJSON.call(v, key);
  }
  return v;
}

// Wrapping a value in as many arrays as its depth makes JSON.stringify indent it in place: only the wrapper is cut off.
const wrappers = new Map<number, { head: number; tail: number }>();

function wrapper(depth: number): { head: number; tail: number } {
  let w = wrappers.get(depth);
  if (!w) {
    let head = 0, tail = 0;
    for (let k = 1; k <= depth; k++) (head += 2 + STEP.length * k), (tail += 2 + STEP.length * (k - 1));
    wrappers.set(depth, (w = { head, tail }));
  }
  return w;
}

/** `JSON.stringify(v, null, 2)` of a value already resolved, indented to sit at `indent`. */
function whole(v: unknown, indent: string): string {
  const depth = indent.length / STEP.length;
  if (depth === 0 || v === null || typeof v !== "object") return JSON.stringify(v, null, 2) as string;
  let wrapped: unknown = v;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2) as string;
  const { head, tail } = wrapper(depth);
  return text.slice(head, text.length - tail);
}

/** Whether a value is written field by field here (it may hold a StreamedArray) rather than handed to JSON.stringify whole. */
function isOpen(v: unknown): v is Record<string, unknown> | unknown[] {
  if (v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function* streamed(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = indent + STEP;
  let n = 0;
  for (const item of items) {
    const v = resolved(item, String(n));
    yield `${n === 0 ? "[" : ","}\n${inner}${isSkipped(v) ? "null" : whole(v, inner)}`;
    n++;
  }
  yield n === 0 ? "[]" : `\n${indent}]`;
}

/** The pieces of an array as jsonPieces writes it at `depth` levels into a document (its items read one at a time). */
export function streamedArrayPieces(items: Iterable<unknown>, depth: number): Generator<string> {
  return streamed(items, STEP.repeat(depth));
}

function* value(v: unknown, indent: string): Generator<string | Uint8Array> {
  if (v instanceof StreamedArray) return yield* streamed(v.items, indent);
  if (v instanceof JsonText) return yield* v.pieces;
  if (!isOpen(v)) return yield whole(v, indent);
  const inner = indent + STEP;
  if (Array.isArray(v)) {
    if (v.length === 0) return yield "[]";
    for (let i = 0; i < v.length; i++) {
      const item = resolved(v[i], String(i));
      yield `${i === 0 ? "[" : ","}\n${inner}`;
      if (isSkipped(item)) yield "null";
      else yield* value(item, inner);
    }
    return yield `\n${indent}]`;
  }
  let n = 0;
  for (const key of Object.keys(v)) {
    const item = resolved(v[key], key);
    if (isSkipped(item)) continue;
    yield `${n === 0 ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* value(item, inner);
    n++;
  }
  yield n === 0 ? "{}" : `\n${indent}}`;
}

/**
 * The pieces of `JSON.stringify(doc, null, 2)`, in order (their concatenation is that text, byte for byte); arrays
 * wrapped in StreamedArray are read lazily, one item at a time. A document that JSON.stringify would drop
 * (undefined, a function) yields nothing.
 */
export function* jsonPieces(doc: unknown): Generator<string | Uint8Array> {
  const v = resolved(doc, "");
  if (isSkipped(v)) return;
  yield* value(v, "");
}
