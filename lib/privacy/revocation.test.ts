// Revoking consent on the database and the emulator: the Belvo link is deleted there and here,
// monitoring stops, the stored records stay, refreshes and monitoring are refused afterwards, a
// second revocation is a conflict, and the applicant's trail says so.
import { describe, expect, it } from "vitest";
import { connectDirect } from "@/lib/connect/connect-direct";
import { refreshApplicant } from "@/lib/connect/refresh-applicant";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { fromDay, isoDate, toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { loadApplicantRights } from "./applicant-rights";
import { auditEntries, turnMonitoringOn } from "./testing/rights";
import { revocationInputSchema, revokeConsent } from "./revocation";

const h = connectHarness();

const refusal = (promise: Promise<unknown>): Promise<AppError | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => error as AppError,
  );

const input = (overrides: Record<string, unknown> = {}) =>
  revocationInputSchema.parse({
    revokedOn: "2026-11-13",
    channel: "EMAIL",
    note: "Escrito recibido por correo, folio 118.",
    ...overrides,
  });

async function connected(accessMode: "SINGLE" | "RECURRENT") {
  const id = await connectDirect({
    user: h.user,
    input: applicantInput(uniqueCurp(), { accessMode }),
    client: h.client,
  });
  const link = await db().link.findUniqueOrThrow({ where: { applicantId: id } });
  return { id, belvoId: link.belvoId };
}

const actionsOf = (applicantId: string) => auditEntries(applicantId, "privacy.");

describe("revoking consent", () => {
  it("deletes the link at Belvo and here, stops monitoring, keeps the records, and is audited", async () => {
    const { id, belvoId } = await connected("RECURRENT");
    expect(await revokeConsent(h.user, id, input(), h.client)).toEqual({ revokedOn: "2026-11-13" });

    await expect(h.client.links.get(belvoId)).rejects.toMatchObject({ code: "not_found" });
    expect(await db().link.count({ where: { applicantId: id } })).toBe(0);
    // The queue's copy of the link's status follows the row (a trigger).
    expect(await db().applicant.findUniqueOrThrow({ where: { id } })).toMatchObject({
      linkStatus: null,
    });
    expect(await db().snapshot.count({ where: { applicantId: id } })).toBeGreaterThan(0);
    const row = await db().consentRevocation.findUniqueOrThrow({ where: { applicantId: id } });
    expect(row).toMatchObject({
      channel: "EMAIL",
      note: "Escrito recibido por correo, folio 118.",
      recordedById: h.user.id,
    });
    expect(isoDate(row.revokedOn)).toBe("2026-11-13");
    expect(
      await db().auditEvent.findMany({
        where: { applicantId: id, action: "applicant.monitoring_stopped" },
        select: { actorId: true, details: true },
      }),
    ).toEqual([
      { actorId: h.user.id, details: { refreshRate: null, reason: "privacy.consent_revoked" } },
    ]);
    expect(await actionsOf(id)).toEqual([
      [
        "privacy.consent_revoked",
        h.user.id,
        { revokedOn: "2026-11-13", channel: "EMAIL", linkDeleted: true },
      ],
    ]);
    expect((await loadApplicantRights(id)).revocation).toEqual({
      revokedOn: "2026-11-13",
      channel: "EMAIL",
      note: "Escrito recibido por correo, folio 118.",
      recordedBy: "Ana",
      recordedAt: row.recordedAt.toISOString(),
    });
  });

  it("refuses refreshes, monitoring and a second revocation afterwards", async () => {
    const { id } = await connected("SINGLE");
    await revokeConsent(h.user, id, input({ note: "" }), h.client);
    expect(
      (await db().consentRevocation.findUniqueOrThrow({ where: { applicantId: id } })).note,
    ).toBe(null);

    await expect(refreshApplicant(h.user, id, h.client)).rejects.toMatchObject({
      code: "conflict",
      key: "errors.privacy.consentRevoked",
    });
    await expect(turnMonitoringOn(h, id)).rejects.toMatchObject({
      code: "conflict",
      key: "errors.privacy.consentRevoked",
    });
    const again = await refusal(revokeConsent(h.lead, id, input(), h.client));
    expect(again).toMatchObject({ code: "conflict", key: "errors.privacy.alreadyRevoked" });
    expect(await db().consentRevocation.count({ where: { applicantId: id } })).toBe(1);
    // Without monitoring there was nothing to stop.
    expect(
      await db().auditEvent.count({
        where: { applicantId: id, action: "applicant.monitoring_stopped" },
      }),
    ).toBe(0);
  });

  it("works when Belvo no longer has the link, and for an applicant without one", async () => {
    const { id, belvoId } = await connected("SINGLE");
    await h.client.links.delete(belvoId);
    await revokeConsent(h.user, id, input(), h.client);
    expect(await db().link.count({ where: { applicantId: id } })).toBe(0);

    const unlinked = await db().applicant.create({
      data: { name: "Sin conexión", reference: `REV-${id.slice(0, 8)}`, institution: "IMSS" },
    });
    await revokeConsent(h.user, unlinked.id, input({ channel: "IN_PERSON" }), h.client);
    expect(await actionsOf(unlinked.id)).toEqual([
      [
        "privacy.consent_revoked",
        h.user.id,
        { revokedOn: "2026-11-13", channel: "IN_PERSON", linkDeleted: false },
      ],
    ]);
  });

  it("refuses a day in the future (nothing is deleted) and an unknown applicant", async () => {
    const { id, belvoId } = await connected("SINGLE");
    const future = fromDay(toDay(isoDate(new Date())) + 2);
    const refused = await refusal(
      revokeConsent(h.user, id, input({ revokedOn: future }), h.client),
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "bad_request", key: "errors.privacy.revokedOnFuture" });
    expect(refused?.details?.fields).toEqual({
      revokedOn: "privacy.rights.validation.revokedOnFuture",
    });
    expect(await h.client.links.get(belvoId)).toMatchObject({ id: belvoId });
    expect(await db().consentRevocation.count({ where: { applicantId: id } })).toBe(0);

    await expect(
      revokeConsent(h.user, "00000000-0000-4000-8000-000000000000", input(), h.client),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("checks the day and the channel", () => {
    const parse = (overrides: Record<string, unknown>) =>
      revocationInputSchema.safeParse({ revokedOn: "2026-11-13", channel: "PHONE", ...overrides })
        .success;
    expect(parse({})).toBe(true);
    expect(parse({ revokedOn: "2026-02-30" })).toBe(false);
    expect(parse({ channel: "FAX" })).toBe(false);
    expect(parse({ note: "x".repeat(1001) })).toBe(false);
  });
});
