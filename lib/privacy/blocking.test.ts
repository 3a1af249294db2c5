// Block, then delete, on the database: a blocked applicant is absent from the queue, the page,
// exports, reports, alerts and notifications; when the blocking period ends (a moved clock) the
// retention job deletes them with Belvo's link, and reports it in the audit trail.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAlerts, parseAlertFilters } from "@/lib/alerts/inbox";
import { getApplicantDetail } from "@/lib/applicant/detail";
import { connectDirect } from "@/lib/connect/connect-direct";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { db } from "@/lib/db";
import { download } from "@/lib/exports/testing/download";
import { listNotifications } from "@/lib/notifications/inbox";
import { listQueue } from "@/lib/queue/list";
import { parseQueueParams } from "@/lib/queue/params";
import { loadReportContent } from "@/lib/report/content";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { listArcoRequests, registerArcoRequest, arcoInputSchema } from "./arco";
import { blockApplicant, blockForCancellation } from "./blocking";
import { runRetention } from "./retention";

const h = connectHarness();
const DAY_MS = 24 * 60 * 60 * 1000;

/** Two connected applicants named after a token unique to the test. */
async function twoApplicants() {
  const token = `B${randomUUID().slice(0, 8)}`;
  const connect = (name: string, curp: string) =>
    connectDirect({
      user: h.user,
      input: applicantInput(curp, { name: `${token} ${name}` }),
      client: h.client,
    });
  const kept = await connect("Keep", uniqueCurp());
  const blocked = await connect("Block", uniqueCurp());
  return { token, kept, blocked };
}

async function cancellationFor(applicantId: string) {
  const { reference } = await db().applicant.findUniqueOrThrow({ where: { id: applicantId } });
  return registerArcoRequest(
    h.lead,
    arcoInputSchema.parse({
      type: "CANCELLATION",
      requesterName: "Mariana Ibáñez Núñez",
      applicantReference: reference,
      receivedOn: new Date().toISOString().slice(0, 10),
      identityChecked: "on",
    }),
  );
}

describe("blocking a cancelled applicant, then deleting them", () => {
  it("hides them from every screen and export, then the job deletes them and Belvo's link", async () => {
    const { token, kept, blocked } = await twoApplicants();
    const link = await db().link.findUniqueOrThrow({ where: { applicantId: blocked } });
    await db().notification.create({
      data: { userId: h.lead.id, kind: "inviteConnected", applicantId: blocked },
    });
    const alert = await db().alert.create({
      data: {
        applicantId: blocked,
        sourceKey: `test:${randomUUID()}`,
        kind: "JOB_LOSS",
        severity: "HIGH",
        details: {},
        recipientId: h.lead.id,
      },
    });
    const request = await cancellationFor(blocked);

    const { deleteAfter } = await blockForCancellation(h.lead.id, request.id, h.client);
    const settings = await db().organizationSettings.findUnique({ where: { id: 1 } });
    const blockingDays = settings?.blockingDays ?? 30;
    expect(new Date(deleteAfter).getTime() - Date.now()).toBeGreaterThan(
      (blockingDays - 1) * DAY_MS,
    );

    // The queue, the page, the report, the exports.
    const queue = await listQueue({ user: h.lead, state: parseQueueParams({ q: token }) });
    expect(queue.rows.map((row) => row.id)).toEqual([kept]);
    await expect(getApplicantDetail(h.lead, blocked)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      loadReportContent({
        user: h.lead,
        applicantId: blocked,
        snapshotId: null,
        locale: "es",
        issuedAt: new Date(),
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    const csv = await download(h.lead, "queue", { q: token });
    expect(csv.text).toContain(`${token} Keep`);
    expect(csv.text).not.toContain(`${token} Block`);
    const history = await download(h.lead, "jobs", { q: token });
    expect(history.text).not.toContain(`${token} Block`);
    await expect(download(h.lead, "jobs", `applicant=${blocked}`)).rejects.toMatchObject({
      code: "not_found",
    });
    // Alerts and notifications.
    const alerts = await listAlerts(
      h.lead,
      parseAlertFilters({ applicant: blocked, status: "ALL" }),
      "America/Mexico_City",
    );
    expect(alerts.alerts.map((row) => row.id)).not.toContain(alert.id);
    const inbox = await listNotifications(h.lead.id);
    expect(inbox.items.map((item) => item.applicantId)).not.toContain(blocked);
    // The Privacy page shows the block and the day of deletion instead of a link to the page.
    const row = (await listArcoRequests()).find((r) => r.id === request.id);
    expect(row?.applicant?.deleteAfter).toBe(deleteAfter);

    // Blocking again changes nothing; the trail has one block, with the request.
    await blockForCancellation(h.lead.id, request.id, h.client);
    const blocks = await db().auditEvent.findMany({
      where: { applicantId: blocked, action: "privacy.applicant_blocked" },
    });
    expect(blocks.map((event) => event.details)).toEqual([
      { reason: "cancellation", deleteAfter, arcoRequestId: request.id },
    ]);

    // A day before the end of the period nothing is deleted; after it, the job deletes.
    const end = new Date(deleteAfter).getTime();
    expect((await runRetention(new Date(end - DAY_MS), h.client)).deleted).not.toContain(blocked);
    expect(await db().applicant.count({ where: { id: blocked } })).toBe(1);
    const report = await runRetention(new Date(end + 1000), h.client);
    expect(report.deleted).toContain(blocked);
    expect(report.deleted).not.toContain(kept);
    expect(await db().applicant.count({ where: { id: blocked } })).toBe(0);
    expect(await db().snapshot.count({ where: { applicantId: blocked } })).toBe(0);
    await expect(h.client.links.get(link.belvoId)).rejects.toMatchObject({ code: "not_found" });
    const deletion = await db().auditEvent.findFirstOrThrow({
      where: { action: "applicant.deleted", subject: blocked },
    });
    expect(deletion).toMatchObject({ actorId: null, details: { reason: "blocking_period_ended" } });
    const run = await db().auditEvent.findFirstOrThrow({
      where: { action: "privacy.retention_run" },
      orderBy: { createdAt: "desc" },
    });
    expect(run.details).toMatchObject({ deleted: report.deleted.length });
    expect((run.details as { deletedIds: string[] }).deletedIds).toContain(blocked);
    // The ARCO request stays, as the proof of the answer, no longer naming the applicant.
    expect(
      (await db().arcoRequest.findUniqueOrThrow({ where: { id: request.id } })).applicantId,
    ).toBeNull();
  });

  it("refuses to block from a request that is not a cancellation, or names no applicant", async () => {
    const { blocked } = await twoApplicants();
    const { reference } = await db().applicant.findUniqueOrThrow({ where: { id: blocked } });
    const access = await registerArcoRequest(
      h.lead,
      arcoInputSchema.parse({
        type: "ACCESS",
        requesterName: "Mariana Ibáñez Núñez",
        applicantReference: reference,
        receivedOn: new Date().toISOString().slice(0, 10),
        identityChecked: "on",
      }),
    );
    await expect(blockForCancellation(h.lead.id, access.id, h.client)).rejects.toMatchObject({
      code: "conflict",
    });
    expect(
      (await db().applicant.findUniqueOrThrow({ where: { id: blocked } })).blockedAt,
    ).toBeNull();
  });

  it("stops monitoring at Belvo when it blocks a monitored applicant", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(uniqueCurp(), { accessMode: "RECURRENT" }),
      client: h.client,
    });
    const link = await db().link.findUniqueOrThrow({ where: { applicantId: id } });
    expect(link.accessMode).toBe("RECURRENT");
    await blockApplicant(id, { actorId: h.lead.id, reason: "cancellation" }, h.client);
    expect((await db().link.findUniqueOrThrow({ where: { applicantId: id } })).accessMode).toBe(
      "SINGLE",
    );
    expect((await h.client.links.get(link.belvoId)).accessMode).toBe("single");
  });
});

