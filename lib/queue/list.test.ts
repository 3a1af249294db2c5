import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { parseQueueParams, type QueueParamsInput } from "@/lib/queue/params";
import { db } from "@/lib/db";
import { listQueue } from "./list";
import { seedQueueFixture, type QueueFixture } from "./testing/fixture";

const NOW = new Date("2026-11-25T12:00:00.000Z");
const TIME_ZONE = "America/Mexico_City";
let fx: QueueFixture;

/** The names (without the run's token) that a URL state lists, in order. */
async function names(params: QueueParamsInput, userId = fx.userId) {
  const state = parseQueueParams({ q: fx.token, ...params });
  const page = await listQueue({ user: { id: userId }, state, now: NOW, timeZone: TIME_ZONE });
  return page.rows.map((row) => row.name.replace(`${fx.token} `, ""));
}

/** 60 applicants under a new token, scored with empty values, ties and distinct values. */
async function seedScored(prefix: string) {
  const token = `${prefix}${randomUUID().slice(0, 8)}`;
  await db().applicant.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      name: `${token} Persona ${String(i).padStart(2, "0")}`,
      reference: `${token}-${i}`,
      institution: "IMSS" as const,
      score12: i % 4 === 0 ? null : 500 + (i % 7) * 50,
    })),
  });
  return token;
}

beforeAll(async () => {
  fx = await seedQueueFixture(NOW);
});

describe("queue data layer: search", () => {
  it("matches part of the name, ignoring case", async () => {
    expect(await names({ q: `${fx.token} ana` })).toEqual(["Ana Núñez"]);
    expect(await names({ q: `${fx.token} CARLA` })).toEqual(["Carla Ibáñez"]);
  });

  it("matches a name with or without its accents and ñ, in any case", async () => {
    expect(await names({ q: `${fx.token} ana nunez` })).toEqual(["Ana Núñez"]);
    expect(await names({ q: `${fx.token} ANA NÚÑEZ` })).toEqual(["Ana Núñez"]);
    expect(await names({ q: `${fx.token} carla ibanez` })).toEqual(["Carla Ibáñez"]);
    // Decomposed accents (some keyboards and pasted text) are the same letters.
    expect(await names({ q: `${fx.token} Ana Nu\u0301n\u0303ez` })).toEqual(["Ana Núñez"]);
  });

  it("follows a renamed applicant, whatever wrote the name", async () => {
    const token = `Rn${randomUUID().slice(0, 8)}`;
    const applicant = await db().applicant.create({
      data: { name: `${token} Jose Peña`, reference: `${token}-1`, institution: "IMSS" },
    });
    const found = async (q: string) =>
      (
        await listQueue({
          user: { id: fx.userId },
          state: parseQueueParams({ q: `${token} ${q}` }),
          now: NOW,
          timeZone: TIME_ZONE,
        })
      ).rows.map((row) => row.name);
    expect(await found("jose pena")).toEqual([`${token} Jose Peña`]);
    await db()
      .$executeRaw`UPDATE applicants SET name = ${`${token} José Íñiguez`} WHERE id = ${applicant.id}::uuid`;
    expect(await found("jose pena")).toEqual([]);
    expect(await found("jose iniguez")).toEqual([`${token} José Íñiguez`]);
    // A write of the folded copy itself cannot make it disagree with the name.
    await db().applicant.update({ where: { id: applicant.id }, data: { nameSearch: "x" } });
    expect(await found("jose iniguez")).toEqual([`${token} José Íñiguez`]);
  });

  it("matches the start of the reference, ignoring case, but not its middle", async () => {
    expect(await names({ q: `${fx.token}-B0`.toUpperCase() })).toEqual(["Beto Peña"]);
    // The middle of "<token>-B002", with its dash: no name holds one (a bare "b002" can occur in
    // the random token that every fixture name starts with).
    expect(await names({ q: "-b002" })).toEqual([]);
  });

  it("finds an exact CURP through its keyed hash only", async () => {
    expect(await names({ q: fx.curp })).toEqual(["Elena Soto"]);
    expect(await names({ q: fx.curp.toLowerCase() })).toEqual(["Elena Soto"]);
    expect(await names({ q: "ZZZZ000000HDFXXX01" })).toEqual([]);
    expect(await names({ q: fx.curp.slice(0, 10) })).toEqual([]);
  });
});

