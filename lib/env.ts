import { z } from "zod";
import { isLocalDatabase } from "@/lib/db/local";

// The only reader of process.env. Scripts (scripts/with-db.mjs) fill in generated secrets and the
// embedded database URL before the app starts, so nothing here needs an environment file.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  BELVO_ENV: z.enum(["emulator", "sandbox", "production"]).default("emulator"),
  BELVO_BASE_URL: z.string().url().optional(),
  BELVO_SECRET_ID: z.string().min(1).optional(),
  BELVO_SECRET_PASSWORD: z.string().min(1).optional(),
  BELVO_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  BELVO_RETRIEVAL_TIMEOUT_MS: z.coerce.number().int().positive().default(90_000),
  BELVO_WEBHOOK_AUTHORIZATION: z.string().min(1).optional(),
  COTIZA_ENCRYPTION_KEY: z.string().min(32).optional(),
  COTIZA_WORKER: z.enum(["on", "off"]).default("on"),
  /** Finished background jobs and Belvo webhook deliveries older than this many days are deleted. */
  COTIZA_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  /** How long a running job may go without a heartbeat before another worker takes it over. */
  COTIZA_JOB_VISIBILITY_TIMEOUT_MS: z.coerce.number().int().min(1_000).optional(),
  /** Offers Belvo's test institution on the connect form; unset: on, except with production keys. */
  COTIZA_SANDBOX_INSTITUTION: z.enum(["on", "off"]).optional(),
  /** Pins the app's clock (demos): an ISO instant such as 2026-11-16T16:00:00Z. See lib/clock.ts. */
  COTIZA_NOW: z.iso.datetime().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validates an environment (process.env in the app); throws with the names of bad variables. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".")).join(", ");
    throw new Error(`Invalid environment variables: ${fields}`);
  }
  // A pinned clock stamps audit events, decisions and consents: demos only, never real data.
  const { COTIZA_NOW, DATABASE_URL } = parsed.data;
  if (COTIZA_NOW && DATABASE_URL && !isLocalDatabase(DATABASE_URL)) {
    throw new Error(
      "COTIZA_NOW pins the clock for demos; it is refused with a non-local database.",
    );
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Reads a value that must be present at run time, with an error that says how to provide it. */
export function requireEnv<K extends keyof Env>(key: K): NonNullable<Env[K]> {
  const value = env()[key];
  if (value === undefined || value === null) {
    throw new Error(`${String(key)} is not set. Start Cotiza through npm scripts (they set it).`);
  }
  return value as NonNullable<Env[K]>;
}

/** Whether Belvo's sandbox institution may be chosen: configured, else everywhere but production. */
export function sandboxInstitutionEnabled(source: Env = env()): boolean {
  if (source.COTIZA_SANDBOX_INSTITUTION) return source.COTIZA_SANDBOX_INSTITUTION === "on";
  return source.BELVO_ENV !== "production";
}
