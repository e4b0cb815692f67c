/** Actual growth of a basis: compound (CAGR) where valid and wanted, else linear; with the step that shows it. */
import type { Step } from "../../model/report.js";
import { cagr, linearChange, projectCompound, projectLinear } from "../../trend/index.js";
import { num, paren } from "../../util/format-number.js";
import type { ProgressBasis } from "./method-types.js";

/** The growth of a basis and its projection to a year. */
export interface Growth {
  form: "compound" | "linear";
  rate: number;
  step: Step;
  project: (year: number) => number;
}

/** Show the value CAGR actually used: Open SDG replaces a zero by a small number. */
export function shownBase(v: number, zero: number, other: number): string {
  return v === 0 ? num(other < 0 ? -zero : zero) : paren(v);
}

/** CAGR_a = (y_t / y_0)^(1/(t − t_0)) − 1 unless `linear`, invalid or from/to zero; then r = (y_t − y_0)/(t − t_0). */
export function actualGrowth(b: ProgressBasis, zero: number, forceLinear = b.linear): Growth | null {
  const years = b.latest.year - b.base.year;
  if (!(years > 0)) return null;
  const y0 = b.base.value, yt = b.latest.value;
  // Growing a zero base (or towards zero) by a rate explodes (0 → 115 is "+11,507,000%"): such series grow linearly.
  const c = forceLinear || y0 === 0 || yt === 0 ? null : cagr(y0, yt, years, zero);
  if (c !== null) {
    return {
      form: "compound",
      rate: c,
      step: { label: "cagr-actual", formula: `(${shownBase(yt, zero, y0)} / ${shownBase(y0, zero, yt)})^(1/${years}) − 1`, value: c },
      project: (year) => projectCompound(yt, c, year - b.latest.year),
    };
  }
  const r = linearChange(b.base, b.latest) as number;
  return {
    form: "linear",
    rate: r,
    step: { label: "linear-actual", formula: `(${num(yt)} − ${paren(y0)}) / (${b.latest.year} − ${b.base.year})`, value: r },
    project: (year) => projectLinear(yt, r, year - b.latest.year),
  };
}
