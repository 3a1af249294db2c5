// The access package on the database: every table that mentions the applicant has its section,
// with every row about them (the list of tables read from the database's catalog), identifiers
// in clear, staff by name only, and nothing about another applicant.
import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { assignApplicant } from "@/lib/applicant/assignment";
import { recordDecision } from "@/lib/applicant/decisions";
import { recordAudit } from "@/lib/audit";
import { connectDirect } from "@/lib/connect/connect-direct";
import { refreshApplicant } from "@/lib/connect/refresh-applicant";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { today } from "@/lib/clock";
import { db } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/catalog";
import { notify } from "@/lib/notifications/notify";
import { issueReport } from "@/lib/report/issue";
import { dismissSignal } from "@/lib/signals/dismissals";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { buildAccessPackage, type AccessPackage } from "./access-package";
import { OTHER_PERSON } from "./access-package-others";
import { arcoInputSchema, registerArcoRequest } from "./arco";
import { applicantTables, rowsAbout } from "./testing/applicant-tables";

vi.mock("next-intl/server", () => ({
  getLocale: async () => "es",
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "es", messages: messagesFor("es"), namespace } as never),
}));

const h = connectHarness();

type Person = { id: string; name: string; reference: string; curp: string; email: string };

async function connectPerson(name: string): Promise<Person> {
  const curp = uniqueCurp();
  const email = `${randomUUID().slice(0, 8)}@correo.test`;
  const input = applicantInput(curp, { name, email });
  const id = await connectDirect({ user: h.user, input, client: h.client });
  return { id, name, reference: input.reference, curp, email };
}

async function registerAccess(reference: string, requesterName: string) {
  const settings = await db().organizationSettings.findUnique({ where: { id: 1 } });
  return registerArcoRequest(
    h.lead,
    arcoInputSchema.parse({
      type: "ACCESS",
      requesterName,
      applicantReference: reference,
      receivedOn: today(settings?.timeZone ?? "America/Mexico_City"),
      identityChecked: "on",
    }),
  );
}

/** Records of every kind the app keeps about `person`, made as the app makes them where it can. */
async function fillRecords(person: Person, other: Person) {
  const { id } = person;
  await refreshApplicant(h.user, id, h.client);
  await assignApplicant(h.lead, id, h.user.id);
  await recordDecision(h.user, id, {
    outcome: "REFER",
    reasonCode: "capped_salary",
    note: "Pedir recibos de nómina",
  });
  await dismissSignal(h.user, id, {
    code: "shared-nss",
    reason: `Comparte NSS con ${other.reference} (${other.name}, CURP ${other.curp}), su hermano.`,
  });
  await issueReport(h.lead, { applicantId: id, snapshotId: null, locale: "es" });
  await notify({ userIds: [h.lead.id], kind: "alertRaised", applicantId: id });
  await registerAccess(person.reference, person.name);
  const [newest] = await db().snapshot.findMany({
    where: { applicantId: id },
    orderBy: { collectedAt: "desc" },
    take: 2,
  });
  const link = await db().link.findUniqueOrThrow({ where: { applicantId: id } });
  const at = new Date();
  await db().$transaction([
    db().snapshotChange.create({
      data: {
        applicantId: id,
        snapshotId: newest!.id,
        previousSnapshotId: newest!.id,
        kind: "SALARY_CHANGE",
        details: { employer: "Tiendas del Norte", from: "500.00", to: "450.00" },
      },
    }),
    db().alert.create({
      data: {
        applicantId: id,
        sourceKey: `test:${randomUUID()}`,
        kind: "SALARY_CUT",
        severity: "HIGH",
        status: "ACKNOWLEDGED",
        details: { employer: "Tiendas del Norte", from: "500.00", to: "450.00", pct: -10 },
        recipientId: h.lead.id,
        acknowledgedAt: at,
        acknowledgedById: h.lead.id,
        note: `Mismo patrón que ${other.reference}; se revisó con el solicitante.`,
      },
    }),
    db().invite.create({
      data: {
        tokenHash: randomUUID(),
        applicantName: person.name,
        reference: person.reference,
        status: "COMPLETED",
        applicantId: id,
        belvoLinkId: link.belvoId,
        createdById: h.lead.id,
        expiresAt: at,
      },
    }),
    db().webhookEvent.create({
      data: {
        webhookId: randomUUID(),
        webhookType: "EMPLOYMENT_RECORDS",
        webhookCode: "historical_update",
        belvoLinkId: link.belvoId,
        data: {},
      },
    }),
    db().consentRevocation.create({
      data: {
        applicantId: id,
        revokedOn: new Date("2026-01-05T00:00:00.000Z"),
        channel: "EMAIL",
        note: "Lo pidió por correo.",
        recordedById: h.lead.id,
        recordedAt: at,
      },
    }),
    db().dataObjection.create({
      data: { applicantId: id, purpose: "MONITORING", recordedById: h.lead.id, recordedAt: at },
    }),
    db().dataDispute.create({
      data: {
        applicantId: id,
        subject: "El salario en Tiendas del Norte",
        // Another person's identifiers as staff may write them: any case, grouped, unknown to Cotiza.
        reason: `Dice que ganaba más en 2024. Su hermano (curp ${other.curp.toLowerCase()}, NSS 12-34-56-7890-1, RFC ${other.curp.slice(0, 10)}XY3, hermano.perez@example.com)`,
        recordedById: h.lead.id,
        recordedAt: at,
      },
    }),
  ]);
  await recordAudit({
    actorId: h.lead.id,
    action: "applicant.viewed",
    applicantId: id,
    details: { comparedWith: other.id },
  });
}

