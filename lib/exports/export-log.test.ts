import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/users";
import { recordAudit } from "@/lib/audit";
import { deleteApplicant } from "@/lib/connect/delete-applicant";
import { db } from "@/lib/db";
import { seedQueueFixture, type QueueFixture } from "@/lib/queue/testing/fixture";
import { EXPORT_ACTION, listExports, recordExport } from "./log";
import { openExport } from "./open-export";
import { parseExportRequest } from "./request";
import { download, EXPORT_NOW, EXPORT_TIME_ZONE, member } from "./testing/download";

let fx: QueueFixture;
const masked = (curp: string) => `${curp.slice(0, 4)}${"•".repeat(12)}${curp.slice(-2)}`;

beforeAll(async () => {
  fx = await seedQueueFixture(EXPORT_NOW);
});

/** A finished export logged for `user` without streaming a file. */
const logged = (user: SessionUser, query: string, kind: "queue" | "jobs" = "queue") =>
  recordExport({
    user,
    request: parseExportRequest(kind, new URLSearchParams(query)),
    columns: ["reference"],
    counts: { rows: 1, applicants: 1 },
    outcome: "complete",
  });

describe("export log", () => {
  it("records who exported what, with which filters and how many rows", async () => {
    const underwriter = await member("UNDERWRITER");
    const lead = await member("TEAM_LEAD");
    await download(underwriter, "queue", { q: fx.curp, institution: "IMSS", sort: "name" });
    await download(lead, "jobs", `applicant=${fx.ids.ana}`);

    const [own] = (await listExports(underwriter)).entries;
    expect(own).toMatchObject({
      actor: underwriter.name,
      kind: "queue",
      identifiers: "none",
      reason: null,
      rows: 1,
      outcome: "complete",
      applicant: null,
    });
    // The filters come back as the queue's state: a searched CURP masked, the rest as chosen.
    expect(own?.filters).toMatchObject({
      q: masked(fx.curp),
      institution: ["IMSS"],
      sort: "name",
      dir: "asc",
    });
    const stored = await db().auditEvent.findFirst({
      where: { action: EXPORT_ACTION, actorId: underwriter.id },
      select: { details: true },
    });
    expect(JSON.stringify(stored?.details)).not.toContain(fx.curp);
    expect(
      (await listExports(underwriter)).entries.every((e) => e.actor === underwriter.name),
    ).toBe(true);

    const team = (await listExports(lead)).entries;
    expect(team.slice(0, 2).map((entry) => [entry.actor, entry.kind, entry.rows])).toEqual([
      [lead.name, "jobs", 0],
      [underwriter.name, "queue", 1],
    ]);
    expect(team[0]).toMatchObject({
      filters: null,
      applicant: { id: fx.ids.ana, name: `${fx.token} Ana Núñez` },
    });
  });

  it("records a download the client abandoned as cancelled, with the rows sent so far", async () => {
    const lead = await member("TEAM_LEAD");
    const request = parseExportRequest("queue", new URLSearchParams(`q=${fx.token}`));
    const { body } = await openExport(request, lead, EXPORT_NOW, EXPORT_TIME_ZONE);
    const reader = body.getReader();
    await reader.read();
    await reader.cancel();
    const [entry] = (await listExports(lead)).entries;
    expect(entry).toMatchObject({ actor: lead.name, outcome: "cancelled" });
  });

  it("names a deleted applicant as deleted", async () => {
    const lead = await member("TEAM_LEAD");
    const gone = await db().applicant.create({
      data: { name: `${fx.token} Gone`, reference: `${fx.token}-gone`, institution: "IMSS" },
    });
    await download(lead, "jobs", `applicant=${gone.id}`);
    await deleteApplicant(lead, gone.id);
    const [entry] = (await listExports(lead, { search: lead.name })).entries;
    expect(entry).toMatchObject({ kind: "jobs", filters: null, applicant: { name: null } });
  });

  it("reads rows logged before the filters were kept as parameters", async () => {
    const lead = await member("TEAM_LEAD", `Legacy ${randomUUID().slice(0, 8)}`);
    const old = (filters: string, applicantId: string | null = null) =>
      recordAudit({
        actorId: lead.id,
        action: EXPORT_ACTION,
        applicantId,
        details: {
          kind: applicantId ? "jobs" : "queue",
          filters,
          columns: ["reference"],
          identifiers: "none",
          rows: 3,
          applicants: 3,
          outcome: "complete",
        },
      });
    await old("q=Ana Núñez&institution=IMSS,ISSSTE&sort=name");
    await old("all applicants");
    await old("one applicant", fx.ids.beto);
    const [one, all, searched] = (await listExports(lead, { search: lead.name })).entries;
    expect(one).toMatchObject({ filters: null, applicant: { id: fx.ids.beto } });
    // Older rows predate the decision filter: they covered every status.
    expect(all?.filters).toMatchObject({ q: undefined, institution: [], decision: [] });
    expect(searched?.filters).toMatchObject({
      q: "Ana Núñez",
      institution: ["IMSS", "ISSSTE"],
      sort: "name",
      decision: [],
    });
  });

  it("keeps the decision filter's meaning: the default worklist is spelled out", async () => {
    const lead = await member("TEAM_LEAD");
    await logged(lead, `q=${fx.token}`);
    await logged(lead, `q=${fx.token}&decision=all`);
    const [every, worklist] = (await listExports(lead, { search: lead.name })).entries;
    expect(every?.filters?.decision).toEqual([]);
    expect(worklist?.filters?.decision).toEqual(["PENDING", "AWAITING_SIGN_OFF", "REFERRED"]);
  });
});

