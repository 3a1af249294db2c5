import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import type { RunningEmulator } from "./server";
import { sampleCurp } from "./testing/harness";
import { openJobs, recordAt } from "./testing/records";
import { webhookSuite } from "./testing/webhook-suite";

type Row = Record<string, unknown>;

const setup = webhookSuite();

const control = async (emu: RunningEmulator, path: string, body: Row = {}): Promise<Row> =>
  (await (
    await fetch(`${emu.url}/_emulator/${path}`, { method: "POST", body: JSON.stringify(body) })
  ).json()) as Row;

describe("recurrent refresh", () => {
  it("refreshes only the link with an external_id when asked", async () => {
    const { call, emulator } = await setup();
    for (const externalId of ["REF-ONE", "REF-TWO"])
      await call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.promotion.curp,
        access_mode: "recurrent",
        external_id: externalId,
      });
    expect(await control(emulator, "refresh", { external_id: "REF-TWO" })).toEqual({
      refreshed: 1,
    });
    expect(await control(emulator, "refresh", { external_id: "NOBODY" })).toEqual({
      refreshed: 0,
    });
    expect(await control(emulator, "refresh")).toEqual({ refreshed: 2 });
  });

  it("recurrent refresh: employment_changes when the history moved, LINK/invalid_credentials for the invalidated persona", async () => {
    const { call, receiver, emulator } = await setup();
    const promoted = (
      await call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.promotion.curp,
        access_mode: "recurrent",
      })
    ).body as Row;
    const revoked = (
      await call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.credentialsInvalidated.curp,
      })
    ).body as Row;
    await call("POST", "/api/links/", {
      institution: "imss_mx_employment",
      username: PERSONAS.stable.curp,
    });

    expect(await control(emulator, "refresh")).toEqual({ refreshed: 3 });
    await emulator.idle();
    expect(
      receiver.received.map((item) => [
        item.body.link_id,
        item.body.webhook_type,
        item.body.webhook_code,
      ]),
    ).toEqual([[revoked.id, "LINK", "invalid_credentials"]]);
    expect(receiver.received[0]?.body).toMatchObject({
      process_type: "recurrent_update",
      data: { error_code: "login_error", status: 400 },
    });
    expect(((await call("GET", `/api/links/${String(revoked.id)}/`)).body as Row).status).toBe(
      "invalid",
    );
    expect(
      ((await call("POST", "/api/employment-records/", { link: revoked.id })).body as Row[])[0],
    ).toMatchObject({ code: "invalid_link" });

    await control(emulator, "clock", { advance_days: 12 });
    await control(emulator, "refresh");
    await emulator.idle();
    const changes = receiver.received.slice(1).map((item) => item.body);
    expect(changes).toEqual([
      expect.objectContaining({
        link_id: promoted.id,
        webhook_type: "EMPLOYMENT_RECORDS",
        webhook_code: "employment_changes",
        process_type: "recurrent_update",
        data: { employment_changes: ["SALARY_INCREASED"] },
      }),
    ]);

    expect((await call("PUT", `/api/links/${String(revoked.id)}/`, { password: "" })).status).toBe(
      200,
    );
    expect(((await call("GET", `/api/links/${String(revoked.id)}/`)).body as Row).status).toBe(
      "valid",
    );
  });

  it("monitoring personas: jobLoss reports UNEMPLOYED and salaryCut SALARY_DECREASED after day 10", async () => {
    const { call, receiver, emulator } = await setup();
    const linkFor = async (curp: string): Promise<Row> =>
      (
        await call("POST", "/api/links/", {
          institution: "imss_mx_employment",
          username: curp,
          access_mode: "recurrent",
        })
      ).body as Row;
    const lost = await linkFor(PERSONAS.jobLoss.curp);
    const cut = await linkFor(PERSONAS.salaryCut.curp);

    // Nothing has moved yet on the day both CURPs were first seen.
    expect(await control(emulator, "refresh")).toEqual({ refreshed: 2 });
    await emulator.idle();
    expect(receiver.received).toEqual([]);

    await control(emulator, "clock", { advance_days: 12 });
    await control(emulator, "refresh");
    await emulator.idle();
    const changesOf = (link: Row) =>
      receiver.received.map((item) => item.body).filter((body) => body.link_id === link.id);
    expect(changesOf(lost)).toEqual([
      expect.objectContaining({
        webhook_type: "EMPLOYMENT_RECORDS",
        webhook_code: "employment_changes",
        process_type: "recurrent_update",
        data: { employment_changes: expect.arrayContaining(["UNEMPLOYED"]) as unknown },
      }),
    ]);
    expect(changesOf(cut)).toEqual([
      expect.objectContaining({
        webhook_type: "EMPLOYMENT_RECORDS",
        webhook_code: "employment_changes",
        process_type: "recurrent_update",
        data: { employment_changes: expect.arrayContaining(["SALARY_DECREASED"]) as unknown },
      }),
    ]);

    type Job = {
      end_date: string | null;
      most_recent_base_salary: number;
      employment_status_updates: { update_date: string; base_salary: number }[];
    };
    const newest = async (link: Row) => {
      const records = (await call("GET", `/api/employment-records/?link=${String(link.id)}`))
        .body as { results: { report_date: string; employment_records: Job[] }[] };
      return records.results[0];
    };
    const lostRecord = await newest(lost);
    expect(lostRecord?.report_date).toBe("2026-12-07");
    expect(lostRecord?.employment_records.length).toBe(2);
    expect(lostRecord?.employment_records.filter((job) => job.end_date === null)).toEqual([]);

    const cutRecord = await newest(cut);
    expect(cutRecord?.report_date).toBe("2026-12-07");
    const open = cutRecord?.employment_records.filter((job) => job.end_date === null) ?? [];
    expect(open).toHaveLength(1);
    const updates = open[0]?.employment_status_updates ?? [];
    const [before, latest] = updates.slice(-2);
    expect(latest?.update_date).toBe("2026-12-05"); // first seen 2026-11-25, + 10 days
    expect(open[0]?.most_recent_base_salary).toBe(latest?.base_salary);
    expect((latest?.base_salary ?? 0) / (before?.base_salary ?? 1)).toBeCloseTo(0.85, 2);
  });

  it("a generated history that moves with the clock is reported as employment_changes", async () => {
    const { call, receiver, emulator } = await setup();
    // Find a generated CURP whose open jobs change within two years of the test's "today".
    const moved = Array.from({ length: 60 }, (_, i) => sampleCurp(100 + i)).find((curp) => {
      const key = (today: string) =>
        JSON.stringify(
          openJobs(recordAt(curp, "imss", today)).map((job) => [
            job.employer,
            job.most_recent_base_salary,
          ]),
        );
      return key("2026-11-25") !== key("2028-11-25");
    });
    expect(moved).toBeDefined();
    const link = (
      await call("POST", "/api/links/", { institution: "imss_mx_employment", username: moved })
    ).body as Row;
    await control(emulator, "clock", { now: "2028-11-25T15:00:00Z" });
    await control(emulator, "refresh");
    await emulator.idle();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.body).toMatchObject({
      link_id: link.id,
      webhook_code: "employment_changes",
    });
    const changes = (receiver.received[0]?.body.data as { employment_changes: string[] })
      .employment_changes;
    expect(changes.length).toBeGreaterThan(0);
    const records = (await call("GET", `/api/employment-records/?link=${String(link.id)}`))
      .body as { results: Row[] };
    expect(records.results[0]?.report_date).toBe("2028-11-25");
  });
});
