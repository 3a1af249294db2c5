import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { curpCheckDigit as emulatorCheckDigit } from "@/scripts/belvo-emulator/data/identifiers";
import { sampleCurp } from "@/scripts/belvo-emulator/testing/harness";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { curpBirthDate, curpCheckDigit, curpMatchesName, curpProblem } from "./curp";

/** A CURP whose first 17 characters are `first17`, with the right check digit. */
const signed = (first17: string) => `${first17}${curpCheckDigit(first17)}`;

describe("curpProblem", () => {
  it("accepts every persona CURP but the sandbox one, and the test generators' CURPs", () => {
    for (const persona of Object.values(PERSONAS)) {
      if (persona === PERSONAS.sandbox) continue;
      expect(curpProblem(persona.curp), persona.curp).toBeNull();
    }
    for (let i = 0; i < 500; i += 1) {
      const curp = uniqueCurp();
      expect(curpProblem(curp), curp).toBeNull();
      expect(curpProblem(sampleCurp(i))).toBeNull();
    }
  });

  it.each([
    ["TOO-SHORT", "shape"],
    ["iann850314mdfbxr00", "shape"], // callers upper-case first
    ["BLPM951331IONVGR54", "birthMonth"], // Belvo's sandbox CURP: month 13
    [signed("IANM851314MDFBXR0"), "birthMonth"],
    [signed("IANM850014MDFBXR0"), "birthMonth"],
    [signed("IANM850230MDFBXR0"), "birthDay"], // 30 February
    [signed("IANM850229MDFBXR0"), "birthDay"], // 1985 is not a leap year
    [signed("IANM850400MDFBXR0"), "birthDay"],
    [signed("IANM850314ZDFBXR0"), "sex"],
    [signed("IANM850314MZZBXR0"), "state"],
    ["IANM850314MDFBXR01", "checkDigit"], // IANM850314MDFBXR00 is right
  ])("refuses %s: %s", (curp, problem) => {
    expect(curpProblem(curp)).toBe(problem);
  });

  it.each([
    signed("IANM850314XDFBXR0"), // X: non-binary, issued since 2022
    signed("IANM850314MNEBXR0"), // NE: born abroad
    signed("WOFK920229MBCNNR0"), // 29 February of a leap year
    signed("WOFK000229MBCNNRA"), // 2000: the letter in position 17 means the 2000s
  ])("accepts %s", (curp) => {
    expect(curpProblem(curp)).toBeNull();
  });

  it("reads the century from position 17", () => {
    expect(curpBirthDate("IANM850314MDFBXR00")).toBe("1985-03-14");
    expect(curpBirthDate(signed("IANM050314MDFBXRA"))).toBe("2005-03-14");
    expect(curpBirthDate(signed("WOFK000229MBCNNRA"))).toBe("2000-02-29");
    expect(curpBirthDate(signed("WOFK000229MBCNNR0"))).toBeNull(); // 1900 was no leap year
  });

  it("computes the same check digit as the emulator", () => {
    for (let i = 0; i < 200; i += 1) {
      const first17 = uniqueCurp().slice(0, 17);
      expect(emulatorCheckDigit(first17)).toBe(curpCheckDigit(first17));
    }
    expect(curpCheckDigit("IANM850314MDFBXR0")).toBe("0");
  });
});

describe("curpMatchesName (a warning, never a refusal)", () => {
  it("matches every persona's name typed as 'given names surname1 surname2'", () => {
    for (const persona of Object.values(PERSONAS).filter((p) => p !== PERSONAS.sandbox))
      expect(
        curpMatchesName(persona.curp, `${persona.firstName} ${persona.lastName}`),
        persona.curp,
      ).toBe(true);
  });

  it.each([
    ["IANM850314MDFBXR00", "mariana ibáñez núñez"],
    ["PEOJ980722HJCXCS08", "José Jesús Peña Ochoa"], // José is skipped when another name follows
    ["MOXL900101HDFRRR01", "Luis de la Mora"], // particles skipped, no second surname → X
    ["BXEA900101HDFRRR01", "Ana Buendía Estrada"], // a rude word's vowel replaced with X
    ["IANM850314MDFBXR00", "Mariana"], // nothing to compare
  ])("%s matches %s", (curp, name) => {
    expect(curpMatchesName(curp, name)).toBe(true);
  });

  it("flags a CURP of someone else", () => {
    expect(curpMatchesName("IANM850314MDFBXR00", "Jesús Peña Ochoa")).toBe(false);
    expect(curpMatchesName("PEOJ980722HJCXCS08", "Mariana Ibáñez Núñez")).toBe(false);
  });
});
