import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";
import { newInviteSchema } from "./invite-input";
import { newApplicantSchema } from "./new-applicant";

const es = createTranslator({ locale: "es", messages: messagesFor("es") });
const read = (key: string) => (es as unknown as (key: string) => string)(key);

// Everything wrong at once, so every field reports its message.
const badApplicant = {
  name: "A",
  reference: "a b",
  institution: "BANXICO",
  curp: "TOO-SHORT",
  email: "not-an-email",
  declaredMonthlyIncome: "-25,000",
  consent: { accepted: false, privacyNoticeVersion: "2026-11" },
};

function issues(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("the connect forms' validation messages", () => {
  it("are catalog keys, one per field", () => {
    expect(issues(newApplicantSchema.safeParse(badApplicant))).toEqual({
      name: "connect.validation.nameRequired",
      reference: "connect.validation.referenceShape",
      institution: "connect.validation.institutionRequired",
      curp: "connect.validation.curpShape",
      email: "connect.validation.emailInvalid",
      declaredMonthlyIncome: "connect.validation.declaredIncome.negative",
      "consent.accepted": "connect.validation.consentRequired",
    });
    expect(
      issues(newInviteSchema.safeParse({ applicantName: "x".repeat(121), reference: "ok-ref" })),
    ).toEqual({ applicantName: "connect.validation.nameTooLong" });
  });

  it("exist in both languages and read in Spanish", () => {
    const keys = Object.values(issues(newApplicantSchema.safeParse(badApplicant)));
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: messagesFor(locale) });
      for (const key of keys)
        expect((t as unknown as { has(k: string): boolean }).has(key)).toBe(true);
    }
    expect(read("connect.validation.curpShape")).toContain("18 caracteres");
    expect(read("connect.validation.declaredIncome.negative")).toBe(
      "El ingreso declarado no puede ser negativo.",
    );
  });
});
