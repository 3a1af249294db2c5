// Privacy-notice versions on the database: which one is in effect (by its day in the
// organization's time zone, the shipped one until then), who may add one, and what is refused.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { now, today } from "@/lib/clock";
import { PRIVACY_NOTICE_VERSION } from "@/lib/connect/new-applicant";
import { fromDay, toDay } from "@/lib/dates";
import { withOwnDatabase } from "@/lib/testing/own-database";
import type * as Database from "@/lib/db";
import type * as Notices from "./notices";
import type * as Users from "../auth/users";

// The notice in effect is one fact for the whole database, and the connect tests running at the
// same time accept the shipped one: this file changes it in a database of its own.
let data: { db: typeof Database.db; notices: typeof Notices; users: typeof Users };

withOwnDatabase(async () => {
  data = {
    db: (await import("@/lib/db")).db,
    notices: await import("./notices"),
    users: await import("../auth/users"),
  };
  return data.db;
});

type TestRole = "UNDERWRITER" | "TEAM_LEAD" | "ADMIN";
const member = (role: TestRole) =>
  data.users.upsertUser({
    email: `notices.${randomUUID()}@cotiza.test`,
    name: `Test ${role}`,
    role,
    password: "notice-password",
  });

/** Today, and a day from it, in the organization's time zone (Mexico City by default). */
const day = (offset = 0) => fromDay(toDay(today("America/Mexico_City")) + offset);

/** A version stored as if added a minute ago, with any effective day (the form allows no past). */
const storeNotice = (version: string, effectiveOn: string, textEn: string | null = null) =>
  data.db().privacyNotice.create({
    data: {
      version,
      effectiveOn: new Date(`${effectiveOn}T00:00:00.000Z`),
      textEs: `Aviso de privacidad, versión ${version}.`,
      textEn,
      createdAt: new Date(now().getTime() - 60_000),
    },
  });

const input = (overrides: Record<string, unknown> = {}) => ({
  version: `v-${randomUUID().slice(0, 8)}`,
  effectiveOn: day(),
  textEs: "Aviso de privacidad de prueba: sus datos se usan para evaluar su crédito.",
  textEn: "",
  ...overrides,
});

const statuses = async () =>
  (await data.notices.listNotices()).map((notice) => [notice.version, notice.status]);

// The tests build on each other, in order: each adds versions to the same table.
describe("the privacy notice in effect", () => {
  it("is the one shipped with Cotiza, in both languages, while no version is in effect", async () => {
    const shipped = await data.notices.currentNotice();
    expect(shipped).toMatchObject({
      version: PRIVACY_NOTICE_VERSION,
      effectiveOn: null,
      builtIn: true,
    });
    expect(data.notices.noticeFor(shipped, "es").text).toMatch(/^Aviso de privacidad simplificado/);
    expect(data.notices.noticeFor(shipped, "en").text).toMatch(/^Simplified privacy notice/);

    // A version that takes effect tomorrow changes nothing today.
    await storeNotice("2099-TOMORROW", day(1));
    expect((await data.notices.currentNotice()).version).toBe(PRIVACY_NOTICE_VERSION);
    expect(await statuses()).toEqual([
      ["2099-TOMORROW", "scheduled"],
      [PRIVACY_NOTICE_VERSION, "current"],
    ]);
  });

  it("is the newest version whose effective day has come; English readers get Spanish without English", async () => {
    await storeNotice("2025-OLD", "2025-01-01", "Privacy notice, 2025.");
    await storeNotice("2026-YESTERDAY", day(-1));
    const current = await data.notices.currentNotice();
    expect(current).toMatchObject({ version: "2026-YESTERDAY", effectiveOn: day(-1) });
    expect(data.notices.noticeFor(current, "en")).toEqual({
      version: "2026-YESTERDAY",
      text: "Aviso de privacidad, versión 2026-YESTERDAY.",
    });
    expect(await statuses()).toEqual([
      ["2099-TOMORROW", "scheduled"],
      ["2026-YESTERDAY", "current"],
      ["2025-OLD", "superseded"],
      [PRIVACY_NOTICE_VERSION, "superseded"],
    ]);
  });

  it("takes an admin's version effective today at once, but not for who read the page before", async () => {
    const admin = await member("ADMIN");
    const readBefore = now();
    const added = input({
      textEn: "A test privacy notice: your data is used to assess your credit.",
    });
    expect(await data.notices.addNotice(admin, added)).toEqual({
      version: added.version,
      effectiveOn: day(),
    });
    expect((await data.notices.currentNotice()).version).toBe(added.version);
    // Someone who read the page a moment before was shown the version in effect then.
    expect((await data.notices.noticeInEffectAt(readBefore)).version).toBe("2026-YESTERDAY");

    const row = await data
      .db()
      .privacyNotice.findUniqueOrThrow({ where: { version: added.version } });
    expect(row).toMatchObject({ createdById: admin.id, textEn: added.textEn });
    const events = await data.db().auditEvent.findMany({
      where: { action: "privacy.notice_added", subject: `privacy-notice:${added.version}` },
    });
    expect(events).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        applicantId: null,
        details: { version: added.version, effectiveOn: day(), english: true },
      }),
    ]);
  });

  it("lets a consent through only with the version in effect", async () => {
    const { version } = await data.notices.currentNotice();
    await expect(data.notices.assertCurrentNotice(version)).resolves.toMatchObject({ version });
    for (const stale of [PRIVACY_NOTICE_VERSION, "2026-YESTERDAY", undefined])
      await expect(data.notices.assertCurrentNotice(stale)).rejects.toMatchObject({
        code: "conflict",
        key: "errors.privacy.noticeChanged",
        params: { version },
      });
  });
});

