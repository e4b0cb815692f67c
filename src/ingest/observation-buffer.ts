/** Observations kept compactly (typed arrays keyed by small integers) so a million rows stay cheap. */
import { MIN_YEAR, YEAR_SPAN } from "./parse-year.js";
import { KeyIndex } from "./key-index.js";

/** Where stored observations came from: one per file and sheet. */
export interface BufferedSource {
  file: string;
  sheet?: string;
  /** Column labels of the table, "数值 (D)", by 0-based column. */
  labels: string[];
}

/** Sex codes in the buffer: 0 not given, 1 total, 2 female, 3 male. In keys, "not given" and total are one. */
export const SEX_CODES = { none: 0, total: 1, female: 2, male: 3 } as const;

/** A place in the submission, for "already given at …". */
export interface BufferedPlace {
  source: number;
  row: number;
  col: number;
}

/** A row whose indicator is not in the plan but close to some that are: the likely culprit of a missing observation. */
export interface MisnamedRow extends BufferedPlace {
  /** The indicator as written. */
  text: string;
  /** Plan indicators it is closest to, closest first. */
  near: number[];
  /** Region of the row (-1 unknown) and the years it gave values for. */
  region: number;
  years: number[];
}

/** Misnamed rows kept for linking (the rest are still reported as unknown-indicator). */
export const MAX_MISNAMED_ROWS = 1000;

const INITIAL = 1024;

/** Compact observations with duplicate detection by numeric key (indicator, region, sex, year). */
export class ObservationBuffer {
  readonly sources: BufferedSource[] = [];
  private keys = new Float64Array(INITIAL);
  private readonly index = new KeyIndex((slot) => this.keys[slot]!);
  private size = 0;
  private values = new Float64Array(INITIAL);
  private rows = new Uint32Array(INITIAL);
  private srcs = new Uint32Array(INITIAL);
  private cols = new Uint16Array(INITIAL);
  private sexes = new Uint8Array(INITIAL);
  // Notes (备注) are rare, so they live in a map by slot rather than in another array.
  private readonly notes = new Map<number, string>();
  /** Keys of the check year whose rows had errors or declared the value missing: no missing-observation for them. */
  readonly attempted = new Map<number, BufferedPlace | null>();
  /** Rows with an unknown but suggestible indicator (at most MAX_MISNAMED_ROWS). */
  readonly misnamed: MisnamedRow[] = [];

  constructor(readonly regionCount: number) {}

  /** Register a file/sheet; returns its source number. */
  addSource(source: BufferedSource): number {
    this.sources.push(source);
    return this.sources.length - 1;
  }

  /** The key of a series point; sex code 1 (total) and 0 (not given) share keys. */
  key(indicator: number, region: number, sex: number, year: number): number {
    return ((indicator * this.regionCount + region) * 3 + (sex === 0 ? 0 : sex - 1)) * YEAR_SPAN + (year - MIN_YEAR);
  }

  /** Split a key into its parts. */
  parts(key: number): { indicator: number; region: number; sexKey: number; year: number } {
    const year = (key % YEAR_SPAN) + MIN_YEAR;
    let rest = Math.floor(key / YEAR_SPAN);
    const sexKey = rest % 3;
    rest = Math.floor(rest / 3);
    return { indicator: Math.floor(rest / this.regionCount), region: rest % this.regionCount, sexKey, year };
  }

  private grow(): void {
    const n = this.values.length * 2;
    const g = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(n);
      b.set(a);
      return b;
    };
    this.keys = g(this.keys, Float64Array);
    this.values = g(this.values, Float64Array);
    this.rows = g(this.rows, Uint32Array);
    this.srcs = g(this.srcs, Uint32Array);
    this.cols = g(this.cols, Uint16Array);
    this.sexes = g(this.sexes, Uint8Array);
  }

  /** Store a value; returns -1, or the slot of an earlier value with the same key (then nothing is stored). */
  add(key: number, value: number, sex: number, source: number, row: number, col: number): number {
    const existing = this.index.get(key);
    if (existing >= 0) return existing;
    if (this.size === this.values.length) this.grow();
    const s = this.size++;
    this.keys[s] = key;
    this.values[s] = value;
    this.rows[s] = row;
    this.srcs[s] = source;
    this.cols[s] = col;
    this.sexes[s] = sex;
    this.index.insert(key, s);
    return -1;
  }

  /** Attach the row's note (备注) to the value stored under `key`. */
  setNote(key: number, note: string): void {
    const slot = this.index.get(key);
    if (slot >= 0) this.notes.set(slot, note);
  }

  /** The note of a slot, if its row had one. */
  note(slot: number): string | undefined {
    return this.notes.get(slot);
  }

  /** The slot of a key, or -1. */
  slot(key: number): number {
    return this.index.get(key);
  }

  /** The key of a slot. */
  keyOf(slot: number): number {
    return this.keys[slot]!;
  }

  /** Value of a slot. */
  value(slot: number): number {
    return this.values[slot]!;
  }

  /** Where a slot came from. */
  place(slot: number): BufferedPlace {
    return { source: this.srcs[slot]!, row: this.rows[slot]!, col: this.cols[slot]! };
  }

  /** Sex code of a slot as written. */
  sex(slot: number): number {
    return this.sexes[slot]!;
  }

  /** Number of stored observations. */
  get count(): number {
    return this.size;
  }

  /** The regions (positions in the plan) of the stored observations. */
  regions(): Set<number> {
    const seen = new Set<number>();
    for (let s = 0; s < this.size; s++) seen.add(Math.floor(this.keys[s]! / (3 * YEAR_SPAN)) % this.regionCount);
    return seen;
  }

  /** Every key with its slot, in insertion order. */
  *entries(): IterableIterator<[number, number]> {
    for (let s = 0; s < this.size; s++) yield [this.keys[s]!, s];
  }
}