describe("queue data layer: filters", () => {
  it.each<[QueueParamsInput, string[]]>([
    [{ institution: "IMSS" }, ["Elena Soto", "Carla Ibáñez", "Ana Núñez"]],
    [{ institution: "ISSSTE,SANDBOX" }, ["Diego Ruiz", "Beto Peña"]],
    [{ status: "VALID" }, ["Elena Soto", "Ana Núñez"]],
    [{ status: "INVALID,TOKEN_REQUIRED" }, ["Beto Peña"]],
    [{ score: "under-550" }, ["Elena Soto"]],
    [{ score: "550-649" }, ["Carla Ibáñez"]],
    [{ score: "650-749" }, []],
    [{ score: "750-plus" }, ["Ana Núñez"]],
    [{ score: "none" }, ["Diego Ruiz", "Beto Peña"]],
    [{ flags: "salary-cut,issste" }, ["Carla Ibáñez", "Beto Peña"]],
    [{ flags: "past-gap" }, ["Elena Soto"]],
    [{ fresh: "fresh" }, ["Elena Soto", "Ana Núñez"]],
    [{ fresh: "aging" }, ["Carla Ibáñez"]],
    [{ fresh: "stale" }, ["Beto Peña"]],
    [{ fresh: "none" }, ["Diego Ruiz"]],
    [{ assigned: "me" }, ["Ana Núñez"]],
    [{ assigned: "unassigned" }, ["Elena Soto", "Diego Ruiz", "Beto Peña"]],
    [{ assigned: "00000000-0000-4000-8000-000000000000" }, []],
    [{ institution: "IMSS", status: "VALID", fresh: "fresh", score: "750-plus" }, ["Ana Núñez"]],
  ])("%o → %o", async (params, expected) => {
    // Newest first, as before the worklist's default order.
    expect(await names({ dir: "desc", ...params })).toEqual(expected);
  });

  it("follows the link's status as Belvo changes it, and its removal", async () => {
    const ana = fx.ids.ana;
    const statuses = async () =>
      [await names({ status: "VALID" }), await names({ status: "INVALID" })].map((list) =>
        list.includes("Ana Núñez"),
      );
    expect(await statuses()).toEqual([true, false]);
    await db().link.update({ where: { applicantId: ana }, data: { status: "INVALID" } });
    expect(await statuses()).toEqual([false, true]);
    const link = await db().link.delete({ where: { applicantId: ana } });
    expect(await statuses()).toEqual([false, false]);
    const { id: _id, updatedAt: _updatedAt, ...again } = link;
    await db().link.create({ data: { ...again, status: "VALID" } });
    expect(await statuses()).toEqual([true, false]);
  });

  it("filters by one user's id", async () => {
    const carla = await db().applicant.findUniqueOrThrow({ where: { id: fx.ids.carla } });
    expect(await names({ assigned: carla.assignedToId ?? "" })).toEqual(["Carla Ibáñez"]);
    expect(await names({ assigned: fx.userId })).toEqual(["Ana Núñez"]);
  });
});

