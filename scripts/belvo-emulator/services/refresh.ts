import type { CareerView } from "../data/career-view";
import type { Emulator } from "../emulator";
import { newRequestId } from "../http/errors";
import { personaByCurp } from "../personas";
import type { StoredLink } from "../state";
import { peekInstitution } from "./institution-query";
import { buildRecord, touchLink } from "./resources";
import { sendWebhook, webhookPayload } from "./webhooks";

function openSalaries(view: CareerView): Map<string, number> {
  return new Map(
    view.jobs
      .filter((job) => job.end === null)
      .map((job) => [`${job.employer.name}|${job.start}`, job.mostRecentSalary]),
  );
}

/**
 * What changed between two views of the same history. Belvo only shows EMPLOYED and
 * SALARY_INCREASED in its examples; UNEMPLOYED and SALARY_DECREASED are our symmetric guesses.
 */
export function employmentChanges(before: CareerView, after: CareerView): string[] {
  const was = openSalaries(before);
  const now = openSalaries(after);
  const changes = new Set<string>();
  for (const key of now.keys()) if (!was.has(key)) changes.add("EMPLOYED");
  if (was.size > 0 && now.size === 0) changes.add("UNEMPLOYED");
  for (const [key, salary] of now) {
    const previous = was.get(key);
    if (previous === undefined || previous === salary) continue;
    changes.add(salary > previous ? "SALARY_INCREASED" : "SALARY_DECREASED");
  }
  return [...changes];
}

/**
 * A recurrent refresh: compares what the institution shows today with what it showed at the link's
 * last access (histories are deterministic, so that view can be rebuilt), stores a new record and
 * sends `employment_changes` when something changed.
 */
export async function refreshLink(emu: Emulator, link: StoredLink): Promise<void> {
  if (link.body.status !== "valid") return;
  const requestId = newRequestId();
  if (
    personaByCurp(link.curp)?.behaviour === "credentials_invalidated_on_refresh" &&
    link.credentialsRenewedAt === null
  ) {
    link.body.status = "invalid";
    emu.save();
    sendWebhook(
      emu,
      webhookPayload(link, {
        type: "LINK",
        code: "invalid_credentials",
        process: "recurrent_update",
        requestId,
        data: {
          error_code: "login_error",
          error_message: "Invalid credentials provided to login to the institution",
          status: 400,
        },
      }),
    );
    return;
  }
  const since = (link.body.last_accessed_at ?? link.body.created_at).slice(0, 10);
  const before = peekInstitution(emu, link.body.institution, link.curp, since);
  const after = peekInstitution(emu, link.body.institution, link.curp);
  const changes = employmentChanges(before.view, after.view);
  touchLink(emu, link);
  if (changes.length > 0) {
    const record = buildRecord(emu, link, after, false);
    emu.state.records[record.id] = record;
    sendWebhook(
      emu,
      webhookPayload(link, {
        type: "EMPLOYMENT_RECORDS",
        code: "employment_changes",
        process: "recurrent_update",
        requestId,
        data: { employment_changes: changes },
      }),
    );
  }
  emu.save();
}

/** Runs the recurrent refresh of every valid recurrent link, or only of those with `externalId`. */
export async function refreshAll(
  emu: Emulator,
  externalId?: string,
): Promise<{ refreshed: number }> {
  const links = Object.values(emu.state.links).filter(
    (link) =>
      link.body.access_mode === "recurrent" &&
      link.body.status === "valid" &&
      (externalId === undefined || link.body.external_id === externalId),
  );
  for (const link of links) await refreshLink(emu, link);
  return { refreshed: links.length };
}
