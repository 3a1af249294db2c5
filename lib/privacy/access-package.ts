import "server-only";
import { now } from "@/lib/clock";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadActivitySections } from "./access-package-activity";
import { withoutOtherPeople } from "./access-package-others";
import { plainRow, revealed } from "./access-package-plain";
import { loadRecordSections } from "./access-package-records";

// The answer to an ARCO access request: every datum Cotiza holds about one applicant, as JSON,
// one section per database table (named after it, so a reader and a test can tell what each one
// is). Identifiers are in clear: the person is entitled to them. Staff appear by name only, and
// nothing about another person is copied in (access-package-others.ts).

export const ACCESS_PACKAGE_FORMAT = "cotiza.access-package";
export const ACCESS_PACKAGE_VERSION = 1;

const NAME = { select: { name: true } } as const;

async function loadApplicant(applicantId: string) {
  const applicant = await db().applicant.findUnique({
    where: { id: applicantId },
    omit: { assignedToId: true, createdById: true },
    include: {
      assignedTo: NAME,
      createdBy: NAME,
      link: { select: { belvoId: true } },
    },
  });
  if (!applicant) throw new AppError("not_found", "errors.applicant.notFound");
  return applicant;
}

type ApplicantWithLink = Awaited<ReturnType<typeof loadApplicant>>;

function applicantRow(applicant: ApplicantWithLink) {
  // The keyed hashes of the CURP and NSS are Cotiza's lookup keys, meaningless without its key:
  // the package gives the identifiers themselves instead.
  const {
    curpCiphertext,
    emailCiphertext,
    curpHash: _curpHash,
    nssHash: _nssHash,
    link: _link,
    ...row
  } = applicant;
  return {
    ...plainRow(row),
    currentJobStart: isoDay(row.currentJobStart),
    curp: revealed(curpCiphertext),
    email: revealed(emailCiphertext),
  };
}

/** Every datum Cotiza holds about one applicant (blocked or not), as JSON-serializable data. */
export async function buildAccessPackage(applicantId: string, options: { at?: Date } = {}) {
  const applicant = await loadApplicant(applicantId);
  // Belvo's webhooks name the link: the current one, and any an invite made.
  const invited = await db().invite.findMany({
    where: { applicantId, belvoLinkId: { not: null } },
    select: { belvoLinkId: true },
  });
  const belvoLinkIds = [
    ...new Set([applicant.link?.belvoId, ...invited.map((invite) => invite.belvoLinkId)]),
  ].filter((id): id is string => typeof id === "string");
  const [records, activity] = await Promise.all([
    loadRecordSections(applicantId),
    loadActivitySections({ id: applicantId, curpHash: applicant.curpHash, belvoLinkIds }),
  ]);
  const sections = await withoutOtherPeople(applicant, {
    applicants: [applicantRow(applicant)],
    ...records,
    ...activity,
  });
  return {
    format: ACCESS_PACKAGE_FORMAT,
    version: ACCESS_PACKAGE_VERSION,
    generatedAt: (options.at ?? now()).toISOString(),
    applicant: { id: applicant.id, reference: applicant.reference },
    sections,
  };
}

export type AccessPackage = Awaited<ReturnType<typeof buildAccessPackage>>;
export type AccessPackageSections = AccessPackage["sections"];
