import { describe, expect, it } from "vitest";
import { isLocalDatabase } from "./local";

describe("isLocalDatabase", () => {
  it("accepts loopback hosts only", () => {
    expect(isLocalDatabase("postgresql://postgres@127.0.0.1:5432/db")).toBe(true);
    expect(isLocalDatabase("postgresql://postgres@localhost/db")).toBe(true);
    expect(isLocalDatabase("postgresql://postgres@[::1]:5432/db")).toBe(true);
    expect(isLocalDatabase("postgresql://u:p@db.internal:5432/db")).toBe(false);
    expect(isLocalDatabase("not a url")).toBe(false);
  });
});
