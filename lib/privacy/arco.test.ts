// ARCO requests on the database: the due date in business days from the seeded rest days, the
// checks on what is registered, one answer, the audit on the applicant's trail, and urgency.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { upsertUser, type SessionUser } from "@/lib/auth/users";
import { today } from "@/lib/clock";
import { fromDay, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { answerArcoRequest, arcoInputSchema, listArcoRequests, registerArcoRequest } from "./arco";
import { addBusinessDays } from "./business-days";

let lead: SessionUser;

beforeAll(async () => {
  lead = await upsertUser({
    email: `lead-${randomUUID()}@cotiza.test`,
    name: "Luis",
    role: "TEAM_LEAD",
    password: "privacy-password",
  });
});

const input = (overrides: Record<string, unknown> = {}) =>
  arcoInputSchema.parse({
    type: "ACCESS",
    requesterName: "Mariana Ibáñez Núñez",
    applicantReference: "",
    receivedOn: "2026-11-13",
    identityChecked: "on",
    ...overrides,
  });

const refusal = (promise: Promise<unknown>) => promise.catch((error: unknown) => error as AppError);

describe("registering an ARCO request", () => {
  it("is due 20 business days after it was received, skipping the seeded rest days", async () => {
    // From Friday 13 November 2026: Monday 16 November is a rest day (third Monday).
    const { id, dueOn } = await registerArcoRequest(lead, input());
    expect(dueOn).toBe("2026-12-14");
    expect(addBusinessDays("2026-11-13", 20, new Set())).toBe("2026-12-11");
    const row = await db().arcoRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ type: "ACCESS", status: "OPEN", registeredById: lead.id });
    expect(row.dueOn.toISOString().slice(0, 10)).toBe("2026-12-14");
  });

  it("links the applicant by reference and audits on their trail", async () => {
    const applicant = await db().applicant.create({
      data: {
        name: "Solicitante ARCO",
        reference: `ARCO-${randomUUID().slice(0, 8)}`,
        institution: "IMSS",
      },
    });
    const { id } = await registerArcoRequest(
      lead,
      input({ type: "CANCELLATION", applicantReference: applicant.reference }),
    );
    const events = await db().auditEvent.findMany({
      where: { applicantId: applicant.id },
      select: { action: true, subject: true, details: true },
    });
    expect(events).toEqual([
      {
        action: "privacy.arco_registered",
        subject: id,
        details: { type: "CANCELLATION", receivedOn: "2026-11-13", dueOn: "2026-12-14" },
      },
    ]);
  });

  it("refuses an unknown reference, a day in the future, and an unchecked identity", async () => {
    const unknown = await refusal(
      registerArcoRequest(lead, input({ applicantReference: "NO-SUCH-REF" })),
    );
    expect(unknown).toBeInstanceOf(AppError);
    expect((unknown as AppError).details?.fields).toEqual({
      applicantReference: "privacy.validation.applicantReference",
    });
    const settings = await db().organizationSettings.findUnique({ where: { id: 1 } });
    const tomorrow = fromDay(toDay(today(settings?.timeZone ?? "America/Mexico_City")) + 1);
    const future = await refusal(registerArcoRequest(lead, input({ receivedOn: tomorrow })));
    expect((future as AppError).details?.fields).toEqual({
      receivedOn: "privacy.validation.receivedOn",
    });
    expect(arcoInputSchema.safeParse({ ...input(), identityChecked: null }).success).toBe(false);
    expect(arcoInputSchema.safeParse({ ...input(), receivedOn: "2026-02-30" }).success).toBe(false);
    expect(arcoInputSchema.safeParse({ ...input(), type: "DELETE" }).success).toBe(false);
  });
});

describe("answering and listing", () => {
  it("records one answer, audited; a second is refused", async () => {
    const { id } = await registerArcoRequest(lead, input({ type: "OPPOSITION" }));
    const response = "Se dejó de usar el monitoreo para esta persona; se le informó por correo.";
    await answerArcoRequest(lead, id, { response });
    const row = await db().arcoRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "ANSWERED", response, answeredById: lead.id });
    const again = await refusal(answerArcoRequest(lead, id, { response }));
    expect((again as AppError).code).toBe("conflict");
    const audit = await db().auditEvent.findMany({
      where: { subject: id, action: "privacy.arco_answered" },
    });
    expect(audit).toHaveLength(1);
  });

  it("marks overdue and answered requests, open ones first by due date", async () => {
    const settings = await db().organizationSettings.findUnique({ where: { id: 1 } });
    const todayInZone = today(settings?.timeZone ?? "America/Mexico_City");
    const old = fromDay(toDay(todayInZone) - 60);
    const { id: overdue } = await registerArcoRequest(
      lead,
      input({ requesterName: `Vencida ${randomUUID()}`, receivedOn: old }),
    );
    const { id: fresh } = await registerArcoRequest(
      lead,
      input({ requesterName: `Reciente ${randomUUID()}`, receivedOn: todayInZone }),
    );
    const rows = await listArcoRequests();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(overdue)).toMatchObject({ urgency: "overdue", status: "OPEN" });
    expect(byId.get(overdue)!.businessDaysLeft).toBeLessThan(0);
    expect(byId.get(fresh)).toMatchObject({ urgency: "onTime", businessDaysLeft: 20 });
    const open = rows.filter((row) => row.status === "OPEN").map((row) => row.dueOn);
    expect(open).toEqual([...open].sort());
    const firstAnswered = rows.findIndex((row) => row.status === "ANSWERED");
    if (firstAnswered >= 0)
      expect(rows.slice(firstAnswered).every((row) => row.status === "ANSWERED")).toBe(true);
  });
});