describe("export log pages and search", () => {
  const token = `L${randomUUID().slice(0, 6)}`;
  let lead: SessionUser;
  let other: SessionUser;

  beforeAll(async () => {
    lead = await member("TEAM_LEAD", `${token} Lucía Peña`);
    other = await member("UNDERWRITER", `${token} Óscar Ruiz`);
    for (let i = 0; i < 27; i++) await logged(lead, `q=${token}-${i}`);
    await logged(other, `applicant=${fx.ids.carla}`, "jobs");
  });

  it("pages 25 at a time, newest first, the last page holding the rest", async () => {
    const first = await listExports(lead, { search: token });
    expect(first).toMatchObject({ total: 28, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(25);
    expect(first.entries[0]?.actor).toBe(other.name);
    expect(first.entries[1]?.filters?.q).toBe(`${token}-26`);
    const second = await listExports(lead, { search: token, page: 2 });
    expect(second.entries.map((entry) => entry.filters?.q)).toEqual([
      `${token}-2`,
      `${token}-1`,
      `${token}-0`,
    ]);
    // A page past the end shows the last one.
    expect((await listExports(lead, { search: token, page: 9 })).page).toBe(2);
  });

  it("finds exports by who made them, whatever the case", async () => {
    const byName = await listExports(lead, { search: `${token} óscar` });
    expect(byName.entries.map((entry) => entry.actor)).toEqual([other.name]);
    expect((await listExports(lead, { search: `${token} lucía` })).total).toBe(27);
  });

  it("finds one-applicant exports by the applicant's name", async () => {
    const found = await listExports(lead, { search: `${fx.token} Carla` });
    expect(found.entries.map((entry) => [entry.actor, entry.applicant?.id])).toContainEqual([
      other.name,
      fx.ids.carla,
    ]);
    expect(found.entries.every((entry) => entry.applicant?.id === fx.ids.carla)).toBe(true);
  });

  it("finds exports by the kind's name in the reader's language", async () => {
    const mine = await listExports(other, { search: "historial laboral" });
    expect(mine.entries.length).toBeGreaterThan(0);
    expect(mine.entries.every((entry) => entry.kind === "jobs")).toBe(true);
    expect((await listExports(other, { search: "employment history", lang: "en" })).total).toBe(
      mine.total,
    );
    expect((await listExports(other, { search: "bandeja" })).total).toBe(0);
  });

  it("shows an underwriter only their own exports, searched or not", async () => {
    const search = await listExports(other, { search: token });
    expect(search.total).toBe(1);
    expect(search.entries[0]?.actor).toBe(other.name);
  });

  it("treats LIKE wildcards in the search as text", async () => {
    expect((await listExports(lead, { search: `${token}%` })).total).toBe(0);
    expect((await listExports(lead, { search: "_" })).entries.length).toBeLessThanOrEqual(25);
  });
});
