import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { assignApplicant } from "@/lib/applicant/assignment";
import { upsertUser, type SessionUser } from "@/lib/auth/users";
import { connectDirect } from "@/lib/connect/connect-direct";
import { currentLinkState } from "@/lib/connect/link-status";
import { refreshApplicant } from "@/lib/connect/refresh-applicant";
import { syncEmploymentRecords } from "@/lib/connect/sync-records";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { encryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import type * as AuditModule from "@/lib/audit";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { BELVO_WEBHOOK_JOB } from "@/lib/webhooks/job-kinds";
import { belvoWebhookHandler } from "@/lib/webhooks/process-belvo-webhook";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import {
  ALERT_COUNT_CAP,
  ALERTS_PAGE_SIZE,
  openAlertCount,
  listAlerts,
  parseAlertFilters,
} from "./inbox";
import { setMonitoring } from "./monitoring";
import { raiseAlerts } from "./raise";
import { SEVERITY, type AlertDraft, type AlertKind } from "./rules";
import { actOnAlert, alertActionSchema } from "./transitions";

// A pass-through spy: one test makes it throw once, as if the worker died inside the transaction.
vi.mock("@/lib/audit", async (importOriginal) => {
  const actual = await importOriginal<typeof AuditModule>();
  return { ...actual, recordAudit: vi.fn(actual.recordAudit) };
});

const h = connectHarness();

// --- Webhooks: the emulator delivers to a local receiver; tests store and process them by hand,
// without the job queue (other test files run workers against the same database).

type Delivery = {
  webhook_id: string;
  webhook_type: string;
  webhook_code: string;
  process_type: string | null;
  link_id: string;
  request_id: string | null;
  data: Record<string, unknown>;
};
const deliveries: Delivery[] = [];
let receiver: ReturnType<typeof createServer>;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      deliveries.push(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Delivery);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const { port } = receiver.address() as AddressInfo;
  await fetch(`${h.emulator.url}/_emulator/webhooks`, {
    method: "POST",
    body: JSON.stringify({ url: `http://127.0.0.1:${port}/` }),
  });
  // A frozen clock: the dates the personas' careers move on follow the test's own steps.
  await fetch(`${h.emulator.url}/_emulator/clock`, {
    method: "POST",
    body: JSON.stringify({ now: new Date().toISOString() }),
  });
});

afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const control = (path: string, body: unknown = {}) =>
  fetch(`${h.emulator.url}/_emulator/${path}`, { method: "POST", body: JSON.stringify(body) });
const advanceEmulatorDays = (days: number) => control("clock", { advance_days: days });

async function emulatorToday(): Promise<Date> {
  const clock = (await (await fetch(`${h.emulator.url}/_emulator/clock`)).json()) as {
    now: string;
  };
  return new Date(clock.now);
}

