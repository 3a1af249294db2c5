// The portfolio signals on the database: summaries stored the way a sync stores them (updateSummary),
// then the stored flags, the page's facts, the edges of N and D, and a dismissal. Every test uses
// its own registro patronal and NSS, so the applicants other test files store never count.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { upsertUser, type SessionUser } from "@/lib/auth/users";
import type { EmploymentRecordSnapshot } from "@/lib/belvo";
import { updateSummary } from "@/lib/connect/store-records";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { dismissalInputSchema, dismissSignal, listDismissals } from "./dismissals";
import { portfolioSignals } from "./portfolio";

const DAY = 86_400_000;
const BASE = Date.parse("2026-10-01T15:00:00.000Z");
let lead: SessionUser;

beforeAll(async () => {
  lead = await upsertUser({
    email: `lead-${randomUUID()}@cotiza.test`,
    name: "Luis",
    role: "TEAM_LEAD",
    password: "portfolio-password",
  });
  // The defaults (5 applicants, 30 days); other files may have changed the row.
  await db().organizationSettings.upsert({
    where: { id: 1 },
    create: { id: 1 },
    update: { concentrationApplicants: 5, concentrationDays: 30 },
  });
});

const registro = () => `Y${String(Math.floor(Math.random() * 1e10)).padStart(10, "0")}`;
const nss = () => String(Math.floor(Math.random() * 1e11)).padStart(11, "0");

/** A record whose only job is open at `employerId` (null: no current job), with this NSS. */
function record(options: { employerId: string | null; nss?: string | null; collectedAt?: string }) {
  const collectedAt = options.collectedAt ?? "2026-11-01T12:00:00.000Z";
  const job = {
    employer: "Soluciones Integrales Tepeyac S.A. de C.V.",
    employerId: options.employerId ?? "Z0000000000",
    state: "CIUDAD DE MEXICO",
    startDate: "2024-01-15",
    endDate: options.employerId ? null : "2025-06-30",
    weeksEmployed: 80,
    mostRecentDailySalary: "600.00",
    monthlySalary: null,
    currency: "MXN",
    movements: [{ event: "HIRED", dailySalary: "600.00", date: "2024-01-15" }],
  };
  return {
    id: randomUUID(),
    linkId: randomUUID(),
    createdAt: collectedAt,
    collectedAt,
    reportDate: null,
    personalData: {
      officialName: null,
      firstName: null,
      lastName: null,
      birthDate: null,
      email: null,
      entitlementStatus: options.employerId ? "EMPLOYED" : "UNEMPLOYED",
      entitledToHealthInsurance: null,
      entitledToCompanyBenefits: null,
      entitlementValidUntil: null,
      documents: { curp: null, nss: options.nss ?? null, rfc: null },
    },
    socialSecuritySummary: { weeksContributed: 400, weeksRedeemed: 0, weeksReinstated: 0 },
    jobs: [job],
    scores: null,
    files: [],
  } satisfies EmploymentRecordSnapshot;
}

/** An applicant who applied `day` days after BASE, stored with this record. */
async function applicant(
  day: number,
  summary: Parameters<typeof record>[0],
  curp: string = uniqueCurp(),
) {
  const created = await db().applicant.create({
    data: {
      name: "Solicitante de prueba",
      reference: `SIG-${randomUUID().slice(0, 8)}`,
      institution: "IMSS",
      curpHash: lookupHash(curp),
      createdAt: new Date(BASE + day * DAY),
    },
    select: { id: true, reference: true },
  });
  await updateSummary(created.id, record(summary));
  return { ...created, curp };
}

async function flagsOf(id: string) {
  const row = await db().applicant.findUniqueOrThrow({ where: { id }, select: { flags: true } });
  return row.flags;
}

const concentrated = async (id: string) => (await flagsOf(id)).includes("employer-concentration");

