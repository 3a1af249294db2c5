import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/belvo/route";
import { createBelvoClient, type BelvoClient } from "@/lib/belvo";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { startEmulator, type RunningEmulator } from "@/scripts/belvo-emulator/server";
import { encryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { appJobHandlers } from "@/lib/webhooks/job-handlers";
import { eventually } from "@/lib/jobs/testing/helpers";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { BELVO_WEBHOOK_JOB } from "./job-kinds";
import { deliveryRequest, sampleWebhook } from "./testing/webhooks";
import { serveRouteHandler } from "./testing/route-server";

let bridge: Awaited<ReturnType<typeof serveRouteHandler>>;
let emulator: RunningEmulator;
let client: BelvoClient;
const stopWorker = new AbortController();
let worker: Worker | undefined;

beforeAll(async () => {
  bridge = await serveRouteHandler(POST);
  emulator = await startEmulator({
    port: 0,
    stateDir: null,
    now: "2026-11-25T15:00:00Z",
    extractionDelayMs: 50,
    webhookRetryBaseMs: 10,
    webhookUrl: bridge.url,
    webhookAuthorization: process.env.BELVO_WEBHOOK_AUTHORIZATION,
  });
  client = createBelvoClient({
    baseUrl: emulator.url,
    secretId: emulator.secretId,
    secretPassword: emulator.secretPassword,
  });
});

afterAll(async () => {
  stopWorker.abort();
  await worker?.stopped;
  await emulator?.close();
  await bridge?.close();
});

/** The worker starts only once Cotiza knows the link, as it would after a crash and restart. */
function ensureWorker() {
  worker ??= startWorker({
    handlers: appJobHandlers({ belvoClient: () => client }),
    signal: stopWorker.signal,
    pollMs: 25,
  });
}

async function createApplicantWithLink(belvoId: string) {
  const curp = PERSONAS.stable.curp;
  const applicant = await db().applicant.create({
    data: {
      name: "Persona de prueba",
      reference: `ref_${randomUUID()}`,
      institution: "IMSS",
      curpCiphertext: encryptField(curp),
      curpHash: lookupHash(curp),
      link: {
        create: {
          belvoId,
          institution: "imss_mx_employment",
          accessMode: "SINGLE",
          status: "VALID",
          fetchResources: ["EMPLOYMENT_RECORDS"],
          belvoCreatedAt: new Date(),
        },
      },
    },
  });
  return applicant.id;
}

async function jobFor(webhookType: string, belvoLinkId: string) {
  const event = await db().webhookEvent.findFirst({ where: { webhookType, belvoLinkId } });
  if (!event) return null;
  return db().backgroundJob.findFirst({
    where: { kind: BELVO_WEBHOOK_JOB, payload: { equals: { webhookEventId: event.id } } },
  });
}

const succeeded = (webhookType: string, belvoLinkId: string) =>
  eventually(async () => {
    const job = await jobFor(webhookType, belvoLinkId);
    return job?.status === "SUCCEEDED" ? job : undefined;
  });

describe("Belvo webhook, end to end", () => {
  it("the emulator delivers historical_update over HTTP; the job fetches and stores the snapshot", async () => {
    const link = await client.links.create({
      institution: "imss_mx_employment",
      curp: PERSONAS.stable.curp,
      accessMode: "single",
      fetchResources: ["EMPLOYMENT_RECORDS"],
    });
    const applicantId = await createApplicantWithLink(link.id);
    await emulator.idle();
    const queued = await jobFor("EMPLOYMENT_RECORDS", link.id);
    expect(queued).not.toBeNull();

    ensureWorker();
    const job = await succeeded("EMPLOYMENT_RECORDS", link.id);
    expect(job.attempts).toBe(1);
    expect(await db().snapshot.count({ where: { applicantId } })).toBe(1);
    expect(
      await db().auditEvent.findFirst({ where: { applicantId, action: "webhook.records_synced" } }),
    ).toMatchObject({
      actorId: null,
      details: { code: "historical_update", stored: 1 },
    });
  });

  it("LINK codes mark the link for reconnection; unknown types are recorded and succeed", async () => {
    const belvoId = randomUUID();
    const applicantId = await createApplicantWithLink(belvoId);
    ensureWorker();
    const invalid = sampleWebhook({
      link_id: belvoId,
      webhook_type: "LINK",
      webhook_code: "invalid_credentials",
      data: { status: 400 },
    });
    expect((await POST(deliveryRequest(invalid))).status).toBe(200);
    await succeeded("LINK", belvoId);
    expect((await db().link.findUniqueOrThrow({ where: { belvoId } })).status).toBe("INVALID");
    expect(
      await db().auditEvent.findFirst({ where: { applicantId, action: "link.status_changed" } }),
    ).toMatchObject({
      details: { from: "VALID", to: "INVALID" },
    });

    const other = sampleWebhook({
      link_id: belvoId,
      webhook_type: "OWNERS",
      webhook_code: "new_owners_available",
      data: { new_owners: 1 },
    });
    expect((await POST(deliveryRequest(other))).status).toBe(200);
    expect((await succeeded("OWNERS", belvoId)).attempts).toBe(1);
    expect(await db().snapshot.count({ where: { applicantId } })).toBe(0);
  });
});
