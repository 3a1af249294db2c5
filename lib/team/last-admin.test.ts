import { describe, expect, it } from "vitest";
import { withOwnDatabase } from "@/lib/testing/own-database";
import type * as Database from "@/lib/db";
import type * as TeamActions from "./actions";
import type * as Users from "../auth/users";

// "The last active admin" is a fact about the whole users table, and other test files add admins
// to the shared database while they run: this file gets a database of its own.
let data: { db: typeof Database.db; team: typeof TeamActions; users: typeof Users };

withOwnDatabase(async () => {
  data = {
    db: (await import("@/lib/db")).db,
    team: await import("./actions"),
    users: await import("../auth/users"),
  };
  return data.db;
});

const admin = (name: string) =>
  data.users.upsertUser({
    email: `${name}@cotiza.test`,
    name,
    role: "ADMIN",
    password: "admin-password",
  });
const activeAdmins = () => data.db().user.count({ where: { role: "ADMIN", active: true } });

describe("the last active admin", () => {
  it("can be neither demoted nor deactivated, even by themselves", async () => {
    const ana = await admin("ana");
    expect(await data.db().user.count()).toBe(1); // this file's own database, not the shared one
    for (const attempt of [
      () => data.team.changeMemberRole(ana, ana.id, "TEAM_LEAD"),
      () => data.team.setMemberActive(ana, ana.id, false),
    ])
      await expect(attempt()).rejects.toMatchObject({
        code: "conflict",
        message: "errors.team.lastAdmin",
      });
    expect(await data.users.findActiveUser(ana.id)).toMatchObject({ role: "ADMIN" });

    // With a second admin, the first may step down.
    const luis = await admin("luis");
    expect(await data.team.changeMemberRole(ana, ana.id, "TEAM_LEAD")).toEqual({ changed: true });
    await expect(data.team.setMemberActive(luis, luis.id, false)).rejects.toMatchObject({
      code: "conflict",
    });
    await data.team.changeMemberRole(luis, ana.id, "ADMIN");
  });

  it("survives two admins stepping down at the same moment", async () => {
    const [maria, jorge] = [await admin("maria"), await admin("jorge")];
    await data.db().user.updateMany({
      where: { id: { notIn: [maria.id, jorge.id] } },
      data: { active: false },
    });
    expect(await activeAdmins()).toBe(2);
    // Each sees the other as the remaining admin unless the admin rows are locked.
    const results = await Promise.allSettled([
      data.team.changeMemberRole(maria, maria.id, "TEAM_LEAD"),
      data.team.changeMemberRole(jorge, jorge.id, "UNDERWRITER"),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "conflict" },
    });
    expect(await activeAdmins()).toBe(1);
  });
});
