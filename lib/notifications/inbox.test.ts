import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { upsertUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { INBOX_SIZE, listNotifications, markRead, markReadSchema, unreadCount } from "./inbox";
import { notify } from "./notify";

const someone = (name: string) =>
  upsertUser({
    email: `${randomUUID()}@cotiza.test`,
    name,
    role: "UNDERWRITER",
    password: "password-123",
  });

const applicant = (name: string) =>
  db().applicant.create({
    data: { name, reference: `N-${randomUUID()}`, institution: "IMSS" },
    select: { id: true },
  });

describe("notifications", () => {
  it("leaves one per reader, never for the actor, and lists them newest first with the applicant", async () => {
    const ana = await someone("Ana Inbox");
    const luis = await someone("Luis Inbox");
    const first = await applicant("Óscar Peña");
    const second = await applicant("Rocío Núñez");
    await notify({
      userIds: [ana.id, ana.id, null],
      kind: "inviteConnected",
      applicantId: first.id,
    });
    await notify({
      userIds: [ana.id, luis.id],
      kind: "signOffRequested",
      applicantId: second.id,
      actorId: luis.id,
    });

    const inbox = await listNotifications(ana.id);
    expect(inbox.unread).toBe(2);
    expect(inbox.items).toEqual([
      expect.objectContaining({
        kind: "signOffRequested",
        applicantId: second.id,
        applicantName: "Rocío Núñez",
        read: false,
      }),
      expect.objectContaining({
        kind: "inviteConnected",
        applicantId: first.id,
        applicantName: "Óscar Peña",
        read: false,
      }),
    ]);
    expect(await listNotifications(luis.id)).toEqual({ items: [], unread: 0 });
  });

  it("lists the newest 20, counts every unread one, and leaves out kinds it does not know", async () => {
    const ana = await someone("Ana Many");
    const { id: applicantId } = await applicant("Mucho Aviso");
    await db().notification.createMany({
      data: Array.from({ length: INBOX_SIZE + 5 }, (_, i) => ({
        userId: ana.id,
        kind: "inviteConnected",
        applicantId,
        createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
      })),
    });
    await db().notification.create({ data: { userId: ana.id, kind: "retiredKind", applicantId } });

    const inbox = await listNotifications(ana.id);
    expect(inbox.items).toHaveLength(INBOX_SIZE);
    expect(inbox.items[0]?.createdAt).toBe(new Date(Date.UTC(2026, 10, 1, 0, 24)).toISOString());
    expect(inbox.unread).toBe(INBOX_SIZE + 5);
  });

  it("marks the reader's own notifications read, by id or all at once", async () => {
    const ana = await someone("Ana Reads");
    const luis = await someone("Luis Reads");
    const { id: applicantId } = await applicant("Leído");
    for (const kind of ["inviteConnected", "signedOff", "returned"] as const)
      await notify({ userIds: [ana.id, luis.id], kind, applicantId });
    const [newest, , oldest] = (await listNotifications(ana.id)).items;
    const luisFirst = (await listNotifications(luis.id)).items[0]!;

    // Luis's id in Ana's request is ignored.
    expect(await markRead(ana.id, { ids: [newest!.id, luisFirst.id] })).toEqual({ unread: 2 });
    expect(await unreadCount(luis.id)).toBe(3);
    const after = await listNotifications(ana.id);
    expect(after.items.map((item) => item.read)).toEqual([true, false, false]);

    expect(await markRead(ana.id, { all: true })).toEqual({ unread: 0 });
    expect((await listNotifications(ana.id)).items.every((item) => item.read)).toBe(true);
    expect(await unreadCount(luis.id)).toBe(3);
    // Reading again keeps the first time it was read.
    const readAt = await db().notification.findUniqueOrThrow({ where: { id: oldest!.id } });
    await markRead(ana.id, { ids: [oldest!.id] });
    expect(await db().notification.findUniqueOrThrow({ where: { id: oldest!.id } })).toEqual(
      readAt,
    );
  });

  it("takes either ids or all, nothing else", () => {
    expect(markReadSchema.safeParse({ all: true }).success).toBe(true);
    expect(markReadSchema.safeParse({ ids: [randomUUID()] }).success).toBe(true);
    expect(markReadSchema.safeParse({ all: false }).success).toBe(false);
    expect(markReadSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(markReadSchema.safeParse({ ids: ["not-a-uuid"] }).success).toBe(false);
    expect(markReadSchema.safeParse({}).success).toBe(false);
  });
});
