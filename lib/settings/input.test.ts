import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messagesFor } from "@/lib/i18n/catalog";
import {
  figureSettingsSchema,
  referenceYearSchema,
  settingsFieldErrors,
  SETTINGS_MESSAGE_VALUES,
} from "./input";

// Field errors are catalog keys; these tests read them as an English reader of the form does.
const t = createTranslator({ locale: "en", messages: messagesFor("en") });
const read = (key: string) => t(key as Parameters<typeof t>[0], SETTINGS_MESSAGE_VALUES as never);

/** Field name → the sentence the form shows, in English. */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const keys = settingsFieldErrors(error);
  for (const key of Object.values(keys)) expect(key).toMatch(/^(settings|errors)\.validation\./);
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, read(key)]));
}

const figures = (input: Record<string, unknown>) => {
  const parsed = figureSettingsSchema.safeParse({
    timeZone: "America/Mexico_City",
    flagWindowMonths: "36",
    declaredIncomeTolerancePct: "20",
    ...input,
  });
  return parsed.success ? { data: parsed.data } : { errors: fieldErrors(parsed.error) };
};

const year = (input: Record<string, unknown>) => {
  const parsed = referenceYearSchema.safeParse({
    intent: "add",
    year: "2027",
    umaDaily: "121.50",
    minimumWageDaily: "350",
    minimumWageBorderDaily: "",
    ...input,
  });
  return parsed.success ? { data: parsed.data } : { errors: fieldErrors(parsed.error) };
};

describe("figure settings input", () => {
  it("reads form text and numbers alike", () => {
    expect(figures({})).toEqual({
      data: {
        timeZone: "America/Mexico_City",
        flagWindowMonths: 36,
        declaredIncomeTolerancePct: 20,
      },
    });
    expect(
      figures({
        timeZone: " America/Tijuana ",
        flagWindowMonths: 1,
        declaredIncomeTolerancePct: 0,
      }),
    ).toEqual({
      data: { timeZone: "America/Tijuana", flagWindowMonths: 1, declaredIncomeTolerancePct: 0 },
    });
    expect(
      figures({ flagWindowMonths: "120", declaredIncomeTolerancePct: "200" }).data,
    ).toMatchObject({ flagWindowMonths: 120, declaredIncomeTolerancePct: 200 });
  });

  it("names each field that is wrong", () => {
    const months = "Enter a whole number of months from 1 to 120.";
    const percent = "Enter a whole percentage from 0 to 200.";
    for (const flagWindowMonths of ["0", "121", "12.5", "", "doce", null, 3.5])
      expect(figures({ flagWindowMonths }).errors).toEqual({ flagWindowMonths: months });
    for (const declaredIncomeTolerancePct of ["-1", "201", "", "1e2", undefined])
      expect(figures({ declaredIncomeTolerancePct }).errors).toEqual({
        declaredIncomeTolerancePct: percent,
      });
    expect(figures({ timeZone: "Mars/Olympus_Mons" }).errors).toEqual({
      timeZone: "Choose a time zone from the list.",
    });
    expect(figures({ timeZone: "" }).errors).toEqual({
      timeZone: "Choose a time zone from the list.",
    });
    expect(figures({ timeZone: 5, flagWindowMonths: "0" }).errors).toEqual({
      timeZone: "Choose a time zone.",
      flagWindowMonths: months,
    });
  });
});

describe("reference year input", () => {
  it("reads amounts with up to two decimals, and an empty optional amount as none", () => {
    expect(year({})).toEqual({
      data: {
        intent: "add",
        year: 2027,
        umaDaily: 121.5,
        minimumWageDaily: 350,
        minimumWageBorderDaily: null,
      },
    });
    expect(
      year({ intent: "edit", minimumWageBorderDaily: " 470.1 ", umaDaily: 121.55 }).data,
    ).toMatchObject({ intent: "edit", umaDaily: 121.55, minimumWageBorderDaily: 470.1 });
    expect(year({ year: "2010", umaDaily: "", minimumWageDaily: "57.46" }).data).toMatchObject({
      year: 2010,
      umaDaily: null,
      minimumWageDaily: 57.46,
    });
  });

  it("keeps years within 2000–2100 and amounts positive with at most two decimals", () => {
    for (const value of ["1999", "2101", "2027.5", "", "año"])
      expect(year({ year: value }).errors).toEqual({ year: "Enter a year from 2000 to 2100." });
    expect(year({ minimumWageDaily: "" }).errors).toEqual({
      minimumWageDaily: "Enter the general minimum wage.",
    });
    for (const value of ["0", "-5", "0.00"])
      expect(year({ minimumWageDaily: value }).errors).toEqual({
        minimumWageDaily: "Enter an amount more than zero.",
      });
    for (const value of ["121.505", "12a", "1.2.3", "100000000"])
      expect(year({ umaDaily: value }).errors).toEqual({
        umaDaily: "Enter an amount in pesos with at most two decimals, such as 117.31.",
      });
    expect(year({ intent: "replace" }).errors).toEqual({
      intent: "Choose whether to add or edit a year.",
    });
  });

  it("requires the UMA from 2016, and refuses a UMA or a border wage before they existed", () => {
    expect(year({ umaDaily: "" }).errors).toEqual({
      umaDaily: "Enter the UMA: it is required from 2016.",
    });
    expect(year({ year: "2016", umaDaily: "" }).errors).toEqual({
      umaDaily: "Enter the UMA: it is required from 2016.",
    });
    expect(year({ year: "2015", umaDaily: "70.10", minimumWageBorderDaily: "100" }).errors).toEqual(
      {
        umaDaily: "The UMA began in 2016: leave it empty for earlier years.",
        minimumWageBorderDaily:
          "The border zone wage began in 2019: leave it empty for earlier years.",
      },
    );
    expect(year({ year: "2019", minimumWageBorderDaily: "176.72" }).data).toMatchObject({
      minimumWageBorderDaily: 176.72,
    });
  });
});

describe("missing fields", () => {
  it("get the same messages as empty ones", () => {
    expect(fieldErrors(figureSettingsSchema.safeParse({}).error!)).toEqual({
      timeZone: "Choose a time zone.",
      flagWindowMonths: "Enter a whole number of months from 1 to 120.",
      declaredIncomeTolerancePct: "Enter a whole percentage from 0 to 200.",
    });
    expect(fieldErrors(referenceYearSchema.safeParse({ intent: "add" }).error!)).toEqual({
      year: "Enter a year from 2000 to 2100.",
      minimumWageDaily: "Enter the general minimum wage.",
    });
  });
});