describe("queue data layer: the worklist", () => {
  const DAY = 86_400_000;
  let token: string;
  const at = (days: number) => new Date(NOW.getTime() - days * DAY);

  beforeAll(async () => {
    token = `W${randomUUID().slice(0, 8)}`;
    const rows = [
      // name, status, added (days ago), decided (days ago)
      ["Pendiente", "PENDING", 3, null],
      ["Referido", "REFERRED", 10, 2],
      ["Visto bueno", "AWAITING_SIGN_OFF", 5, 1],
      ["Aprobado", "APPROVED", 20, 15],
      ["Rechazado", "DECLINED", 1, 0],
    ] as const;
    await db().applicant.createMany({
      data: rows.map(([name, decisionStatus, added, decided], i) => ({
        name: `${token} ${name}`,
        reference: `${token}-${i}`,
        institution: "IMSS" as const,
        decisionStatus,
        createdAt: at(added),
        decidedAt: decided === null ? null : at(decided),
      })),
    });
  });

  const list = async (params: QueueParamsInput) => {
    const page = await listQueue({
      user: { id: fx.userId },
      state: parseQueueParams({ q: token, ...params }),
      now: NOW,
      timeZone: TIME_ZONE,
    });
    return page.rows.map((row) => [row.name.replace(`${token} `, ""), row.waitingDays]);
  };

  it("shows open work oldest first by default, and how long each has waited until today", async () => {
    expect(await list({})).toEqual([
      ["Referido", 10],
      ["Visto bueno", 5],
      ["Pendiente", 3],
    ]);
  });

  it("stops the clock at a final decision, and shows every status with `all`", async () => {
    expect(await list({ decision: "all" })).toEqual([
      ["Aprobado", 5],
      ["Referido", 10],
      ["Visto bueno", 5],
      ["Pendiente", 3],
      ["Rechazado", 1],
    ]);
  });

  it("filters by the chosen statuses", async () => {
    expect(await list({ decision: "approved,declined", dir: "desc" })).toEqual([
      ["Rechazado", 1],
      ["Aprobado", 5],
    ]);
    expect(await list({ decision: "awaiting-sign-off" })).toEqual([["Visto bueno", 5]]);
  });
});

describe("queue data layer: sorting", () => {
  it.each<[QueueParamsInput, string[]]>([
    // The worklist, oldest first (was newest first before the worklist, issue 19).
    [{}, ["Ana Núñez", "Beto Peña", "Carla Ibáñez", "Diego Ruiz", "Elena Soto"]],
    [{ dir: "desc" }, ["Elena Soto", "Diego Ruiz", "Carla Ibáñez", "Beto Peña", "Ana Núñez"]],
    [{ sort: "name" }, ["Ana Núñez", "Beto Peña", "Carla Ibáñez", "Diego Ruiz", "Elena Soto"]],
    [
      { sort: "name", dir: "desc" },
      ["Elena Soto", "Diego Ruiz", "Carla Ibáñez", "Beto Peña", "Ana Núñez"],
    ],
    [
      { sort: "monthlyIncome" },
      ["Elena Soto", "Ana Núñez", "Carla Ibáñez", "Beto Peña", "Diego Ruiz"],
    ],
    [
      { sort: "monthlyIncome", dir: "asc" },
      ["Carla Ibáñez", "Ana Núñez", "Elena Soto", "Beto Peña", "Diego Ruiz"],
    ],
    [{ sort: "tenure" }, ["Elena Soto", "Ana Núñez", "Carla Ibáñez", "Beto Peña", "Diego Ruiz"]],
    [
      { sort: "tenure", dir: "asc" },
      ["Carla Ibáñez", "Ana Núñez", "Elena Soto", "Beto Peña", "Diego Ruiz"],
    ],
    [
      { sort: "score12", dir: "asc" },
      ["Elena Soto", "Carla Ibáñez", "Ana Núñez", "Beto Peña", "Diego Ruiz"],
    ],
    [{ sort: "dataAsOf" }, ["Ana Núñez", "Elena Soto", "Carla Ibáñez", "Beto Peña", "Diego Ruiz"]],
  ])("%o → %o (empty values last either way)", async (params, expected) => {
    expect(await names(params)).toEqual(expected);
  });
});

