import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { emulatorSuite } from "./testing/suite";

const s = emulatorSuite({ extractionDelayMs: 0 });

type Logged = { method: string; path: string; username: string | null };

async function requests(username?: string): Promise<Logged[]> {
  const query = username ? `?username=${encodeURIComponent(username)}` : "";
  const response = await fetch(`${s.emulator.url}/_emulator/requests${query}`);
  return ((await response.json()) as { requests: Logged[] }).requests;
}

describe("the request log", () => {
  it("keeps every Belvo call, and finds a link request by the CURP it named", async () => {
    await s.call("GET", "/api/institutions/");
    await s.createLink(PERSONAS.stable.curp);
    expect((await requests()).map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(["GET /api/institutions/", "POST /api/links/"]),
    );
    expect(await requests(PERSONAS.stable.curp)).toEqual([
      expect.objectContaining({ method: "POST", path: "/api/links/" }),
    ]);
    expect(await requests(PERSONAS.longGap.curp)).toEqual([]);
    // The controls themselves are not Belvo calls.
    expect((await requests()).some((r) => r.path.startsWith("/_emulator/"))).toBe(false);
  });
});
