import { describe, expect, it } from "vitest";
import { authorizationMatches } from "./authorization";

describe("authorizationMatches", () => {
  it("matches only the exact value", () => {
    expect(authorizationMatches("Bearer abc", "Bearer abc")).toBe(true);
    expect(authorizationMatches("Bearer abd", "Bearer abc")).toBe(false);
    expect(authorizationMatches("Bearer abc ", "Bearer abc")).toBe(false);
    expect(authorizationMatches("Bearer a", "Bearer abc")).toBe(false);
    expect(authorizationMatches("", "Bearer abc")).toBe(false);
    expect(authorizationMatches(null, "Bearer abc")).toBe(false);
  });
});
