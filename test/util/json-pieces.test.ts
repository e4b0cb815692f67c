import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { JsonText, jsonPieces, StreamedArray, streamedArrayPieces } from "../../src/util/json-pieces.js";

const text = (doc: unknown): string => [...jsonPieces(doc)].join("");
const reference = (doc: unknown): string | undefined => JSON.stringify(doc, null, 2);

/** The same document with every array (at any depth outside streamed items) streamed through a generator. */
function streamAll(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v;
    return new StreamedArray((function* () {
      yield* items;
    })());
  }
  if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, streamAll(x)]));
  }
  return v;
}

const EDGE_CASES: [string, unknown][] = [
  ["empty object", {}],
  ["empty array", []],
  ["empty arrays and objects nested", { a: [], b: {}, c: [[], [{}]], d: { e: { f: [] } } }],
  ["nested objects", { plan: { id: "x", version: "1" }, summary: { areas: { health: { met: 1, rate: 0.5 } } } }],
  ["unicode", { 名称: "妇女健康 ✓ △ ‰ 😀", en: "naïve \u2028 \u2029", ctrl: "tab\tnl\ncr\r\u0000\u001f", quote: "\"\\/" }],
  ["lone surrogates", { s: "\ud800x\udfff" }],
  ["numbers", { z: -0, big: 1e21, small: 1e-7, neg: -1.5e-300, max: Number.MAX_VALUE, nan: NaN, inf: Infinity, ninf: -Infinity, int: 42 }],
  ["undefined fields dropped", { a: undefined, b: 1, c: () => 1, d: Symbol("x"), e: null }],
  ["only undefined fields", { a: undefined, f: () => 2 }],
  ["undefined in arrays becomes null", { a: [undefined, () => 1, Symbol("y"), null, 0] }],
  ["integer-like keys first", { b: 1, 2: "two", a: 3, 1: "one" }],
  ["toJSON", { d: new Date(Date.UTC(2026, 0, 2)), o: { toJSON: (k: string) => `key:${k}` }, u: { toJSON: () => undefined } }],
  ["boxed primitives and class instances", { n: Object(5), s: Object("x"), b: Object(false), m: new Map([[1, 2]]), set: new Set([1]) }],
  ["null prototype", Object.assign(Object.create(null), { a: 1, b: [1, 2] })],
  ["top-level primitives", "just a string"],
  ["deep results", { results: [{ series: [{ year: 2020, value: 1.5 }], targets: [{ kind: "at_least", value: undefined, steps: [] }], warnings: [] }, { series: [] }] }],
];

describe("jsonPieces", () => {
  for (const [name, doc] of EDGE_CASES) {
    it(`writes ${name} exactly as JSON.stringify(doc, null, 2)`, () => {
      expect(text(doc)).toBe(reference(doc));
    });
    it(`writes ${name} the same with every array streamed`, () => {
      expect(text(streamAll(doc))).toBe(reference(doc));
    });
  }

  it("writes nothing for a document JSON.stringify drops", () => {
    expect(text(undefined)).toBe("");
    expect(text(() => 1)).toBe("");
  });

  it("reads a streamed array's items one at a time, as the document is written", () => {
    const made: number[] = [];
    function* items() {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { i };
      }
    }
    const pieces = jsonPieces({ head: 1, results: new StreamedArray(items()), tail: 2 });
    let seen = "";
    for (const p of pieces) {
      seen += p;
      // An item is made only once everything before it has been handed out.
      if (made.length > 0) expect(seen).toContain('"head": 1');
      expect(made.length).toBeLessThanOrEqual((seen.match(/"i":/g) ?? []).length + 1);
    }
    expect(made).toEqual([0, 1, 2]);
    expect(seen).toBe(JSON.stringify({ head: 1, results: [{ i: 0 }, { i: 1 }, { i: 2 }], tail: 2 }, null, 2));
  });

  it("refuses a streamed array inside a streamed item (it would silently become {})", () => {
    const doc = { a: new StreamedArray([{ inner: new StreamedArray([1]) }]) };
    expect(() => text(doc)).toThrow(TypeError);
  });

  it("throws on a BigInt as JSON.stringify does", () => {
    expect(() => text({ n: 1n })).toThrow(TypeError);
  });

  it("matches JSON.stringify on arbitrary JSON-like documents, streamed or not", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: false, withBoxedValues: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withDate: true }), (doc) => {
        expect(text(doc)).toBe(reference(doc) ?? "");
        expect(text(streamAll(doc))).toBe(reference(doc) ?? "");
      }),
      { numRuns: 300 },
    );
  });

  it("writes an array written earlier (streamedArrayPieces) verbatim in its place", () => {
    for (const items of [[], [1], [{ a: [1, { b: "二" }] }, null, undefined, "x"]]) {
      for (const doc of [{ results: items, after: 1 }, { deep: { results: items } }]) {
        const depth = "deep" in doc ? 2 : 1;
        const written = [...streamedArrayPieces(items, depth)];
        const replaced = "deep" in doc ? { deep: { results: new JsonText(written) } } : { results: new JsonText(written), after: 1 };
        expect(text(replaced)).toBe(reference(doc));
      }
    }
  });
});
