import { describe, expect, it } from "vitest";
import { accessToken } from "./testing/harness";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;

const s = emulatorSuite();

const token = (extra: Row = {}): Promise<string> => accessToken(s.emulator, extra);

describe("widget token", () => {
  it("signs HS512 JWTs with Belvo's claims, valid 10 minutes", async () => {
    const access = await token({ fetch_resources: ["EMPLOYMENT_RECORDS"], stale_in: "300d" });
    const [header, payload] = access
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Row);
    expect(header).toEqual({ alg: "HS512", typ: "JWT" });
    expect(payload).toMatchObject({
      token_type: "access",
      scopes: ["read_institutions", "write_links"],
      environment: "sandbox",
      fetch_resources: ["EMPLOYMENT_RECORDS"],
      stale_in: "300d",
    });
    expect(Number(payload?.exp) - Number(payload?.iat)).toBe(600);
    expect(Number(payload?.iat)).toBe(Date.parse("2026-11-25T15:00:00Z") / 1000);
  });

  it("refuses wrong keys", async () => {
    const reply = await fetch(`${s.emulator.url}/api/token/`, {
      method: "POST",
      body: JSON.stringify({ id: "x", password: "y" }),
    });
    expect(reply.status).toBe(401);
  });
});
