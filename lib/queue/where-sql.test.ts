import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseQueueParams, type QueueParamsInput } from "@/lib/queue/params";
import { queueOrderBy } from "@/lib/queue/query";
import { seedQueueFixture, type QueueFixture } from "@/lib/queue/testing/fixture";
import { EXPORT_NOW, EXPORT_TIME_ZONE } from "@/lib/exports/testing/download";
import { exportWhere, type ExportScope } from "@/lib/exports/queue-export";
import { applicantOrderSql, applicantWhereSql } from "./where-sql";

let fx: QueueFixture;

beforeAll(async () => {
  fx = await seedQueueFixture(EXPORT_NOW);
  // LIKE's own characters in names and references: a search for them means the characters.
  for (const [index, name] of ["100% Ramos", "Luz_Mar", "Back\\slash", "Blocked Ana"].entries()) {
    await db().applicant.create({
      data: {
        name: `${fx.token} ${name}`,
        reference: `${fx.token}-w${index}%_`,
        institution: "ISSSTE",
        blockedAt: name.startsWith("Blocked") ? EXPORT_NOW : null,
      },
    });
  }
});

/** The ids, in order, that Prisma and the translated SQL select, read in one snapshot. */
async function both(params: QueueParamsInput, applicantId: string | null = null) {
  const scope: ExportScope = {
    userId: fx.userId,
    state: parseQueueParams(params),
    applicantId,
    now: EXPORT_NOW,
    timeZone: EXPORT_TIME_ZONE,
  };
  const [prisma, sql] = await db().$transaction(
    [
      db().applicant.findMany({
        where: exportWhere(scope),
        orderBy: queueOrderBy(scope.state),
        select: { id: true },
      }),
      db().$queryRawUnsafe<{ id: string }[]>(
        `SELECT a.id FROM applicants a WHERE ${applicantWhereSql(exportWhere(scope))}
         ORDER BY ${applicantOrderSql(queueOrderBy(scope.state))}`,
      ),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  return { prisma: prisma.map((row) => row.id), sql: sql.map((row) => row.id) };
}

const SORTS = ["createdAt", "name", "tenure", "monthlyIncome", "score12", "dataAsOf"];

describe("the queue's filter and order as SQL", () => {
  const token = () => fx.token;
  it.each([
    ...SORTS.flatMap((sort) => [
      [`sorted by ${sort}`, () => ({ q: token(), decision: "all", sort })],
      [`sorted by ${sort}, ascending`, () => ({ q: token(), decision: "all", sort, dir: "asc" })],
      [`sorted by ${sort}, descending`, () => ({ q: token(), decision: "all", sort, dir: "desc" })],
    ]),
    ["the worklist (default decisions)", () => ({ q: token() })],
    ["one decision status", () => ({ q: token(), decision: "APPROVED" })],
    ["institutions", () => ({ q: token(), institution: ["IMSS", "SANDBOX"], decision: "all" })],
    ["link status", () => ({ q: token(), status: ["VALID", "INVALID"], decision: "all" })],
    ...["under-400", "400-549", "700-plus", "none"].map((score) => [
      `score band ${score}`,
      () => ({ q: token(), score, decision: "all" }),
    ]),
    ["flags", () => ({ q: token(), flags: ["capped-salary", "jobless"], decision: "all" })],
    ...["fresh", "aging", "stale", "none"].map((fresh) => [
      `freshness ${fresh}`,
      () => ({ q: token(), fresh, decision: "all", sort: "dataAsOf" }),
    ]),
    ["monitored", () => ({ q: token(), monitoring: "on", decision: "all" })],
    ["not monitored", () => ({ q: token(), monitoring: "off", decision: "all" })],
    ["assigned to me", () => ({ q: token(), assigned: "me", decision: "all" })],
    ["unassigned", () => ({ q: token(), assigned: "unassigned", decision: "all" })],
    ["assigned to someone", () => ({ q: token(), assigned: fx.userId, decision: "all" })],
    ["a name fragment, any case", () => ({ q: `${token()} aNa`.toLowerCase(), decision: "all" })],
    ["a reference prefix", () => ({ q: `${token()}-A00`, decision: "all" })],
    ["a percent sign", () => ({ q: `${token()} 100%`, decision: "all" })],
    ["an underscore", () => ({ q: "z_Mar", decision: "all" })],
    ["a lone underscore", () => ({ q: "_", decision: "all", institution: "ISSSTE" })],
    ["a backslash", () => ({ q: "k\\s", decision: "all" })],
    ["a quote", () => ({ q: "O'Brien", decision: "all" })],
    ["an exact CURP", () => ({ q: fx.curp, decision: "all" })],
    [
      "everything at once",
      () => ({
        q: token(),
        institution: "IMSS",
        status: "VALID",
        score: "700-plus",
        fresh: "fresh",
        monitoring: "off",
        assigned: "me",
        sort: "score12",
        dir: "asc",
      }),
    ],
  ] as [string, () => QueueParamsInput][])(
    "selects the same rows in order: %s",
    async (_, params) => {
      const { prisma, sql } = await both(params());
      expect(sql).toEqual(prisma);
    },
  );

  it("selects the same rows over the whole table, unfiltered", async () => {
    const { prisma, sql } = await both({ decision: "all", sort: "name", dir: "asc" });
    expect(prisma.length).toBeGreaterThan(5);
    expect(sql).toEqual(prisma);
  });

  it("finds one applicant by id, but not a blocked one", async () => {
    const blocked = await db().applicant.findFirstOrThrow({
      where: { reference: { startsWith: `${fx.token}-w3` } },
    });
    expect(await both({}, fx.ids.ana)).toEqual({ prisma: [fx.ids.ana], sql: [fx.ids.ana] });
    expect(await both({}, blocked.id)).toEqual({ prisma: [], sql: [] });
  });

  it("refuses a filter it cannot translate instead of reading it loosely", () => {
    expect(() => applicantWhereSql({ name: { endsWith: "x" } })).toThrow(/no SQL translation/);
    expect(() => applicantWhereSql({ decisions: { some: {} } })).toThrow(/no SQL translation/);
  });
});
