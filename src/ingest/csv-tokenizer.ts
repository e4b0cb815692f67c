/**
 * CSV text → records, chunk by chunk: RFC 4180 quoting ('"' quotes a field, '""' is a quote inside it), any number
 * of fields per record, nothing trimmed, an empty line is a record of one empty field. Records end at LF or CRLF
 * (both accepted anywhere in a file), or at a bare CR in a file that has no LF at all (classic Mac). A line without
 * a quote — nearly every line statistics offices produce — is cut with one native split; only lines with a quote
 * are walked character by character.
 */

/** What is wrong with the text: a quote inside an unquoted field, a closing quote followed by other text, a quote never closed, or a record over the size limit. */
export type CsvProblem = "opening-quote" | "closing-quote" | "unclosed-quote" | "record-size";

/** The first syntax problem and its physical line (1-based; for an unclosed quote or an oversized record, the line the record starts on). */
export interface CsvSyntaxError {
  problem: CsvProblem;
  line: number;
}

const QUOTE = 34, LF = 10, CR = 13;
const NEED_MORE = -1;

/** A streaming CSV tokenizer: push() decoded text as it arrives, end() once; records go to the callback in order; parsing stops at the first error. */
export class CsvTokenizer {
  /** The first syntax error; no record after it is delivered. */
  error: CsvSyntaxError | undefined;
  /** Text after the last complete record, kept for the next chunk. */
  private rest = "";
  /** Physical line number on which `rest` starts. */
  private line = 1;
  /** Record terminator: LF (with an optional CR before it) or a bare CR; undecided until a line end is seen. */
  private eol: "\n" | "\r" | undefined;
  private started = false;
  private readonly delim: number;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordChars: number,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") throw new RangeError(`unsupported CSV delimiter ${JSON.stringify(delimiter)}`);
    this.delim = delimiter.charCodeAt(0);
  }

  /** Feed the next piece of text. */
  push(text: string, onRecord: (fields: string[]) => void): void {
    this.scan(this.rest.length > 0 ? this.rest + text : text, false, onRecord);
  }

  /** The text has ended: deliver the last record (one without a line end) or report the quote left open. */
  end(onRecord: (fields: string[]) => void): void {
    this.scan(this.rest, true, onRecord);
    this.rest = "";
  }

  private scan(text: string, final: boolean, onRecord: (fields: string[]) => void): void {
    if (this.error) return;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.eol === undefined) {
      if (text.includes("\n")) this.eol = "\n";
      else if (text.includes("\r") && (final || text.indexOf("\r") < text.length - 1)) this.eol = "\r";
    }
    const eol = this.eol ?? "\n";
    const n = text.length;
    let pos = 0;
    let quoteAt = text.indexOf('"');
    while (pos < n) {
      let end = text.indexOf(eol, pos);
      if (end < 0) {
        if (!final) break;
        end = n;
      }
      if (quoteAt >= 0 && quoteAt < pos) quoteAt = text.indexOf('"', pos);
      if (quoteAt < 0 || quoteAt > end) {
        // The fast path: no quote before the line end.
        const cut = eol === "\n" && end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        if (cut - pos > this.maxRecordChars) {
          this.fail("record-size", this.line);
          return;
        }
        onRecord(text.slice(pos, cut).split(this.delimiter));
        pos = end + 1;
        this.line++;
        continue;
      }
      const next = this.quoted(text, pos, final, onRecord);
      if (this.error) return;
      if (next === NEED_MORE) break;
      pos = next;
    }
    this.rest = pos < n ? text.slice(pos) : "";
    if (this.rest.length > this.maxRecordChars) this.fail("record-size", this.line);
  }

  /** One record with a quote in it, from `start`; returns where the next record starts, or NEED_MORE when the text ends inside it. */
  private quoted(text: string, start: number, final: boolean, onRecord: (fields: string[]) => void): number {
    const n = text.length, crMode = this.eol === "\r", delim = this.delim;
    const fields: string[] = [];
    let lines = 0;
    let i = start;
    for (;;) {
      // One field from i.
      if (i - start > this.maxRecordChars) return this.fail("record-size", this.line);
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let value = "";
        let j = i + 1;
        for (;;) {
          const k = text.indexOf('"', j);
          if (k < 0 || k - start > this.maxRecordChars) {
            if (!final && k < 0) return NEED_MORE;
            return this.fail(k < 0 ? "unclosed-quote" : "record-size", this.line);
          }
          value += text.slice(j, k);
          lines += countEnds(text, j, k, crMode);
          if (k + 1 >= n && !final) return NEED_MORE;
          const after = k + 1 < n ? text.charCodeAt(k + 1) : -1;
          if (after === QUOTE) {
            value += '"';
            j = k + 2;
            continue;
          }
          i = k + 1;
          if (after === -1 || after === delim || after === (crMode ? CR : LF)) break;
          if (!crMode && after === CR) {
            if (k + 2 >= n && !final) return NEED_MORE;
            if (k + 2 >= n || text.charCodeAt(k + 2) === LF) break;
          }
          return this.fail("closing-quote", this.line + lines);
        }
        fields.push(value);
      } else {
        // An unquoted field: up to the delimiter or the line end; a quote inside it is an error.
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === delim || c === QUOTE || (crMode ? c === CR : c === LF)) break;
        }
        if (j < n && text.charCodeAt(j) === QUOTE) return this.fail("opening-quote", this.line + lines);
        if (j >= n && !final) return NEED_MORE;
        const cut = !crMode && (j >= n || text.charCodeAt(j) === LF) && j > i && text.charCodeAt(j - 1) === CR ? j - 1 : j;
        fields.push(text.slice(i, cut));
        i = j;
      }
      if (i - start > this.maxRecordChars) return this.fail("record-size", this.line);
      // After a field: a delimiter (another field follows), a line end or the end of the text (the record ends).
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      if (i < n && !crMode && text.charCodeAt(i) === CR) i++;
      onRecord(fields);
      this.line += lines + 1;
      return i + 1;
    }
  }

  private fail(problem: CsvProblem, line: number): number {
    this.error = { problem, line };
    this.rest = "";
    return NEED_MORE;
  }
}

/** Line ends between `from` and `to` (LF, or CR in a CR-only file). */
function countEnds(text: string, from: number, to: number, crMode: boolean): number {
  const ch = crMode ? "\r" : "\n";
  let count = 0;
  for (let p = text.indexOf(ch, from); p >= 0 && p < to; p = text.indexOf(ch, p + 1)) count++;
  return count;
}
