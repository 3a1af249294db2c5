import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;
type Page = { count: number; next: string | null; previous: string | null; results: Row[] };

const s = emulatorSuite({ pageSize: 2 });

describe("links", () => {
  it("creates a complete Link object", async () => {
    const created = await s.link(PERSONAS.stable.curp, { external_id: "cotiza-42" });
    expect(created).toMatchObject({
      institution: "imss_mx_employment",
      access_mode: "single",
      status: "valid",
      refresh_rate: null,
      credentials_storage: "365d",
      stale_in: null,
      external_id: "cotiza-42",
      fetch_resources: [],
      created_at: "2026-11-25T15:00:00.000Z",
    });
    expect(created.institution_user_id).toMatch(/^[A-Za-z0-9\-=_]{44}$/);
    const again = await s.link(PERSONAS.stable.curp);
    expect(again.institution_user_id).toBe(created.institution_user_id);
    const recurrent = (
      await s.call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.concurrent.curp,
      })
    ).body as Row;
    expect(recurrent).toMatchObject({
      access_mode: "recurrent",
      refresh_rate: "7d",
      credentials_storage: "store",
    });
    expect(recurrent.institution_user_id).not.toBe(created.institution_user_id);
  });

  it("filters, paginates with full next/previous URLs, and shapes with fields/omit", async () => {
    const a = await s.link(PERSONAS.stable.curp, { external_id: "aaa" });
    const b = await s.link(PERSONAS.recentHire.curp, { external_id: "bbb" });
    await s.control("clock", { now: "2026-11-27T10:00:00Z" });
    const c = await s.link(PERSONAS.longGap.curp, { external_id: "ccc" });
    const first = (await s.call("GET", "/api/links/?external_id__in=aaa,bbb,ccc")).body as Page;
    expect(first.count).toBe(3);
    expect(first.results).toHaveLength(2);
    expect(first.next).toBe(`${s.emulator.url}/api/links/?external_id__in=aaa%2Cbbb%2Cccc&page=2`);
    const second = (await s.call("GET", first.next as string)).body as Page;
    expect(second.results.map((row) => row.id)).toEqual([a.id]);
    expect(second.previous).toBe(`${s.emulator.url}/api/links/?external_id__in=aaa%2Cbbb%2Cccc`);
    expect((await s.call("GET", "/api/links/?page=3")).status).toBe(404);
    const ids = async (query: string): Promise<unknown[]> =>
      ((await s.call("GET", `/api/links/?page_size=1000&${query}`)).body as Page).results.map(
        (row) => row.id,
      );
    expect(await ids("created_at__gte=2026-11-26")).toEqual([c.id]);
    expect(await ids("created_at__lt=2026-11-26")).toEqual([b.id, a.id]);
    expect(await ids("created_at__range=2026-11-25,2026-11-25")).toEqual([b.id, a.id]);
    expect(await ids("created_at__gt=2026-11-27T09:00:00Z")).toEqual([c.id]);
    expect(await ids(`id__in=${String(a.id)},${String(c.id)}`)).toEqual([c.id, a.id]);
    expect(await ids(`id=${String(b.id)}`)).toEqual([b.id]);
    expect(await ids("access_mode=recurrent")).toEqual([]);
    expect(((await s.call("GET", "/api/links/?page_size=5000")).body as Page).results).toHaveLength(
      3,
    );
    expect((await s.call("GET", `/api/links/${String(a.id)}/?fields=id,status`)).body).toEqual({
      id: a.id,
      status: "valid",
    });
    const omitted = (
      await s.call("GET", `/api/links/${String(a.id)}/?omit=institution_user_id,created_by`)
    ).body as Row;
    expect(Object.keys(omitted)).not.toContain("institution_user_id");
    expect(omitted.id).toBe(a.id);
  });

  it("updates access mode (PATCH) and credentials (PUT), and deletes with the link's data", async () => {
    const created = await s.link(PERSONAS.stable.curp);
    const patched = await s.call("PATCH", `/api/links/${String(created.id)}/`, {
      access_mode: "recurrent",
    });
    expect(patched.body).toMatchObject({ access_mode: "recurrent", refresh_rate: "7d" });
    expect(
      (await s.call("PATCH", `/api/links/${String(created.id)}/`, { access_mode: "x" })).status,
    ).toBe(400);
    const put = await s.call("PUT", `/api/links/${String(created.id)}/`, { password: "" });
    expect(put.status).toBe(200);
    await s.call("POST", "/api/employment-records/", { link: created.id });
    expect(
      ((await s.call("GET", `/api/employment-records/?link=${String(created.id)}`)).body as Page)
        .count,
    ).toBe(1);
    expect((await s.call("DELETE", `/api/links/${String(created.id)}/`)).status).toBe(204);
    expect((await s.call("GET", `/api/links/${String(created.id)}/`)).status).toBe(404);
    expect(((await s.call("GET", "/api/employment-records/")).body as Page).count).toBe(0);
  });
});
