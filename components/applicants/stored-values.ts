import type { AppFormat } from "@/lib/i18n/app-format";

/** A value read from stored JSON (a change's or an alert's details). */
export type StoredValue = string | number | null | undefined;

export const storedText = (value: StoredValue) =>
  value === null || value === undefined ? "—" : String(value);

/** Stored JSON read for a person: a missing date shows a dash, a malformed one its text. */
export function storedValueReader(f: AppFormat) {
  return {
    date: (value: StoredValue) => {
      if (typeof value !== "string") return "—";
      try {
        return f.date(value);
      } catch {
        return value;
      }
    },
    money: (value: StoredValue) =>
      value === null || value === undefined || value === "" ? "—" : f.money(storedText(value)),
  };
}
