import { describe, expect, it } from "vitest";
import { jsonDepthExceeds, MAX_JSON_DEPTH, unsafeTextPath } from "./json-guard";

const nested = (depth: number, inner = "1") => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;

describe("JSON nesting depth, counted on the raw text", () => {
  it("allows up to the limit and refuses one level more", () => {
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds(`{"a":{"b":[{"c":1}]}}`, 4)).toBe(false);
    expect(jsonDepthExceeds(`{"a":{"b":[{"c":[]}]}}`, 4)).toBe(true);
  });

  it("refuses 20,000 and 1,000,000 levels without recursion", () => {
    expect(jsonDepthExceeds(nested(20_000))).toBe(true);
    expect(jsonDepthExceeds(`{"a":${'{"b":'.repeat(1_000_000)}1${"}".repeat(1_000_000)}}`)).toBe(
      true,
    );
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    const text = JSON.stringify({ note: `${"[".repeat(100)} \\" "${"{".repeat(100)}` });
    expect(jsonDepthExceeds(text, 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify(["\\", "[[[[", '\\\\"[[']), 1)).toBe(false);
  });
});

describe("NUL and lone surrogates anywhere in parsed JSON", () => {
  it("names the path of the value or key, like zod's issue paths", () => {
    expect(unsafeTextPath({ name: "Ana", note: "ok" })).toBeNull();
    expect(unsafeTextPath({ name: "Ana\u0000" })).toBe("name");
    expect(unsafeTextPath({ consent: { version: "\uD800" } })).toBe("consent.version");
    expect(unsafeTextPath({ ids: ["a", "b\uDC00"] })).toBe("ids.1");
    expect(unsafeTextPath({ data: { "k\u0000y": 1 } })).toBe("data.k\uFFFDy");
    expect(unsafeTextPath("\u0000")).toBe("");
    expect(unsafeTextPath([1, null, true, { a: ["😀"] }])).toBeNull();
  });

  it("walks a value nested 100,000 levels deep without overflowing the stack", () => {
    const deep = JSON.parse(nested(100_000, '"\\u0000"')) as unknown;
    expect(unsafeTextPath(deep)).toBe(
      Array.from({ length: 100_000 }, () => "0")
        .join(".")
        .slice(0, 200),
    );
  });
});
