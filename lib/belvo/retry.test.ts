import { describe, expect, it } from "vitest";
import { backoffDelay, isRetryableStatus, parseRetryAfter, resolveRetryPolicy } from "./retry";
import { filterKey, toQuery } from "./query";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
  });
  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("", now)).toBeNull();
  });
});

describe("backoffDelay", () => {
  const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
  it("doubles, with jitter in the upper half, under a ceiling", () => {
    expect(backoffDelay(1, { ...policy, random: () => 0 })).toBe(50);
    expect(backoffDelay(1, { ...policy, random: () => 0.999999 })).toBe(100);
    expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(200);
    expect(backoffDelay(10, { ...policy, random: () => 1 })).toBe(1000);
  });
});

describe("isRetryableStatus", () => {
  it("is 429 and 5xx only", () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 408].some(isRetryableStatus)).toBe(false);
  });
});

describe("toQuery", () => {
  it("maps our camelCase filters to Belvo's lookups", () => {
    expect(filterKey("createdAtGte")).toBe("created_at__gte");
    expect(filterKey("createdByNotIn")).toBe("created_by__not_in");
    expect(filterKey("linkIn")).toBe("link__in");
    expect(filterKey("resourcesAllin")).toBe("resources__allin");
    expect(filterKey("institutionUserId")).toBe("institution_user_id");
    const query = toQuery({
      link: "abc",
      idIn: ["1", "2"],
      createdAtRange: ["2022-03-03", "2022-05-04"],
      pageSize: 5,
      page: undefined,
    });
    expect(query.toString()).toBe(
      "link=abc&id__in=1%2C2&created_at__range=2022-03-03%2C2022-05-04&page_size=5",
    );
  });
});
