import { describe, expect, it } from "vitest";
import { OpenApiValidator } from "./testing/openapi";

// The validator must be able to fail, or every "validated" response in the suite means nothing.
describe("OpenAPI validator", () => {
  const validator = new OpenApiValidator();
  const link = {
    id: "74c01cb4-edf1-44d6-8876-b1dc2aebcb14",
    institution: "planet_mx_employment",
    access_mode: "single",
    status: "valid",
    refresh_rate: null,
    created_by: "6e9be884-4781-4143-b673-aca02475ee8c",
    last_accessed_at: "2024-06-26T16:25:54.344113Z",
    external_id: "COHORT_32",
    created_at: "2024-06-26T16:25:54.334413Z",
    institution_user_id: "BidIxnZkKvQx0_F0oSYVx6Jnsh4Zmoat2ot2iOoG018=",
    credentials_storage: "365d",
    stale_in: null,
    fetch_resources: ["EMPLOYMENT_RECORDS", "OWNERS"],
  };

  it("accepts Belvo's own example link, with nullable fields", () => {
    expect(validator.validate("POST", "/api/links/", 201, link)).toEqual({
      checked: true,
      valid: true,
      errors: [],
    });
  });

  it("rejects wrong types, enums and formats", () => {
    expect(
      validator.validate("POST", "/api/links/", 201, { ...link, access_mode: "sometimes" }).valid,
    ).toBe(false);
    expect(
      validator.validate("GET", "/api/links/7/", 200, { ...link, id: "not-a-uuid" }).valid,
    ).toBe(false);
    expect(
      validator.validate("GET", "/api/links/", 200, {
        count: "1",
        next: null,
        previous: null,
        results: [],
      }).valid,
    ).toBe(false);
    expect(
      validator.validate("GET", "/api/links/", 401, { code: "authentication_failed" }).valid,
    ).toBe(false);
    expect(
      validator.validate("GET", "/api/links/", 401, [
        { code: "x", message: "y", request_id: "nothex" },
      ]).valid,
    ).toBe(false);
  });

  it("reports responses the spec has no schema for as unchecked", () => {
    expect(validator.validate("POST", "/api/token/", 200, {}).checked).toBe(false);
    expect(validator.validate("DELETE", "/api/links/abc/", 204, "").checked).toBe(false);
  });
});
