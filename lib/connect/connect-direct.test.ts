import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { employedCurp } from "@/scripts/belvo-emulator/testing/records";
import { isoDate } from "@/lib/dates";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { connectDirect, prepareDirectConnection } from "./connect-direct";
import type { ConnectStep } from "./connect-steps";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { applicantInput, connectHarness } from "./testing/connect-harness";

const h = connectHarness();

describe("connecting an applicant directly", () => {
  it("creates the link, stores the records as a snapshot with exact amounts, and reports progress", async () => {
    const steps: ConnectStep[] = [];
    const input = applicantInput(uniqueCurp(), { declaredMonthlyIncome: "25000.50" });
    const id = await connectDirect({
      user: h.user,
      input,
      onProgress: (step) => steps.push(step),
      client: h.client,
    });

    expect(steps).toEqual(["link", "records", "current_employment", "saving"]);
    const belvo = (
      await h.client.employmentRecords.list({
        link: (await db().link.findUniqueOrThrow({ where: { applicantId: id } })).belvoId,
      })
    ).results[0]!;
    const snapshot = await db().snapshot.findFirstOrThrow({
      where: { applicantId: id },
      include: {
        jobs: { orderBy: { position: "asc" }, include: { movements: true } },
        scores: true,
      },
    });
    expect(snapshot.belvoRecordId).toBe(belvo.id);
    expect(snapshot.jobs.map((job) => [job.employer, job.lastDailySalary?.toFixed(2)])).toEqual(
      belvo.jobs.map((job) => [
        job.employer,
        job.mostRecentDailySalary ? Number(job.mostRecentDailySalary).toFixed(2) : undefined,
      ]),
    );
    expect(snapshot.jobs.flatMap((job) => job.movements)).toHaveLength(
      belvo.jobs.flatMap((job) => job.movements).length,
    );
    expect(snapshot.scores.map((score) => score.period).sort()).toEqual([12, 3, 6]);
    expect(await db().currentEmployment.count({ where: { applicantId: id } })).toBe(1);
    const consent = await db().consent.findFirstOrThrow({ where: { applicantId: id } });
    expect(consent).toMatchObject({
      channel: "DIRECT",
      capturedById: h.user.id,
      privacyNoticeVersion: input.consent.privacyNoticeVersion,
    });
    // The declared income is stored exactly, as the form sent it.
    const applicant = await db().applicant.findUniqueOrThrow({ where: { id } });
    expect(applicant.declaredMonthlyIncome?.toFixed(2)).toBe("25000.50");
  });

  it("stores no declared income when the form left it empty", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(uniqueCurp()),
      client: h.client,
    });
    const applicant = await db().applicant.findUniqueOrThrow({ where: { id } });
    expect(applicant.declaredMonthlyIncome).toBeNull();
  });

  it("keeps identifiers encrypted at rest and findable by a keyed hash only", async () => {
    const curp = uniqueCurp();
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(curp, { email: "mariana@correo.mx" }),
      client: h.client,
    });
    const [row] = await db().$queryRaw<Record<string, string>[]>`
      select a.curp_ciphertext, a.curp_hash, a.email_ciphertext, s.nss_ciphertext, s.rfc_ciphertext, s.payload_ciphertext
      from applicants a join snapshots s on s.applicant_id = a.id where a.id = ${id}::uuid`;
    const stored = JSON.stringify(row);
    const record = (
      await h.client.employmentRecords.list({
        link: (await db().link.findUniqueOrThrow({ where: { applicantId: id } })).belvoId,
      })
    ).results[0]!;
    for (const secret of [
      curp,
      "mariana@correo.mx",
      record.personalData.documents.nss!,
      record.personalData.documents.rfc!,
    ]) {
      expect(stored).not.toContain(secret);
    }
    expect(row!.curp_hash).toBe(lookupHash(curp));
  });

  it("turns an IMSS refusal into a clear message and leaves nothing behind", async () => {
    const input = applicantInput(PERSONAS.curpNotFound.curp);
    const error = await connectDirect({ user: h.user, input, client: h.client }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    // The sentence is a key; IMSS's own words travel verbatim as a param.
    expect(error).toMatchObject({ code: "bad_request", key: "errors.belvo.invalid_credentials" });
    expect((error as AppError).params).toMatchObject({ said: "yes" });
    expect((error as AppError).params?.institution).toContain(
      "El CURP proporcionado no fue localizado en la entidad externa RENAPO",
    );
    expect(await db().applicant.count({ where: { reference: input.reference } })).toBe(0);
    expect(
      await db().institutionQuery.count({
        where: { curpHash: lookupHash(input.curp), outcome: "failed" },
      }),
    ).toBe(1);
  });

  it("deletes the Belvo link again when the records never arrive", async () => {
    const input = applicantInput(PERSONAS.timeout.curp);
    const before = (await h.client.links.list({})).count;
    const error = await connectDirect({
      user: h.user,
      input,
      client: h.client,
      recordsTimeoutMs: 1500,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "unavailable",
      key: "errors.connect.recordsTimeout",
      params: { seconds: 2 },
    });
    expect((await h.client.links.list({})).count).toBe(before);
    expect(await db().applicant.count({ where: { reference: input.reference } })).toBe(0);
  });

  it("refuses a reference that is taken before spending an IMSS query", async () => {
    const input = applicantInput(uniqueCurp());
    await connectDirect({ user: h.user, input, client: h.client });
    await expect(prepareDirectConnection({ ...input })).rejects.toMatchObject({
      code: "conflict",
      key: "errors.connect.referenceTaken",
      params: { reference: input.reference },
    });
  });
});

describe("the queue summary", () => {
  it("is computed from the newest record when it is stored", async () => {
    // A generated career can be between jobs today; this test needs someone employed.
    const curp = employedCurp(uniqueCurp, isoDate(new Date()));
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(curp),
      client: h.client,
    });
    const applicant = await db().applicant.findUniqueOrThrow({ where: { id } });
    const link = await db().link.findUniqueOrThrow({ where: { applicantId: id } });
    const record = (await h.client.employmentRecords.list({ link: link.belvoId })).results[0]!;
    const current = record.jobs.find((job) => job.endDate === null)!;
    expect(applicant).toMatchObject({
      employmentStatus: "employed",
      currentEmployer: current.employer,
      currentJobStart: new Date(`${current.startDate}T00:00:00.000Z`),
      score12: record.scores!.find((score) => score.period === 12)!.score,
      dataAsOf: new Date(record.collectedAt),
    });
    // Monthly income is the daily salary of every open job (a generated career can hold two at
    // once, and both are paid) × 30.4, to the cent.
    const dailyCents = record.jobs
      .filter((job) => job.endDate === null && job.mostRecentDailySalary !== null)
      .reduce((sum, job) => sum + Math.round(Number(job.mostRecentDailySalary) * 100), 0);
    expect(applicant.monthlyIncome?.toFixed(2)).toBe(
      (Math.round((dailyCents * 304) / 10) / 100).toFixed(2),
    );
  });
});
