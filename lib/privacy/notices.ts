import "server-only";
import { recordAudit } from "@/lib/audit";
import { canEditPrivacyNotices } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/users";
import { now, today } from "@/lib/clock";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { dayInZone, isoDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError, type ErrorKey } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { messagesFor } from "@/lib/i18n/catalog";
import { getOrganizationSettings } from "@/lib/settings/organization";
import { parse, requireRole } from "@/lib/settings/actions";
import { noticeInputSchema } from "./settings-input";

// The privacy notice (aviso de privacidad) in versions: an admin adds one with the day it takes
// effect, and every consent names the version the person accepted. Until the first added version
// takes effect, the notice shipped with Cotiza (its text in the catalogs) is the current one.

export type PrivacyNotice = {
  version: string;
  /** `YYYY-MM-DD`; null for the notice shipped with Cotiza, in effect from the start. */
  effectiveOn: string | null;
  textEs: string;
  /** Null when the notice has no English text: English readers are shown the Spanish. */
  textEn: string | null;
  builtIn: boolean;
};

/** The notice shipped with Cotiza, in effect while no added version is. */
export function builtInNotice(): PrivacyNotice {
  return {
    version: PRIVACY_NOTICE_VERSION,
    effectiveOn: null,
    textEs: messagesFor("es").privacy.notice.builtInText,
    textEn: messagesFor("en").privacy.notice.builtInText,
    builtIn: true,
  };
}

const asNotice = (row: {
  version: string;
  effectiveOn: Date;
  textEs: string;
  textEn: string | null;
}): PrivacyNotice => ({
  version: row.version,
  effectiveOn: isoDate(row.effectiveOn),
  textEs: row.textEs,
  textEn: row.textEn,
  builtIn: false,
});

/**
 * The notice a person was shown at `instant`: the newest version in effect on that day in the
 * organization's time zone that already existed then (one added later the same day was not shown).
 */
export async function noticeInEffectAt(instant: Date): Promise<PrivacyNotice> {
  const { timeZone } = await getOrganizationSettings();
  const day = dayInZone(instant, timeZone);
  const row = await db().privacyNotice.findFirst({
    where: { effectiveOn: { lte: new Date(`${day}T00:00:00.000Z`) }, createdAt: { lte: instant } },
    orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
  });
  return row ? asNotice(row) : builtInNotice();
}

/** The notice in effect now: the one every new consent accepts. */
export function currentNotice(): Promise<PrivacyNotice> {
  return noticeInEffectAt(now());
}

/** The version and text a reader of `locale` is shown: English when there is one, else Spanish. */
export function noticeFor(notice: PrivacyNotice, locale: string) {
  return {
    version: notice.version,
    text: locale === "en" && notice.textEn ? notice.textEn : notice.textEs,
  };
}

export type NoticeForReader = ReturnType<typeof noticeFor>;

/**
 * Refuses a consent to any version but the current one: the notice changed while the person read
 * the page (or a client sent an old version), and they must read the new one before accepting.
 */
export async function assertCurrentNotice(version: unknown): Promise<PrivacyNotice> {
  const current = await currentNotice();
  if (version !== current.version)
    throw new AppError("conflict", "errors.privacy.noticeChanged", { version: current.version });
  return current;
}

export type ListedNotice = PrivacyNotice & {
  status: "current" | "scheduled" | "superseded";
  createdBy: string | null;
};

/** Every version, the latest effective day first, each marked current, scheduled or superseded. */
export async function listNotices(): Promise<ListedNotice[]> {
  const [rows, current] = await Promise.all([
    db().privacyNotice.findMany({
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
      include: { createdBy: { select: { name: true } } },
    }),
    currentNotice(),
  ]);
  // In this order, the versions above the current one have not taken effect yet.
  const currentAt = current.builtIn
    ? rows.length
    : rows.findIndex((row) => row.version === current.version);
  const statusAt = (index: number): ListedNotice["status"] =>
    index < currentAt ? "scheduled" : index === currentAt ? "current" : "superseded";
  return [
    ...rows.map((row, index) => ({
      ...asNotice(row),
      status: statusAt(index),
      createdBy: row.createdBy?.name ?? null,
    })),
    { ...builtInNotice(), status: statusAt(rows.length), createdBy: null },
  ];
}

const VERSION_TAKEN = "errors.privacy.noticeVersionTaken" satisfies ErrorKey;
const versionTaken = () =>
  new AppError("conflict", VERSION_TAKEN, undefined, {
    fields: { version: "privacy.settings.validation.versionTaken" },
  });

/**
 * Adds a version of the notice (admins): its version is new (the shipped one's included), and it
 * takes effect today or later in the organization's time zone, since people already accepted
 * what was in effect before. Audited without an applicant: it concerns every future consent.
 */
export async function addNotice(actor: SessionUser, input: unknown) {
  if (!canEditPrivacyNotices(actor.role))
    throw new AppError("forbidden", "errors.privacy.noticesNotAllowed");
  const notice = parse(noticeInputSchema, input);
  const { timeZone } = await getOrganizationSettings();
  if (notice.effectiveOn < today(timeZone))
    throw new AppError("bad_request", "errors.request.fieldsNeedAttention", undefined, {
      fields: { effectiveOn: "privacy.settings.validation.effectiveOnPast" },
    });
  if (notice.version === PRIVACY_NOTICE_VERSION) throw versionTaken();
  try {
    return await db().$transaction(async (tx) => {
      await requireRole(tx, actor, canEditPrivacyNotices);
      const taken = await tx.privacyNotice.findUnique({
        where: { version: notice.version },
        select: { version: true },
      });
      if (taken) throw versionTaken();
      await tx.privacyNotice.create({
        data: {
          ...notice,
          effectiveOn: new Date(`${notice.effectiveOn}T00:00:00.000Z`),
          createdById: actor.id,
          createdAt: now(),
        },
      });
      await recordAudit(
        {
          actorId: actor.id,
          action: "privacy.notice_added",
          subject: `privacy-notice:${notice.version}`,
          details: {
            version: notice.version,
            effectiveOn: notice.effectiveOn,
            english: notice.textEn !== null,
          },
        },
        tx,
      );
      return { version: notice.version, effectiveOn: notice.effectiveOn };
    });
  } catch (error) {
    // The version is the primary key: of two admins adding it at once, the second loses here.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw versionTaken();
    throw error;
  }
}
