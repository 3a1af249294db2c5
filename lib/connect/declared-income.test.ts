import { describe, expect, it } from "vitest";
import {
  DECLARED_INCOME_MESSAGES as M,
  declaredMonthlyIncomeSchema,
  parseDeclaredIncome,
} from "./declared-income";
import { newInviteSchema } from "./invite-input";
import { newApplicantSchema } from "./new-applicant";

describe("reading a declared monthly income", () => {
  it.each([
    ["25000", "25000.00"],
    ["25,000", "25000.00"],
    ["25000.50", "25000.50"],
    ["$25,000.50", "25000.50"],
    ["$ 25,000.5", "25000.50"],
    ["  18500.75  ", "18500.75"],
    ["1,250,000", "1250000.00"],
    ["007500", "7500.00"],
    ["0", "0.00"],
    ["0.99", "0.99"],
    ["10,000,000", "10000000.00"],
    ["10000000.00", "10000000.00"],
    ["9999999.99", "9999999.99"],
  ])("accepts %j as %s", (input, expected) => {
    expect(parseDeclaredIncome(input)).toEqual({ ok: true, value: expected });
  });

  it.each(["", "   ", null, undefined])("takes %j as not declared", (input) => {
    expect(parseDeclaredIncome(input)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["-25000", M.negative],
    ["-$25,000", M.negative],
    ["$-25,000.50", M.negative],
    ["25000.505", M.tooManyDecimals],
    ["25,000.123", M.tooManyDecimals],
    ["10000000.01", M.tooLarge],
    ["10,000,001", M.tooLarge],
    ["123456789", M.tooLarge],
    ["99999999999999999999", M.tooLarge],
    ["abc", M.notANumber],
    ["25k", M.notANumber],
    ["25.000,50", M.notANumber],
    ["2,50", M.notANumber],
    ["25,0000", M.notANumber],
    ["25 000", M.notANumber],
    ["25000.", M.notANumber],
    [".50", M.notANumber],
    ["1e6", M.notANumber],
    ["NaN", M.notANumber],
    ["Infinity", M.notANumber],
    ["--5", M.notANumber],
    ["$", M.notANumber],
  ])("refuses %j", (input, error) => {
    expect(parseDeclaredIncome(input)).toEqual({ ok: false, error });
  });

  it("is an optional schema field: decimal text, undefined when empty, a message when wrong", () => {
    expect(declaredMonthlyIncomeSchema.parse("$25,000.50")).toBe("25000.50");
    expect(declaredMonthlyIncomeSchema.parse("")).toBeUndefined();
    expect(declaredMonthlyIncomeSchema.parse(undefined)).toBeUndefined();
    expect(declaredMonthlyIncomeSchema.parse(null)).toBeUndefined();
    // What the browser sends after parsing reads the same on the server.
    expect(declaredMonthlyIncomeSchema.parse("25000.50")).toBe("25000.50");
    expect(declaredMonthlyIncomeSchema.safeParse(25000).error?.issues[0]?.message).toBe(
      M.notANumber,
    );
  });

  it("is part of both forms' schemas, with the error on its own field", () => {
    const invite = newInviteSchema.safeParse({
      applicantName: "Óscar Peña",
      reference: "INV-1",
      declaredMonthlyIncome: "-5",
    });
    expect(invite.error?.issues).toEqual([
      expect.objectContaining({ path: ["declaredMonthlyIncome"], message: M.negative }),
    ]);
    const applicant = newApplicantSchema.safeParse({
      name: "Mariana Ibáñez",
      reference: "APP-1",
      institution: "IMSS",
      curp: "MAIB900101MDFRRR02",
      declaredMonthlyIncome: "25,000",
      consent: { accepted: true, privacyNoticeVersion: "2026-11" },
    });
    expect(applicant.data?.declaredMonthlyIncome).toBe("25000.00");
  });
});
