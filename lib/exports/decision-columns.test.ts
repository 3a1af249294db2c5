import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { parseQueueParams } from "@/lib/queue/params";
import type { QueueExportColumnId } from "./queue-columns";
import { queueExportSql } from "./sql/queue";
import { exportWords } from "./words";
import { download, EXPORT_NOW, EXPORT_TIME_ZONE, member } from "./testing/download";

const token = `D${randomUUID().slice(0, 8)}`;
const DECISION_COLUMNS =
  "reference,decisionStatus,decisionOutcome,decisionReason,decidedBy,decidedAt,signOff,signedOffBy,signedOffAt";
let underwriter: SessionUser;
let lead: SessionUser;

const applicant = (suffix: string, decisionStatus: "PENDING" | "DECLINED" | "APPROVED") =>
  db().applicant.create({
    data: {
      name: `${token} ${suffix}`,
      reference: `${token}-${suffix}`,
      institution: "IMSS",
      decisionStatus,
      decidedAt: decisionStatus === "PENDING" ? null : new Date("2026-11-20T18:00:00Z"),
    },
  });

beforeAll(async () => {
  underwriter = await member("UNDERWRITER", `${token} Ana Analista`);
  lead = await member("TEAM_LEAD", `${token} Leo Líder`);
  // Amended: approved first, then declined with a note. The amendment is the current decision.
  const amended = await applicant("a-amended", "DECLINED");
  const first = await db().decision.create({
    data: {
      applicantId: amended.id,
      decidedById: lead.id,
      outcome: "APPROVE",
      reasonCode: "stable_employment",
      note: "Primera lectura",
      createdAt: new Date("2026-11-18T15:00:00Z"),
    },
  });
  await db().decision.create({
    data: {
      applicantId: amended.id,
      decidedById: underwriter.id,
      outcome: "DECLINE",
      reasonCode: "insufficient_income",
      note: "=1+1 ingreso por debajo del mínimo",
      amendsId: first.id,
      amendReason: "Se recibió el estado de cuenta",
      createdAt: new Date("2026-11-20T18:00:00.123Z"),
    },
  });
  // Approved, signed off by the lead.
  const signed = await applicant("b-signed", "APPROVED");
  await db().decision.create({
    data: {
      applicantId: signed.id,
      decidedById: underwriter.id,
      outcome: "APPROVE",
      reasonCode: "income_sufficient",
      signOff: "SIGNED",
      signedOffById: lead.id,
      signedOffAt: new Date("2026-11-21T09:30:00Z"),
      createdAt: new Date("2026-11-20T17:00:00Z"),
    },
  });
  await applicant("c-pending", "PENDING");
});

const query = (extra: string) => `q=${token}&decision=all&sort=name&${extra}`;

describe("the current decision in the queue export", () => {
  it("writes each applicant's newest decision, its sign-off, and nothing for the undecided", async () => {
    const { rows } = await download(underwriter, "queue", query(`columns=${DECISION_COLUMNS}`));
    expect(rows).toEqual([
      [
        "Referencia",
        "Estado del dictamen",
        "Dictamen",
        "Motivo del dictamen",
        "Dictaminó",
        "Fecha del dictamen",
        "Visto bueno",
        "Visto bueno de",
        "Fecha del visto bueno",
      ],
      [
        `${token}-a-amended`,
        "Rechazado",
        "Rechazar",
        "Ingreso insuficiente para el crédito solicitado",
        underwriter.name,
        "2026-11-20T18:00:00Z",
        "No requerido",
        "",
        "",
      ],
      [
        `${token}-b-signed`,
        "Aprobado",
        "Aprobar",
        "El ingreso respalda el crédito solicitado",
        underwriter.name,
        "2026-11-20T17:00:00Z",
        "Otorgado",
        lead.name,
        "2026-11-21T09:30:00Z",
      ],
      [`${token}-c-pending`, "Pendiente", "", "", "", "", "", "", ""],
    ]);
  });

  it("words the labels in the file's language, the rest unchanged", async () => {
    const { rows } = await download(
      underwriter,
      "queue",
      query(`columns=${DECISION_COLUMNS}&lang=en`),
    );
    expect(rows[0]?.slice(1, 4)).toEqual(["Decision status", "Decision", "Decision reason"]);
    expect(rows[1]?.slice(1, 7)).toEqual([
      "Declined",
      "Decline",
      "Income too low for the requested credit",
      underwriter.name,
      "2026-11-20T18:00:00Z",
      "Not needed",
    ]);
    expect(rows[2]?.[6]).toBe("Signed off");
  });

  it("writes the note only as a column of its own, made inert, never by default", async () => {
    const withNote = await download(underwriter, "queue", query("columns=reference,decisionNote"));
    expect(withNote.rows[0]).toEqual(["Referencia", "Nota del dictamen"]);
    expect(withNote.rows[1]).toEqual([`${token}-a-amended`, "'=1+1 ingreso por debajo del mínimo"]);
    const byDefault = await download(underwriter, "queue", query(""));
    expect(byDefault.rows[0]).not.toContain("Nota del dictamen");
    expect(byDefault.text).not.toContain("por debajo del mínimo");
    expect(byDefault.text).not.toContain("Primera lectura");
  });

  it("reads the note from the database only when its column is chosen", () => {
    const scope = {
      userId: lead.id,
      state: parseQueueParams({ q: token, decision: "all", sort: "name" }),
      applicantId: null,
      now: EXPORT_NOW,
      timeZone: EXPORT_TIME_ZONE,
    };
    const select = (columns: QueueExportColumnId[]) =>
      queueExportSql({ scope, columns, canSeeIdentifiers: false, words: exportWords("es") }).select;
    expect(select(["reference", "decisionOutcome", "signOff"])).not.toContain("d.note");
    expect(select(["reference", "decisionNote"])).toContain("d.note");
  });
});