describe("employer concentration", () => {
  it("flags everyone once more than 5 distinct CURPs hold one current employer within 30 days", async () => {
    const employerId = registro();
    const five = [];
    for (const day of [0, 3, 10, 20, 30]) five.push(await applicant(day, { employerId }));
    // Five is the limit, not past it.
    for (const one of five) expect(await concentrated(one.id)).toBe(false);
    expect(await portfolioSignals(five[0]!.id)).toEqual([]);

    // The sixth, 30 days after the first (the edge counts): all six are flagged.
    const sixth = await applicant(30, { employerId });
    for (const one of [...five, sixth]) expect(await concentrated(one.id)).toBe(true);
    const [signal] = await portfolioSignals(sixth.id);
    expect(signal).toMatchObject({
      code: "employer-concentration",
      severity: "warning",
      facts: {
        employer: "Soluciones Integrales Tepeyac S.A. de C.V.",
        employerId,
        applicants: 6,
        days: 30,
        limit: 5,
      },
    });
    if (signal?.code !== "employer-concentration") throw new Error("no concentration signal");
    expect(signal.facts.others.map((other) => other.reference).sort()).toEqual(
      five.map((one) => one.reference).sort(),
    );
  });

  it("six summaries stored at once still see each other", async () => {
    const employerId = registro();
    const six = [];
    for (const day of [0, 1, 2, 3, 4, 5]) six.push(await applicant(day, { employerId: null }));
    const later = "2026-11-20T12:00:00.000Z";
    await Promise.all(
      six.map((one) => updateSummary(one.id, record({ employerId, collectedAt: later }))),
    );
    for (const one of six) expect(await concentrated(one.id)).toBe(true);
  });

  it("counts people, not applications, and only within D days of each other", async () => {
    const employerId = registro();
    const people = [];
    for (const day of [0, 1, 2, 3, 4]) people.push(await applicant(day, { employerId }));
    // The same person applying again is not a sixth person.
    const again = await applicant(5, { employerId }, people[0]!.curp);
    expect(await concentrated(again.id)).toBe(false);
    // Someone 31 days after the first is within 30 days of the others but not the first: the
    // first stays unflagged (its window holds 5 people), the later ones are flagged.
    const late = await applicant(31, { employerId });
    expect(await concentrated(people[0]!.id)).toBe(false);
    expect(await concentrated(people[1]!.id)).toBe(true);
    expect(await concentrated(late.id)).toBe(true);
  });

  it("clears the others' flag when one leaves the employer on a new pull, and follows settings", async () => {
    const employerId = registro();
    const six = [];
    for (const day of [0, 1, 2, 3, 4, 5]) six.push(await applicant(day, { employerId }));
    expect(await concentrated(six[0]!.id)).toBe(true);
    // A new pull: the sixth has no current job any more.
    await updateSummary(
      six[5]!.id,
      record({ employerId: null, collectedAt: "2026-11-20T12:00:00.000Z" }),
    );
    for (const one of six) expect(await concentrated(one.id)).toBe(false);

    // With a limit of 1, two applicants of one employer are already a concentration.
    await db().organizationSettings.update({
      where: { id: 1 },
      data: { concentrationApplicants: 1 },
    });
    try {
      const other = registro();
      const first = await applicant(0, { employerId: other });
      expect(await concentrated(first.id)).toBe(false);
      const second = await applicant(1, { employerId: other });
      expect(await concentrated(first.id)).toBe(true);
      expect(await concentrated(second.id)).toBe(true);
    } finally {
      await db().organizationSettings.update({
        where: { id: 1 },
        data: { concentrationApplicants: 5 },
      });
    }
  });
});

describe("one NSS under two CURPs", () => {
  it("flags both applicants, not the same person applying twice, and clears on a corrected NSS", async () => {
    const shared = nss();
    const first = await applicant(0, { employerId: registro(), nss: shared });
    const again = await applicant(1, { employerId: registro(), nss: shared }, first.curp);
    expect(await flagsOf(first.id)).not.toContain("shared-nss");
    expect(await flagsOf(again.id)).not.toContain("shared-nss");

    const other = await applicant(2, { employerId: registro(), nss: shared });
    for (const one of [first, again, other]) expect(await flagsOf(one.id)).toContain("shared-nss");
    const [signal] = await portfolioSignals(other.id);
    expect(signal).toMatchObject({ code: "shared-nss", severity: "risk" });
    if (signal?.code !== "shared-nss") throw new Error("no shared-NSS signal");
    expect(signal.facts.others.map((one) => one.id).sort()).toEqual([first.id, again.id].sort());

    // A later pull of the other applicant reports another NSS: nobody shares any more.
    await updateSummary(
      other.id,
      record({ employerId: registro(), nss: nss(), collectedAt: "2026-11-20T12:00:00.000Z" }),
    );
    for (const one of [first, again, other])
      expect(await flagsOf(one.id)).not.toContain("shared-nss");
  });
});

describe("dismissing a signal", () => {
  it("keeps it out of the stored flags, also after a recompute, with the reason audited", async () => {
    const shared = nss();
    const first = await applicant(0, { employerId: registro(), nss: shared });
    const second = await applicant(0, { employerId: registro(), nss: shared });
    const reason = "Mismo NSS por error de captura del IMSS; se verificó con la constancia.";
    await dismissSignal(lead, first.id, { code: "shared-nss", reason });
    expect(await flagsOf(first.id)).not.toContain("shared-nss");
    expect(await flagsOf(second.id)).toContain("shared-nss");

    // A new pull recomputes the summary: the dismissed signal stays out.
    await updateSummary(
      first.id,
      record({ employerId: registro(), nss: shared, collectedAt: "2026-11-21T12:00:00.000Z" }),
    );
    expect(await flagsOf(first.id)).not.toContain("shared-nss");
    // The page still shows it, marked dismissed.
    expect((await portfolioSignals(first.id)).map((flag) => flag.code)).toEqual(["shared-nss"]);
    expect(await listDismissals(first.id)).toEqual([
      { code: "shared-nss", reason, dismissedAt: expect.any(String), dismissedBy: "Luis" },
    ]);
    const audit = await db().auditEvent.findMany({
      where: { applicantId: first.id, action: "applicant.signal_dismissed" },
    });
    expect(audit.map((event) => [event.actorId, event.details])).toEqual([
      [lead.id, { code: "shared-nss", reason }],
    ]);

    // Once only.
    const twice = await dismissSignal(lead, first.id, { code: "shared-nss", reason }).catch(
      (error: unknown) => error,
    );
    expect(twice).toBeInstanceOf(AppError);
    expect((twice as AppError).code).toBe("conflict");
  });

  it("dismisses signals only, with a reason of 10 to 500 characters", () => {
    const parse = (input: unknown) => dismissalInputSchema.safeParse(input).success;
    expect(parse({ code: "thin-file", reason: "Revisado con el patrón." })).toBe(true);
    expect(parse({ code: "jobless", reason: "Revisado con el patrón." })).toBe(false);
    expect(parse({ code: "thin-file", reason: "corto" })).toBe(false);
    expect(parse({ code: "thin-file", reason: "x".repeat(501) })).toBe(false);
  });
});
