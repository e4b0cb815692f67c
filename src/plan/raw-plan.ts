/** The plan as written in YAML (schema-valid), before it becomes a Plan. */
import type { AreaId, Region, Target, Text2, RegionLevel } from "../model/plan.js";

export interface RawIndicator {
  id: string;
  name: Text2;
  aliases?: string[];
  unit: Text2;
  higher_is_better: boolean;
  bounds?: { min?: number; max?: number };
  levels?: RegionLevel[];
  sex_disaggregated?: boolean;
  baseline?: { year: number; value: number; source?: string };
  note?: string;
  targets: Target[];
}

export interface RawGoal {
  number: number;
  text: string;
  measurable: boolean;
  note?: string;
  indicators: RawIndicator[];
}

export interface RawArea {
  id: AreaId;
  number: number;
  name: Text2;
  goals: RawGoal[];
}

export interface RawPlan {
  id: string;
  version: string;
  title: Text2;
  period: { start: number; end: number };
  base_year: number;
  milestones?: number[];
  source?: string;
  notes?: string[];
  regions: Region[];
  areas: RawArea[];
}
