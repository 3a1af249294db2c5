import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { sampleCurp } from "./testing/harness";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;
type Page = { count: number; next: string | null; previous: string | null; results: Row[] };

const s = emulatorSuite({ pageSize: 2 });

describe("employment records", () => {
  it("retrieves with 201, 200 for save_data=false, 202 only for the exact async header", async () => {
    const created = await s.link(PERSONAS.stable.curp);
    const saved = await s.call("POST", "/api/employment-records/", { link: created.id });
    expect(saved.status).toBe(201);
    expect((saved.body as Row[])[0]?.files).toBeUndefined();
    const unsaved = await s.call(
      "POST",
      "/api/employment-records/?fields=id,internal_identification",
      { link: created.id, save_data: false, attach_pdf: true },
    );
    expect(unsaved.status).toBe(200);
    expect(Object.keys((unsaved.body as Row[])[0] ?? {})).toEqual([
      "id",
      "internal_identification",
    ]);
    expect(((await s.call("GET", "/api/employment-records/")).body as Page).count).toBe(1);
    const other = await s.link(PERSONAS.recentHire.curp);
    const upper = await s.call(
      "POST",
      "/api/employment-records/",
      { link: other.id, save_data: false },
      { "X-Belvo-Request-Mode": "ASYNC" },
    );
    expect(upper.status).toBe(200);
  });

  it("validates the retrieval body", async () => {
    const created = await s.link(PERSONAS.stable.curp);
    expect(((await s.call("POST", "/api/employment-records/", {})).body as Row[])[0]).toMatchObject(
      { code: "required", field: "link" },
    );
    expect(
      ((await s.call("POST", "/api/employment-records/", { link: "nope" })).body as Row[])[0],
    ).toMatchObject({ code: "invalid", field: "link" });
    expect(
      (
        (
          await s.call("POST", "/api/employment-records/", {
            link: "00000000-0000-4000-8000-000000000000",
          })
        ).body as Row[]
      )[0],
    ).toMatchObject({ code: "does_not_exist", field: "link" });
    expect(
      (
        (await s.call("POST", "/api/employment-records/", { link: created.id, save_data: "yes" }))
          .body as Row[]
      )[0],
    ).toMatchObject({ code: "invalid", field: "save_data" });
  });

  it("limits deletes to 5 per minute of the emulator clock (429 with Retry-After)", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const created = await s.link(sampleCurp(i));
      ids.push(
        ...(
          (await s.call("POST", "/api/employment-records/", { link: created.id })).body as Row[]
        ).map((row) => String(row.id)),
      );
    }
    for (const id of ids.slice(0, 5))
      expect((await s.call("DELETE", `/api/employment-records/${id}/`)).status).toBe(204);
    const throttled = await s.call("DELETE", `/api/employment-records/${ids[5] ?? ""}/`);
    expect(throttled.status).toBe(429);
    expect((throttled.body as Row[])[0]).toMatchObject({ code: "throttled" });
    expect(throttled.headers.get("retry-after")).toBe("60");
    await s.control("clock", { advance_ms: 60_000 });
    expect((await s.call("DELETE", `/api/employment-records/${ids[5] ?? ""}/`)).status).toBe(204);
  });

  it("filters by link, link__in, id and collected_at, and pages with page_size", async () => {
    const a = await s.link(sampleCurp(20));
    const b = await s.link(sampleCurp(21));
    const first = (
      (await s.call("POST", "/api/employment-records/", { link: a.id })).body as Row[]
    )[0] as Row;
    await s.control("clock", { advance_days: 2 });
    const second = (
      (await s.call("POST", "/api/employment-records/", { link: b.id })).body as Row[]
    )[0] as Row;
    const ids = async (query: string): Promise<unknown[]> =>
      ((await s.call("GET", `/api/employment-records/?${query}`)).body as Page).results.map(
        (row) => row.id,
      );
    expect(await ids(`link=${String(a.id)}`)).toEqual([first.id]);
    expect(await ids(`link__in=${String(a.id)},${String(b.id)}`)).toEqual([second.id, first.id]);
    expect(await ids(`id=${String(second.id)}`)).toEqual([second.id]);
    expect(await ids("collected_at__gte=2026-11-26")).toEqual([second.id]);
    expect(await ids("collected_at__lte=2026-11-25")).toEqual([first.id]);
    const page = (await s.call("GET", "/api/employment-records/?page_size=1&page=2")).body as Page;
    expect(page.results.map((row) => row.id)).toEqual([first.id]);
    expect(page.previous).toBe(`${s.emulator.url}/api/employment-records/?page_size=1`);
    expect(page.next).toBeNull();
  });
});
