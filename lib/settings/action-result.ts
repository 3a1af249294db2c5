import { AppError, safeErrorSummary } from "@/lib/errors";
import type { SettingsActionResult } from "./input";

/**
 * What a settings server action answers when it fails: an AppError's message and field errors as
 * they are; anything unexpected is logged (reduced, never with the values) and shown generically.
 */
export function settingsFailure(error: unknown): SettingsActionResult {
  if (error instanceof AppError) {
    const fields = error.details?.fields;
    return {
      ok: false,
      message: error.message,
      fields:
        typeof fields === "object" && fields !== null ? (fields as Record<string, string>) : {},
    };
  }
  console.error(`cotiza: unexpected error in a settings action: ${safeErrorSummary(error)}`);
  return { ok: false, message: new AppError("internal").message, fields: {} };
}
