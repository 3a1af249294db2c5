import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readProgress, refuseProgress, startProgress, updateProgress } from "./progress";

describe("export progress", () => {
  it("is read and written by the user who started the export only", () => {
    const id = randomUUID();
    startProgress(id, { userId: "ana", total: 10 });
    updateProgress(id, "luis", { rows: 99, status: "failed" });
    startProgress(id, { userId: "luis", total: 1 });
    updateProgress(id, "ana", { rows: 4, applicants: 2 });
    expect(readProgress(id, "ana")).toMatchObject({ total: 10, rows: 4, status: "running" });
    expect(readProgress(id, "luis")).toBeNull();
  });

  it("keeps the reason an export was refused before its first byte", () => {
    const id = randomUUID();
    refuseProgress(id, "ana", "exports.validation.unknownColumn");
    expect(readProgress(id, "ana")).toMatchObject({
      status: "failed",
      error: "exports.validation.unknownColumn",
    });
  });
});
