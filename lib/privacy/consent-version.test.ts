// Every consent names the privacy-notice version the person accepted, and only the one in effect
// is accepted: on the new-applicant form, when monitoring starts, and on the invite page (whose
// consent is recorded when the applicant comes back from Belvo, with the version in effect then).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { BelvoClient } from "@/lib/belvo";
import { today } from "@/lib/clock";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { withOwnDatabase } from "@/lib/testing/own-database";
import type * as Database from "@/lib/db";
import type * as Monitoring from "@/lib/alerts/monitoring";
import type * as ConnectDirect from "@/lib/connect/connect-direct";
import type * as ConnectInvite from "@/lib/connect/connect-invite";
import type * as Invites from "@/lib/connect/invites";
import type * as Notices from "./notices";
import type * as Users from "../auth/users";

// Adding a version changes the notice in effect for the whole database: this file has its own.
let data: {
  db: typeof Database.db;
  monitoring: typeof Monitoring;
  direct: typeof ConnectDirect;
  invite: typeof ConnectInvite;
  invites: typeof Invites;
  notices: typeof Notices;
  users: typeof Users;
};

withOwnDatabase(async () => {
  data = {
    db: (await import("@/lib/db")).db,
    monitoring: await import("@/lib/alerts/monitoring"),
    direct: await import("@/lib/connect/connect-direct"),
    invite: await import("@/lib/connect/connect-invite"),
    invites: await import("@/lib/connect/invites"),
    notices: await import("./notices"),
    users: await import("../auth/users"),
  };
  return data.db;
});

const h = connectHarness();

const NEW_VERSION = "2027-01";
const noticeChanged = { code: "conflict", key: "errors.privacy.noticeChanged" };

/** An invite the applicant has accepted on the connect page; its token and reference. */
async function acceptedInvite() {
  const reference = `NOTICE-${randomUUID().slice(0, 8)}`;
  const created = await data.invites.createInvite(h.user, {
    applicantName: "Óscar Peña",
    reference,
    accessMode: "SINGLE",
    declaredMonthlyIncome: undefined,
  });
  const token = created.path.split("/").pop()!;
  await data.invite.startInviteConnection(token, h.client);
  return { token, reference };
}

/** Belvo's success callback for the invite: a link made for it, then the applicant's consent. */
async function completeInvite({ token, reference }: { token: string; reference: string }) {
  const link = await h.client.links.create({
    institution: "imss_mx_employment",
    curp: uniqueCurp(),
    accessMode: "single",
    externalId: reference,
  });
  await data.invite.completeInviteConnection(token, link.id, h.client);
  return data.db().consent.findFirstOrThrow({
    where: { applicant: { reference } },
    select: { privacyNoticeVersion: true, channel: true },
  });
}

describe("the notice version a consent records", () => {
  it("on an invite: the version in effect when the applicant accepted, even if one follows", async () => {
    const before = await acceptedInvite();
    // An admin puts a new version in effect today, after the applicant accepted the old one.
    const admin = await data.users.upsertUser({
      email: `admin-${randomUUID()}@cotiza.test`,
      name: "Admin",
      role: "ADMIN",
      password: "notice-password",
    });
    await data.notices.addNotice(admin, {
      version: NEW_VERSION,
      effectiveOn: today("America/Mexico_City"),
      textEs: "Aviso de privacidad 2027: sus datos se usan para evaluar su crédito.",
    });
    const after = await acceptedInvite();

    expect(await completeInvite(before)).toEqual({
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      channel: "INVITE",
    });
    expect(await completeInvite(after)).toEqual({
      privacyNoticeVersion: NEW_VERSION,
      channel: "INVITE",
    });
  });

  it("on the new-applicant form: refused unless it is the version in effect", async () => {
    const stale = applicantInput(uniqueCurp());
    await expect(data.direct.prepareDirectConnection(stale)).rejects.toMatchObject({
      ...noticeChanged,
      params: { version: NEW_VERSION },
    });
    const current = applicantInput(uniqueCurp(), {
      consent: { accepted: true, privacyNoticeVersion: NEW_VERSION },
    });
    await expect(data.direct.prepareDirectConnection(current)).resolves.toBeUndefined();
  });

  it("when monitoring starts: refused before Belvo is asked unless it is the version in effect", async () => {
    const untouchable = {} as BelvoClient;
    await expect(
      data.monitoring.setMonitoring(
        h.user,
        randomUUID(),
        {
          enabled: true,
          consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
        },
        untouchable,
      ),
    ).rejects.toMatchObject(noticeChanged);
  });
});
