import { describe, expect, it } from "vitest";
import { parseQueueParams } from "./params";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VISIBLE_APPLICANT } from "@/lib/privacy/visible";
import { queueOrderBy, queueWhere as queueWhereOf } from "./query";

/**
 * The queue's filter without its first condition, which is always there: blocked applicants
 * (lib/privacy/visible.ts) are never listed, whatever the filters. `{}` when nothing else is asked.
 */
function queueWhere(...args: Parameters<typeof queueWhereOf>): Prisma.ApplicantWhereInput {
  const where = queueWhereOf(...args);
  const [first, ...rest] = where.AND as Prisma.ApplicantWhereInput[];
  expect(first).toEqual(VISIBLE_APPLICANT);
  return rest.length ? { AND: rest } : {};
}

const context = (now: string, timeZone: string) => ({
  userId: "00000000-0000-4000-8000-000000000000",
  now: new Date(now),
  timeZone,
  curpHash: (curp: string) => `hash:${curp}`,
});

// Every decision status (`decision=all`), so that the freshness filter is the only condition.
const freshness = (fresh: string, now: string, timeZone: string) =>
  queueWhere(parseQueueParams({ fresh, decision: "all" }), context(now, timeZone));

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

describe("queue decision and assignee filters", () => {
  const where = (params: Record<string, string>) =>
    queueWhere(parseQueueParams(params), context("2026-11-18T01:00:00Z", "UTC"));

  it("shows open work by default, chosen statuses when asked, and every status with `all`", () => {
    expect(where({})).toEqual({
      AND: [{ decisionStatus: { in: ["PENDING", "AWAITING_SIGN_OFF", "REFERRED"] } }],
    });
    expect(where({ decision: "approved,declined" })).toEqual({
      AND: [{ decisionStatus: { in: ["APPROVED", "DECLINED"] } }],
    });
    expect(where({ decision: "all" })).toEqual({});
  });

  it("filters by me, by no one, or by one user's id", () => {
    const userId = "0f2c2b8e-7f1a-4d3e-9b6c-5a4d3c2b1a00";
    expect(where({ decision: "all", assigned: "me" })).toEqual({
      AND: [{ assignedToId: context("", "UTC").userId }],
    });
    expect(where({ decision: "all", assigned: "unassigned" })).toEqual({
      AND: [{ assignedToId: null }],
    });
    expect(where({ decision: "all", assigned: userId })).toEqual({
      AND: [{ assignedToId: userId }],
    });
  });

  it("orders the worklist oldest first, then by id", () => {
    expect(queueOrderBy(parseQueueParams({}))).toEqual([{ createdAt: "asc" }, { id: "asc" }]);
    expect(queueOrderBy(parseQueueParams({ dir: "desc" }))).toEqual([
      { createdAt: "desc" },
      { id: "asc" },
    ]);
  });
});

describe("queue monitoring filter", () => {
  const where = (monitoring: string) =>
    queueWhere(
      parseQueueParams({ monitoring, decision: "all" }),
      context("2026-11-25T12:00:00Z", "UTC"),
    );

  it("keeps applicants whose link is recurrent, or those without one or with single access", () => {
    expect(where("on")).toEqual({ AND: [{ link: { is: { accessMode: "RECURRENT" } } }] });
    expect(where("off")).toEqual({
      AND: [{ OR: [{ link: { is: null } }, { link: { is: { accessMode: "SINGLE" } } }] }],
    });
    expect(where("maybe")).toEqual({});
  });
});
