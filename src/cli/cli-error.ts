/** An error the user can fix: printed as a message (never a stack trace), exit code 2 unless said otherwise. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}

/** Exit codes: 0 ran and nothing at/above the threshold; 1 ran with findings; 2 could not run. */
export const EXIT = { ok: 0, findings: 1, cannotRun: 2 } as const;
