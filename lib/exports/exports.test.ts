import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { parseQueueParams } from "@/lib/queue/params";
import { encryptField } from "@/lib/crypto/field-encryption";
import { listQueue } from "@/lib/queue/list";
import { seedQueueFixture, type QueueFixture } from "@/lib/queue/testing/fixture";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { parseExportRequest } from "@/lib/exports/request";
import { listExports } from "./log";
import { QUEUE_EXPORT_COLUMN_IDS } from "./queue-columns";
import { download, EXPORT_NOW, EXPORT_TIME_ZONE, member } from "./testing/download";

const NOW = EXPORT_NOW;
const TIME_ZONE = EXPORT_TIME_ZONE;
const REASON = "Reporte mensual para el buró de crédito";
const HOSTILE_EMPLOYER = '=HYPERLINK("http://evil.example","Nómina")';
const ACCENTED_EMPLOYER = 'Peña, "El Güero"\nSucursal Núñez';
let fx: QueueFixture;

/** A snapshot of Ana's records: an older pull and the latest one, which exports must use. */
async function seedRecords(applicantId: string) {
  const snapshot = (collectedAt: string, employer: string) =>
    db().snapshot.create({
      data: {
        applicantId,
        belvoRecordId: randomUUID(),
        collectedAt: new Date(collectedAt),
        payloadCiphertext: encryptField("{}"),
        nssCiphertext: encryptField("12345678901"),
        rfcCiphertext: encryptField("NUAA800101AB1"),
        jobs: {
          create: [
            {
              position: 0,
              employer,
              employerId: "Y5412345108",
              state: "CIUDAD DE MEXICO",
              startDate: new Date("2020-01-15"),
              weeksEmployed: 305,
              lastDailySalary: "833.35",
              monthlySalary: "25000.50",
              movements: {
                create: [
                  { position: 0, event: "ALTA", date: new Date("2020-01-15"), dailySalary: "700" },
                  {
                    position: 1,
                    event: "MODIFICACION SALARIAL",
                    date: new Date("2023-03-01"),
                    dailySalary: "833.35",
                  },
                ],
              },
            },
            {
              position: 1,
              employer: ACCENTED_EMPLOYER,
              employerId: null,
              state: "JALISCO",
              startDate: new Date("2015-02-01"),
              endDate: new Date("2019-12-31"),
              weeksEmployed: 256,
              lastDailySalary: "410.10",
              monthlySalary: "12303.00",
            },
          ],
        },
      },
    });
  await snapshot("2025-01-01T00:00:00Z", "Empleador Anterior SA");
  await snapshot("2026-11-20T00:00:00Z", HOSTILE_EMPLOYER);
}

beforeAll(async () => {
  fx = await seedQueueFixture(NOW);
  // Ties on income and score (broken by id), so a batch boundary can fall inside equal values.
  for (const [index, name] of ["Fer Ortiz", "Gael Díaz", "Hugo Cruz"].entries()) {
    await db().applicant.create({
      data: {
        name: `${fx.token} ${name}`,
        reference: `${fx.token}-t00${index}`,
        institution: "IMSS",
        monthlyIncome: "9000",
        score12: 600,
        currentJobStart: new Date("2026-09-01"),
      },
    });
  }
  await db().applicant.update({
    where: { id: fx.ids.elena },
    data: { curpCiphertext: encryptField(fx.curp) },
  });
  await seedRecords(fx.ids.ana);
});

