import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/users";
import { encryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { QUEUE_EXPORT_COLUMN_IDS } from "./queue-columns";
import { parseExportRequest, type ExportKind } from "./request";
import { download, EXPORT_NOW, EXPORT_TIME_ZONE, member } from "./testing/download";
import { rowExportText } from "./testing/row-export";

// The files PostgreSQL writes (COPY) against the files the row-by-row path wrote, byte for byte,
// on values chosen to break a naive translation: formula starts, quotes, commas, line breaks, empty
// text, ISSSTE's "agency;employer", codes this version does not know, and identifiers.
const token = `P${randomUUID().slice(0, 8)}`;
const REASON = "Conciliación mensual con el buró de crédito";
let lead: SessionUser;
let underwriter: SessionUser;

const NAMES = [
  "=SUM(A1:A9)",
  "-12.50",
  "-1e5",
  "+52 55 1234",
  "@mención",
  "\tTabulador",
  "\rRetorno",
  'Peña, "El Güero"\nNúñez',
  "",
  "\\.",
  "\u0001Marca",
  "Ana Núñez",
];
const EMPLOYERS = [
  "SEP;Secretaría de Educación Pública",
  "SEP;sep",
  "  Grupo Bimbo  ",
  "   ",
  "",
  "=HYPERLINK(1)",
  "\u0001raro",
  "A ; B ; a",
  null,
  'Bimbo, S.A. "X"\r\nPlanta',
  "\u00a0Nómina\u3000",
  ";",
];

async function seed() {
  for (const [index, name] of NAMES.entries()) {
    const employer = EMPLOYERS[index % EMPLOYERS.length] ?? null;
    const applicant = await db().applicant.create({
      data: {
        name,
        reference: `${token}-${String(index).padStart(2, "0")}`,
        institution: (["IMSS", "ISSSTE", "SANDBOX"] as const)[index % 3]!,
        currentEmployer: employer,
        employmentStatus: index % 4 === 0 ? "=activo" : index % 4 === 1 ? "" : "Empleado",
        currentJobStart: index % 5 === 0 ? null : new Date(Date.UTC(2020 + (index % 8), index, 3)),
        monthlyIncome: index % 6 === 0 ? null : index % 6 === 1 ? "-5.50" : `${index * 1234}.5`,
        score12: index % 7 === 0 ? null : 300 + index * 40,
        flags: [[], ["capped-salary"], ["jobless", "=evil", "recent-hire"], ["unknown-code"]][
          index % 4
        ],
        dataAsOf: index % 3 === 0 ? null : new Date(EXPORT_NOW.getTime() - index * 86_400_123),
        curpCiphertext:
          index % 2 ? encryptField(`SOTE800101MDFRRL${String(index).padStart(2, "0")}`) : null,
        assignedToId: index % 3 === 1 ? lead.id : null,
        decisionStatus: (["PENDING", "APPROVED", "DECLINED", "REFERRED"] as const)[index % 4]!,
        createdAt: new Date(EXPORT_NOW.getTime() - (index % 5) * 3_600_000 - 777),
      },
    });
    if (index % 3 !== 2) {
      await db().link.create({
        data: {
          applicantId: applicant.id,
          belvoId: randomUUID(),
          institution: "imss_mx_employment",
          accessMode: index % 2 ? "RECURRENT" : "SINGLE",
          status: (["VALID", "INVALID", "TOKEN_REQUIRED"] as const)[index % 3]!,
          belvoCreatedAt: EXPORT_NOW,
        },
      });
    }
    if (index % 4 !== 0) {
      await db().decision.create({
        data: {
          applicantId: applicant.id,
          decidedById: index % 2 ? underwriter.id : null,
          outcome: (["APPROVE", "DECLINE", "REFER"] as const)[index % 3]!,
          reasonCode: index % 5 === 0 ? "retired_reason" : "income_sufficient",
          note: [null, "", "=1+1 nota", "línea uno\nlínea, dos"][index % 4],
          signOff: ([null, "REQUIRED", "SIGNED", "RETURNED"] as const)[index % 4],
          signedOffById: index % 4 === 2 ? lead.id : null,
          signedOffAt: index % 4 === 2 ? new Date("2026-11-21T09:30:00.999Z") : null,
          createdAt: new Date(`2026-11-2${index % 10}T18:00:00.5${index}Z`),
        },
      });
    }
    if (index % 5 === 4) continue;
    // An older pull, then the latest one, whose jobs and movements the history files write.
    for (const collectedAt of ["2025-01-01T00:00:00Z", "2026-11-20T00:00:00Z"]) {
      await db().snapshot.create({
        data: {
          applicantId: applicant.id,
          belvoRecordId: randomUUID(),
          collectedAt: new Date(collectedAt),
          payloadCiphertext: encryptField("{}"),
          nssCiphertext: index % 3 ? encryptField(`1234567890${index % 10}`) : null,
          rfcCiphertext: index % 2 ? encryptField("NUAA800101AB1") : encryptField(""),
          jobs: {
            create: (index % 7 === 3 ? [] : [0, 1]).map((position) => ({
              position,
              employer: EMPLOYERS[(index + position + 1) % EMPLOYERS.length] ?? "-",
              employerId: position ? null : "=Y5412345108",
              state: position ? "" : "CIUDAD DE MEXICO",
              startDate: new Date(Date.UTC(2015 + position, index % 12, 1)),
              endDate: position ? new Date("2019-12-31") : null,
              weeksEmployed: position ? null : 305,
              lastDailySalary: position ? null : "-833.35",
              monthlySalary: "25000.50",
              movements: {
                create: [0, 1].map((at) => ({
                  position: at,
                  event: at ? "@MODIFICACION" : "ALTA",
                  date: new Date(Date.UTC(2020, at, 15)),
                  dailySalary: at ? null : "700",
                })),
              },
            })),
          },
        },
      });
    }
  }
}

beforeAll(async () => {
  lead = await member("TEAM_LEAD", `${token} Leo, "Líder"`);
  underwriter = await member("UNDERWRITER", `=${token} Ana`);
  await seed();
});

async function same(kind: ExportKind, user: SessionUser, query: string, lang: Locale = "es") {
  const params = new URLSearchParams(`${query}&lang=${lang}`);
  const request = parseExportRequest(kind, params, lang);
  const expected = await rowExportText({ ...request, columns: request.columns ?? [] }, user, {
    userId: user.id,
    state: request.state,
    applicantId: request.applicantId,
    now: EXPORT_NOW,
    timeZone: EXPORT_TIME_ZONE,
  });
  const { text, rows } = await download(user, kind, params.toString(), lang);
  expect(rows.length).toBeGreaterThan(1);
  expect(text).toBe(expected);
}

const ALL = `columns=${QUEUE_EXPORT_COLUMN_IDS.join(",")}`;
const SORTS = ["createdAt", "name", "tenure", "monthlyIncome", "score12", "dataAsOf"];

describe("files written by COPY", () => {
  it.each(
    SORTS.flatMap((sort) => [`sort=${sort}`, `sort=${sort}&dir=asc`]).map((order) => [order]),
  )("match the row-by-row files for every queue column: %s", async (order) => {
    await same("queue", lead, `q=${token}&decision=all&${order}&${ALL}&reason=${REASON}`);
  });

  it.each([
    ["es", "lead"],
    ["en", "lead"],
    ["es", "underwriter"],
    ["en", "underwriter"],
  ] as const)("match in %s for a %s, identifiers in clear or masked", async (lang, who) => {
    const user = who === "lead" ? lead : underwriter;
    await same("queue", user, `q=${token}&decision=all&${ALL}&reason=${REASON}`, lang);
  });

  it("match with a few columns chosen, and with the default worklist", async () => {
    await same("queue", underwriter, `q=${token}&columns=reference,flags,decisionNote,curp`);
    await same("queue", underwriter, `q=${token}&columns=name,currentEmployer&sort=name`);
  });

  it.each([["jobs"], ["movements"]] as const)(
    "match the row-by-row %s file, in both languages",
    async (kind) => {
      await same(kind, lead, `q=${token}&decision=all&sort=name`);
      await same(kind, underwriter, `q=${token}&decision=all&sort=score12&dir=asc`, "en");
    },
  );

  it("match for one applicant", async () => {
    const one = await db().applicant.findFirstOrThrow({ where: { reference: `${token}-01` } });
    await same("jobs", lead, `applicant=${one.id}`);
    await same("queue", lead, `applicant=${one.id}&${ALL}&reason=${REASON}`);
  });
});
