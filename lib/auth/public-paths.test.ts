import { describe, expect, it } from "vitest";
import { isPublicPage } from "./public-paths";

describe("isPublicPage", () => {
  it("lets sign-in, invite connect and set-password pages through", () => {
    for (const path of ["/login", "/connect/abc", "/connect/abc/done", "/join/abc"]) {
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
      "/join",
      "/joined",
    ]) {
      expect(isPublicPage(path), path).toBe(false);
    }
  });
});