describe("the retention schedule on a moved clock", () => {
  it("blocks applicants idle for longer than the period, then deletes them after the blocking period", async () => {
    const { token, kept, blocked: idle } = await twoApplicants();
    // Move the clock: their activity happened in 1990 and 1991 (created, refreshed, decided),
    // and the job runs in 1993 with a 24-month schedule. Nothing else in the database is that old.
    const at = (day: string) => new Date(`${day}T12:00:00.000Z`);
    await db().applicant.update({
      where: { id: idle },
      data: { createdAt: at("1990-01-10"), dataAsOf: at("1990-02-01"), decidedAt: null },
    });
    await db().applicant.update({
      where: { id: kept },
      data: {
        createdAt: at("1990-01-10"),
        dataAsOf: at("1990-02-01"),
        decidedAt: at("1991-06-01"),
      },
    });
    const before = await db().organizationSettings.findUnique({ where: { id: 1 } });
    await db().organizationSettings.upsert({
      where: { id: 1 },
      create: { id: 1, retentionMonths: 24 },
      update: { retentionMonths: 24 },
    });
    try {
      const first = await runRetention(at("1993-01-15"), h.client);
      expect(first.blocked).toEqual([idle]);
      const row = await db().applicant.findUniqueOrThrow({ where: { id: idle } });
      expect(row.blockedAt?.toISOString()).toBe(at("1993-01-15").toISOString());
      const queue = await listQueue({ user: h.lead, state: parseQueueParams({ q: token }) });
      expect(queue.rows.map((r) => r.id)).toEqual([kept]);
      const trail = await db().auditEvent.findFirstOrThrow({
        where: { applicantId: idle, action: "privacy.applicant_blocked" },
      });
      expect(trail).toMatchObject({ actorId: null, details: { reason: "retention" } });

      const blockingDays = before?.blockingDays ?? 30;
      const second = await runRetention(
        new Date(at("1993-01-15").getTime() + (blockingDays + 1) * DAY_MS),
        h.client,
      );
      expect(second.deleted).toEqual([idle]);
      expect(second.blocked).toEqual([]);
      expect(await db().applicant.count({ where: { id: idle } })).toBe(0);
      expect(await db().applicant.count({ where: { id: kept } })).toBe(1);
    } finally {
      await db().organizationSettings.update({
        where: { id: 1 },
        data: { retentionMonths: before?.retentionMonths ?? null },
      });
      // Work this old would weigh in other tests' counts of open work by age.
      await db().applicant.deleteMany({ where: { id: { in: [kept, idle] } } });
    }
  });

  it("blocks nobody while no schedule is set", async () => {
    const { kept } = await twoApplicants();
    await db().applicant.update({ where: { id: kept }, data: { createdAt: new Date(0) } });
    const report = await runRetention(new Date(), h.client);
    await db().applicant.delete({ where: { id: kept } });
    expect(report.blocked).toEqual([]);
  });
});