let first: Person;
let second: Person;
let pkg: AccessPackage;
let json: string;

beforeAll(async () => {
  first = await connectPerson("Mariana Ibáñez Núñez");
  second = await connectPerson("Óscar Peña Ruiz");
  // The other person has records of their own, which must stay out of the first one's package.
  await recordDecision(h.user, second.id, {
    outcome: "REFER",
    reasonCode: "stale_data",
    note: null,
  });
  await registerAccess(second.reference, second.name);
  await fillRecords(first, second);
  pkg = await buildAccessPackage(first.id);
  json = JSON.stringify(pkg);
}, 120_000);

describe("the access package", () => {
  it("has a section for every table that mentions the applicant, with every row about them", async () => {
    const parsed = JSON.parse(json) as { sections: Record<string, unknown[]> };
    const tables = await applicantTables();
    // The catalog found the tables we know of, so the check below is not vacuous.
    expect([...tables.keys()]).toEqual(
      expect.arrayContaining(["applicants", "snapshots", "salary_movements", "audit_events"]),
    );
    const counts: Record<string, { database: number; package: number | null }> = {};
    for (const [table, condition] of tables)
      counts[table] = {
        database: await rowsAbout(table, condition, first.id),
        package: parsed.sections[table]?.length ?? null,
      };
    const complete = Object.fromEntries(
      Object.entries(counts).map(([table, { database }]) => [
        table,
        { database, package: database },
      ]),
    );
    expect(counts).toEqual(complete);
    // The test filled every one of them: a table without rows would prove nothing.
    const empty = Object.entries(counts).filter(([, count]) => count.database === 0);
    expect(empty.map(([table]) => table)).toEqual([]);
  });

  it("gives the identifiers in clear, and staff by name only", async () => {
    const [applicant] = pkg.sections.applicants;
    expect(applicant).toMatchObject({
      id: first.id,
      name: first.name,
      reference: first.reference,
      curp: first.curp,
      email: first.email,
      assignedTo: { name: "Ana" },
    });
    expect(json).not.toMatch(/Ciphertext|tokenHash|curpHash|nssHash|passwordHash/);
    const newest = pkg.sections.snapshots.at(-1);
    expect(newest?.nss).toMatch(/^\d{11}$/);
    expect(newest?.record).toMatchObject({ personalData: { documents: { curp: first.curp } } });
    for (const staff of [h.user, h.lead]) {
      expect(json).not.toContain(staff.id);
      expect(json).not.toContain(staff.email);
    }
    const assigned = pkg.sections.audit_events.find(
      (event) => event.action === "applicant.assigned",
    );
    expect(assigned).toMatchObject({ actor: { name: "Luis" }, details: { to: "Ana" } });
    expect(pkg.sections.decisions[0]).toMatchObject({
      outcome: "REFER",
      note: "Pedir recibos de nómina",
      decidedBy: { name: "Ana" },
    });
    expect(pkg.sections.invites[0]).toMatchObject({ createdBy: { name: "Luis" } });
    expect(pkg.sections.consent_revocations[0]).toMatchObject({ revokedOn: "2026-01-05" });
    expect(pkg.sections.webhook_events).toHaveLength(1);
  });

  it("holds nothing about another applicant, even where staff named them", async () => {
    const theirs = await db().applicant.findUniqueOrThrow({
      where: { id: second.id },
      include: { link: true, snapshots: true, decisions: true, arcoRequests: true },
    });
    const traces = [
      second.id,
      second.name,
      second.reference,
      second.curp,
      second.email,
      theirs.link!.belvoId,
      ...theirs.snapshots.map((snapshot) => snapshot.id),
      ...theirs.decisions.map((decision) => decision.id),
      ...theirs.arcoRequests.map((request) => request.id),
    ];
    for (const trace of traces) expect(json).not.toContain(trace);
    expect(pkg.sections.signal_dismissals[0]?.reason).toBe(
      `Comparte NSS con ${OTHER_PERSON} (${OTHER_PERSON}, CURP ${OTHER_PERSON}), su hermano.`,
    );
    expect(pkg.sections.alerts[0]?.note).toContain(`Mismo patrón que ${OTHER_PERSON};`);
    expect(pkg.sections.data_disputes[0]?.reason).toBe(
      `Dice que ganaba más en 2024. Su hermano (curp ${OTHER_PERSON}, NSS ${OTHER_PERSON}, RFC ${OTHER_PERSON}, ${OTHER_PERSON})`,
    );
    // The person's own words stay whole.
    expect(json).toContain("Pedir recibos de nómina");
    expect(json).toContain(first.name);
  });

  it("reads an unknown applicant as not found", async () => {
    await expect(buildAccessPackage(randomUUID())).rejects.toMatchObject({ code: "not_found" });
  });
});
