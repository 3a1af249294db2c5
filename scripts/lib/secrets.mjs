import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = path.resolve(process.env.COTIZA_DATA_DIR ?? ".data");
const SECRETS_FILE = path.join(DATA_DIR, "secrets.json");

// Secrets the app needs that nobody should have to invent: generated once, kept git-ignored.
const GENERATED = {
  NEXTAUTH_SECRET: () => randomBytes(32).toString("base64url"),
  COTIZA_ENCRYPTION_KEY: () => randomBytes(32).toString("base64url"),
  BELVO_WEBHOOK_AUTHORIZATION: () => `Bearer ${randomBytes(24).toString("base64url")}`,
};

/** Returns the generated secrets, creating the file on first use. Never prints their values. */
export function loadSecrets() {
  mkdirSync(DATA_DIR, { recursive: true });
  const stored = existsSync(SECRETS_FILE) ? JSON.parse(readFileSync(SECRETS_FILE, "utf8")) : {};
  let changed = false;
  for (const [key, make] of Object.entries(GENERATED)) {
    if (typeof stored[key] !== "string") {
      stored[key] = make();
      changed = true;
    }
  }
  if (changed) {
    writeFileSync(SECRETS_FILE, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
    console.log(`cotiza: generated local secrets in ${path.relative(process.cwd(), SECRETS_FILE)}`);
  }
  return stored;
}

/** The environment for a child process: explicit variables win over generated ones. */
export function appEnvironment(extra = {}) {
  const secrets = loadSecrets();
  const port = process.env.PORT ?? "3000";
  return {
    ...secrets,
    NEXTAUTH_URL: `http://localhost:${port}`,
    ...process.env,
    ...extra,
  };
}