describe("queue export", () => {
  it.each([
    ["newest first", {}],
    ["by name", { sort: "name" }],
    ["by income, empty last", { sort: "monthlyIncome" }],
    ["by income ascending", { sort: "monthlyIncome", dir: "asc" }],
    ["by tenure", { sort: "tenure" }],
    ["by score ascending", { sort: "score12", dir: "asc" }],
    ["by data age", { sort: "dataAsOf" }],
    ["IMSS only", { institution: "IMSS", sort: "score12" }],
  ])("lists exactly the queue's rows in its order: %s", async (_, params) => {
    const state = parseQueueParams({ q: fx.token, size: "100", ...params });
    const queue = await listQueue({
      user: { id: fx.userId },
      state,
      now: NOW,
      timeZone: TIME_ZONE,
    });
    const lead = await member("TEAM_LEAD");
    const { rows } = await download(lead, "queue", {
      q: fx.token,
      ...params,
      columns: "reference",
    });
    const exported = rows.slice(1).map(([reference]) => reference);
    expect(queue.rows.length).toBeGreaterThan(1);
    expect(exported).toEqual(queue.rows.map((row) => row.reference));
  });

  it("writes the queue's columns by default, with ISO dates and plain amounts", async () => {
    const lead = await member("TEAM_LEAD");
    const { rows } = await download(lead, "queue", { q: `${fx.token} ana` });
    expect(rows).toEqual([
      [
        "Solicitante",
        "Referencia",
        "Estado del dictamen",
        "Institución",
        "Estado de la conexión",
        "Patrón actual",
        "Ingreso mensual estimado (MXN)",
        "Antigüedad (días)",
        "Puntaje de empleabilidad, próximos 12 meses",
        "Señales",
        "Datos al",
        "Asignado a",
      ],
      [
        `${fx.token} Ana Núñez`,
        `${fx.token}-a001`,
        "Pendiente",
        "IMSS",
        "Conexión activa",
        "Grupo Bimbo",
        "25000.50",
        "2506",
        "780",
        "Salario topado",
        "2026-11-20T12:00:00Z",
        "Queue Tester",
      ],
    ]);
  });

  it("writes headers, flags and link status in English when asked, the other values unchanged", async () => {
    const lead = await member("TEAM_LEAD");
    const { rows } = await download(lead, "queue", { q: `${fx.token} ana`, lang: "en" });
    expect(rows).toEqual([
      [
        "Applicant",
        "Reference",
        "Decision status",
        "Institution",
        "Link status",
        "Current employer",
        "Monthly income (MXN)",
        "Tenure (days)",
        "Score, next 12 months",
        "Flags",
        "Data as of",
        "Assigned to",
      ],
      [
        `${fx.token} Ana Núñez`,
        `${fx.token}-a001`,
        "Pending",
        "IMSS",
        "Connected",
        "Grupo Bimbo",
        "25000.50",
        "2506",
        "780",
        "Capped salary",
        "2026-11-20T12:00:00Z",
        "Queue Tester",
      ],
    ]);
    // Without `lang`, the file follows the reader's language.
    expect((await download(lead, "queue", { q: `${fx.token} ana` }, "en")).rows).toEqual(rows);
  });

  it("gives CURP, NSS and RFC in clear to a team lead and masked to an underwriter", async () => {
    const query = `q=${fx.token}&sort=name&columns=reference,curp,nss,rfc`;
    const [leadUser, underwriterUser] = [await member("TEAM_LEAD"), await member("UNDERWRITER")];
    const lead = await download(leadUser, "queue", `${query}&reason=${REASON}`);
    const underwriter = await download(underwriterUser, "queue", query);
    const byRef = (rows: string[][], ref: string) => rows.find((row) => row[0] === ref);
    expect(lead.rows[0]).toEqual(["Referencia", "CURP", "NSS", "RFC"]);
    expect(byRef(lead.rows, `${fx.token}-e005`)).toEqual([`${fx.token}-e005`, fx.curp, "", ""]);
    expect(byRef(lead.rows, `${fx.token}-a001`)).toEqual([
      `${fx.token}-a001`,
      "",
      "12345678901",
      "NUAA800101AB1",
    ]);
    expect(underwriter.rows[0]).toEqual([
      "Referencia",
      "CURP (enmascarado)",
      "NSS (enmascarado)",
      "RFC (enmascarado)",
    ]);
    expect((await download(underwriterUser, "queue", `${query}&lang=en`)).rows[0]).toEqual([
      "Reference",
      "CURP (masked)",
      "NSS (masked)",
      "RFC (masked)",
    ]);
    expect(byRef(underwriter.rows, `${fx.token}-e005`)?.[1]).toBe(
      `${fx.curp.slice(0, 4)}${"•".repeat(12)}${fx.curp.slice(-2)}`,
    );
    expect(byRef(underwriter.rows, `${fx.token}-a001`)?.slice(2)).toEqual([
      "1234•••••01",
      "NUAA•••••••B1",
    ]);
    expect(underwriter.text).not.toContain(fx.curp);
    expect(underwriter.text).not.toContain("12345678901");
    // The log says how each file carried them, and why the lead's left in clear.
    const own = (user: SessionUser) =>
      listExports(user).then((log) => log.entries.find((entry) => entry.actor === user.name));
    expect(await own(leadUser)).toMatchObject({ identifiers: "clear", reason: REASON });
    expect(await own(underwriterUser)).toMatchObject({ identifiers: "masked", reason: null });
  });

  it("refuses an unknown column with a clear error", () => {
    let refused: unknown;
    try {
      parseExportRequest("queue", new URLSearchParams("columns=name,salary"));
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: "bad_request", key: "errors.exports.invalidRequest" });
    expect(
      Object.values((refused as { details?: { fields?: object } }).details?.fields ?? {}),
    ).toEqual(["exports.validation.unknownColumn"]);
  });

  it("refuses a header language it does not have", () => {
    expect(() => parseExportRequest("queue", new URLSearchParams("lang=fr"))).toThrow(
      expect.objectContaining({
        code: "bad_request",
        details: { fields: { lang: "exports.validation.language" } },
      }),
    );
  });
});

