import { describe, expect, it } from "vitest";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { db } from "@/lib/db";
import {
  completeInviteConnection,
  recordInviteEvent,
  startInviteConnection,
} from "./connect-invite";
import { createInvite } from "./invites";
import { connectHarness } from "./testing/connect-harness";

const h = connectHarness();

async function invite(
  reference = `INV-${Date.now()}-${Math.round(Math.random() * 1e6)}`,
  declaredMonthlyIncome?: string,
) {
  const created = await createInvite(h.user, {
    applicantName: "Óscar Peña",
    reference,
    accessMode: "SINGLE",
    declaredMonthlyIncome,
  });
  return { ...created, reference, token: created.path.split("/").pop()! };
}

/** Plays the applicant in the emulator's hosted widget; returns the Belvo link id of the success redirect. */
async function completeWidget(widget: string, curp: string): Promise<string> {
  const accessToken = new URL(widget).searchParams.get("access_token")!;
  const response = await fetch(`${h.emulator.url}/widget/`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      access_token: accessToken,
      access_mode: "single",
      institution: "imss_mx_employment",
      username: curp,
      consent: "yes",
      action: "connect",
    }),
  });
  expect(response.status).toBe(303);
  const success = new URL(response.headers.get("location")!);
  expect(success.pathname).toMatch(/\/connect\/[^/]+\/done$/);
  return success.searchParams.get("link")!;
}

describe("connecting through an invite", () => {
  it("records consent, sends the applicant to the widget and creates the applicant on success", async () => {
    const { token, reference } = await invite();
    const widget = await startInviteConnection(token, h.client);
    expect(new URL(widget).pathname).toBe("/widget/");
    expect(new URL(widget).searchParams.get("locale")).toBe("es");
    expect(await db().invite.findFirstOrThrow({ where: { reference } })).toMatchObject({
      status: "OPENED",
      consentAt: expect.any(Date),
    });

    const curp = uniqueCurp();
    const linkId = await completeWidget(widget, curp);
    await completeInviteConnection(token, linkId, h.client);

    const applicant = await db().applicant.findUniqueOrThrow({
      where: { reference },
      include: { consents: true, snapshots: true },
    });
    expect(applicant.consents).toHaveLength(1);
    expect(applicant.consents[0]).toMatchObject({ channel: "INVITE", capturedById: null });
    expect(applicant.snapshots).toHaveLength(1);
    expect(applicant.curpHash).toBe(lookupHash(curp)); // learned from the first record
    expect(applicant.declaredMonthlyIncome).toBeNull(); // none was declared on the invite
    expect(await db().invite.findFirstOrThrow({ where: { reference } })).toMatchObject({
      status: "COMPLETED",
      applicantId: applicant.id,
    });
    await expect(startInviteConnection(token, h.client)).rejects.toMatchObject({
      code: "conflict",
      key: "errors.invite.connected",
    });
    // Nobody is assigned yet: whoever sent the invite hears that the applicant connected.
    expect(
      await db().notification.findMany({
        where: { applicantId: applicant.id },
        select: { userId: true, kind: true, readAt: true },
      }),
    ).toEqual([{ userId: h.user.id, kind: "inviteConnected", readAt: null }]);
  });

  it("carries the declared monthly income from the invite to the applicant it creates", async () => {
    const { token, reference } = await invite(undefined, "18500.75");
    expect(
      (await db().invite.findFirstOrThrow({ where: { reference } })).declaredMonthlyIncome?.toFixed(
        2,
      ),
    ).toBe("18500.75");
    const linkId = await completeWidget(await startInviteConnection(token, h.client), uniqueCurp());
    await completeInviteConnection(token, linkId, h.client);
    const applicant = await db().applicant.findUniqueOrThrow({ where: { reference } });
    expect(applicant.declaredMonthlyIncome?.toFixed(2)).toBe("18500.75");
  });

  it("deletes the Belvo link again when the applicant cannot be saved", async () => {
    const { token, reference } = await invite();
    const linkId = await completeWidget(await startInviteConnection(token, h.client), uniqueCurp());
    // Someone else took the reference meanwhile (the database refuses a second applicant).
    await db().applicant.create({ data: { name: "Other", reference, institution: "IMSS" } });

    await expect(completeInviteConnection(token, linkId, h.client)).rejects.toThrow();
    await expect(h.client.links.get(linkId)).rejects.toMatchObject({ code: "not_found" });
    expect(await db().invite.findFirstOrThrow({ where: { reference } })).toMatchObject({
      status: "FAILED",
      applicantId: null,
    });
  });

  it("creates the applicant once when Belvo's success callback arrives twice", async () => {
    const { token, reference } = await invite();
    const linkId = await completeWidget(await startInviteConnection(token, h.client), uniqueCurp());
    await Promise.all([
      completeInviteConnection(token, linkId, h.client),
      completeInviteConnection(token, linkId, h.client).catch(() => undefined),
    ]);
    expect(await db().applicant.count({ where: { reference } })).toBe(1);
    expect(await db().notification.count({ where: { applicant: { reference } } })).toBe(1);
  });

  it("refuses a success callback for a link made for another invite", async () => {
    const first = await invite();
    const second = await invite();
    const linkId = await completeWidget(
      await startInviteConnection(first.token, h.client),
      uniqueCurp(),
    );
    await expect(completeInviteConnection(second.token, linkId, h.client)).rejects.toMatchObject({
      code: "bad_request",
      key: "errors.invite.wrongConnection",
    });
    expect(await db().applicant.count({ where: { reference: second.reference } })).toBe(0);
  });

  it("opens the widget in the language the applicant reads the connect page in", async () => {
    const { token } = await invite();
    const widget = await startInviteConnection(token, h.client, "en");
    expect(new URL(widget).searchParams.get("locale")).toBe("en");
    // The URL names the emulator's default address; this suite's emulator listens elsewhere.
    const page = await fetch(
      `${h.emulator.url}${new URL(widget).pathname}${new URL(widget).search}`,
    );
    expect(await page.text()).toContain('lang="en"');
  });

  it("keeps exits and widget errors for the underwriter, and refuses unknown or expired links", async () => {
    const { token, reference, id } = await invite();
    await recordInviteEvent(token, "FAILED", {
      error: "login_error",
      message: "La persona no cuenta con NSS",
    });
    expect(await db().invite.findFirstOrThrow({ where: { reference } })).toMatchObject({
      status: "FAILED",
      lastEvent: expect.objectContaining({
        error: "login_error",
        message: "La persona no cuenta con NSS",
      }),
    });
    await expect(startInviteConnection("not-a-token", h.client)).rejects.toMatchObject({
      key: "errors.invite.invalid",
    });
    await db().invite.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(startInviteConnection(token, h.client)).rejects.toMatchObject({
      key: "errors.invite.expired",
    });
  });
});
