import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import esQueue from "@/lib/i18n/messages/es/queue.json";
import enQueue from "@/lib/i18n/messages/en/queue.json";
import {
  deleteQueueView,
  getQueueColumns,
  getQueueViews,
  saveQueueView,
  setQueueColumns,
} from "./preferences";
import { MAX_QUEUE_VIEWS, queueViewInputSchema, viewQuery } from "./views";

const make = (tag: string) =>
  db().user.create({
    data: {
      email: `${tag}-${randomUUID()}@prefs.test`,
      name: tag,
      role: "UNDERWRITER",
      passwordHash: "x",
    },
  });

describe("queue column preferences", () => {
  it("remembers hidden columns per user and ignores values that no longer parse", async () => {
    const [ana, luis] = await Promise.all([make("ana"), make("luis")]);
    expect(await getQueueColumns(ana.id)).toEqual({ hidden: [] });
    await setQueueColumns(ana.id, { hidden: ["flags", "tenure", "flags"] });
    expect(await getQueueColumns(ana.id)).toEqual({ hidden: ["flags", "tenure"] });
    expect(await getQueueColumns(luis.id)).toEqual({ hidden: [] });
    await setQueueColumns(ana.id, { hidden: [] });
    expect(await getQueueColumns(ana.id)).toEqual({ hidden: [] });
    await db().userPreference.update({
      where: { userId_key: { userId: ana.id, key: "queue-columns" } },
      data: { value: { hidden: ["curp"] } },
    });
    expect(await getQueueColumns(ana.id)).toEqual({ hidden: [] });
  });
});

/** The field error a refused save carries. */
const fieldOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; details?: { fields?: Record<string, string> } }) => [
      error.code,
      error.details?.fields?.name,
    ],
  );

describe("saved queue views", () => {
  it("keep a name and the canonical query, per user, in the order saved", async () => {
    const [ana, luis] = await Promise.all([make("ana"), make("luis")]);
    expect(await getQueueViews(ana.id)).toEqual([]);
    const views = await saveQueueView(ana.id, {
      name: "  IMSS sin asignar ",
      query: "?assigned=unassigned&page=4&institution=IMSS&sort=createdAt",
    });
    expect(views).toEqual([
      {
        id: expect.any(String),
        name: "IMSS sin asignar",
        query: "institution=IMSS&assigned=unassigned",
      },
    ]);
    await saveQueueView(ana.id, { name: "Todos", query: "decision=all" });
    expect((await getQueueViews(ana.id)).map((view) => [view.name, view.query])).toEqual([
      ["IMSS sin asignar", "institution=IMSS&assigned=unassigned"],
      ["Todos", "decision=all"],
    ]);
    expect(await getQueueViews(luis.id)).toEqual([]);

    const left = await deleteQueueView(ana.id, views[0]!.id);
    expect(left.map((view) => view.name)).toEqual(["Todos"]);
    expect(await getQueueViews(ana.id)).toEqual(left);
    await expect(deleteQueueView(ana.id, views[0]!.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteQueueView(luis.id, left[0]!.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuse a name already used (ignoring case) and more than ten views", async () => {
    const ana = await make("ana");
    await saveQueueView(ana.id, { name: "Referidos", query: "decision=referred" });
    expect(await fieldOf(saveQueueView(ana.id, { name: "REFERIDOS ", query: "" }))).toEqual([
      "bad_request",
      "queue.views.errors.nameTaken",
    ]);
    for (let i = 2; i <= MAX_QUEUE_VIEWS; i++)
      await saveQueueView(ana.id, { name: `Vista ${i}`, query: `page=${i}` });
    expect(await getQueueViews(ana.id)).toHaveLength(MAX_QUEUE_VIEWS);
    expect(await fieldOf(saveQueueView(ana.id, { name: "Una más", query: "" }))).toEqual([
      "bad_request",
      "queue.views.errors.tooMany",
    ]);
    expect(await getQueueViews(ana.id)).toHaveLength(MAX_QUEUE_VIEWS);
    // The sentence says the same limit as the code.
    expect(esQueue.views.errors.tooMany).toContain(String(MAX_QUEUE_VIEWS));
    expect(enQueue.views.errors.tooMany).toContain(String(MAX_QUEUE_VIEWS));
  });

  it("ignore a stored value that no longer parses", async () => {
    const ana = await make("ana");
    await db().userPreference.create({
      data: { userId: ana.id, key: "queue.views", value: { views: [{ name: "sin id" }] } },
    });
    expect(await getQueueViews(ana.id)).toEqual([]);
  });
});

describe("saved view input", () => {
  const issue = (input: unknown) => {
    const parsed = queueViewInputSchema.safeParse(input);
    return parsed.success ? null : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("takes a trimmed name of 1 to 40 characters and a query", () => {
    expect(queueViewInputSchema.parse({ name: " Mis referidos ", query: "" })).toEqual({
      name: "Mis referidos",
      query: "",
    });
    expect(issue({ name: "x".repeat(40), query: "q=a" })).toBeNull();
    expect(issue({ name: "   ", query: "" })).toEqual([
      ["name", "queue.views.errors.nameRequired"],
    ]);
    expect(issue({ name: "x".repeat(41), query: "" })).toEqual([
      ["name", "queue.views.errors.nameTooLong"],
    ]);
    expect(issue({ query: "" })).toEqual([["name", "queue.views.errors.nameRequired"]]);
    expect(issue({ name: "a", query: "x".repeat(2001) })).toEqual([
      ["query", "queue.views.errors.query"],
    ]);
  });

  it("keeps the queue's canonical query, without a page and without what it would drop", () => {
    expect(viewQuery("")).toBe("");
    expect(viewQuery("?page=3")).toBe("");
    expect(viewQuery("sort=name&decision=declined,approved&bogus=1&score=1")).toBe(
      "decision=approved,declined&sort=name",
    );
  });
});
