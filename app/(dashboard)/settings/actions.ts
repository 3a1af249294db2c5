"use server";

import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/users";
import { AppError } from "@/lib/errors";
import { updateFigureSettings, saveReferenceYear } from "@/lib/settings/actions";
import { settingsFailure } from "@/lib/settings/action-result";
import type { SettingsActionResult } from "@/lib/settings/input";

// Server actions are public endpoints: each reads the session itself, and lib/settings/actions.ts
// checks the role again and parses the input with the same schemas the forms use.

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
    return changed
      ? "Saved. The queue's flags are being recomputed with the new settings; this can take a minute."
      : "Nothing changed: these are the settings already in use.";
  });
}

/** Admins: adds a year's UMA and minimum wages, or corrects an existing year's. */
export async function saveReferenceYearAction(input: unknown): Promise<SettingsActionResult> {
  return settle(async (user) => {
    const { year, changed, created } = await saveReferenceYear(user, input);
    if (!changed) return `Nothing changed: ${year} already has these values.`;
    return `${created ? "Added" : "Updated"} ${year}. The queue's flags are being recomputed with the new values; this can take a minute.`;
  });
}
