// Block, then delete, on the database: a blocked applicant is absent from the queue, the page,
// exports, reports, decisions, alerts and notifications; when the blocking period ends (a moved
// clock) the retention job deletes them with Belvo's link, and reports it in the audit trail.
// The schedule's own tests (idle applicants) are in retention.test.ts, on a database of their own.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAlerts, parseAlertFilters } from "@/lib/alerts/inbox";
import { setMonitoring } from "@/lib/alerts/monitoring";
import { listDecisions } from "@/lib/applicant/decisions";
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
import { today } from "@/lib/clock";
import { getOrganizationSettings } from "@/lib/settings/organization";
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
      // The day as the organization counts it: UTC is a day ahead in Mexico's evenings.
      receivedOn: today((await getOrganizationSettings()).timeZone),
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

    // Two team leads at once: one block, one deletion date.
    const [{ deleteAfter }, again] = await Promise.all([
      blockForCancellation(h.lead, request.id, h.client),
      blockForCancellation(h.lead, request.id, h.client),
    ]);
    expect(again.deleteAfter).toBe(deleteAfter);
    const settings = await db().organizationSettings.findUnique({ where: { id: 1 } });
    const row = await db().applicant.findUniqueOrThrow({ where: { id: blocked } });
    expect(row.deleteAfter!.getTime() - row.blockedAt!.getTime()).toBe(
      (settings?.blockingDays ?? 30) * DAY_MS,
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
    // Its decisions, its link's monitoring and its invites.
    expect(await listDecisions(blocked)).toEqual([]);
    await expect(
      setMonitoring(h.lead, blocked, { enabled: false }, h.client),
    ).rejects.toMatchObject({ code: "not_found" });
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
    const listed = (await listArcoRequests()).find((r) => r.id === request.id);
    expect(listed?.applicant?.deleteAfter).toBe(deleteAfter);

    // Blocking again changes nothing; the trail has one block, with the request.
    await blockForCancellation(h.lead, request.id, h.client);
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
        // The day as the organization counts it: UTC is a day ahead in Mexico's evenings.
        receivedOn: today((await getOrganizationSettings()).timeZone),
        identityChecked: "on",
      }),
    );
    await expect(blockForCancellation(h.lead, access.id, h.client)).rejects.toMatchObject({
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
