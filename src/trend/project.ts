/** Projections of the latest value to a future year. */

/** Compound: y_t · (1 + rate)^(year − t). */
export function projectCompound(value: number, rate: number, years: number): number {
  return value * Math.pow(1 + rate, years);
}

/** Linear: y_t + slope · (year − t). */
export function projectLinear(value: number, slope: number, years: number): number {
  return value + slope * years;
}
