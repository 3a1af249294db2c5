import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { decisionInputSchema, signOffInputSchema } from "@/lib/applicant/decision-input";
import { identifierReasonSchema } from "@/lib/applicant/identifier-reason-input";
import { newInviteSchema } from "@/lib/connect/invite-input";
import { newApplicantSchema, PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { queueViewInputSchema } from "@/lib/queue/views";
import { figureSettingsSchema } from "@/lib/settings/input";
import { inviteMemberSchema, setPasswordSchema } from "@/lib/team/input";
import { belvoWebhookSchema } from "@/lib/webhooks/belvo-payload";
import { UNSAFE_TEXT_KEY } from "./text";

// Every schema that takes text from outside uses the one rule (browser forms included, so a
// person sees the reason before sending): a NUL or a lone surrogate in any of its text fields is
// refused with UNSAFE_TEXT_KEY on that field.

const CASES: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  [
    "new applicant",
    newApplicantSchema,
    {
      name: "Mariana Ibáñez",
      reference: "APP-1",
      institution: "SANDBOX",
      curp: "IANM850314MDFBXR00",
      consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    },
    ["name", "consent.privacyNoticeVersion"],
  ],
  [
    "invite",
    newInviteSchema,
    { applicantName: "Mariana Ibáñez", reference: "APP-1" },
    ["applicantName"],
  ],
  [
    "decision",
    decisionInputSchema,
    {
      outcome: "REFER",
      reasonCode: "capped_salary",
      note: "Pedir recibos",
      amendReason: "Llegó un recibo nuevo",
      acknowledgedFlags: ["name_mismatch"],
    },
    ["note", "amendReason", "acknowledgedFlags.0"],
  ],
  ["sign-off", signOffInputSchema, { action: "return", note: "Falta el recibo" }, ["note"]],
  [
    "team member",
    inviteMemberSchema,
    { name: "Ana Ruiz", email: "ana@cotiza.test", role: "UNDERWRITER" },
    ["name", "email"],
  ],
  [
    "new password",
    setPasswordSchema,
    { password: "contraseña larga", confirm: "contraseña larga" },
    ["password"],
  ],
  ["saved view", queueViewInputSchema, { name: "Mis casos", query: "q=ana" }, ["name", "query"]],
  [
    "figure settings",
    figureSettingsSchema,
    { timeZone: "America/Mexico_City", flagWindowMonths: 12, declaredIncomeTolerancePct: 20 },
    ["timeZone"],
  ],
  [
    "Belvo webhook",
    belvoWebhookSchema,
    {
      webhook_id: "w1",
      webhook_type: "LINK",
      webhook_code: "invalid_credentials",
      process_type: "x",
      link_id: "l1",
      request_id: "r1",
      external_id: "e1",
      data: {},
    },
    [
      "webhook_id",
      "webhook_type",
      "webhook_code",
      "process_type",
      "link_id",
      "request_id",
      "external_id",
    ],
  ],
];

/** `value` with `suffix` appended to the string at `path` (dots, numeric parts are indexes). */
function spoil(value: Record<string, unknown>, path: string, suffix: string) {
  const copy = structuredClone(value);
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  at[last] = `${String(at[last])}${suffix}`;
  if (path === "password") copy.confirm = at[last];
  return copy;
}

describe("one text rule at every boundary", () => {
  it.each(CASES)("%s: the valid input passes", (_, schema, valid) => {
    expect(schema.safeParse(valid).error?.issues).toBeUndefined();
  });

  for (const [name, schema, valid, fields] of CASES) {
    for (const field of fields) {
      it.each([
        ["NUL", "\u0000"],
        ["a lone high surrogate", "\uD800"],
        ["a lone low surrogate", "\uDC00x"],
      ])(`${name}: ${field} with %s is refused with the one key`, (_, suffix) => {
        const issues = schema.safeParse(spoil(valid, field, suffix)).error?.issues ?? [];
        expect(issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
          field,
          UNSAFE_TEXT_KEY,
        ]);
      });
    }
  }

  it("an identifier reveal's reason too", () => {
    const reason = identifierReasonSchema("applicant.identifiers.reasonRequired");
    expect(reason.safeParse("Cotejo con la INE").success).toBe(true);
    expect(reason.safeParse("Cotejo con la INE\u0000").error?.issues[0]?.message).toBe(
      UNSAFE_TEXT_KEY,
    );
  });
});
