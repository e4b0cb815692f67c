import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { CsvTokenizer, type CsvSyntaxError } from "../../src/ingest/csv-tokenizer.js";

/** Records and error of a text fed in the given pieces. */
function tokenize(pieces: string[], delimiter = ",", max = 1000): { records: string[][]; error: CsvSyntaxError | undefined } {
  const t = new CsvTokenizer(delimiter, max);
  const records: string[][] = [];
  const on = (r: string[]): void => void records.push([...r]);
  for (const p of pieces) t.push(p, on);
  t.end(on);
  return { records, error: t.error };
}

/** Every way of cutting a text in two, plus cuts at every character. */
function cuts(text: string): string[][] {
  const out: string[][] = [[text], [...text]];
  for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  return out;
}

describe("CsvTokenizer", () => {
  it("splits plain lines with LF, CRLF or CR endings, a missing last line end, and keeps empty fields and empty lines", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["a,b,c", "1,,3", "", "x"].join(eol);
      for (const pieces of cuts(text)) expect(tokenize(pieces).records).toEqual([["a", "b", "c"], ["1", "", "3"], [""], ["x"]]);
      expect(tokenize([text + eol]).records).toHaveLength(4);
    }
  });

  it("reads quoted fields: delimiters, line ends and doubled quotes inside, an empty quoted field", () => {
    const text = 'a,"b,c","d\r\ne","f""g",""\r\n"h",i\r\n';
    for (const pieces of cuts(text)) expect(tokenize(pieces).records).toEqual([["a", "b,c", "d\r\ne", 'f"g', ""], ["h", "i"]]);
  });

  it("drops a byte-order mark at the start only", () => {
    expect(tokenize(["\uFEFFa,b\n\uFEFFc"]).records).toEqual([["a", "b"], ["\uFEFFc"]]);
  });

  it("takes the delimiter it is given (tab, semicolon) and leaves commas alone then", () => {
    expect(tokenize(["a\tb,c\n\"x\ty\"\tz"], "\t").records).toEqual([["a", "b,c"], ["x\ty", "z"]]);
    expect(tokenize(["a;b,c"], ";").records).toEqual([["a", "b,c"]]);
  });

  it("refuses a quote inside an unquoted field, on its physical line, keeping the records before it", () => {
    const r = tokenize(['h1,h2\n"multi\nline",ok\nab"c,d\nlater']);
    expect(r.records).toEqual([["h1", "h2"], ["multi\nline", "ok"]]);
    expect(r.error).toEqual({ problem: "opening-quote", line: 4 });
  });

  it("refuses text after a closing quote (line 3 of a CRLF file)", () => {
    expect(tokenize(['a\r\nb\r\n"x"y,z\r\n']).error).toEqual({ problem: "closing-quote", line: 3 });
    expect(tokenize(['a\r\n"x"\r,z']).error).toEqual({ problem: "closing-quote", line: 2 });
  });

  it("reports a quote never closed at the line its record starts on, whatever the chunking", () => {
    const text = 'a,b\nc,d\n"open,\nmore\nand more';
    for (const pieces of cuts(text)) {
      const r = tokenize(pieces);
      expect(r.error).toEqual({ problem: "unclosed-quote", line: 3 });
      expect(r.records).toEqual([["a", "b"], ["c", "d"]]);
    }
  });

  it("refuses a record over the limit (quoted or not) and accepts one exactly at it", () => {
    expect(tokenize(["x".repeat(10) + "\nok"], ",", 10)).toEqual({ records: [["x".repeat(10)], ["ok"]], error: undefined });
    expect(tokenize(["ok\n" + "x".repeat(11) + "\n"], ",", 10)).toEqual({ records: [["ok"]], error: { problem: "record-size", line: 2 } });
    // A runaway quote is cut off once the pending text passes the limit, before the file ends.
    const t = new CsvTokenizer(",", 10);
    t.push('ok\n"' + "x".repeat(5), () => {});
    expect(t.error).toBeUndefined();
    t.push("x".repeat(6), () => {});
    expect(t.error).toEqual({ problem: "record-size", line: 2 });
  });

  it("delivers nothing after an error", () => {
    const t = new CsvTokenizer(",", 100);
    const records: string[][] = [];
    t.push('a"b\nc\n', (r) => records.push(r));
    t.push("d\n", (r) => records.push(r));
    t.end((r) => records.push(r));
    expect(records).toEqual([]);
    expect(t.error).toEqual({ problem: "opening-quote", line: 1 });
  });

  it("refuses a delimiter it cannot honour", () => {
    expect(() => new CsvTokenizer('"', 10)).toThrow(RangeError);
    expect(() => new CsvTokenizer(",,", 10)).toThrow(RangeError);
    expect(() => new CsvTokenizer("\n", 10)).toThrow(RangeError);
    expect(() => new CsvTokenizer("\r", 10)).toThrow(RangeError);
    expect(() => new CsvTokenizer("", 10)).toThrow(RangeError);
  });

  it("decides on CR line ends only once it sees what follows a CR (a chunk may end right after one)", () => {
    // a CR-only file cut after its first CR: the next chunk could have started with LF
    expect(tokenize(["a,b\r", "c,d\re"]).records).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    // a CRLF file cut between CR and LF
    expect(tokenize(["a,b\r", "\nc,d\r\n"]).records).toEqual([["a", "b"], ["c", "d"]]);
    // a one-line file ending in CR
    expect(tokenize(["a,b\r"]).records).toEqual([["a", "b"]]);
  });

  it("measures each record on its own, wherever it lies in the text (limit 4: 4 characters pass, 5 do not)", () => {
    // records at characters 0, 5, 10 and 15 of one chunk, each 4 long
    expect(tokenize(["aaaa\nbbbb\ncccc\ndddd\n"], ",", 4)).toEqual({ records: [["aaaa"], ["bbbb"], ["cccc"], ["dddd"]], error: undefined });
    expect(tokenize(["aaaa\nbbbb\nccccc\n"], ",", 4).error).toEqual({ problem: "record-size", line: 3 });
    // quoted: '"ab"' is 4 characters, '"abc"' 5
    expect(tokenize(['x\n"ab"\n"cd"\n'], ",", 4)).toEqual({ records: [["x"], ["ab"], ["cd"]], error: undefined });
    expect(tokenize(['x\n"ab"\n"abc"\n'], ",", 4).error).toEqual({ problem: "record-size", line: 3 });
    expect(tokenize(['x\n"ab",c\n'], ",", 4).error).toEqual({ problem: "record-size", line: 2 });
  });

  it("ends quoted records at LF, CRLF, CR (in a CR-only file) and at the end of the text, losing nothing of the next record", () => {
    expect(tokenize(['"x"\nnext\n']).records).toEqual([["x"], ["next"]]);
    expect(tokenize(['"a",b\rc,"d"\r']).records).toEqual([["a", "b"], ["c", "d"]]);
    expect(tokenize(['x\n"a",b\r']).records).toEqual([["x"], ["a", "b"]]);
    expect(tokenize(['x\n"a"\r']).records).toEqual([["x"], ["a"]]);
  });

  it("counts the lines of a quoted field that spans lines in the line of a later error in the same record", () => {
    // the record starts on line 2; its first field runs to line 3, where the error is
    expect(tokenize(['h\n"a\nb"x\n']).error).toEqual({ problem: "closing-quote", line: 3 });
    expect(tokenize(['h\n"a\nb",c"d\n']).error).toEqual({ problem: "opening-quote", line: 3 });
  });

  it("reads a CR-only file chunk by chunk without holding it whole (30 lines of 3 characters, limit 10)", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `a${String(i).padStart(2, "0")}`);
    const text = lines.join("\r") + "\r";
    const pieces = [text.slice(0, 40), text.slice(40, 80), text.slice(80)];
    expect(tokenize(pieces, ",", 10)).toEqual({ records: lines.map((l) => [l]), error: undefined });
  });

  it("delivers quoted records as their line ends arrive, not at the end of the text (30 quoted lines, limit 10)", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `"q${String(i).padStart(2, "0")}",x`);
    const text = lines.join("\n") + "\n";
    const t = new CsvTokenizer(",", 10);
    const records: string[][] = [];
    t.push(text.slice(0, 100), (r) => records.push(r));
    // 100 characters hold 12 whole lines of 8 and a half
    expect(records).toHaveLength(12);
    t.push(text.slice(100), (r) => records.push(r));
    t.end((r) => records.push(r));
    expect(t.error).toBeUndefined();
    expect(records).toEqual(lines.map((_, i) => [`q${String(i).padStart(2, "0")}`, "x"]));
    // a last empty field after a quoted one: '"a",' is exactly 4
    expect(tokenize(['"a",\n'], ",", 4)).toEqual({ records: [["a", ""]], error: undefined });
  });

  it("keeps an unfinished record of exactly the limit until the next chunk, and refuses one past it at once", () => {
    const at = new CsvTokenizer(",", 4);
    const records: string[][] = [];
    at.push("abcd", (r) => records.push(r));
    expect(at.error).toBeUndefined();
    at.push("\n", (r) => records.push(r));
    at.end((r) => records.push(r));
    expect(records).toEqual([["abcd"]]);
    const past = new CsvTokenizer(",", 4);
    past.push("abcde", () => {});
    expect(past.error).toEqual({ problem: "record-size", line: 1 });
  });

  it("agrees with csv-parse on records and on whether a text is broken, for random texts and random chunking", () => {
    const alphabet = fc.constantFrom("a", "b", "中", ",", '"', " ", ";");
    const line = fc.array(alphabet, { maxLength: 8 }).map((cs) => cs.join(""));
    const doc = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\r\n"), fc.boolean());
    fc.assert(
      fc.property(doc, fc.array(fc.nat(), { maxLength: 4 }), ([lines, eol, lastEol], at) => {
        const text = lines.join(eol) + (lastEol ? eol : "");
        let expected: string[][] | "error";
        try {
          expected = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: eol });
        } catch {
          expected = "error";
        }
        const points = [...new Set(at.map((a) => a % (text.length + 1)))].sort((x, y) => x - y);
        const pieces = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
        const got = tokenize(pieces, ",", 10_000);
        if (expected === "error") expect(got.error).toBeDefined();
        else expect(got).toEqual({ records: expected, error: undefined });
      }),
      { numRuns: 3000 },
    );
  });
});
