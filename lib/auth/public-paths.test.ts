import { describe, expect, it } from "vitest";
import { isPublicPage } from "./public-paths";

describe("isPublicPage", () => {
  it("lets sign-in and invite connect pages through", () => {
    for (const path of ["/login", "/connect/abc", "/connect/abc/done"]) {
      expect(isPublicPage(path), path).toBe(true);
    }
  });

  it("protects everything else, including look-alike paths", () => {
    for (const path of [
      "/",
      "/applicants",
      "/settings",
      "/login-admin",
      "/connect",
      "/connections",
    ]) {
      expect(isPublicPage(path), path).toBe(false);
    }
  });
});
