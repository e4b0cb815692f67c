/** How serious a finding is. */
export type Severity = "error" | "warning" | "info";
