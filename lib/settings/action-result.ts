import { AppError, safeErrorSummary } from "@/lib/errors";
import type { SettingsActionResult } from "./input";

/**
 * What a settings server action answers when it fails: an AppError's key, params and field keys as
 * they are (the form renders them); anything unexpected is logged (reduced, never with the values)
 * and shown generically.
 */
export function settingsFailure(error: unknown): SettingsActionResult {
  if (error instanceof AppError) {
    const fields = error.details?.fields;
    return {
      ok: false,
      message: error.message,
      ...(error.params ? { params: error.params } : {}),
      fields:
        typeof fields === "object" && fields !== null ? (fields as Record<string, string>) : {},
    };
  }
  console.error(`cotiza: unexpected error in a settings action: ${safeErrorSummary(error)}`);
  return { ok: false, message: new AppError("internal").message, fields: {} };
}
