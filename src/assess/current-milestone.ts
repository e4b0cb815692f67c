/** The milestone a result is currently judged against (2025 for as_of ≤ 2025, 2030 after, for the bundled plan). */

/** The first milestone at or after as_of, else the last one (or the plan end when there are none). */
export function currentMilestone(asOf: number, milestones: readonly number[], planEnd: number): number {
  const sorted = [...milestones].sort((a, b) => a - b);
  return sorted.find((m) => m >= asOf) ?? sorted[sorted.length - 1] ?? planEnd;
}
