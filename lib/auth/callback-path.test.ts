import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/exports?kind=queue")).toBe("/exports?kind=queue");
  });

  it("falls back to the applicants queue for anything else", () => {
    for (const value of [
      undefined,
      ["/a"],
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "exports",
    ]) {
      expect(safeCallbackPath(value)).toBe("/applicants");
    }
  });
});
