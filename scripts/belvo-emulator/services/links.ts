import { createHmac, randomUUID } from "node:crypto";
import type { Emulator } from "../emulator";
import { newRequestId } from "../http/errors";
import { EMULATOR_CREATED_BY, EMULATOR_SIGNING_SECRET } from "../../../lib/belvo/emulator-keys";
import type { StoredLink } from "../state";
import { queryInstitution } from "./institution-query";
import type { LinkInput } from "./link-input";
import { extractionDelay } from "./extraction";
import { buildMetric, buildRecord } from "./resources";
import { sendHistoricalUpdate } from "./webhooks";

/** 44 characters of base64url (with its padding), stable for the same institution and CURP. */
export function institutionUserId(institution: string, curp: string): string {
  return `${createHmac("sha256", EMULATOR_SIGNING_SECRET).update(`${institution}:${curp}`).digest("base64url")}=`;
}

/** Logs into the institution (spending one daily query) and stores a valid link. */
export function createLink(emu: Emulator, input: LinkInput): StoredLink {
  const answer = queryInstitution(emu, input.institution.name, input.curp);
  const now = emu.nowIso();
  const link: StoredLink = {
    curp: input.curp,
    email: input.email,
    credentialsRenewedAt: null,
    body: {
      id: randomUUID(),
      institution: input.institution.name,
      access_mode: input.accessMode,
      status: "valid",
      refresh_rate: input.accessMode === "recurrent" ? "7d" : null,
      created_by: EMULATOR_CREATED_BY,
      last_accessed_at: now,
      created_at: now,
      external_id: input.externalId,
      institution_user_id: institutionUserId(input.institution.name, input.curp),
      credentials_storage: input.credentialsStorage,
      stale_in: input.staleIn,
      fetch_resources: input.fetchResources,
    },
  };
  emu.state.links[link.body.id] = link;
  emu.save();
  if (input.fetchResources.length > 0) scheduleHistoricalFetch(emu, link, answer);
  return link;
}

/**
 * Belvo's recommended employment flow: after the link exists, fetch the requested resources in the
 * background (reusing the login's extraction, so no extra daily query) and announce each with a
 * `historical_update` webhook.
 */
function scheduleHistoricalFetch(
  emu: Emulator,
  link: StoredLink,
  answer: ReturnType<typeof queryInstitution>,
): void {
  emu.background(`historical update ${link.body.id}`, async () => {
    const failure = await extractionDelay(emu, link.curp);
    if (failure || !emu.state.links[link.body.id]) return;
    const requestId = newRequestId();
    if (link.body.fetch_resources.includes("EMPLOYMENT_RECORDS")) {
      const record = buildRecord(emu, link, answer, false);
      emu.state.records[record.id] = record;
      emu.save();
      sendHistoricalUpdate(emu, link, "EMPLOYMENT_RECORDS", requestId, {
        total_employment_record_profiles: 1,
      });
    }
    if (link.body.fetch_resources.includes("EMPLOYMENT_METRICS")) {
      const metric = buildMetric(emu, link, answer, null);
      emu.state.metrics[metric.id] = metric;
      emu.save();
      sendHistoricalUpdate(emu, link, "EMPLOYMENT_METRICS", requestId, {
        total_employment_metrics: 1,
      });
    }
  });
}
