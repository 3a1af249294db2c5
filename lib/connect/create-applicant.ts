import "server-only";
import type { BelvoLink, CurrentEmploymentSnapshot, EmploymentRecordSnapshot } from "@/lib/belvo";
import type { NewApplicant } from "@/lib/connect/new-applicant";
import { encryptField } from "@/lib/crypto/field-encryption";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LinkStatus } from "@/lib/generated/prisma/enums";
import { storeRecords } from "./store-records";

const LINK_STATUSES: Record<string, LinkStatus> = {
  valid: "VALID",
  invalid: "INVALID",
  unconfirmed: "UNCONFIRMED",
  token_required: "TOKEN_REQUIRED",
};

export function linkStatus(status: string): LinkStatus {
  return LINK_STATUSES[status] ?? "UNCONFIRMED";
}

/** Belvo's link metadata as our Link row. */
export function linkData(link: BelvoLink): Omit<Prisma.LinkUncheckedCreateInput, "applicantId"> {
  return {
    belvoId: link.id,
    institution: link.institution,
    accessMode: link.accessMode === "recurrent" ? "RECURRENT" : "SINGLE",
    status: linkStatus(link.status),
    refreshRate: link.refreshRate,
    belvoCreatedBy: link.createdBy,
    externalId: link.externalId,
    institutionUserId: link.institutionUserId,
    credentialsStorage: link.credentialsStorage,
    staleIn: link.staleIn,
    fetchResources: [...(link.fetchResources ?? [])],
    lastAccessedAt: link.lastAccessedAt ? new Date(link.lastAccessedAt) : null,
    belvoCreatedAt: new Date(link.createdAt),
  };
}

export type NewApplicantRecords = {
  user: SessionUser | null;
  input: Pick<
    NewApplicant,
    "name" | "reference" | "institution" | "email" | "declaredMonthlyIncome"
  > & {
    consentChannel?: "DIRECT" | "INVITE";
  };
  consent: { privacyNoticeVersion: string; acceptedAt: Date };
  link: BelvoLink;
  records: readonly EmploymentRecordSnapshot[];
  currentEmployment: CurrentEmploymentSnapshot | null;
  /** Null when the applicant connected through the widget: the CURP arrives with the records. */
  curp: { ciphertext: string; hash: string } | null;
};

/** Creates the applicant with everything it owns; if storing the records fails, nothing remains. */
export async function createApplicantRecords(data: NewApplicantRecords): Promise<string> {
  const { user, input, link, currentEmployment } = data;
  const applicant = await db().applicant.create({
    data: {
      name: input.name,
      reference: input.reference,
      institution: input.institution,
      curpCiphertext: data.curp?.ciphertext ?? null,
      curpHash: data.curp?.hash ?? null,
      emailCiphertext: input.email ? encryptField(input.email) : null,
      // Decimal text straight to the Decimal column, never through a float.
      declaredMonthlyIncome: input.declaredMonthlyIncome ?? null,
      createdById: user?.id ?? null,
      link: { create: linkData(link) },
      consents: {
        create: {
          privacyNoticeVersion: data.consent.privacyNoticeVersion,
          acceptedAt: data.consent.acceptedAt,
          channel: input.consentChannel ?? "DIRECT",
          capturedById: user?.id ?? null,
        },
      },
      currentEmployments: currentEmployment
        ? {
            create: {
              belvoId: currentEmployment.id,
              collectedAt: new Date(currentEmployment.collectedAt),
              month: currentEmployment.month,
              status: currentEmployment.status,
              payloadCiphertext: encryptField(JSON.stringify(currentEmployment)),
            },
          }
        : undefined,
    },
    select: { id: true },
  });
  try {
    await storeRecords(applicant.id, data.records);
  } catch (error) {
    await db().applicant.delete({ where: { id: applicant.id } });
    throw error;
  }
  return applicant.id;
}
