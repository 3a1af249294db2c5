import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { upsertUser, type SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { notify } from "./notify";

// The signed-in user, or nobody (null) for the refusals.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", async () => {
  const { AppError } = await import("@/lib/errors");
  return {
    requireUser: async () => {
      if (!signedIn) throw new AppError("unauthorized");
      return signedIn;
    },
  };
});

const { GET } = await import("@/app/api/notifications/route");
const { POST } = await import("@/app/api/notifications/read/route");
const context = { params: Promise.resolve({}) };

const get = () => GET(new Request("http://cotiza.test/api/notifications"), context);
const read = (body: unknown) =>
  POST(
    new Request("http://cotiza.test/api/notifications/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    context,
  );

describe("the notifications API", () => {
  let user: SessionUser;
  let applicantId: string;
  beforeAll(async () => {
    user = await upsertUser({
      email: `${randomUUID()}@cotiza.test`,
      name: "Ana Api",
      role: "UNDERWRITER",
      password: "password-123",
    });
    ({ id: applicantId } = await db().applicant.create({
      data: { name: "Óscar Api", reference: `NA-${randomUUID()}`, institution: "IMSS" },
    }));
    await notify({ userIds: [user.id], kind: "inviteConnected", applicantId });
  });

  it("answers only a signed-in user", async () => {
    signedIn = null;
    expect((await get()).status).toBe(401);
    expect((await read({ all: true })).status).toBe(401);
  });

  it("lists the user's notifications and marks them read", async () => {
    signedIn = user;
    const listed = await get();
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { unread: number; items: { id: string }[] };
    expect(body).toMatchObject({
      unread: 1,
      items: [{ kind: "inviteConnected", applicantId, applicantName: "Óscar Api", read: false }],
    });

    const refused = await read({ ids: ["nope"] });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toBe("errors.request.fieldsNeedAttention");

    const marked = await read({ ids: [body.items[0]!.id] });
    expect(marked.status).toBe(200);
    expect(await marked.json()).toEqual({ unread: 0 });
    expect(await (await get()).json()).toMatchObject({ unread: 0, items: [{ read: true }] });
  });
});
