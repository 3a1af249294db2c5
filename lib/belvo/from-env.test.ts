import { describe, expect, it } from "vitest";
import { EMULATOR_SECRET_ID, EMULATOR_SECRET_PASSWORD } from "@/lib/belvo/emulator-keys";
import { belvoConfigFromEnv } from "./from-env";

const base = { BELVO_TIMEOUT_MS: 15_000, BELVO_RETRIEVAL_TIMEOUT_MS: 90_000 } as const;

describe("belvoConfigFromEnv", () => {
  it("defaults to the local emulator and its demo keys", () => {
    expect(belvoConfigFromEnv({ ...base, BELVO_ENV: "emulator" })).toEqual({
      baseUrl: "http://127.0.0.1:4010",
      secretId: EMULATOR_SECRET_ID,
      secretPassword: EMULATOR_SECRET_PASSWORD,
      timeoutMs: 15_000,
      retrievalTimeoutMs: 90_000,
    });
  });

  it("picks Belvo's URL per environment, and honours an override", () => {
    const keys = { BELVO_SECRET_ID: "sid", BELVO_SECRET_PASSWORD: "spw" };
    expect(belvoConfigFromEnv({ ...base, ...keys, BELVO_ENV: "sandbox" }).baseUrl).toBe(
      "https://sandbox.belvo.com",
    );
    expect(belvoConfigFromEnv({ ...base, ...keys, BELVO_ENV: "production" }).baseUrl).toBe(
      "https://api.belvo.com",
    );
    expect(
      belvoConfigFromEnv({
        ...base,
        ...keys,
        BELVO_ENV: "emulator",
        BELVO_BASE_URL: "http://localhost:9999",
      }),
    ).toMatchObject({
      baseUrl: "http://localhost:9999",
      secretId: "sid",
    });
  });

  it("refuses real Belvo without keys", () => {
    expect(() => belvoConfigFromEnv({ ...base, BELVO_ENV: "sandbox" })).toThrow(
      /BELVO_SECRET_ID and BELVO_SECRET_PASSWORD/,
    );
  });
});