describe("adding a version", () => {
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error,
    );

  it("is for admins only, checked again against the account as it is now", async () => {
    const demoted = await member("ADMIN");
    await data.db().user.update({ where: { id: demoted.id }, data: { role: "TEAM_LEAD" } });
    const attempts = [await member("UNDERWRITER"), await member("TEAM_LEAD"), demoted];
    const versions = attempts.map(() => `refused-${randomUUID().slice(0, 8)}`);
    for (const [index, actor] of attempts.entries())
      await expect(
        data.notices.addNotice(actor, input({ version: versions[index] })),
      ).rejects.toMatchObject({ code: "forbidden" });
    expect(await data.db().privacyNotice.count({ where: { version: { in: versions } } })).toBe(0);
  });

  it("refuses a version that exists, the shipped one's included", async () => {
    const admin = await member("ADMIN");
    for (const version of ["2025-OLD", PRIVACY_NOTICE_VERSION])
      expect(await refusal(data.notices.addNotice(admin, input({ version })))).toMatchObject({
        code: "conflict",
        key: "errors.privacy.noticeVersionTaken",
        details: { fields: { version: "privacy.settings.validation.versionTaken" } },
      });
  });

  it("refuses a day in the past: people already accepted what was in effect", async () => {
    const admin = await member("ADMIN");
    const version = `past-${randomUUID().slice(0, 8)}`;
    expect(
      await refusal(data.notices.addNotice(admin, input({ version, effectiveOn: day(-1) }))),
    ).toMatchObject({
      code: "bad_request",
      details: { fields: { effectiveOn: "privacy.settings.validation.effectiveOnPast" } },
    });
    expect(await data.db().privacyNotice.count({ where: { version } })).toBe(0);
  });

  it("names each field that needs attention", async () => {
    const admin = await member("ADMIN");
    const refused = await refusal(
      data.notices.addNotice(admin, {
        version: "no spaces",
        effectiveOn: "2027-02-30",
        textEs: "Muy corto",
        textEn: "Too short",
      }),
    );
    expect(refused).toMatchObject({
      code: "bad_request",
      details: {
        fields: {
          version: "privacy.settings.validation.version",
          effectiveOn: "privacy.settings.validation.effectiveOn",
          textEs: "privacy.settings.validation.textEs",
          textEn: "privacy.settings.validation.textEn",
        },
      },
    });
  });
});
