/**
 * The parts of vega the charts use: the spec parser, the headless View, and the transforms a compiled vega-lite line
 * chart needs (data, view and encoding). Importing these instead of the whole `vega` bundle skips its geo
 * projections, force layout, hierarchy, word cloud and the rest, which a line chart never uses.
 */
import { parse as vegaParse } from "vega-parser";
import { View as VegaView } from "vega-view";
import { transforms } from "vega-dataflow";
import * as dataTransforms from "vega-transforms";
import * as viewTransforms from "vega-view-transforms";
import * as encodeTransforms from "vega-encode";
import type { Runtime, Spec, View as ViewType, ViewOptions } from "vega";

Object.assign(transforms, dataTransforms, viewTransforms, encodeTransforms);

/** Parse a vega spec into the dataflow description a View runs. */
export const parse: (spec: Spec) => Runtime = vegaParse;

/** The vega View class (headless with `renderer: "none"`). */
export const View: new (runtime: Runtime, options?: ViewOptions) => ViewType = VegaView;
