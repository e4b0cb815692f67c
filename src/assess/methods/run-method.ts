/** The progress methods by id (Eurostat is the default). */
import type { MethodId } from "../../model/report.js";
import type { Thresholds } from "../../rules/thresholds.js";
import { eurostat } from "./eurostat.js";
import { sdsn } from "./sdsn.js";
import { unsd } from "./unsd.js";
import { weather } from "./weather.js";
import type { MethodOutcome, ProgressBasis } from "./method-types.js";

/** Method id → classifier. */
export const METHODS: Record<MethodId, (b: ProgressBasis, th: Thresholds) => MethodOutcome> = { eurostat, sdsn, unsd, weather };

/** The method ids, for option validation and --method choices. */
export const METHOD_IDS = Object.keys(METHODS) as MethodId[];