describe("queue data layer: pages and rows", () => {
  it("pages through a larger set without repeating or skipping rows", async () => {
    const token = `P${randomUUID().slice(0, 8)}`;
    await db().applicant.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({
        name: `${token} Persona ${String(i).padStart(2, "0")}`,
        reference: `${token}-${i}`,
        institution: "IMSS" as const,
        score12: 700, // all equal: the id decides, so pages stay stable
      })),
    });
    const page = (params: QueueParamsInput) =>
      listQueue({
        user: { id: fx.userId },
        state: parseQueueParams({ q: token, sort: "score12", ...params }),
        now: NOW,
        timeZone: TIME_ZONE,
      });
    const first = await page({});
    const second = await page({ page: "2" });
    expect(first).toMatchObject({ total: 27, capped: false, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(2);
    const ids = new Set([...first.rows, ...second.rows].map((row) => row.id));
    expect(ids.size).toBe(27);
    const past = await page({ page: "9" });
    expect(past.page).toBe(2);
    expect(past.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    expect((await page({ size: "50" })).rows).toHaveLength(27);
  });

  it("reads a deep page from the end, in the same order as from the start", async () => {
    // Empty scores, ties and distinct values, so the reverse must flip all three.
    const token = await seedScored("R");
    for (const dir of ["asc", "desc"] as const) {
      const ids = async (params: QueueParamsInput, deepOffset?: number) => {
        const state = parseQueueParams({ q: token, sort: "score12", dir, ...params });
        const page = await listQueue({ user: { id: fx.userId }, state, now: NOW, deepOffset });
        return page.rows.map((row) => row.id);
      };
      const all = await ids({ size: "100" });
      expect(all).toHaveLength(60);
      // deepOffset 0: every page waits for the count; pages 2 and 3 are read from the end.
      const pages = [await ids({}, 0), await ids({ page: "2" }, 0), await ids({ page: "3" }, 0)];
      expect(pages.map((rows) => rows.length)).toEqual([25, 25, 10]);
      expect(pages.flat()).toEqual(all);
      // Past the end: the last page, read from the end as well.
      expect(await ids({ page: "7" }, 0)).toEqual(all.slice(50));
    }
  });

  it("counts the first pages only up to the cap, and a page past it exactly", async () => {
    const token = await seedScored("C");
    const list = (params: QueueParamsInput, countCap: number) =>
      listQueue({
        user: { id: fx.userId },
        state: parseQueueParams({ q: token, sort: "score12", ...params }),
        now: NOW,
        timeZone: TIME_ZONE,
        countCap,
      });
    const all = (await list({ size: "100" }, 1_000)).rows.map((row) => row.id);
    expect(all).toHaveLength(60);
    const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

    // 60 matches, counted up to 50: "more than 50", the number of pages unknown.
    const first = await list({}, 50);
    expect(first).toMatchObject({ total: 50, capped: true, page: 1, pageCount: null });
    expect(ids(first)).toEqual(all.slice(0, 25));
    const second = await list({ page: "2" }, 50);
    expect(second).toMatchObject({ total: 50, capped: true, page: 2, pageCount: null });
    expect(ids(second)).toEqual(all.slice(25, 50));
    // Past the cap: the exact count, and the last page (read from the end) in the same order.
    const third = await list({ page: "3" }, 50);
    expect(third).toMatchObject({ total: 60, capped: false, page: 3, pageCount: 3 });
    expect(ids(third)).toEqual(all.slice(50));
    expect(await list({ page: "9" }, 50)).toMatchObject({ page: 3, total: 60, capped: false });

    // A cap the matches do not exceed counts them all.
    expect(await list({}, 60)).toMatchObject({ total: 60, capped: false, pageCount: 3 });
    expect(await list({}, 59)).toMatchObject({ total: 59, capped: true, pageCount: null });
  });

  it("returns plain, serializable rows without any identifier", async () => {
    const state = parseQueueParams({ q: `${fx.token} ana` });
    const [row] = (
      await listQueue({ user: { id: fx.userId }, state, now: NOW, timeZone: TIME_ZONE })
    ).rows;
    expect(row).toEqual({
      id: fx.ids.ana,
      name: `${fx.token} Ana Núñez`,
      reference: `${fx.token}-a001`,
      institution: "IMSS",
      linkStatus: "VALID",
      employmentStatus: "employed",
      currentEmployer: "Grupo Bimbo",
      monthlyIncome: "25000.50",
      tenureDays: 2506,
      score12: 780,
      flags: ["capped-salary"],
      dataAsOf: "2026-11-20T12:00:00.000Z",
      assignedTo: { id: fx.userId, name: "Queue Tester" },
      decisionStatus: "PENDING",
      waitingDays: 399,
    });
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
    const [diego] = (
      await listQueue({
        user: { id: fx.userId },
        state: parseQueueParams({ q: `${fx.token} diego` }),
        now: NOW,
        timeZone: TIME_ZONE,
      })
    ).rows;
    expect(diego).toMatchObject({
      linkStatus: null,
      tenureDays: null,
      monthlyIncome: null,
      dataAsOf: null,
      assignedTo: null,
    });
    expect(lookupHash(fx.curp)).not.toContain(fx.curp);
  });
});
