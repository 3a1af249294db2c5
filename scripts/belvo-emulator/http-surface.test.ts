import { describe, expect, it } from "vitest";
import { isValidRfc } from "./data/identifiers";
import { PERSONAS } from "./personas";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;
type Page = { count: number; next: string | null; previous: string | null; results: Row[] };

const s = emulatorSuite({ pageSize: 2 });

describe("auth and errors", () => {
  it("answers 401 authentication_failed as an array without valid Basic auth", async () => {
    for (const headers of [
      { Authorization: "" },
      { Authorization: `Basic ${Buffer.from("a:b").toString("base64")}` },
    ]) {
      const reply = await s.call("GET", "/api/links/", undefined, headers);
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual([
        {
          code: "authentication_failed",
          message: "Invalid Secret Keys",
          request_id: expect.stringMatching(/^[a-f0-9]{32}$/),
        },
      ]);
    }
    expect((await s.call("GET", "/api/")).status).toBe(200);
  });

  it("404s unknown ids and paths, 405s wrong methods, redirects a missing trailing slash", async () => {
    const missing = await s.call("GET", "/api/links/00000000-0000-4000-8000-000000000000/");
    expect(missing.status).toBe(404);
    expect((missing.body as Row[])[0]).toMatchObject({ code: "not_found", message: "Not found" });
    expect((await s.call("GET", "/api/institutions/1/")).status).toBe(404);
    expect((await s.call("PUT", "/api/institutions/")).status).toBe(405);
    const noSlash = await s.call("GET", "/api/institutions");
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.get("location")).toBe("/api/institutions/");
  });
});

describe("institutions", () => {
  it("exposes the three employment institutions with their CURP form field", async () => {
    const reply = await s.call("GET", "/api/institutions/?page_size=10");
    const page = reply.body as Page;
    expect(page.count).toBe(3);
    const planet = page.results[0] as Row;
    expect(planet).toMatchObject({
      id: 9454,
      name: "planet_mx_employment",
      display_name: "Planet Express Employment",
      code: "9454",
      resources: ["EMPLOYMENT_RECORDS", "OWNERS"],
      features: [],
      status: "healthy",
    });
    expect((planet.form_fields as Row[])[0]).toMatchObject({
      name: "username",
      validation: "^([A-Z]{4})([0-9]{6})([A-Z]{6})([A-Z0-9]{2})$",
      validation_message: "La CURP tiene que ser de 18 caracteres y mayúsculas",
    });
    const issste = (await s.call("GET", "/api/institutions/?name=issste_mx_employment"))
      .body as Page;
    expect((issste.results[0]?.form_fields as Row[]).map((field) => field.name)).toEqual([
      "username",
      "username2",
    ]);
    expect((await s.call("GET", "/api/institutions/9454/?fields=id,name")).body).toEqual({
      id: 9454,
      name: "planet_mx_employment",
    });
  });
});

describe("IMSS-only resources", () => {
  it("serves current employments and employment metrics for IMSS links only", async () => {
    const imss = await s.link(PERSONAS.concurrent.curp);
    const current = await s.call("POST", "/api/mx/current-employments/", { link: imss.id });
    expect(current.status).toBe(201);
    const item = (current.body as Row[])[0] as Row;
    expect(item).toMatchObject({
      month: "2026-11",
      internal_identification: PERSONAS.concurrent.curp,
      status: "EMPLOYED",
    });
    expect(item.employers).toHaveLength(2);
    for (const employer of item.employers as Row[]) {
      expect(isValidRfc(String(employer.rfc)), String(employer.rfc)).toBe(true);
      expect(String(employer.rfc)).toHaveLength(12);
      expect(employer).toMatchObject({
        days_employed: expect.any(Number),
        base_salary: expect.any(Number),
        monthly_salary: expect.any(Number),
        employer_id: expect.stringMatching(/^[A-Z]\d{10}$/),
      });
    }
    expect((item.personal_data as Row).curp).toBe(PERSONAS.concurrent.curp);
    expect((await s.call("GET", `/api/mx/current-employments/${String(item.id)}/`)).status).toBe(
      200,
    );
    expect(
      ((await s.call("GET", `/api/mx/current-employments/?link=${String(imss.id)}`)).body as Page)
        .count,
    ).toBe(1);
    const metric = (
      (await s.call("POST", "/api/employment-metrics/", { link: imss.id })).body as Row[]
    )[0] as Row;
    expect(metric).toMatchObject({ current_status: "EMPLOYED", current_employer_count: 2 });
    expect(metric.weeks_with_multiple_employers).toBeGreaterThan(50);
    expect((await s.call("DELETE", `/api/employment-metrics/${String(metric.id)}/`)).status).toBe(
      204,
    );

    const issste = (
      await s.call("POST", "/api/links/", {
        institution: "issste_mx_employment",
        username: PERSONAS.issste.curp,
        access_mode: "single",
      })
    ).body as Row;
    for (const path of ["/api/mx/current-employments/", "/api/employment-metrics/"]) {
      expect(((await s.call("POST", path, { link: issste.id })).body as Row[])[0]).toMatchObject({
        code: "unsupported_operation",
      });
    }
    const dismissed = await s.link(PERSONAS.dismissed.curp);
    const unemployed = (
      (await s.call("POST", "/api/mx/current-employments/", { link: dismissed.id })).body as Row[]
    )[0] as Row;
    expect(unemployed).toMatchObject({
      status: "UNEMPLOYED",
      month: null,
      internal_identification: null,
      employers: [],
    });
  });
});
