import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createBelvoClient, type BelvoClient } from "@/lib/belvo";
import type { NewApplicant } from "@/lib/connect/new-applicant";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { startEmulator, type RunningEmulator } from "@/scripts/belvo-emulator/server";
import { upsertUser, type SessionUser } from "@/lib/auth/users";

export type ConnectHarness = {
  emulator: RunningEmulator;
  client: BelvoClient;
  user: SessionUser;
  lead: SessionUser;
};

/** A real emulator over HTTP (in memory, reset before each test) and users of two roles. */
export function connectHarness(): ConnectHarness {
  const harness = {} as ConnectHarness;
  beforeAll(async () => {
    harness.emulator = await startEmulator({ port: 0, stateDir: null, extractionDelayMs: 300 });
    harness.client = createBelvoClient({
      baseUrl: harness.emulator.url,
      secretId: harness.emulator.secretId,
      secretPassword: harness.emulator.secretPassword,
      retry: { sleep: async () => {} },
    });
    const password = "harness-password";
    harness.user = await upsertUser({
      email: `uw-${randomUUID()}@cotiza.test`,
      name: "Ana",
      role: "UNDERWRITER",
      password,
    });
    harness.lead = await upsertUser({
      email: `lead-${randomUUID()}@cotiza.test`,
      name: "Luis",
      role: "TEAM_LEAD",
      password,
    });
  });
  beforeEach(async () => {
    await fetch(`${harness.emulator.url}/_emulator/reset`, { method: "POST" });
  });
  afterAll(() => harness.emulator.close());
  return harness;
}

/** A valid direct-connection input with a unique reference. */
export function applicantInput(curp: string, overrides: Partial<NewApplicant> = {}): NewApplicant {
  return {
    name: "Mariana Ibáñez Núñez",
    reference: `APP-${randomUUID().slice(0, 8)}`,
    institution: "IMSS",
    curp,
    email: undefined,
    accessMode: "SINGLE",
    consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    ...overrides,
  };
}
