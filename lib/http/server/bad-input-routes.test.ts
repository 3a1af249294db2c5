import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { upsertUser, type SessionUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import type * as NextIntlServer from "next-intl/server";

// NUL and lone surrogates from outside, through the real route handlers and a real database:
// each is a 400 naming the field, and nothing is written. Before, each of these was a 500 from
// PostgreSQL (or, for the password, stored as given).

let signedIn: SessionUser;
vi.mock("@/lib/auth/session", () => ({ requireUser: async () => signedIn }));
vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextIntlServer>()),
  getLocale: async () => "es",
}));

const decisions = await import("@/app/api/applicants/[id]/decisions/route");
const members = await import("@/app/api/team/members/route");
const invites = await import("@/app/api/invites/route");
const views = await import("@/app/api/preferences/queue-views/route");
const exportsRoute = await import("@/app/api/exports/[kind]/route");
const join = await import("@/app/api/join/[token]/route");

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

async function call(
  handler: Handler,
  path: string,
  { body, params = {} }: { body?: unknown; params?: Record<string, string> } = {},
) {
  const request = new Request(`http://cotiza.test${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as { error?: Record<string, unknown> } };
}

const refusedField = (field: string) => ({
  status: 400,
  body: {
    error: expect.objectContaining({
      code: "bad_request",
      fields: { [field]: "errors.validation.controlCharacters" },
    }),
  },
});

let lead: SessionUser;
let applicantId: string;

beforeAll(async () => {
  lead = await upsertUser({
    email: `lead-${randomUUID()}@bad-input.test`,
    name: "Luisa",
    role: "TEAM_LEAD",
    password: "bad-input-password",
  });
  signedIn = lead;
  const applicant = await db().applicant.create({
    data: { name: "Rocío Núñez", reference: `BAD-${randomUUID()}`, institution: "IMSS" },
  });
  applicantId = applicant.id;
});

describe("text with NUL or lone surrogates, at each boundary", () => {
  it("a decision note or amendment reason: 400, no decision stored", async () => {
    const decide = (body: Record<string, unknown>) =>
      call(decisions.POST, `/api/applicants/${applicantId}/decisions`, {
        body: { outcome: "REFER", reasonCode: "capped_salary", ...body },
        params: { id: applicantId },
      });
    expect(await decide({ note: "Pedir recibos\u0000" })).toEqual(refusedField("note"));
    expect(await decide({ note: "ok", amendReason: "Cambió el \uD800 historial" })).toEqual(
      refusedField("amendReason"),
    );
    expect(await decide({ acknowledgedFlags: ["name\u0000"] })).toEqual(
      refusedField("acknowledgedFlags.0"),
    );
    expect(await db().decision.count({ where: { applicantId } })).toBe(0);
  });

  it("a team member's name: 400, no account created", async () => {
    const email = `nul-${randomUUID()}@bad-input.test`;
    const answer = await call(members.POST, "/api/team/members", {
      body: { name: "Ana\u0000 Ruiz", email, role: "UNDERWRITER" },
    });
    expect(answer).toEqual(refusedField("name"));
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("an invited applicant's name: 400, no invite created", async () => {
    const reference = `INV-${randomUUID().slice(0, 8)}`;
    const answer = await call(invites.POST, "/api/invites", {
      body: { applicantName: "Mariana \uDC00Núñez", reference, accessMode: "SINGLE" },
    });
    expect(answer).toEqual(refusedField("applicantName"));
    expect(await db().invite.count({ where: { reference } })).toBe(0);
  });

  it("a saved view's name: 400", async () => {
    const answer = await call(views.POST, "/api/preferences/queue-views", {
      body: { name: "Mis\u0000 casos", query: "q=ana" },
    });
    expect(answer).toEqual(refusedField("name"));
  });

  it("an export's search (q=%00): 400 naming q, never a 500", async () => {
    const answer = await call(exportsRoute.GET, "/api/exports/queue?q=%00", {
      params: { kind: "queue" },
    });
    expect(answer).toEqual({
      status: 400,
      body: {
        error: expect.objectContaining({
          message: "errors.exports.invalidRequest",
          fields: { q: "errors.validation.controlCharacters" },
        }),
      },
    });
  });

  it("a new password with NUL: 400, and the link still sets a good one", async () => {
    const invited = await call(members.POST, "/api/team/members", {
      body: { name: "Bruno", email: `join-${randomUUID()}@bad-input.test`, role: "UNDERWRITER" },
    });
    expect(invited.status).toBe(200);
    const token = String((invited.body as { url: string }).url)
      .split("/")
      .at(-1)!;
    const setPassword = (password: string) =>
      call(join.POST, `/api/join/${token}`, {
        body: { password, confirm: password },
        params: { token },
      });
    expect(await setPassword("contraseña\u0000larga")).toEqual(refusedField("password"));
    expect((await setPassword("contraseña larga y buena")).status).toBe(200);
  });
});
