import { belvoClientFromEnv, type BelvoClient } from "@/lib/belvo";
import { INSTITUTIONS } from "@/lib/connect/institutions";
import { now } from "@/lib/clock";
import type { NewApplicant } from "@/lib/connect/new-applicant";
import { encryptField, lookupHash } from "@/lib/crypto/field-encryption";
import { recordAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/users";
import { env, sandboxInstitutionEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertCurrentNotice } from "@/lib/privacy/notices";
import { toAppError } from "./belvo-app-error";
import { assertReferenceFree } from "./reference";
import type { ConnectStep } from "./connect-steps";
import { createApplicantRecords } from "./create-applicant";
import {
  assertQueriesAvailable,
  reserveQueries,
  spendReservedQuery,
  withReservedQuery,
} from "./query-guard";
import { waitForRecords } from "./wait-for-records";

export type ProgressListener = (step: ConnectStep) => void;

/**
 * Checks everything that can be checked before spending one of the applicant's IMSS queries,
 * starting with the notice the applicant accepted: it must be the one in effect.
 */
export async function prepareDirectConnection(input: NewApplicant): Promise<void> {
  await assertCurrentNotice(input.consent.privacyNoticeVersion);
  if (input.institution === "SANDBOX" && !sandboxInstitutionEnabled()) {
    throw new AppError("bad_request", "errors.connect.sandboxInProduction");
  }
  await assertReferenceFree(input.reference);
  await assertQueriesAvailable(input.curp);
}

/** Reserves the optional current-employment query, or null when none is left today. */
async function reserveOptionalQuery(curp: string): Promise<string | null> {
  try {
    const [id] = await reserveQueries(curp, ["current_employment"]);
    return id ?? null;
  } catch (error) {
    if (error instanceof AppError && error.code === "rate_limited") return null;
    throw error;
  }
}

/** Optional: the records are what matters; a failure here is not worth losing them for. */
async function retrieveCurrentEmployment(client: BelvoClient, linkId: string, reservation: string) {
  try {
    const found = await spendReservedQuery(reservation, () =>
      client.currentEmployments.retrieve({ linkId }),
    );
    return found[0] ?? null;
  } catch {
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
  // Reserved before the request: a second connection of the same CURP at once cannot take it too.
  const link = await withReservedQuery(input.curp, "link", () =>
    client.links.create({
      institution: institution.belvoName,
      curp: input.curp,
      email: input.email,
      accessMode: input.accessMode === "RECURRENT" ? "recurrent" : "single",
      fetchResources: ["EMPLOYMENT_RECORDS"],
      externalId: input.reference,
      credentialsStorage: input.accessMode === "RECURRENT" ? "store" : undefined,
    }),
  ).catch((error: unknown) => {
    throw toAppError(error);
  });
  try {
    onProgress("records");
    const records = await waitForRecords(client, {
      linkId: link.id,
      timeoutMs: recordsTimeoutMs,
    });
    let currentEmployment = null;
    const reservation = institution.currentEmployment
      ? await reserveOptionalQuery(input.curp)
      : null;
    if (reservation) {
      onProgress("current_employment");
      currentEmployment = await retrieveCurrentEmployment(client, link.id, reservation);
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
