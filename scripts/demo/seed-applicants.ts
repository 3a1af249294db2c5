import type { BelvoClient } from "@/lib/belvo";
import { now } from "@/lib/clock";
import { connectDirect } from "@/lib/connect/connect-direct";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { DEMO_APPLICANTS, demoApplicantInput, type DemoApplicant } from "./applicants";
import { withEmulatorClock } from "./emulator-clock";

export type SeedApplicantsOptions = {
  /** The demo underwriter: they capture the consents, as they would in the app. */
  user: SessionUser;
  client: BelvoClient;
  /** The Belvo emulator, whose clock is set to `at` while connecting. */
  emulatorUrl: string;
  at?: Date;
  applicants?: readonly DemoApplicant[];
};

/**
 * Connects the demo applicants that are missing (by reference) through Cotiza's own connect path,
 * one after the other so their order in the queue is always the same. Returns the references.
 */
export async function seedDemoApplicants({
  user,
  client,
  emulatorUrl,
  at = now(),
  applicants = DEMO_APPLICANTS,
}: SeedApplicantsOptions): Promise<{ created: string[]; existing: string[] }> {
  const found = await db().applicant.findMany({
    where: { reference: { in: applicants.map((applicant) => applicant.reference) } },
    select: { reference: true },
  });
  const existing = new Set(found.map((row) => row.reference));
  const missing = applicants.filter((applicant) => !existing.has(applicant.reference));
  if (missing.length > 0) {
    await withEmulatorClock(emulatorUrl, at, async () => {
      for (const applicant of missing) {
        await connectDirect({ user, input: demoApplicantInput(applicant), client });
      }
    });
  }
  return { created: missing.map((applicant) => applicant.reference), existing: [...existing] };
}
