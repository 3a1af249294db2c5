import { describe, expect, it } from "vitest";
import { parseEnv, sandboxInstitutionEnabled } from "./env";

const PINNED = "2026-11-16T16:00:00Z";

describe("env", () => {
  it("pins the clock for a demo on a local database", () => {
    const env = parseEnv({ COTIZA_NOW: PINNED, DATABASE_URL: "postgresql://x@127.0.0.1:5432/x" });
    expect(env.COTIZA_NOW).toBe(PINNED);
  });

  it("refuses a pinned clock with a database on another machine", () => {
    expect(() =>
      parseEnv({ COTIZA_NOW: PINNED, DATABASE_URL: "postgresql://x@db.example.com:5432/x" }),
    ).toThrow("refused with a non-local database");
  });

  it("names the variables that do not parse", () => {
    expect(() => parseEnv({ COTIZA_NOW: "last tuesday", BELVO_ENV: "staging" })).toThrow(
      /COTIZA_NOW.*BELVO_ENV|BELVO_ENV.*COTIZA_NOW/,
    );
  });

  it("offers the sandbox institution only where configured, by default outside production", () => {
    expect(sandboxInstitutionEnabled(parseEnv({}))).toBe(true);
    expect(sandboxInstitutionEnabled(parseEnv({ BELVO_ENV: "production" }))).toBe(false);
    expect(
      sandboxInstitutionEnabled(
        parseEnv({ BELVO_ENV: "production", COTIZA_SANDBOX_INSTITUTION: "on" }),
      ),
    ).toBe(true);
    expect(sandboxInstitutionEnabled(parseEnv({ COTIZA_SANDBOX_INSTITUTION: "off" }))).toBe(false);
  });
});
