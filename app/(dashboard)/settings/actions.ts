"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/users";
import { AppError } from "@/lib/errors";
import {
  updateDecisionRules,
  updateFigureSettings,
  updateMonitoringSettings,
  updateOrganizationName,
  saveReferenceYear,
} from "@/lib/settings/actions";
import { getFormat } from "@/lib/i18n/server";
import { addNotice } from "@/lib/privacy/notices";
import { addRestDay } from "@/lib/privacy/rest-days";
import { updateArcoPeriod, updateRetentionSchedule } from "@/lib/privacy/settings";
import { settingsFailure } from "@/lib/settings/action-result";
import type { SettingsActionResult } from "@/lib/settings/input";

// Server actions are public endpoints: each reads the session itself, and lib/settings/actions.ts
// checks the role again and parses the input with the same schemas the forms use. A success
// answers with its sentence in the reader's language; a refusal with catalog keys.

async function settle(
  change: (user: SessionUser) => Promise<string>,
): Promise<SettingsActionResult> {
  try {
    const user = await currentUser();
    if (!user) throw new AppError("unauthorized");
    const message = await change(user);
    revalidatePath("/settings");
    return { ok: true, message };
  } catch (error) {
    return settingsFailure(error);
  }
}

/** Team leads and admins: the time zone, flag window and declared-income tolerance. */
export async function saveFigureSettingsAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { changed } = await updateFigureSettings(user, input);
    const t = await getTranslations("settings.figures");
    return changed ? t("saved") : t("unchanged");
  });
}

/** Team leads and admins: the four-eyes rule on approvals against red flags. */
export async function saveDecisionRulesAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { changed } = await updateDecisionRules(user, input);
    const t = await getTranslations("settings.decisionRules");
    return changed ? t("saved") : t("unchanged");
  });
}

/** Team leads and admins: the refresh rate, the salary-cut alert threshold and who is notified. */
export async function saveMonitoringSettingsAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { changed } = await updateMonitoringSettings(user, input);
    const t = await getTranslations("alerts.settings");
    return changed ? t("saved") : t("unchanged");
  });
}

/** Admins: adds a year's UMA and minimum wages, or corrects an existing year's. */
export async function saveReferenceYearAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { year, changed, created } = await saveReferenceYear(user, input);
    const t = await getTranslations("settings.reference.saved");
    const values = { year: String(year) };
    if (!changed) return t("unchanged", values);
    return created ? t("added", values) : t("updated", values);
  });
}

/** Admins: the lender's name printed on verification reports. */
export async function saveOrganizationAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { changed } = await updateOrganizationName(user, input);
    const t = await getTranslations("settings.organization");
    return changed ? t("saved") : t("unchanged");
  });
}

/** Admins: a version of the privacy notice, in effect from the day given (today or later). */
export async function addPrivacyNoticeAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { version, effectiveOn } = await addNotice(user, input);
    const [t, f] = await Promise.all([
      getTranslations("privacy.settings.notices.form"),
      getFormat(),
    ]);
    return t("added", { version, date: f.date(effectiveOn) });
  });
}

/** Team leads and admins: the business days to answer an ARCO request. */
export async function saveArcoPeriodAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { changed } = await updateArcoPeriod(user, input);
    const t = await getTranslations("privacy.settings.arcoPeriod");
    return changed ? t("saved") : t("unchanged");
  });
}

/** Admins: a rest day (a decreed day off) that business-day deadlines skip. */
export async function addRestDayAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { day } = await addRestDay(user, input);
    const [t, f] = await Promise.all([
      getTranslations("privacy.settings.restDays.form"),
      getFormat(),
    ]);
    return t("added", { date: f.date(day) });
  });
}

/** Admins: how long applicants are kept, and how long blocked data waits before deletion. */
export async function saveRetentionAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { changed } = await updateRetentionSchedule(user, input);
    const t = await getTranslations("privacy.settings.retention");
    return changed ? t("saved") : t("unchanged");
  });
}
