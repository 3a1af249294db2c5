import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { INSTITUTIONS } from "@/lib/connect/institutions";
import { now } from "@/lib/clock";
import type { NewApplicant } from "@/lib/connect/new-applicant";
import { encryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { env, sandboxInstitutionEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toAppError } from "./belvo-app-error";
import { assertReferenceFree } from "./reference";
import type { ConnectStep } from "./connect-steps";
import { createApplicantRecords } from "./create-applicant";
import { assertQueriesAvailable, recordQuery } from "./query-guard";
import { waitForRecords } from "./wait-for-records";

export type ProgressListener = (step: ConnectStep) => void;

/** Checks everything that can be checked before spending one of the applicant's IMSS queries. */
export async function prepareDirectConnection(input: NewApplicant): Promise<void> {
  if (input.institution === "SANDBOX" && !sandboxInstitutionEnabled()) {
    throw new AppError("bad_request", "errors.connect.sandboxInProduction");
  }
  await assertReferenceFree(input.reference);
  await assertQueriesAvailable(input.curp);
}

/** Optional: the records are what matters; a failure here is not worth losing them for. */
async function retrieveCurrentEmployment(client: BelvoClient, linkId: string, curp: string) {
  try {
    const found = await client.currentEmployments.retrieve({ linkId });
    await recordQuery(curp, "current_employment", "ok");
    return found[0] ?? null;
  } catch {
    await recordQuery(curp, "current_employment", "failed");
    return null;
  }
}

/**
 * Connects an applicant on their behalf: creates the Belvo link with `fetch_resources`, waits for
 * the records, fetches the IMSS current employment when a query is left, and stores it all. Any
 * failure deletes the Belvo link again and leaves nothing behind in Cotiza.
 */
export async function connectDirect({
  user,
  input,
  onProgress = () => {},
  client = belvoClientFromEnv(),
  recordsTimeoutMs = env().BELVO_RETRIEVAL_TIMEOUT_MS,
}: {
  user: SessionUser;
  input: NewApplicant;
  onProgress?: ProgressListener;
  client?: BelvoClient;
  recordsTimeoutMs?: number;
}): Promise<string> {
  const institution = INSTITUTIONS[input.institution];
  onProgress("link");
  const link = await client.links
    .create({
      institution: institution.belvoName,
      curp: input.curp,
      email: input.email,
      accessMode: input.accessMode === "RECURRENT" ? "recurrent" : "single",
      fetchResources: ["EMPLOYMENT_RECORDS"],
      externalId: input.reference,
      credentialsStorage: input.accessMode === "RECURRENT" ? "store" : undefined,
    })
    .then(
      async (created) => (await recordQuery(input.curp, "link", "ok"), created),
      async (error: unknown) => {
        await recordQuery(input.curp, "link", "failed");
        throw toAppError(error);
      },
    );
  try {
    onProgress("records");
    const records = await waitForRecords(client, {
      linkId: link.id,
      timeoutMs: recordsTimeoutMs,
    });
    let currentEmployment = null;
    if (
      institution.currentEmployment &&
      (await assertQueriesAvailable(input.curp).catch(() => 0)) > 0
    ) {
      onProgress("current_employment");
      currentEmployment = await retrieveCurrentEmployment(client, link.id, input.curp);
    }
    onProgress("saving");
    const applicantId = await createApplicantRecords({
      user,
      input,
      consent: { privacyNoticeVersion: input.consent.privacyNoticeVersion, acceptedAt: now() },
      link,
      records,
      currentEmployment,
      curp: { ciphertext: encryptField(input.curp), hash: lookupHash(input.curp) },
    });
    await recordAudit({
      actorId: user.id,
      action: "applicant.connected",
      applicantId,
      details: { channel: "direct" },
    });
    return applicantId;
  } catch (error) {
    await client.links.delete(link.id).catch(() => undefined);
    throw toAppError(error);
  }
}
