import { describe, expect, it } from "vitest";
import { AGENCY_SEPARATOR, employerLabel, employerParts } from "./employer-label";

const SSA = "SECRETARIA DE SALUD (SSA);SERVICIOS DE SALUD DE OAXACA";

describe("employerParts", () => {
  it("splits ISSSTE's agency;employer into the employer and its agency", () => {
    expect(employerParts(SSA)).toEqual({
      name: "SERVICIOS DE SALUD DE OAXACA",
      agency: "SECRETARIA DE SALUD (SSA)",
    });
  });

  it("keeps an IMSS employer whole, with no agency", () => {
    expect(employerParts("Grupo Peña S.A. de C.V.")).toEqual({
      name: "Grupo Peña S.A. de C.V.",
      agency: null,
    });
  });

  it("collapses two equal halves into one employer", () => {
    expect(
      employerParts("SECRETARIA DE EDUCACION PUBLICA (SEP);SECRETARIA DE EDUCACION PUBLICA (SEP)"),
    ).toEqual({
      name: "SECRETARIA DE EDUCACION PUBLICA (SEP)",
      agency: null,
    });
  });

  it("treats halves differing only in case, accents or spacing as equal", () => {
    expect(employerParts("SECRETARÍA DE SALUD ; Secretaria  de Salud")).toEqual({
      name: "SECRETARÍA DE SALUD",
      agency: null,
    });
  });

  it("ignores empty halves and surrounding spaces", () => {
    expect(employerParts(" SEP ; ")).toEqual({ name: "SEP", agency: null });
    expect(employerParts(";SEP")).toEqual({ name: "SEP", agency: null });
  });

  it("returns the raw text when there is nothing but separators", () => {
    expect(employerParts(";")).toEqual({ name: ";", agency: null });
    expect(employerParts("")).toEqual({ name: "", agency: null });
  });
});

describe("employerLabel", () => {
  it("shows an ISSSTE employer as one employer, never with the concurrent-jobs separator", () => {
    const label = employerLabel(SSA);
    expect(label).toBe("SECRETARIA DE SALUD (SSA) — SERVICIOS DE SALUD DE OAXACA");
    expect(label).not.toContain(" · ");
    expect(label).not.toContain(", ");
    expect(label.split(AGENCY_SEPARATOR)).toHaveLength(2);
  });

  it("shows a repeated half once", () => {
    expect(employerLabel("SEP;SEP")).toBe("SEP");
  });

  it("leaves an IMSS employer as given", () => {
    expect(employerLabel("Grupo Peña S.A. de C.V.")).toBe("Grupo Peña S.A. de C.V.");
  });

  it("is idempotent, so a list built from labels can be labelled again", () => {
    for (const raw of [SSA, "SEP;SEP", "Grupo Peña S.A. de C.V."])
      expect(employerLabel(employerLabel(raw))).toBe(employerLabel(raw));
  });
});
