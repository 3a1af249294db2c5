import { describe, expect, it } from "vitest";
import { isSafeText, safeText, UNSAFE_TEXT_KEY, withoutUnsafeCharacters } from "./text";

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe("safe text", () => {
  it("refuses NUL and lone surrogates, and accepts accents, ñ and whole surrogate pairs", () => {
    for (const text of ["Ana\u0000", "\u0000", "a\uD800", "\uD83D", "\uDE00b", "x\uDC00\uD800y"])
      expect(isSafeText(text), JSON.stringify(text)).toBe(false);
    for (const text of ["Núñez Ibáñez", "", "😀 ok", "\uD83D\uDE00", "tab\tand\nnewline", "«—»"])
      expect(isSafeText(text), JSON.stringify(text)).toBe(true);
  });

  it("names the problem with one catalog key, and no other message for that value", () => {
    const name = safeText({ max: 120, tooLong: "team.validation.nameTooLong" }).min(2, "short");
    expect(messages(name.safeParse("\u0000"))).toEqual([UNSAFE_TEXT_KEY]);
    expect(messages(name.safeParse(`Ana\uD800${"x".repeat(200)}`))).toEqual([UNSAFE_TEXT_KEY]);
    expect(UNSAFE_TEXT_KEY).toBe("errors.validation.controlCharacters");
  });

  it("trims (unless told not to), caps the length with the caller's key, and chains", () => {
    const name = safeText({ max: 5, tooLong: "area.tooLong" }).min(2, "area.short");
    expect(name.parse("  Ana  ")).toBe("Ana");
    expect(messages(name.safeParse("abcdef"))).toEqual(["area.tooLong"]);
    expect(messages(name.safeParse(" a "))).toEqual(["area.short"]);
    expect(messages(safeText({ max: 3 }).safeParse("abcd"))).toEqual(["errors.validation.tooLong"]);
    expect(safeText({ max: 5, trim: false }).parse(" a ")).toBe(" a ");
    expect(messages(safeText({ max: 5, required: "area.required" }).safeParse(undefined))).toEqual([
      "area.required",
    ]);
  });

  it("shows where the characters were, without them", () => {
    expect(withoutUnsafeCharacters("a\u0000b\uD800c\uD83D\uDE00")).toBe("a\uFFFDb\uFFFDc😀");
  });
});
