import "server-only";
import { canEditFigureSettings, canEditRetentionSchedule } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { diff, parse, requireRole, storeSettings } from "@/lib/settings/actions";
import {
  DEFAULT_ORGANIZATION_SETTINGS,
  type OrganizationSettings,
} from "@/lib/settings/organization";
import { arcoPeriodSchema, retentionSchema } from "./settings-input";

// The privacy periods among the organization's settings: the business days to answer an ARCO
// request, and the retention schedule (read by the retention job through getOrganizationSettings).

type PrivacyFields = Pick<
  OrganizationSettings,
  "arcoResponseDays" | "retentionMonths" | "blockingDays"
>;

/**
 * Saves some privacy periods in a transaction that checks the actor's role again and locks the
 * row (two people saving at once audit what each really replaced); audited with before and after.
 * Saving the same values changes nothing.
 */
async function savePrivacyFields(
  actor: SessionUser,
  allowed: (role: Role) => boolean,
  change: { next: Partial<PrivacyFields>; action: string },
) {
  return db().$transaction(async (tx) => {
    await requireRole(tx, actor, allowed);
    await tx.$queryRaw`SELECT 1 FROM organization_settings WHERE id = 1 FOR UPDATE`;
    const source = (await tx.organizationSettings.findUnique({ where: { id: 1 } })) ?? {
      ...DEFAULT_ORGANIZATION_SETTINGS,
    };
    const before = Object.fromEntries(
      Object.keys(change.next).map((key) => [key, source[key as keyof PrivacyFields]]),
    );
    const changes = diff(before, change.next);
    if (Object.keys(changes).length === 0) return { changed: false };
    await storeSettings(tx, actor, change.next, { action: change.action, changes });
    return { changed: true };
  });
}

/**
 * Sets the business days to answer an ARCO request (team leads and admins, like the other
 * organization settings). Requests already registered keep their due date.
 */
export async function updateArcoPeriod(actor: SessionUser, input: unknown) {
  if (!canEditFigureSettings(actor.role)) throw new AppError("forbidden");
  const next = parse(arcoPeriodSchema, input);
  return savePrivacyFields(actor, canEditFigureSettings, {
    next,
    action: "settings.arco_period_updated",
  });
}

/**
 * Sets the retention schedule (admins): months an applicant is kept after their last activity
 * (none: no schedule) and days blocked data is kept before deletion. The lender's counsel chooses
 * them; the retention job reads them on its next run.
 */
export async function updateRetentionSchedule(actor: SessionUser, input: unknown) {
  if (!canEditRetentionSchedule(actor.role))
    throw new AppError("forbidden", "errors.privacy.retentionNotAllowed");
  const next = parse(retentionSchema, input);
  return savePrivacyFields(actor, canEditRetentionSchedule, {
    next,
    action: "settings.retention_updated",
  });
}
