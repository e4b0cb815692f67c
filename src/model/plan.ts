/** Types of a loaded, validated plan (the YAML under plan/ after schema and semantic checks). */

export const AREA_IDS = ["health", "education", "economy", "decision", "social_security", "family", "environment", "law"] as const;
/** One of the plan's eight areas. */
export type AreaId = (typeof AREA_IDS)[number];

export const TARGET_KINDS = ["at_most", "at_least", "around", "increase", "decrease", "relative", "compare"] as const;
/** How a target is judged. */
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A text in both user languages. */
export interface Text2 {
  zh: string;
  en: string;
}

export type RegionLevel = "province" | "city" | "county";

/** An administrative division the plan is monitored in. */
export interface Region {
  code: string;
  name: Text2;
  aliases?: string[];
  level: RegionLevel;
  parent?: string;
}

/** The sides of a 左右 band that are judged. */
export type AroundSide = "both" | "lower" | "upper";

/** One target of an indicator; `year: null` means it must hold every year. */
export interface Target {
  kind: TargetKind;
  year: number | null;
  value?: number;
  tolerance?: number;
  baseline_year?: number;
  pct?: number;
  ref?: string;
  op?: "ge" | "le" | "approx";
  /** around (左右): which side of the band counts as missing it — both (default), lower (exceeding is fine) or upper (falling short is fine). */
  side?: AroundSide;
  quote?: string;
  note?: string;
}

/** A rate or share computed from two count indicators: numerator / denominator × factor. */
export interface IndicatorFormula {
  numerator: string;
  denominator: string;
  /** 100 for a share in %, 1000 for ‰, 100000 for a rate per 10万 … */
  factor: number;
}

/** How an indicator's city value follows from its counties: counts add up, formula rates are Σ numerators / Σ denominators. */
export type AggregateRule = "sum" | "formula" | "none";

/** A monitored statistic with its targets. */
export interface Indicator {
  id: string;
  area: AreaId;
  goal: number;
  name: Text2;
  aliases?: string[];
  unit: Text2;
  higher_is_better: boolean;
  bounds?: { min?: number; max?: number };
  levels?: RegionLevel[];
  sex_disaggregated?: boolean;
  baseline?: { year: number; value: number; source?: string };
  /** Computed from two count indicators (rates and shares with counts behind them). */
  formula?: IndicatorFormula;
  /** How the value aggregates up the region hierarchy (default none). */
  aggregate?: AggregateRule;
  /** Values change in steps (e.g. at elections, 换届): a step is not fluctuation and a flat stretch between steps is not stagnation. */
  stepwise?: boolean;
  /** Clear movement of a direction target in the indicator's unit per year (e.g. 0.1 year a year for life expectancy); default 1%/yr of the level. */
  clear_movement?: number;
  /** A signed difference between two groups: judged on its size; the labels say which group is ahead for each sign. */
  signed_gap?: { positive: Text2; negative: Text2 };
  note?: string;
  targets: Target[];
}

/** A numbered main goal (主要目标) of an area. */
export interface Goal {
  area: AreaId;
  number: number;
  text: string;
  measurable: boolean;
  note?: string;
  indicators: string[];
}

/** One of the plan's areas with its goals. */
export interface Area {
  id: AreaId;
  number: number;
  name: Text2;
}

/** A complete plan, ready for the core. */
export interface Plan {
  id: string;
  version: string;
  title: Text2;
  period: { start: number; end: number };
  base_year: number;
  milestones: number[];
  source?: string;
  notes: string[];
  regions: Region[];
  areas: Area[];
  goals: Goal[];
  indicators: Indicator[];
  /** Where the plan was loaded from (file path), for messages. */
  file?: string;
}
