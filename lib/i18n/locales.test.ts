import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    ["es-MX,en;q=0.5", "es"],
    ["en-US", "en"],
    ["fr", "es"],
    ["", "es"],
    ["en;q=0.4, es;q=0.9", "es"],
  ])("Accept-Language %j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("answers Spanish when the browser sends no header", () => {
    expect(negotiateLocale(null)).toBe("es");
    expect(negotiateLocale(undefined)).toBe("es");
  });

  it("follows the browser's preference between the two, whatever the order", () => {
    expect(negotiateLocale("fr-FR, en-GB;q=0.8, es;q=0.5")).toBe("en");
    expect(negotiateLocale("en;q=0, es-MX;q=0.1")).toBe("es");
  });
});
