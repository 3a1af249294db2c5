import { type MigrateOptions, withSession } from "./session";

export interface DriftReport {
  /** True when the schema has changes that no migration captures. */
  drift: boolean;
  /** The engine's human-readable description of the uncaptured changes, or a one-line all-clear. */
  summary: string;
}

// `diff` with exitCode asks the engine for the CLI's `--exit-code` convention: 2 means "changes".
const CHANGES_EXIT_CODE = 2;

/**
 * CI drift check: replays the migrations directory on a shadow database and diffs the result with
 * the schema, like `prisma migrate diff --from-migrations … --to-schema … --exit-code`.
 */
export async function checkDrift(options: MigrateOptions): Promise<DriftReport> {
  return withSession(options, async (session) => {
    const result = await session.call(
      session.engine.diff({
        from: { tag: "migrations", ...(await session.migrations()) },
        to: { tag: "schemaDatamodel", ...session.schema },
        script: false,
        exitCode: true,
        filters: session.filters,
      }),
    );
    const drift = result.exitCode === CHANGES_EXIT_CODE;
    const summary = (result.stdout ?? "").trim();
    return { drift, summary: drift ? summary : summary || "No difference detected." };
  });
}
