import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { connectDirect } from "./connect-direct";
import { deleteApplicant } from "./delete-applicant";
import { currentLinkState } from "./link-status";
import { refreshApplicant } from "./refresh-applicant";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { applicantInput, connectHarness } from "./testing/connect-harness";

const h = connectHarness();

const advanceEmulatorDays = (days: number) =>
  fetch(`${h.emulator.url}/_emulator/clock`, {
    method: "POST",
    body: JSON.stringify({ advance_days: days }),
  });

describe("refreshing an applicant", () => {
  it("stores a new snapshot and what changed, then refuses a 4th IMSS query within 24 hours", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(PERSONAS.promotion.curp),
      client: h.client,
    });
    await advanceEmulatorDays(11);

    // Connecting spent 2 queries (link + current employment): one refresh is left today.
    expect(await refreshApplicant(h.user, id, h.client)).toMatchObject({ stored: 1 });
    const changes = await db().snapshotChange.findMany({ where: { applicantId: id } });
    const salary = changes.find((change) => change.kind === "SALARY_CHANGE");
    expect(salary?.details).toMatchObject({
      employer: "Servicios Administrativos del Sureste S.A. de C.V.",
    });
    const { from, to } = salary!.details as { from: string; to: string };
    expect(Number(to) / Number(from)).toBeCloseTo(1.18, 2);

    const refused = await refreshApplicant(h.user, id, h.client).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("rate_limited");
    expect((refused as AppError).key).toBe("errors.connect.dailyQueryLimit");
    // The sentence says when: the instant travels as a param, for the reader's format.
    expect((refused as AppError).params?.availableAt).toBe(
      (refused as AppError).details?.availableAt,
    );
    const availableAt = new Date(String((refused as AppError).details?.availableAt));
    expect(availableAt.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(await db().snapshot.count({ where: { applicantId: id } })).toBe(2);
  });
});

describe("deleting an applicant", () => {
  it("is refused to underwriters", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(uniqueCurp()),
      client: h.client,
    });
    await expect(deleteApplicant(h.user, id, h.client)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await db().applicant.count({ where: { id } })).toBe(1);
  });

  it("deletes the Belvo link and every row, keeping an anonymous audit trail", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(uniqueCurp()),
      client: h.client,
    });
    const link = await db().link.findUniqueOrThrow({ where: { applicantId: id } });
    await deleteApplicant(h.lead, id, h.client);

    await expect(h.client.links.get(link.belvoId)).rejects.toMatchObject({ code: "not_found" });
    for (const count of [
      db().applicant.count({ where: { id } }),
      db().snapshot.count({ where: { applicantId: id } }),
      db().consent.count({ where: { applicantId: id } }),
      db().currentEmployment.count({ where: { applicantId: id } }),
      db().auditEvent.count({ where: { applicantId: id } }),
    ]) {
      expect(await count).toBe(0);
    }
    const trail = await db().auditEvent.findMany({
      where: { subject: id },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((event) => event.action)).toEqual([
      "applicant.connected",
      "applicant.deleted",
    ]);
  });
});

describe("reading the link's state from Belvo", () => {
  it("notices an invalidated link and keeps Cotiza's status in step", async () => {
    const input = applicantInput(PERSONAS.credentialsInvalidated.curp, { accessMode: "RECURRENT" });
    const id = await connectDirect({ user: h.user, input, client: h.client });
    expect(await currentLinkState(id, h.client)).toMatchObject({
      status: "VALID",
      accessMode: "recurrent",
    });

    await fetch(`${h.emulator.url}/_emulator/refresh`, { method: "POST" });
    expect(await currentLinkState(id, h.client)).toMatchObject({ status: "INVALID" });
    expect(await db().link.findUniqueOrThrow({ where: { applicantId: id } })).toMatchObject({
      status: "INVALID",
    });
    await expect(refreshApplicant(h.user, id, h.client)).rejects.toMatchObject({
      code: "conflict",
      key: "errors.connect.linkNeedsRenewal",
    });
  });
});
