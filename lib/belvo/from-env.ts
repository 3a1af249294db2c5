import type { BelvoClient, BelvoClientConfig } from "./client";
import type { Env } from "@/lib/env";
import { EMULATOR_SECRET_ID, EMULATOR_SECRET_PASSWORD } from "@/lib/belvo/emulator-keys";
import { env } from "@/lib/env";
import { createBelvoClient } from "./client";

export const BELVO_BASE_URLS = {
  emulator: "http://127.0.0.1:4010",
  sandbox: "https://sandbox.belvo.com",
  production: "https://api.belvo.com",
} as const satisfies Record<Env["BELVO_ENV"], string>;

type BelvoEnv = Pick<
  Env,
  | "BELVO_ENV"
  | "BELVO_BASE_URL"
  | "BELVO_SECRET_ID"
  | "BELVO_SECRET_PASSWORD"
  | "BELVO_TIMEOUT_MS"
  | "BELVO_RETRIEVAL_TIMEOUT_MS"
>;

/** Pure, so the env → config rules are testable without touching process.env. */
export function belvoConfigFromEnv(values: BelvoEnv): BelvoClientConfig {
  const isEmulator = values.BELVO_ENV === "emulator";
  const secretId = values.BELVO_SECRET_ID ?? (isEmulator ? EMULATOR_SECRET_ID : undefined);
  const secretPassword =
    values.BELVO_SECRET_PASSWORD ?? (isEmulator ? EMULATOR_SECRET_PASSWORD : undefined);
  if (!secretId || !secretPassword) {
    // Real Belvo without keys would only ever answer 401; say what to set instead.
    throw new Error(
      `BELVO_SECRET_ID and BELVO_SECRET_PASSWORD must be set when BELVO_ENV is ${values.BELVO_ENV}.`,
    );
  }
  return {
    baseUrl: values.BELVO_BASE_URL ?? BELVO_BASE_URLS[values.BELVO_ENV],
    secretId,
    secretPassword,
    timeoutMs: values.BELVO_TIMEOUT_MS,
    retrievalTimeoutMs: values.BELVO_RETRIEVAL_TIMEOUT_MS,
  };
}

export function belvoClientFromEnv(overrides: Partial<BelvoClientConfig> = {}): BelvoClient {
  return createBelvoClient({ ...belvoConfigFromEnv(env()), ...overrides });
}
