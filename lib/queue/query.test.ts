import { describe, expect, it } from "vitest";
import { parseQueueParams } from "./params";
import { queueWhere } from "./query";

const context = (now: string, timeZone: string) => ({
  userId: "00000000-0000-4000-8000-000000000000",
  now: new Date(now),
  timeZone,
  curpHash: (curp: string) => `hash:${curp}`,
});

const freshness = (fresh: string, now: string, timeZone: string) =>
  queueWhere(parseQueueParams({ fresh }), context(now, timeZone));

describe("queue freshness filter", () => {
  it("counts whole days in the organization's time zone", () => {
    // 19:00 on 17 November in Mexico City (already the 18th in UTC): today is the 17th, so data
    // collected from 18 October (00:00 there, 06:00 UTC) on is at most 30 days old.
    const now = "2026-11-18T01:00:00Z";
    expect(freshness("fresh", now, "America/Mexico_City")).toEqual({
      AND: [{ dataAsOf: { gte: new Date("2026-10-18T06:00:00Z") } }],
    });
    expect(freshness("aging", now, "America/Mexico_City")).toEqual({
      AND: [
        {
          dataAsOf: {
            lt: new Date("2026-10-18T06:00:00Z"),
            gte: new Date("2026-08-19T06:00:00Z"),
          },
        },
      ],
    });
    expect(freshness("stale", now, "America/Mexico_City")).toEqual({
      AND: [{ dataAsOf: { lt: new Date("2026-08-19T06:00:00Z") } }],
    });
    // The same instant in UTC is the 18th, a day later.
    expect(freshness("fresh", now, "UTC")).toEqual({
      AND: [{ dataAsOf: { gte: new Date("2026-10-19T00:00:00Z") } }],
    });
  });

  it("leaves records without data to their own filter", () => {
    expect(freshness("none", "2026-11-18T01:00:00Z", "America/Mexico_City")).toEqual({
      AND: [{ dataAsOf: null }],
    });
  });
});