/** The one delivery of this type and code the emulator sent for a link. */
function deliveryFor(linkId: string, type: string, code: string): Delivery {
  const found = deliveries.filter(
    (item) => item.link_id === linkId && item.webhook_type === type && item.webhook_code === code,
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Stores a delivery as the webhook route would (without queuing its job); returns the event id. */
async function storeEvent(delivery: Delivery): Promise<string> {
  const event = await db().webhookEvent.create({
    data: {
      webhookId: delivery.webhook_id,
      webhookType: delivery.webhook_type,
      webhookCode: delivery.webhook_code,
      processType: delivery.process_type,
      belvoLinkId: delivery.link_id,
      requestId: delivery.request_id,
      data: delivery.data as object,
    },
  });
  return event.id;
}

/** Runs the webhook job for a stored event, as a worker claiming it would. */
function runWebhookJob(webhookEventId: string) {
  const handler = belvoWebhookHandler({ belvoClient: () => h.client });
  return handler({
    job: {
      id: randomUUID(),
      kind: BELVO_WEBHOOK_JOB,
      payload: { webhookEventId },
      attempts: 1,
      maxAttempts: 5,
      lockedBy: "alerts-test",
    },
    signal: new AbortController().signal,
  });
}

// --- Applicants

/**
 * A monitored applicant whose recurrent link is created at the emulator directly (no Cotiza
 * connect: Cotiza's daily IMSS count of a persona's CURP is shared with other test files), with its
 * first records synced as the historical_update webhook would.
 */
async function monitoredApplicant(curp: string) {
  const link = await h.client.links.create({
    institution: "imss_mx_employment",
    curp,
    accessMode: "recurrent",
    fetchResources: ["EMPLOYMENT_RECORDS"],
  });
  await h.emulator.idle();
  const applicant = await db().applicant.create({
    data: {
      name: "Persona monitoreada",
      reference: `ALR-${randomUUID().slice(0, 8)}`,
      institution: "IMSS",
      curpCiphertext: encryptField(curp),
      curpHash: lookupHash(curp),
      link: {
        create: {
          belvoId: link.id,
          institution: "imss_mx_employment",
          accessMode: "RECURRENT",
          refreshRate: "7d",
          status: "VALID",
          fetchResources: ["EMPLOYMENT_RECORDS"],
          belvoCreatedAt: new Date(),
        },
      },
    },
  });
  const { stored } = await syncEmploymentRecords(link.id, h.client);
  expect(stored).toHaveLength(1);
  return { applicantId: applicant.id, belvoLinkId: link.id };
}

/** A bare applicant row (no link, no records), optionally assigned. */
async function applicantRow(assignedToId: string | null = null) {
  const applicant = await db().applicant.create({
    data: {
      name: "Persona de prueba",
      reference: `ALR-${randomUUID().slice(0, 8)}`,
      institution: "IMSS",
      assignedToId,
    },
  });
  return applicant.id;
}

const draft = (kind: AlertKind, details: AlertDraft["details"] = {}): AlertDraft => ({
  kind,
  severity: SEVERITY[kind],
  details,
});

/** Raises alerts as the app does (inside a transaction), each under a key of its own. */
const raise = (applicantId: string, drafts: AlertDraft[]) =>
  db().$transaction((tx) =>
    raiseAlerts(tx, { applicantId, drafts, sourceKey: () => `test:${randomUUID()}` }),
  );

const alertsOf = (applicantId: string) =>
  db().alert.findMany({ where: { applicantId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** The applicant's one alert of this kind (alerts raised together share their createdAt). */
async function alertOf(applicantId: string, kind: AlertKind) {
  const [alert, ...more] = await db().alert.findMany({ where: { applicantId, kind } });
  expect(more).toEqual([]);
  return alert!;
}

const newUser = (role: "UNDERWRITER" | "TEAM_LEAD", name: string) =>
  upsertUser({ email: `${name}-${randomUUID()}@cotiza.test`, name, role, password: "pw-alerts" });

const alertNotifications = (applicantId: string) =>
  db().notification.findMany({ where: { applicantId, kind: "alertRaised" } });

describe("alerts from a monitored applicant's refresh", () => {
  it("jobLoss (recurrent, unassigned): a manual refresh raises one HIGH JOB_LOSS for the team leads", async () => {
    const firstSeen = await emulatorToday();
    const input = applicantInput(PERSONAS.jobLoss.curp, { accessMode: "RECURRENT" });
    const id = await connectDirect({ user: h.user, input, client: h.client });
    expect(await alertsOf(id)).toEqual([]);

    await advanceEmulatorDays(12);
    expect(await refreshApplicant(h.user, id, h.client)).toMatchObject({ stored: 1 });

    const alerts = await alertsOf(id);
    const jobLoss = alerts.filter((alert) => alert.kind === "JOB_LOSS");
    expect(jobLoss).toHaveLength(1);
    const endDate = new Date(firstSeen.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const newest = await db().snapshot.findFirstOrThrow({
      where: { applicantId: id },
      orderBy: { collectedAt: "desc" },
    });
    expect(jobLoss[0]).toMatchObject({
      severity: "HIGH",
      status: "OPEN",
      recipientId: null,
      snapshotId: newest.id,
      details: { employer: "Logística Azteca del Centro S.A. de C.V.", endDate },
    });
    expect(jobLoss[0]!.sourceKey).toMatch(new RegExp(`^snapshot:${newest.id}:\\d+:JOB_LOSS$`));

    // Unassigned: every active team lead is told, the underwriter who refreshed is not.
    const notified = (await alertNotifications(id)).map((row) => row.userId);
    expect(notified).toContain(h.lead.id);
    expect(notified).not.toContain(h.user.id);
    expect(new Set(notified).size).toBe(notified.length);
    const audit = await db().auditEvent.findMany({
      where: { applicantId: id, action: "alert.raised" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null });
    expect((audit[0]!.details as { kinds: string[] }).kinds.sort()).toEqual(
      alerts.map((alert) => alert.kind).sort(),
    );
  });

  it("salaryCut (single access): the refresh stores the cut but raises nothing; monitoring then turns the link recurrent", async () => {
    const input = applicantInput(PERSONAS.salaryCut.curp);
    const id = await connectDirect({ user: h.user, input, client: h.client });
    await advanceEmulatorDays(12);
    await refreshApplicant(h.user, id, h.client);

    const cut = await db().snapshotChange.findFirst({
      where: { applicantId: id, kind: "SALARY_CHANGE" },
    });
    const { from, to } = cut!.details as { from: string; to: string };
    expect(Number(to) / Number(from)).toBeCloseTo(0.85, 2);
    expect(await alertsOf(id)).toEqual([]);
    expect(await alertNotifications(id)).toEqual([]);

    const link = await db().link.findUniqueOrThrow({ where: { applicantId: id } });
    expect(link.accessMode).toBe("SINGLE");
    await expect(
      setMonitoring(
        h.user,
        id,
        { enabled: true, consent: { accepted: true, privacyNoticeVersion: "2026-11" } },
        h.client,
      ),
    ).resolves.toEqual({ monitored: true, refreshRate: "7d" });

    expect(await db().link.findUniqueOrThrow({ where: { applicantId: id } })).toMatchObject({
      accessMode: "RECURRENT",
      refreshRate: "7d",
    });
    expect(await h.client.links.get(link.belvoId)).toMatchObject({ accessMode: "recurrent" });
    const consents = await db().consent.findMany({
      where: { applicantId: id, purpose: "MONITORING" },
    });
    expect(consents).toEqual([
      expect.objectContaining({
        privacyNoticeVersion: "2026-11",
        channel: "DIRECT",
        capturedById: h.user.id,
      }),
    ]);
    expect(
      await db().auditEvent.findMany({
        where: { applicantId: id, action: "applicant.monitoring_started" },
      }),
    ).toEqual([expect.objectContaining({ actorId: h.user.id, details: { refreshRate: "7d" } })]);

    // Already monitored: nothing to do, no second consent.
    await setMonitoring(
      h.user,
      id,
      { enabled: true, consent: { accepted: true, privacyNoticeVersion: "2026-11" } },
      h.client,
    );
    expect(await db().consent.count({ where: { applicantId: id, purpose: "MONITORING" } })).toBe(1);

    // And off again: single access at Belvo and here, audited.
    await expect(setMonitoring(h.user, id, { enabled: false }, h.client)).resolves.toEqual({
      monitored: false,
      refreshRate: null,
    });
    expect(await db().link.findUniqueOrThrow({ where: { applicantId: id } })).toMatchObject({
      accessMode: "SINGLE",
      refreshRate: null,
    });
    expect(await h.client.links.get(link.belvoId)).toMatchObject({ accessMode: "single" });
    expect(
      await db().auditEvent.count({
        where: { applicantId: id, action: "applicant.monitoring_stopped" },
      }),
    ).toBe(1);
  });

  it("a monitored applicant whose refresh fails gets RECORDS_UNAVAILABLE; the daily limit raises nothing", async () => {
    const input = applicantInput(uniqueCurp(), { accessMode: "RECURRENT" });
    const id = await connectDirect({ user: h.user, input, client: h.client });
    await control("faults", {
      kind: "institution_down",
      count: 1,
      path: "/api/employment-records/",
    });
    await expect(refreshApplicant(h.user, id, h.client)).rejects.toMatchObject({
      code: "unavailable",
    });
    const alerts = await alertsOf(id);
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: "RECORDS_UNAVAILABLE",
        severity: "MEDIUM",
        details: { reason: "errors.belvo.institution_unavailable" },
      }),
    ]);
    expect(alerts[0]!.sourceKey).toMatch(/^refresh:/);

    // Connecting spent 2 queries and the failed refresh the 3rd: the 4th is refused here.
    await expect(refreshApplicant(h.user, id, h.client)).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(await alertsOf(id)).toHaveLength(1);
  });

  it("a single-access applicant whose refresh fails gets no alert", async () => {
    const id = await connectDirect({
      user: h.user,
      input: applicantInput(uniqueCurp()),
      client: h.client,
    });
    await control("faults", {
      kind: "institution_down",
      count: 1,
      path: "/api/employment-records/",
    });
    await expect(refreshApplicant(h.user, id, h.client)).rejects.toMatchObject({
      code: "unavailable",
    });
    expect(await alertsOf(id)).toEqual([]);
  });
});

describe("alerts from webhooks are raised once", () => {
  it("employment_changes processed after a crash, twice at once and again: one set of alerts", async () => {
    const { applicantId, belvoLinkId } = await monitoredApplicant(PERSONAS.promotion.curp);
    await advanceEmulatorDays(12);
    await control("refresh");
    await h.emulator.idle();
    const eventId = await storeEvent(
      deliveryFor(belvoLinkId, "EMPLOYMENT_RECORDS", "employment_changes"),
    );

    // The worker dies inside the transaction, after the alerts were written: nothing is kept.
    vi.mocked(recordAudit).mockRejectedValueOnce(new Error("worker killed"));
    await expect(runWebhookJob(eventId)).rejects.toThrow("worker killed");
    expect(await db().snapshot.count({ where: { applicantId } })).toBe(1);
    expect(await alertsOf(applicantId)).toEqual([]);

    // The job runs again, on two workers at once (its lock expired while the first still ran).
    await Promise.all([runWebhookJob(eventId), runWebhookJob(eventId)]);
    expect(await db().snapshot.count({ where: { applicantId } })).toBe(2);
    const alerts = await alertsOf(applicantId);
    const rises = alerts.filter((alert) => alert.kind === "SALARY_RISE");
    expect(rises).toEqual([expect.objectContaining({ severity: "LOW", recipientId: null })]);
    const { from, to, pct } = rises[0]!.details as { from: string; to: string; pct: number };
    expect(pct).toBeGreaterThanOrEqual(18);
    expect(pct).toBeCloseTo((Number(to) / Number(from) - 1) * 100, 0);
    // One audit entry: only the alerts that were new count. A rise alone rings no bell.
    expect(await alertNotifications(applicantId)).toEqual([]);
    expect(await db().auditEvent.count({ where: { applicantId, action: "alert.raised" } })).toBe(1);

    // And once more, as a duplicate delivery or a retry after a crash past the commit would.
    await runWebhookJob(eventId);
    await syncEmploymentRecords(belvoLinkId, h.client);
    expect(await alertsOf(applicantId)).toEqual(alerts);
    expect(await db().snapshot.count({ where: { applicantId } })).toBe(2);
  });

  it("credentialsInvalidated: the LINK/invalid_credentials webhook processed twice raises one LINK_INVALID", async () => {
    const { applicantId, belvoLinkId } = await monitoredApplicant(
      PERSONAS.credentialsInvalidated.curp,
    );
    await control("refresh");
    await h.emulator.idle();
    const delivery = deliveryFor(belvoLinkId, "LINK", "invalid_credentials");
    const eventId = await storeEvent(delivery);

    await Promise.all([runWebhookJob(eventId), runWebhookJob(eventId)]);
    await runWebhookJob(eventId);

    expect(await db().link.findUniqueOrThrow({ where: { applicantId } })).toMatchObject({
      status: "INVALID",
    });
    expect(await alertsOf(applicantId)).toEqual([
      expect.objectContaining({
        kind: "LINK_INVALID",
        severity: "HIGH",
        status: "OPEN",
        recipientId: null,
        snapshotId: null,
        sourceKey: `webhook:${delivery.webhook_id}:LINK_INVALID`,
        details: { code: "invalid_credentials" },
      }),
    ]);
    const notified = (await alertNotifications(applicantId)).map((row) => row.userId);
    expect(notified.filter((userId) => userId === h.lead.id)).toHaveLength(1);
  });

  it("LINK_INVALID is raised even when the applicant page read the invalid link from Belvo first", async () => {
    const { applicantId, belvoLinkId } = await monitoredApplicant(
      PERSONAS.credentialsInvalidated.curp,
    );
    await control("refresh");
    await h.emulator.idle();
    // Someone opens the applicant before the webhook's job runs (GET /api/applicants/:id/link).
    expect(await currentLinkState(applicantId, h.client)).toMatchObject({ status: "INVALID" });
    const eventId = await storeEvent(deliveryFor(belvoLinkId, "LINK", "invalid_credentials"));
    await runWebhookJob(eventId);
    await runWebhookJob(eventId);

    expect(await alertsOf(applicantId)).toEqual([
      expect.objectContaining({ kind: "LINK_INVALID", severity: "HIGH" }),
    ]);
    // The status did not change here: no second status-change entry.
    expect(
      await db().auditEvent.count({ where: { applicantId, action: "link.status_changed" } }),
    ).toBe(0);
  });

  it("LINK/token_required raises a MEDIUM LINK_RECONNECT for the assignee", async () => {
    const { applicantId, belvoLinkId } = await monitoredApplicant(uniqueCurp());
    await db().applicant.update({ where: { id: applicantId }, data: { assignedToId: h.user.id } });
    const webhookId = randomUUID().replaceAll("-", "");
    const eventId = await storeEvent({
      webhook_id: webhookId,
      webhook_type: "LINK",
      webhook_code: "token_required",
      process_type: "recurrent_update",
      link_id: belvoLinkId,
      request_id: null,
      data: {},
    });
    await runWebhookJob(eventId);
    await runWebhookJob(eventId);

    expect(await db().link.findUniqueOrThrow({ where: { applicantId } })).toMatchObject({
      status: "TOKEN_REQUIRED",
    });
    expect(await alertsOf(applicantId)).toEqual([
      expect.objectContaining({
        kind: "LINK_RECONNECT",
        severity: "MEDIUM",
        recipientId: h.user.id,
        sourceKey: `webhook:${webhookId}:LINK_RECONNECT`,
      }),
    ]);
    expect((await alertNotifications(applicantId)).map((row) => row.userId)).toEqual([h.user.id]);
  });

  const linkWebhook = async (belvoLinkId: string, code: string) =>
    runWebhookJob(
      await storeEvent({
        webhook_id: randomUUID().replaceAll("-", ""),
        webhook_type: "LINK",
        webhook_code: code,
        process_type: "recurrent_update",
        link_id: belvoLinkId,
        request_id: null,
        data: {},
      }),
    );

  it("a broken link repeated at every refresh alerts once while unresolved, again once resolved", async () => {
    const { applicantId, belvoLinkId } = await monitoredApplicant(uniqueCurp());
    await linkWebhook(belvoLinkId, "token_required");
    await linkWebhook(belvoLinkId, "token_required");
    const [first, ...more] = await alertsOf(applicantId);
    expect(more).toEqual([]);
    await actOnAlert(h.lead, first!.id, { action: "resolve", note: null });
    await linkWebhook(belvoLinkId, "token_required");
    expect((await alertsOf(applicantId)).map((alert) => alert.status)).toEqual([
      "RESOLVED",
      "OPEN",
    ]);
  });

  it("a link webhook for an applicant who is not monitored changes the status, raises no alert", async () => {
    const { applicantId, belvoLinkId } = await monitoredApplicant(uniqueCurp());
    await db().link.update({ where: { applicantId }, data: { accessMode: "SINGLE" } });
    await linkWebhook(belvoLinkId, "invalid_credentials");
    expect(await db().link.findUniqueOrThrow({ where: { applicantId } })).toMatchObject({
      status: "INVALID",
    });
    expect(await alertsOf(applicantId)).toEqual([]);
  });
});

describe("who an alert is for", () => {
  it("the assigned underwriter, alone, when the setting is ASSIGNED (the default)", async () => {
    const id = await applicantRow(h.user.id);
    expect(await raise(id, [draft("JOB_LOSS"), draft("SALARY_RISE")])).toBe(2);
    const alerts = await alertsOf(id);
    expect(alerts.map((alert) => alert.recipientId)).toEqual([h.user.id, h.user.id]);
    expect((await alertNotifications(id)).map((row) => row.userId)).toEqual([h.user.id]);
  });

  it("rings no bell for a rise alone, which waits in the inbox", async () => {
    const id = await applicantRow(h.user.id);
    expect(await raise(id, [draft("SALARY_RISE")])).toBe(1);
    expect(await alertNotifications(id)).toEqual([]);
  });

  it("follows the applicant to a new assignee, and to the team leads when unassigned", async () => {
    const next = await newUser("UNDERWRITER", "Sigue");
    const id = await applicantRow(h.user.id);
    await raise(id, [draft("JOB_LOSS"), draft("NEW_EMPLOYER")]);
    const resolved = await alertOf(id, "NEW_EMPLOYER");
    await actOnAlert(h.user, resolved.id, { action: "resolve", note: null });
    await assignApplicant(h.lead, id, next.id);
    expect((await alertOf(id, "JOB_LOSS")).recipientId).toBe(next.id);
    // A resolved alert keeps who it was for.
    expect((await alertOf(id, "NEW_EMPLOYER")).recipientId).toBe(h.user.id);
    await assignApplicant(h.lead, id, null);
    expect((await alertOf(id, "JOB_LOSS")).recipientId).toBeNull();
  });

  it("the team leads, when the assignee has been deactivated", async () => {
    const gone = await newUser("UNDERWRITER", "Baja");
    await db().user.update({ where: { id: gone.id }, data: { active: false } });
    const id = await applicantRow(gone.id);
    await raise(id, [draft("JOB_LOSS")]);
    expect(await alertsOf(id)).toEqual([expect.objectContaining({ recipientId: null })]);
    const notified = (await alertNotifications(id)).map((row) => row.userId);
    expect(notified).toContain(h.lead.id);
    expect(notified).not.toContain(gone.id);
  });

  it("every active team lead, when the setting is LEADS, even for an assigned applicant", async () => {
    const retired = await newUser("TEAM_LEAD", "Retirada");
    await db().user.update({ where: { id: retired.id }, data: { active: false } });
    const id = await applicantRow(h.user.id);
    const rollback = new Error("rollback");
    // Inside one transaction, rolled back: other test files never see the setting changed.
    const seen = await db()
      .$transaction(async (tx) => {
        await tx.organizationSettings.upsert({
          where: { id: 1 },
          create: { id: 1, alertRecipients: "LEADS" },
          update: { alertRecipients: "LEADS" },
        });
        await raiseAlerts(tx, {
          applicantId: id,
          drafts: [draft("SALARY_CUT")],
          sourceKey: () => `test:${randomUUID()}`,
        });
        const result = {
          alerts: await tx.alert.findMany({ where: { applicantId: id } }),
          notified: (
            await tx.notification.findMany({ where: { applicantId: id, kind: "alertRaised" } })
          ).map((row) => row.userId),
        };
        throw Object.assign(rollback, { result });
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
        return (error as typeof rollback & { result: { alerts: unknown[]; notified: string[] } })
          .result;
      });
    expect(seen.alerts).toEqual([expect.objectContaining({ recipientId: null })]);
    expect(seen.notified).toContain(h.lead.id);
    expect(seen.notified).not.toContain(h.user.id);
    expect(seen.notified).not.toContain(retired.id);
  });

  it("raises nothing, tells no one and audits nothing for no drafts, or for keys already used", async () => {
    const id = await applicantRow();
    expect(await raise(id, [])).toBe(0);
    const key = `test:${randomUUID()}`;
    const once = () =>
      db().$transaction((tx) =>
        raiseAlerts(tx, { applicantId: id, drafts: [draft("JOB_LOSS")], sourceKey: () => key }),
      );
    expect(await once()).toBe(1);
    expect(await once()).toBe(0);
    expect(await alertsOf(id)).toHaveLength(1);
    expect(
      await db().auditEvent.count({ where: { applicantId: id, action: "alert.raised" } }),
    ).toBe(1);
    const notified = (await alertNotifications(id)).map((row) => row.userId);
    expect(notified.filter((userId) => userId === h.lead.id)).toHaveLength(1);
  });
});

describe("acting on an alert", () => {
  const act = (user: SessionUser, alertId: string, body: unknown) =>
    actOnAlert(user, alertId, alertActionSchema.parse(body));

  it("HIGH needs a note; OPEN → ACKNOWLEDGED → RESOLVED, each once, audited", async () => {
    const id = await applicantRow(h.user.id);
    await raise(id, [draft("JOB_LOSS", { employer: "X", endDate: "2026-12-05" })]);
    const [alert] = await alertsOf(id);

    for (const note of [undefined, "", "   "]) {
      const refused = await act(h.user, alert!.id, { action: "acknowledge", note }).catch(
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({
        code: "bad_request",
        key: "errors.alert.noteRequired",
        details: { fields: { note: "errors.alert.noteRequired" } },
      });
    }
    expect(await db().alert.findUniqueOrThrow({ where: { id: alert!.id } })).toMatchObject({
      status: "OPEN",
    });

    await expect(
      act(h.user, alert!.id, { action: "acknowledge", note: "  Llamé al solicitante  " }),
    ).resolves.toEqual({ status: "ACKNOWLEDGED" });
    expect(await db().alert.findUniqueOrThrow({ where: { id: alert!.id } })).toMatchObject({
      status: "ACKNOWLEDGED",
      acknowledgedById: h.user.id,
      acknowledgedAt: expect.any(Date) as unknown,
      note: "Llamé al solicitante",
      resolvedAt: null,
    });
    expect(
      await db().auditEvent.findMany({ where: { applicantId: id, action: "alert.acknowledged" } }),
    ).toEqual([
      expect.objectContaining({
        actorId: h.user.id,
        details: { alertId: alert!.id, kind: "JOB_LOSS" },
      }),
    ]);

    await expect(
      act(h.user, alert!.id, { action: "acknowledge", note: "otra vez" }),
    ).rejects.toMatchObject({ code: "conflict", key: "errors.alert.alreadyHandled" });

    await expect(
      act(h.lead, alert!.id, { action: "resolve", note: "Crédito en revisión" }),
    ).resolves.toEqual({ status: "RESOLVED" });
    expect(await db().alert.findUniqueOrThrow({ where: { id: alert!.id } })).toMatchObject({
      status: "RESOLVED",
      resolvedById: h.lead.id,
      resolvedAt: expect.any(Date) as unknown,
      acknowledgedById: h.user.id,
      note: "Llamé al solicitante",
      resolutionNote: "Crédito en revisión",
    });
    expect(
      await db().auditEvent.findMany({ where: { applicantId: id, action: "alert.resolved" } }),
    ).toEqual([
      expect.objectContaining({
        actorId: h.lead.id,
        details: { alertId: alert!.id, kind: "JOB_LOSS" },
      }),
    ]);
    await expect(
      act(h.lead, alert!.id, { action: "resolve", note: "de nuevo" }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("a MEDIUM or LOW alert needs no note and can be resolved straight from OPEN", async () => {
    const id = await applicantRow(h.user.id);
    await raise(id, [draft("NEW_EMPLOYER"), draft("SALARY_RISE")]);
    const medium = await alertOf(id, "NEW_EMPLOYER");
    const low = await alertOf(id, "SALARY_RISE");
    await expect(act(h.user, medium.id, { action: "acknowledge" })).resolves.toEqual({
      status: "ACKNOWLEDGED",
    });
    await expect(act(h.user, low.id, { action: "resolve" })).resolves.toEqual({
      status: "RESOLVED",
    });
    expect(await db().alert.findUniqueOrThrow({ where: { id: low.id } })).toMatchObject({
      note: null,
      acknowledgedAt: null,
      resolvedById: h.user.id,
    });
  });

  it("two people resolving at once: exactly one succeeds, the other is told it changed", async () => {
    const id = await applicantRow(h.user.id);
    await raise(id, [draft("SALARY_CUT")]);
    const [alert] = await alertsOf(id);
    const results = await Promise.allSettled([
      act(h.user, alert!.id, { action: "resolve", note: "Ana lo resolvió" }),
      act(h.lead, alert!.id, { action: "resolve", note: "Luis lo resolvió" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result) => result.status === "rejected");
    expect(rejected?.reason).toMatchObject({
      code: "conflict",
      key: "errors.alert.alreadyHandled",
    });
    expect(
      await db().auditEvent.count({ where: { applicantId: id, action: "alert.resolved" } }),
    ).toBe(1);
  });

  it("an underwriter acts only on alerts addressed to them; a team lead on any", async () => {
    const other = await newUser("UNDERWRITER", "Otro");
    const id = await applicantRow(h.user.id);
    await raise(id, [draft("NEW_EMPLOYER")]);
    const alert = await alertOf(id, "NEW_EMPLOYER");
    await expect(act(other, alert.id, { action: "resolve" })).rejects.toMatchObject({
      code: "forbidden",
      key: "errors.alert.notYours",
    });
    expect(await db().alert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({
      status: "OPEN",
    });
    await expect(act(h.lead, alert.id, { action: "acknowledge" })).resolves.toEqual({
      status: "ACKNOWLEDGED",
    });
  });

  it("an unknown alert is not found", async () => {
    await expect(act(h.user, randomUUID(), { action: "resolve" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("the alerts inbox", () => {
  it("counts an underwriter's own open alerts, and a team lead's own plus the unaddressed", async () => {
    const ana = await newUser("UNDERWRITER", "Ana");
    const lia = await newUser("TEAM_LEAD", "Lia");
    const anas = await applicantRow(ana.id);
    const lias = await applicantRow(lia.id);
    const nobodys = await applicantRow();
    const others = await applicantRow(h.user.id);
    await raise(anas, [draft("JOB_LOSS"), draft("SALARY_RISE"), draft("NEW_EMPLOYER")]);
    await raise(lias, [draft("SALARY_CUT")]);
    await raise(nobodys, [draft("LINK_INVALID")]);
    await raise(others, [draft("SCORE_BAND_DROP")]);

    expect(await openAlertCount(ana)).toBe(3);
    const rise = await alertOf(anas, "SALARY_RISE");
    const employer = await alertOf(anas, "NEW_EMPLOYER");
    await actOnAlert(ana, rise.id, { action: "acknowledge", note: null });
    await actOnAlert(ana, employer.id, { action: "resolve", note: null });
    expect(await openAlertCount(ana)).toBe(1);

    // Other test files raise unaddressed alerts at the same time: compare with a count taken
    // alongside, until no alert arrived in between.
    let counts: [number, number] = [0, 0];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const [lead, unaddressed] = await Promise.all([
        openAlertCount(lia),
        db().alert.count({ where: { status: "OPEN", recipientId: null } }),
      ]);
      counts = [lead, unaddressed + 1];
      if (lead === unaddressed + 1) break;
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeGreaterThanOrEqual(2);
  });

  it("reads filters from the URL, falling back to the defaults", () => {
    const defaults = {
      status: "UNRESOLVED",
      kind: null,
      severity: null,
      recipient: null,
      from: null,
      to: null,
      applicantId: null,
      page: 1,
    };
    expect(parseAlertFilters({})).toEqual(defaults);
    const id = randomUUID();
    expect(
      parseAlertFilters({
        status: ["RESOLVED", "OPEN"],
        kind: "JOB_LOSS",
        severity: "HIGH",
        recipient: id,
        from: "2026-12-01",
        to: "2026-12-31",
        applicant: id,
        page: "3",
      }),
    ).toEqual({
      status: "RESOLVED",
      kind: "JOB_LOSS",
      severity: "HIGH",
      recipient: id,
      from: "2026-12-01",
      to: "2026-12-31",
      applicantId: id,
      page: 3,
    });
    for (const status of ["OPEN", "ACKNOWLEDGED", "ALL"])
      expect(parseAlertFilters({ status }).status).toBe(status);
    expect(parseAlertFilters({ recipient: "leads" }).recipient).toBe("leads");
    expect(parseAlertFilters({ recipient: "mine" }).recipient).toBe("mine");
    expect(
      parseAlertFilters({
        status: "open",
        kind: "job_loss",
        severity: "URGENT",
        recipient: "robert'); --",
        from: "1/12/2026",
        to: "2026-12-1",
        applicant: "not-a-uuid",
        page: "-2",
      }),
    ).toEqual(defaults);
    expect(parseAlertFilters({ page: "1.5" }).page).toBe(1);
  });

  it("lists alerts by status, kind, severity, recipient and day", async () => {
    const bea = await newUser("UNDERWRITER", "Bea");
    const beas = await applicantRow(bea.id);
    const nobodys = await applicantRow();
    await raise(beas, [draft("JOB_LOSS"), draft("SALARY_RISE")]);
    await raise(nobodys, [draft("RECORDS_UNAVAILABLE")]);
    const loss = await alertOf(beas, "JOB_LOSS");
    const rise = await alertOf(beas, "SALARY_RISE");
    const unaddressed = await alertOf(nobodys, "RECORDS_UNAVAILABLE");
    await actOnAlert(bea, rise.id, { action: "acknowledge", note: null });
    const ids = (result: Awaited<ReturnType<typeof listAlerts>>) =>
      result.alerts.map((alert) => alert.id);
    const list = (user: SessionUser, params: Record<string, string>) =>
      listAlerts(user, parseAlertFilters(params), "UTC");

    // One applicant's alerts, whatever their status.
    expect(new Set(ids(await list(h.lead, { applicant: beas, status: "ALL" })))).toEqual(
      new Set([loss.id, rise.id]),
    );

    // Bea's own: the unresolved ones by default, then by status.
    expect(new Set(ids(await list(bea, { recipient: "mine" })))).toEqual(
      new Set([loss.id, rise.id]),
    );
    const mine = await list(bea, { recipient: "mine", status: "OPEN" });
    expect(mine.total).toBe(1);
    expect(mine.alerts).toEqual([
      expect.objectContaining({
        id: loss.id,
        kind: "JOB_LOSS",
        severity: "HIGH",
        status: "OPEN",
        recipientName: "Bea",
        applicant: expect.objectContaining({ id: beas }) as unknown,
      }),
    ]);
    expect(ids(await list(bea, { recipient: "mine", status: "ACKNOWLEDGED" }))).toEqual([rise.id]);
    expect(ids(await list(bea, { recipient: "mine", status: "RESOLVED" }))).toEqual([]);
    expect(new Set(ids(await list(bea, { recipient: "mine", status: "ALL" })))).toEqual(
      new Set([loss.id, rise.id]),
    );
    // A team lead names her.
    expect(ids(await list(h.lead, { recipient: bea.id, status: "OPEN" }))).toEqual([loss.id]);

    // The leads' (unaddressed) alerts: none addressed to anyone.
    const leads = await list(h.lead, { recipient: "leads" });
    expect(ids(leads)).toContain(unaddressed.id);
    expect(ids(leads)).not.toContain(loss.id);
    expect(leads.alerts.every((alert) => alert.recipientName === null)).toBe(true);

    // By kind and severity, everyone's.
    const byKind = await list(h.lead, { kind: "RECORDS_UNAVAILABLE" });
    expect(ids(byKind)).toContain(unaddressed.id);
    expect(byKind.alerts.every((alert) => alert.kind === "RECORDS_UNAVAILABLE")).toBe(true);
    const high = await list(h.lead, { severity: "HIGH", status: "ALL" });
    expect(ids(high)).toContain(loss.id);
    expect(ids(high)).not.toContain(rise.id);
    expect(high.alerts.every((alert) => alert.severity === "HIGH")).toBe(true);
    expect(ids(await list(bea, { recipient: "mine", severity: "LOW", status: "OPEN" }))).toEqual(
      [],
    );
    expect(
      ids(await list(bea, { recipient: "mine", severity: "LOW", status: "ACKNOWLEDGED" })),
    ).toEqual([rise.id]);

    // By the day it was raised (UTC), inclusive at both ends.
    const day = loss.createdAt.toISOString().slice(0, 10);
    const dayBefore = new Date(loss.createdAt.getTime() - 86_400_000).toISOString().slice(0, 10);
    const dayAfter = new Date(loss.createdAt.getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(ids(await list(bea, { recipient: "mine", status: "OPEN", from: day, to: day }))).toEqual(
      [loss.id],
    );
    expect(ids(await list(bea, { recipient: "mine", to: dayBefore }))).toEqual([]);
    expect(ids(await list(bea, { recipient: "mine", from: dayAfter }))).toEqual([]);

    // Resolved, an alert leaves the default (unresolved) view.
    await actOnAlert(bea, rise.id, { action: "resolve", note: null });
    expect(ids(await list(bea, { recipient: "mine" }))).toEqual([loss.id]);
    expect(ids(await list(bea, { recipient: "mine", status: "RESOLVED" }))).toEqual([rise.id]);
  });

  it("counts up to the cap, then says there are more; one pull's alerts list the most severe first", async () => {
    const cara = await newUser("UNDERWRITER", "Cara");
    const caras = await applicantRow(cara.id);
    // One pull's alerts share their instant: HIGH before MEDIUM before LOW, whatever the order raised.
    await raise(caras, [draft("SALARY_RISE"), draft("NEW_EMPLOYER"), draft("JOB_LOSS")]);
    const pull = await listAlerts(cara, parseAlertFilters({ recipient: "mine" }), "UTC");
    expect(pull.alerts.map((alert) => alert.kind)).toEqual([
      "JOB_LOSS",
      "NEW_EMPLOYER",
      "SALARY_RISE",
    ]);
    expect(pull).toMatchObject({ total: 3, capped: false });

    await db().alert.createMany({
      data: Array.from({ length: ALERT_COUNT_CAP - 2 }, (_, index) => ({
        applicantId: caras,
        sourceKey: `cap:${caras}:${index}`,
        kind: "NEW_EMPLOYER" as const,
        severity: "MEDIUM" as const,
        details: {},
        recipientId: cara.id,
      })),
    });
    const capped = await listAlerts(cara, parseAlertFilters({ recipient: "mine" }), "UTC");
    expect(capped).toMatchObject({ total: ALERT_COUNT_CAP, capped: true });
    expect(capped.alerts).toHaveLength(ALERTS_PAGE_SIZE);
    const exactly = await listAlerts(
      cara,
      parseAlertFilters({ recipient: "mine", kind: "NEW_EMPLOYER" }),
      "UTC",
    );
    expect(exactly).toMatchObject({ total: ALERT_COUNT_CAP - 1, capped: false });
  });

  it("pages follow one another in the page's order, each row with its applicant and recipient", async () => {
    const eva = await newUser("UNDERWRITER", "Eva");
    const evas = await applicantRow(eva.id);
    const kinds: AlertKind[] = ["SALARY_RISE", "JOB_LOSS", "NEW_EMPLOYER", "LINK_INVALID"];
    // Three instants shared by many alerts of every severity: the order must break its ties.
    const instants = [0, 1, 2].map((day) => new Date(Date.UTC(2026, 10, 10 + day, 12)));
    await db().alert.createMany({
      data: Array.from({ length: 3 * ALERTS_PAGE_SIZE }, (_, index) => {
        const kind = kinds[index % kinds.length]!;
        return {
          applicantId: evas,
          sourceKey: `pages:${evas}:${index}`,
          kind,
          severity: SEVERITY[kind],
          status: index % 5 === 0 ? ("RESOLVED" as const) : ("OPEN" as const),
          details: { index },
          recipientId: eva.id,
          createdAt: instants[index % instants.length]!,
        };
      }),
    });
    const expected = await db().alert.findMany({
      where: { applicantId: evas, status: { not: "RESOLVED" } },
      orderBy: [{ createdAt: "desc" }, { severity: "asc" }, { id: "desc" }],
    });
    const pages = await Promise.all(
      [1, 2, 3].map((page) =>
        listAlerts(eva, parseAlertFilters({ applicant: evas, page: String(page) }), "UTC"),
      ),
    );
    expect(pages.map((page) => page.alerts.length)).toEqual([
      ALERTS_PAGE_SIZE,
      ALERTS_PAGE_SIZE,
      expected.length - 2 * ALERTS_PAGE_SIZE,
    ]);
    expect(pages.flatMap((page) => page.alerts.map((alert) => alert.id))).toEqual(
      expected.map((alert) => alert.id),
    );
    expect(pages.every((page) => page.total === expected.length && !page.capped)).toBe(true);
    const [first] = pages[0]!.alerts;
    expect(first).toEqual({
      id: expected[0]!.id,
      kind: expected[0]!.kind,
      severity: expected[0]!.severity,
      status: "OPEN",
      details: expected[0]!.details,
      note: null,
      resolutionNote: null,
      createdAt: instants[2]!.toISOString(),
      applicant: { id: evas, name: "Persona de prueba", reference: expect.stringMatching(/^ALR-/) },
      recipientId: eva.id,
      recipientName: "Eva",
    });
    // Past the last page: nothing, and the count still stands.
    const beyond = await listAlerts(eva, parseAlertFilters({ applicant: evas, page: "4" }), "UTC");
    expect(beyond).toEqual({ total: expected.length, capped: false, alerts: [] });
  });

  it("refuses days that do not exist and pages past 10,000; reads days in the organization's zone", async () => {
    expect(parseAlertFilters({ from: "2026-02-30", to: "2026-13-45", page: "1e21" })).toMatchObject(
      { from: null, to: null, page: 10_000 },
    );
    expect(parseAlertFilters({ from: "2028-02-29" })).toMatchObject({ from: "2028-02-29" });

    const dana = await newUser("UNDERWRITER", "Dana");
    const danas = await applicantRow(dana.id);
    await raise(danas, [draft("NEW_EMPLOYER")]);
    const alert = await alertOf(danas, "NEW_EMPLOYER");
    // 03:00 UTC on 20 Nov is 21:00 on 19 Nov in Mexico City (UTC−6).
    await db().alert.update({
      where: { id: alert.id },
      data: { createdAt: new Date("2026-11-20T03:00:00.000Z") },
    });
    const onDay = (day: string, zone: string) =>
      listAlerts(dana, parseAlertFilters({ recipient: "mine", from: day, to: day }), zone);
    expect((await onDay("2026-11-19", "America/Mexico_City")).total).toBe(1);
    expect((await onDay("2026-11-20", "America/Mexico_City")).total).toBe(0);
    expect((await onDay("2026-11-20", "UTC")).total).toBe(1);
  });
});
