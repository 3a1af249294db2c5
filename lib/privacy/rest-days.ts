import "server-only";
import { recordAudit } from "@/lib/audit";
import { canEditRestDays } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { today } from "@/lib/clock";
import { isoDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError, type ErrorKey } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { messagesFor, type Messages } from "@/lib/i18n/catalog";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { parse, requireRole } from "@/lib/settings/actions";
import { restDayInputSchema } from "./settings-input";

// The rest days business-day deadlines skip besides weekends: the statutory ones are seeded (named
// by a catalog key), and an admin adds the others (a decreed day off), named in their own words.

/** The name of a seeded day (lib/privacy/business-days.ts), a key of the catalog's names. */
export type StatutoryName = keyof Messages["privacy"]["settings"]["restDays"]["names"];
const STATUTORY_NAMES = messagesFor("es").privacy.settings.restDays.names;

export const isStatutoryName = (name: string): name is StatutoryName =>
  Object.hasOwn(STATUTORY_NAMES, name);

export type RestDayView = {
  day: string;
  /** A statutory day's catalog key (`privacy.settings.restDays.names.<key>`), or null. */
  statutoryName: StatutoryName | null;
  /** The admin's own words for a day they added; null for a statutory one. */
  customName: string | null;
};

/** The next rest days from today in the organization's time zone, soonest first. */
export async function listUpcomingRestDays(limit = 12): Promise<RestDayView[]> {
  const { timeZone } = await getOrganizationSettings();
  const rows = await db().restDay.findMany({
    where: { day: { gte: new Date(`${today(timeZone)}T00:00:00.000Z`) } },
    orderBy: { day: "asc" },
    take: limit,
  });
  return rows.map(({ day, name }) => ({
    day: isoDate(day),
    ...(isStatutoryName(name)
      ? { statutoryName: name, customName: null }
      : { statutoryName: null, customName: name }),
  }));
}

const DAY_TAKEN = "errors.privacy.restDayTaken" satisfies ErrorKey;
const dayTaken = () =>
  new AppError("conflict", DAY_TAKEN, undefined, {
    fields: { day: "privacy.settings.validation.restDayTaken" },
  });

/**
 * Adds a rest day (admins), today or later: deadlines already computed keep their day, and the
 * days before today were counted already. Audited without an applicant.
 */
export async function addRestDay(actor: SessionUser, input: unknown) {
  if (!canEditRestDays(actor.role))
    throw new AppError("forbidden", "errors.privacy.restDaysNotAllowed");
  const restDay = parse(restDayInputSchema, input);
  const { timeZone } = await getOrganizationSettings();
  if (restDay.day < today(timeZone))
    throw new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, {
      fields: { day: "privacy.settings.validation.restDayPast" },
    });
  try {
    return await db().$transaction(async (tx) => {
      await requireRole(tx, actor, canEditRestDays);
      const day = new Date(`${restDay.day}T00:00:00.000Z`);
      if (await tx.restDay.findUnique({ where: { day }, select: { day: true } })) throw dayTaken();
      await tx.restDay.create({ data: { day, name: restDay.name } });
      await recordAudit(
        {
          actorId: actor.id,
          action: "privacy.rest_day_added",
          subject: `rest-day:${restDay.day}`,
          details: { day: restDay.day, name: restDay.name },
        },
        tx,
      );
      return restDay;
    });
  } catch (error) {
    // Of two admins adding the same day at once, the second loses here.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw dayTaken();
    throw error;
  }
}
