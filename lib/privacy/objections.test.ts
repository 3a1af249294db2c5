// Oppositions on the database and the emulator: opposing monitoring stops it at Belvo and here and
// refuses turning it on until withdrawn; opposing comparisons takes the applicant out of the
// portfolio signals, theirs and their peers'. Team leads and admins only; audited.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { connectDirect } from "@/lib/connect/connect-direct";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { portfolioSignals, syncPortfolioSignals } from "@/lib/signals/portfolio";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { loadApplicantRights } from "./applicant-rights";
import { objectionInputSchema, recordObjection, withdrawObjection } from "./objections";
import { auditEntries, turnMonitoringOn } from "./testing/rights";

const h = connectHarness();

const note = "El solicitante pidió por escrito que no se le monitoree.";
const turnOn = (id: string) => turnMonitoringOn(h, id);
const auditOf = (applicantId: string) => auditEntries(applicantId, "privacy.objection");

describe("opposing monitoring", () => {
  it("stops it at once, refuses turning it on, and allows it again once withdrawn", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(uniqueCurp(), { accessMode: "RECURRENT" }),
      client: h.client,
    });
    const link = await db().link.findUniqueOrThrow({ where: { applicantId: id } });

    await recordObjection(h.lead, id, { purpose: "MONITORING", note }, h.client);
    expect(await h.client.links.get(link.belvoId)).toMatchObject({ accessMode: "single" });
    expect(await db().link.findUniqueOrThrow({ where: { applicantId: id } })).toMatchObject({
      accessMode: "SINGLE",
      refreshRate: null,
    });
    expect(
      await db().auditEvent.findMany({
        where: { applicantId: id, action: "applicant.monitoring_stopped" },
        select: { details: true },
      }),
    ).toEqual([{ details: { refreshRate: null, reason: "privacy.objection_recorded" } }]);

    await expect(turnOn(id)).rejects.toMatchObject({
      code: "conflict",
      key: "errors.privacy.monitoringOpposed",
    });
    expect(await h.client.links.get(link.belvoId)).toMatchObject({ accessMode: "single" });
    await expect(
      recordObjection(h.lead, id, { purpose: "MONITORING", note }, h.client),
    ).rejects.toMatchObject({ code: "conflict", key: "errors.privacy.objectionExists" });
    expect((await loadApplicantRights(id)).objections).toEqual([
      { purpose: "MONITORING", note, recordedBy: "Luis", recordedAt: expect.any(String) },
    ]);

    await withdrawObjection(h.lead, id, "MONITORING");
    // Withdrawing does not restart monitoring: that needs the applicant's consent again.
    expect(await db().link.findUniqueOrThrow({ where: { applicantId: id } })).toMatchObject({
      accessMode: "SINGLE",
    });
    await expect(turnOn(id)).resolves.toMatchObject({ monitored: true });
    await expect(withdrawObjection(h.lead, id, "MONITORING")).rejects.toMatchObject({
      code: "not_found",
      key: "errors.privacy.objectionNotFound",
    });
    expect(await auditOf(id)).toEqual([
      ["privacy.objection_recorded", h.lead.id, { purpose: "MONITORING", monitoringStopped: true }],
      ["privacy.objection_withdrawn", h.lead.id, { purpose: "MONITORING" }],
    ]);
  });

  it("is for team leads and admins only, and needs a reason", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(uniqueCurp()),
      client: h.client,
    });
    await expect(
      recordObjection(h.user, id, { purpose: "MONITORING", note }, h.client),
    ).rejects.toMatchObject({ code: "forbidden", key: "errors.privacy.rightsNotAllowed" });
    // Without monitoring on, the opposition is only recorded.
    await recordObjection(h.lead, id, { purpose: "MONITORING", note }, h.client);
    await expect(withdrawObjection(h.user, id, "MONITORING")).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await auditOf(id)).toEqual([
      [
        "privacy.objection_recorded",
        h.lead.id,
        { purpose: "MONITORING", monitoringStopped: false },
      ],
    ]);
    const parse = (input: unknown) => objectionInputSchema.safeParse(input).success;
    expect(parse({ purpose: "PORTFOLIO_SIGNALS", note })).toBe(true);
    expect(parse({ purpose: "MARKETING", note })).toBe(false);
    expect(parse({ purpose: "MONITORING", note: "corto" })).toBe(false);
  });
});

/** Two applicants (two people) whose newest records share one NSS: both carry the signal. */
async function sharingAnNss() {
  const nssHash = lookupHash(String(Math.floor(Math.random() * 1e11)).padStart(11, "0"));
  const ids: string[] = [];
  for (const suffix of ["A", "B"]) {
    const created = await db().applicant.create({
      data: {
        name: "Solicitante de prueba",
        reference: `OPP-${randomUUID().slice(0, 8)}${suffix}`,
        institution: "IMSS",
        curpHash: lookupHash(uniqueCurp()),
        nssHash,
      },
      select: { id: true },
    });
    await db().$transaction((tx) =>
      syncPortfolioSignals(tx, created.id, { employerIds: [], nssHashes: [nssHash] }),
    );
    ids.push(created.id);
  }
  return ids as [string, string];
}

const flagsOf = async (id: string) =>
  (await db().applicant.findUniqueOrThrow({ where: { id }, select: { flags: true } })).flags;

describe("opposing comparisons with other applicants", () => {
  it("takes the applicant out of the signals, theirs and their peers', until withdrawn", async () => {
    const [first, second] = await sharingAnNss();
    for (const id of [first, second]) expect(await flagsOf(id)).toContain("shared-nss");

    await recordObjection(h.lead, first, { purpose: "PORTFOLIO_SIGNALS", note }, h.client);
    for (const id of [first, second]) {
      expect(await flagsOf(id)).not.toContain("shared-nss");
      expect(await portfolioSignals(id)).toEqual([]);
    }

    await withdrawObjection(h.lead, first, "PORTFOLIO_SIGNALS");
    for (const id of [first, second]) {
      expect(await flagsOf(id)).toContain("shared-nss");
      expect((await portfolioSignals(id)).map((flag) => flag.code)).toEqual(["shared-nss"]);
    }
    expect(await auditOf(first)).toEqual([
      [
        "privacy.objection_recorded",
        h.lead.id,
        { purpose: "PORTFOLIO_SIGNALS", monitoringStopped: false },
      ],
      ["privacy.objection_withdrawn", h.lead.id, { purpose: "PORTFOLIO_SIGNALS" }],
    ]);
  });
});
