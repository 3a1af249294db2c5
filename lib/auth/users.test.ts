import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findActiveUser, upsertUser, verifyCredentials } from "./users";

const uniqueEmail = () => `User.${randomUUID()}@Cotiza.Test`;

describe("users data layer", () => {
  it("signs in with the right password, case-insensitively on the email", async () => {
    const email = uniqueEmail();
    const created = await upsertUser({
      email,
      name: "Rocío Ibáñez",
      role: "UNDERWRITER",
      password: "s3cret-password",
    });
    expect(created.email).toBe(email.toLowerCase());
    expect(await verifyCredentials(email.toUpperCase(), "s3cret-password")).toEqual(created);
    expect(await verifyCredentials(email, "wrong-password")).toBeNull();
    expect(await verifyCredentials(`missing-${email}`, "s3cret-password")).toBeNull();
  });

  it("never returns the password hash unless asked for by name", async () => {
    const user = await upsertUser({
      email: uniqueEmail(),
      name: "Ana",
      role: "ADMIN",
      password: "another-password",
    });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("refuses deactivated users and reflects role changes at once", async () => {
    const user = await upsertUser({
      email: uniqueEmail(),
      name: "Luis",
      role: "UNDERWRITER",
      password: "password-123",
    });
    await db().user.update({ where: { id: user.id }, data: { role: "TEAM_LEAD" } });
    expect((await findActiveUser(user.id))?.role).toBe("TEAM_LEAD");

    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findActiveUser(user.id)).toBeNull();
    expect(await verifyCredentials(user.email, "password-123")).toBeNull();
  });

  it("re-seeding updates an existing user instead of duplicating it", async () => {
    const email = uniqueEmail();
    const first = await upsertUser({
      email,
      name: "Before",
      role: "UNDERWRITER",
      password: "first-password",
    });
    const second = await upsertUser({
      email,
      name: "After",
      role: "ADMIN",
      password: "second-password",
    });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ name: "After", role: "ADMIN" });
    expect(await verifyCredentials(email, "second-password")).not.toBeNull();
    expect(await verifyCredentials(email, "first-password")).toBeNull();
    // The new password signed the old sessions out; the same password again keeps them.
    expect(await findActiveUser(first.id, first.sessionVersion)).toBeNull();
    expect(await findActiveUser(second.id, second.sessionVersion)).not.toBeNull();
    const third = await upsertUser({
      email,
      name: "After",
      role: "ADMIN",
      password: "second-password",
    });
    expect(third.sessionVersion).toBe(second.sessionVersion);
  });

  it("a password set directly voids the set-password links still waiting", async () => {
    const email = uniqueEmail();
    const user = await upsertUser({
      email,
      name: "Link",
      role: "UNDERWRITER",
      password: "first-one",
    });
    await db().passwordToken.create({
      data: {
        userId: user.id,
        tokenHash: `hash-${email}`,
        purpose: "RESET",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    await upsertUser({ email, name: "Link", role: "UNDERWRITER", password: "second-one" });
    expect(await db().passwordToken.count({ where: { userId: user.id } })).toBe(0);
  });
});
