import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { canManageTeam } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { now } from "@/lib/clock";
import { dayInZone } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messagesFor } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { buildAccessPackage } from "./access-package";
import { renderAccessPackagePdf } from "./access-package-pdf";

export const ACCESS_PACKAGE_DOWNLOADED = "privacy.access_package_downloaded";

export const packageFormatSchema = z.enum(["json", "pdf"]);
export type PackageFormat = z.infer<typeof packageFormatSchema>;

const CONTENT_TYPES = {
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
} as const satisfies Record<PackageFormat, string>;

/** `paquete-acceso-APP-1234-2026-05-04.json`: our reference (no personal data) and the day. */
function packageFileName(options: {
  reference: string;
  day: string;
  format: PackageFormat;
  locale: Locale;
}) {
  const t = createTranslator({
    locale: options.locale,
    messages: messagesFor(options.locale),
    namespace: "privacy.accessPackage",
  });
  const reference = options.reference.replace(/[^A-Za-z0-9._-]+/g, "-");
  return `${t("fileName", { reference, date: options.day })}.${options.format}`;
}

async function accessRequest(requestId: string) {
  const request = await db().arcoRequest.findUnique({
    where: { id: requestId },
    select: {
      type: true,
      applicantId: true,
      receivedOn: true,
      requesterName: true,
      applicant: { select: { reference: true } },
    },
  });
  if (!request) throw new AppError("not_found", "errors.privacy.notFound");
  if (request.type !== "ACCESS" || !request.applicantId || !request.applicant)
    throw new AppError("conflict", "errors.privacy.notAccess");
  return { ...request, applicantId: request.applicantId, applicant: request.applicant };
}

/**
 * The access package an ARCO access request is answered with, as the JSON file or its PDF
 * summary in the reader's language (team leads and admins). Every download is audited on the
 * applicant's trail, with its format.
 */
export async function downloadAccessPackage(
  user: SessionUser,
  input: { requestId: string; format: PackageFormat; locale: Locale },
) {
  if (!canManageTeam(user.role)) throw new AppError("forbidden");
  const request = await accessRequest(input.requestId);
  const settings = await getOrganizationSettings();
  const at = now();
  const pkg = await buildAccessPackage(request.applicantId, { at });
  const bytes =
    input.format === "json"
      ? Buffer.from(JSON.stringify(pkg, null, 2), "utf8")
      : await renderAccessPackagePdf(pkg, {
          locale: input.locale,
          timeZone: settings.timeZone,
          organizationName: settings.organizationName,
          request: {
            receivedOn: request.receivedOn.toISOString().slice(0, 10),
            requesterName: request.requesterName,
          },
        });
  await recordAudit({
    actorId: user.id,
    action: ACCESS_PACKAGE_DOWNLOADED,
    applicantId: request.applicantId,
    subject: input.requestId,
    details: { format: input.format },
  });
  return {
    bytes,
    contentType: CONTENT_TYPES[input.format],
    fileName: packageFileName({
      reference: request.applicant.reference,
      day: dayInZone(at, settings.timeZone),
      format: input.format,
      locale: input.locale,
    }),
  };
}
