/** The plan as written in YAML (schema-valid), before it becomes a Plan. */
import type { AreaId, Indicator, Region, Text2 } from "../model/plan.js";

/** An indicator as written under its goal: area and goal come from where it stands. */
export type RawIndicator = Omit<Indicator, "area" | "goal">;

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
