import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Client from "belvo";
import { PERSONAS } from "./personas";
import type { RunningEmulator } from "./server";
import { testEmulator } from "./testing/harness";
import { assertMatchesOpenApi } from "./testing/openapi";

type Row = Record<string, unknown>;

// The official SDK, unmodified, must work against the emulator as it does against Belvo.
describe("official belvo SDK 0.28.0 against the emulator", () => {
  let emulator: RunningEmulator;
  let client: Client;

  beforeAll(async () => {
    emulator = await testEmulator({ pageSize: 2 });
    client = new Client(emulator.secretId, emulator.secretPassword, emulator.url);
    await client.connect();
  });
  afterAll(() => emulator.close());

  it("refuses wrong keys at connect()", async () => {
    const wrong = new Client(emulator.secretId, "nope", emulator.url);
    const log = console.log;
    console.log = () => undefined;
    try {
      await expect(wrong.connect()).rejects.toThrow("Login failed.");
    } finally {
      console.log = log;
    }
  });

  it("lists institutions, following next across pages", async () => {
    const institutions = (await client.institutions.list()) as Row[];
    assertMatchesOpenApi("GET", `${emulator.url}/api/institutions/`, 200, {
      count: 3,
      next: null,
      previous: null,
      results: institutions,
    });
    expect(institutions.map((item) => item.name)).toEqual([
      "planet_mx_employment",
      "imss_mx_employment",
      "issste_mx_employment",
    ]);
    const planet = institutions[0] as Row;
    expect(planet.id).toBe(9454);
    assertMatchesOpenApi("GET", `${emulator.url}/api/institutions/9454/`, 200, planet);
  });

  it("registers and lists links, retrieves, lists, details and deletes employment records, creates a widget token", async () => {
    const link = (await client.links.register("imss_mx_employment", PERSONAS.stable.curp, "", {
      accessMode: "single",
      externalId: "sdk_test_1",
    })) as Row;
    assertMatchesOpenApi("POST", `${emulator.url}/api/links/`, 201, link);
    expect(link).toMatchObject({
      institution: "imss_mx_employment",
      access_mode: "single",
      status: "valid",
      external_id: "sdk_test_1",
    });

    const second = (await client.links.register(
      "planet_mx_employment",
      PERSONAS.sandbox.curp,
      "fake-password",
    )) as Row;
    expect(second.access_mode).toBe("recurrent");
    await client.links.register("issste_mx_employment", PERSONAS.issste.curp, "");
    const links = (await client.links.list()) as Row[];
    expect(links).toHaveLength(3);
    for (const item of links)
      assertMatchesOpenApi("GET", `${emulator.url}/api/links/${String(item.id)}/`, 200, item);
    expect(
      (await client.links.list({ filters: { institution: "planet_mx_employment" } })).map(
        (item: Row) => item.id,
      ),
    ).toEqual([second.id]);
    expect(((await client.links.detail(link.id)) as Row).id).toBe(link.id);

    const retrieved = (await client.employmentRecords.retrieve(link.id, {
      attachPDF: true,
    })) as Row[];
    assertMatchesOpenApi("POST", `${emulator.url}/api/employment-records/`, 201, retrieved);
    expect(retrieved).toHaveLength(1);
    const record = retrieved[0] as Row;
    expect(record.internal_identification).toBe(PERSONAS.stable.curp);
    // IMSS's weeks report, as a base64 PDF ("JVBERi0" is "%PDF-").
    expect(record.files).toEqual([
      { type: "ReporteSemanasCotizadas_251126", value: expect.stringMatching(/^JVBERi0/) },
    ]);

    await client.employmentRecords.retrieve(link.id, { saveData: true });
    const listed = (await client.employmentRecords.list({
      filters: { link: String(link.id) },
    })) as Row[];
    expect(listed).toHaveLength(2);
    assertMatchesOpenApi("GET", `${emulator.url}/api/employment-records/`, 200, {
      count: 2,
      next: null,
      previous: null,
      results: listed,
    });
    const detail = (await client.employmentRecords.detail(record.id)) as Row;
    assertMatchesOpenApi(
      "GET",
      `${emulator.url}/api/employment-records/${String(record.id)}/`,
      200,
      detail,
    );
    expect(detail.id).toBe(record.id);
    expect(await client.employmentRecords.delete(record.id)).toBe(true);
    expect(await client.employmentRecords.delete(record.id)).toBe(false);

    const token = (await client.widgetToken.create({
      widget: {
        callback_urls: {
          success: "http://app.test/ok",
          exit: "http://app.test/exit",
          event: "http://app.test/event",
        },
      },
    })) as Row;
    expect(String(token.access).split(".")).toHaveLength(3);
    expect(String(token.refresh).split(".")).toHaveLength(3);

    const updated = (await client.links.patch(link.id, { accessMode: "recurrent" })) as Row;
    assertMatchesOpenApi("PATCH", `${emulator.url}/api/links/${String(link.id)}/`, 200, updated);
    expect(updated).toMatchObject({
      access_mode: "recurrent",
      refresh_rate: "7d",
      credentials_storage: "store",
    });
    expect(await client.links.delete(link.id)).toBe(true);
    expect((await client.links.list()) as Row[]).toHaveLength(2);
  });

  it("surfaces Belvo's error array through the SDK's RequestError", async () => {
    const error = (await client.links
      .register("imss_mx_employment", PERSONAS.nssMismatch.curp, "")
      .catch((e: unknown) => e)) as { statusCode: number; detail: Row[] };
    expect(error.statusCode).toBe(400);
    expect(error.detail[0]).toMatchObject({
      code: "invalid_credentials",
      message: "El NSS capturado no coincide con la CURP",
    });
  });
});
