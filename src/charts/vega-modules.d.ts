/** Types for the vega sub-packages vega-core imports (they ship no typings; vega's own typings describe them). */
declare module "vega-parser" {
  export function parse(spec: import("vega").Spec, config?: unknown, options?: unknown): import("vega").Runtime;
}
declare module "vega-view" {
  export { View } from "vega";
}
declare module "vega-dataflow" {
  /** The registry of transforms a parsed spec may name. */
  export const transforms: Record<string, unknown>;
}
declare module "vega-transforms";
declare module "vega-view-transforms";
declare module "vega-encode";
