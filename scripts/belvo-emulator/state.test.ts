import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { belvoCaller, testEmulator } from "./testing/harness";

type Row = Record<string, unknown>;

const dir = mkdtempSync(path.join(tmpdir(), "belvo-emulator-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("state", () => {
  it("survives a restart: links, records, query counts, clock and token revocations", async () => {
    const first = await testEmulator({ stateDir: dir, now: undefined });
    const call = belvoCaller(first);
    await fetch(`${first.url}/_emulator/clock`, {
      method: "POST",
      body: JSON.stringify({ now: "2027-02-01T09:00:00Z" }),
    });
    const link = (
      await call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.stable.curp,
        access_mode: "single",
      })
    ).body as Row;
    const record = (
      (await call("POST", "/api/employment-records/", { link: link.id })).body as Row[]
    )[0] as Row;
    await call("POST", "/api/employment-records/", { link: link.id, save_data: false });
    await first.close();
    const file = JSON.parse(
      readFileSync(path.join(dir, "belvo-emulator-state.json"), "utf8"),
    ) as Row;
    expect(file.version).toBe(1);

    const second = await testEmulator({ stateDir: dir, now: undefined });
    const again = belvoCaller(second);
    expect(((await (await fetch(`${second.url}/_emulator/clock`)).json()) as Row).now).toBe(
      "2027-02-01T09:00:00.000Z",
    );
    expect(((await again("GET", `/api/links/${String(link.id)}/`)).body as Row).id).toBe(link.id);
    expect(
      ((await again("GET", `/api/employment-records/${String(record.id)}/`)).body as Row).id,
    ).toBe(record.id);
    // Three queries were spent before the restart: the limit remembers them.
    expect((await again("POST", "/api/employment-records/", { link: link.id })).status).toBe(403);
    await fetch(`${second.url}/_emulator/reset`, { method: "POST" });
    expect((await again("GET", `/api/links/${String(link.id)}/`)).status).toBe(404);
    await second.close();
  });

  it("stateDir: null keeps nothing", async () => {
    const memory = await testEmulator();
    const call = belvoCaller(memory);
    await call("POST", "/api/links/", {
      institution: "imss_mx_employment",
      username: PERSONAS.stable.curp,
    });
    await memory.close();
    const fresh = await testEmulator();
    expect(((await belvoCaller(fresh)("GET", "/api/links/")).body as Row).count).toBe(0);
    await fresh.close();
  });
});
