/** The trend as an arrow and whether that direction is good for the indicator. */
import type { Trend } from "../model/report.js";

/** ↑ ↓ → (or "" without a trend) and its tone: good when it moves the way the indicator should. */
export function trendArrow(trend: Trend, higherIsBetter: boolean): { symbol: string; tone: "good" | "bad" | "neutral" } {
  switch (trend.direction) {
    case "up":
      return { symbol: "↑", tone: higherIsBetter ? "good" : "bad" };
    case "down":
      return { symbol: "↓", tone: higherIsBetter ? "bad" : "good" };
    case "flat":
      return { symbol: "→", tone: "neutral" };
    default:
      return { symbol: "", tone: "neutral" };
  }
}
