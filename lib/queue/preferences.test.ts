import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQueueColumns, setQueueColumns } from "./preferences";

describe("queue column preferences", () => {
  it("remembers hidden columns per user and ignores values that no longer parse", async () => {
    const make = (tag: string) =>
      db().user.create({
        data: {
          email: `${tag}-${randomUUID()}@prefs.test`,
          name: tag,
          role: "UNDERWRITER",
          passwordHash: "x",
        },
      });
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
