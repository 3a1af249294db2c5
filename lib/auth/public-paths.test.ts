import { describe, expect, it } from "vitest";
import { isPublicPath } from "./public-paths";

describe("isPublicPath", () => {
  it("lets sign-in, auth callbacks, health and webhooks through", () => {
    for (const path of [
      "/login",
      "/api/auth/session",
      "/api/auth/callback/credentials",
      "/api/health",
      "/api/webhooks/belvo",
    ]) {
      expect(isPublicPath(path), path).toBe(true);
    }
  });

  it("protects everything else, including look-alike paths", () => {
    for (const path of [
      "/",
      "/applicants",
      "/api/me",
      "/login-admin",
      "/api/healthz",
      "/api/authx",
      "/api/webhooks",
    ]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });
});