describe("employment history exports", () => {
  it("writes one row per job of the latest records, formulas made inert", async () => {
    const user = await member("UNDERWRITER");
    const { rows, text } = await download(user, "jobs", `applicant=${fx.ids.ana}`);
    expect(text.startsWith("\uFEFFReferencia,Solicitante,Patrón")).toBe(true);
    expect(rows.slice(1)).toEqual([
      [
        `${fx.token}-a001`,
        `${fx.token} Ana Núñez`,
        `'${HOSTILE_EMPLOYER}`,
        "Y5412345108",
        "CIUDAD DE MEXICO",
        "2020-01-15",
        "",
        "305",
        "833.35",
        "25000.50",
      ],
      [
        `${fx.token}-a001`,
        `${fx.token} Ana Núñez`,
        ACCENTED_EMPLOYER,
        "",
        "JALISCO",
        "2015-02-01",
        "2019-12-31",
        "256",
        "410.10",
        "12303.00",
      ],
    ]);
    expect(text).not.toContain("Empleador Anterior");
  });

  it("writes one row per salary movement for every applicant the filters match", async () => {
    const user = await member("TEAM_LEAD");
    const { rows } = await download(user, "movements", { q: fx.token });
    expect(rows).toEqual([
      ["Referencia", "Solicitante", "Patrón", "Movimiento", "Fecha", "Salario diario (MXN)"],
      [
        `${fx.token}-a001`,
        `${fx.token} Ana Núñez`,
        `'${HOSTILE_EMPLOYER}`,
        "ALTA",
        "2020-01-15",
        "700.00",
      ],
      [
        `${fx.token}-a001`,
        `${fx.token} Ana Núñez`,
        `'${HOSTILE_EMPLOYER}`,
        "MODIFICACION SALARIAL",
        "2023-03-01",
        "833.35",
      ],
    ]);
  });

  it("answers not found for an applicant that does not exist", async () => {
    const user = await member("TEAM_LEAD");
    await expect(download(user, "jobs", `applicant=${randomUUID()}`)).rejects.toMatchObject({
      code: "not_found",
      key: "errors.applicant.notFound",
    });
  });
});

describe("header language", () => {
  // Every queue column whose cells are values, not labels: flags, link status and Belvo's test
  // institution are worded in the file's language (see the English queue export above).
  const LABEL_COLUMNS: readonly string[] = [
    "flags",
    "linkStatus",
    "institution",
    "decisionStatus",
    "decisionOutcome",
    "decisionReason",
    "signOff",
  ];
  const VALUE_COLUMNS = QUEUE_EXPORT_COLUMN_IDS.filter((id) => !LABEL_COLUMNS.includes(id));

  it.each([
    ["queue", `sort=name&columns=${VALUE_COLUMNS.join(",")}`],
    ["jobs", ""],
    ["movements", ""],
  ] as const)("changes the header row of a %s export, never a value row", async (kind, extra) => {
    const lead = await member("TEAM_LEAD");
    const query = `q=${encodeURIComponent(fx.token)}&reason=${REASON}&${extra}`;
    const es = await download(lead, kind, `${query}&lang=es`);
    const en = await download(lead, kind, `${query}&lang=en`);
    const [esHeader, ...esRows] = es.rows;
    const [enHeader, ...enRows] = en.rows;
    expect(esHeader).toHaveLength(enHeader!.length);
    expect(
      esHeader!.every(
        (header, i) => header !== enHeader![i] || /^(CURP|NSS|RFC|Registro patronal)$/.test(header),
      ),
    ).toBe(true);
    expect(esRows.length).toBeGreaterThan(0);
    expect(esRows).toEqual(enRows);
    // The same bytes after the header row.
    const body = (text: string) => text.slice(text.indexOf("\r\n"));
    expect(body(es.text)).toBe(body(en.text));
  });
});
