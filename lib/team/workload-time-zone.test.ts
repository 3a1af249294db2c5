import { describe, expect, it } from "vitest";
import { timeZoneLabel } from "./workload-time-zone";

describe("timeZoneLabel", () => {
  it("names a zone in the reader's language, with its city", () => {
    const es = timeZoneLabel("America/Tijuana", "es");
    const en = timeZoneLabel("America/Tijuana", "en");
    expect(es).toMatch(/^hora .*Pacífico \(Tijuana\)$/);
    expect(en).toMatch(/^Pacific .*\(Tijuana\)$/);
    expect(timeZoneLabel("America/Mexico_City", "es")).toMatch(/^hora .+ \(Mexico City\)$/);
  });

  it("reads UTC by its name, and an unknown zone by its id", () => {
    expect(timeZoneLabel("UTC", "en")).toBe("Coordinated Universal Time");
    expect(timeZoneLabel("Not/A_Zone", "es")).toBe("Not/A_Zone");
  });
});
