/** Numbers only: growth rates, slopes, projections, volatility. */
export * from "./median.js";
export * from "./precision.js";
export * from "./intervals.js";
export * from "./cagr.js";
export * from "./linear-change.js";
export * from "./theil-sen.js";
export * from "./project.js";
export * from "./annual-changes.js";
export * from "./hampel.js";
export * from "./small-series-jumps.js";
export * from "./count-reversals.js";
export * from "./weather-change.js";
