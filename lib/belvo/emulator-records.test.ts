import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { caught, client, linkFor, withEmulator } from "./testing/emulator-harness";

// Our client against the running emulator over real HTTP (not a mocked fetch).
withEmulator();

describe("employment records", () => {
  it("retrieves, lists by link, reads one and deletes it", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.stable.curp);
    const [snapshot] = await belvo.employmentRecords.retrieve({ linkId: link.id, attachPdf: true });
    if (!snapshot) throw new Error("no record");
    expect(snapshot.linkId).toBe(link.id);
    expect(snapshot.personalData.documents.curp).toBe(PERSONAS.stable.curp);
    expect(snapshot.socialSecuritySummary?.weeksContributed).toBeGreaterThan(0);
    expect(snapshot.scores?.map((s) => s.period)).toEqual([3, 6, 12]);
    expect(snapshot.files.length).toBeGreaterThan(0);
    for (const job of snapshot.jobs) {
      expect(job.mostRecentDailySalary).toMatch(/^\d+\.\d{2,}$/);
      expect(job.movements.map((m) => m.date)).toEqual(
        [...job.movements.map((m) => m.date)].sort(),
      );
    }
    const page = await belvo.employmentRecords.list({ link: link.id });
    expect(page.results.map((r) => r.id)).toEqual([snapshot.id]);
    await expect(belvo.employmentRecords.get(snapshot.id)).resolves.toMatchObject({
      id: snapshot.id,
    });
    await belvo.employmentRecords.delete(snapshot.id);
    expect((await caught(belvo.employmentRecords.get(snapshot.id))).code).toBe("not_found");
  });

  it("with save_data=false returns the data and stores nothing", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.recentHire.curp);
    const records = await belvo.employmentRecords.retrieve({ linkId: link.id, saveData: false });
    expect(records).toHaveLength(1);
    expect((await belvo.employmentRecords.list({ link: link.id })).count).toBe(0);
  });

  it("maps an ISSSTE worker: no summary, no scores", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.issste.curp, "issste_mx_employment");
    const [snapshot] = await belvo.employmentRecords.retrieve({ linkId: link.id });
    expect(snapshot?.socialSecuritySummary).toBeNull();
    expect(snapshot?.scores).toBeNull();
    expect(snapshot?.jobs[0]?.employer).toContain(";");
  });

  it("retrieves asynchronously: 202 and a request id", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.longGap.curp);
    const accepted = await belvo.employmentRecords.retrieveAsync({ linkId: link.id });
    expect(accepted.requestId).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it("iterates records across pages (link__in over two links)", async () => {
    const { belvo, events } = client();
    // Link creation plus two retrievals is three IMSS queries: the most one CURP gets per day.
    const links = [
      await linkFor(belvo, PERSONAS.concurrent.curp),
      await linkFor(belvo, PERSONAS.dismissed.curp),
    ];
    const created: string[] = [];
    for (const link of links) {
      for (let i = 0; i < 2; i += 1)
        created.push(
          ...(await belvo.employmentRecords.retrieve({ linkId: link.id })).map((r) => r.id),
        );
    }
    events.length = 0;
    const ids = [];
    for await (const record of belvo.employmentRecords.iterate({ linkIn: links.map((l) => l.id) }))
      ids.push(record.id);
    expect(ids.sort()).toEqual(created.sort());
    expect(events.map((e) => e.method)).toEqual(["GET", "GET"]);
  });

  it("a 6th delete within a minute is rate limited and not retried", async () => {
    const { belvo, sent } = client();
    const ids: string[] = [];
    for (const curp of [
      PERSONAS.capped.curp,
      PERSONAS.redeemedWeeks.curp,
      PERSONAS.promotion.curp,
    ]) {
      const link = await linkFor(belvo, curp);
      for (let i = 0; i < 2; i += 1)
        ids.push(...(await belvo.employmentRecords.retrieve({ linkId: link.id })).map((r) => r.id));
    }
    for (const id of ids.slice(0, 5)) await belvo.employmentRecords.delete(id);
    sent.length = 0;
    const error = await caught(belvo.employmentRecords.delete(ids[5] ?? ""));
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
    expect(sent).toEqual([`DELETE /api/employment-records/${ids[5]}/`]);
  });
});

describe("current employments and metrics (IMSS)", () => {
  it("retrieves, lists, reads and deletes current employments", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.stable.curp);
    const [current] = await belvo.currentEmployments.retrieve({ linkId: link.id });
    if (!current) throw new Error("no current employment");
    expect(current.linkId).toBe(link.id);
    expect(current.status).toBe("EMPLOYED");
    expect(current.employers.length).toBeGreaterThan(0);
    expect(
      (await belvo.currentEmployments.list({ link: link.id })).results.map((c) => c.id),
    ).toEqual([current.id]);
    await expect(belvo.currentEmployments.get(current.id)).resolves.toEqual(current);
    await belvo.currentEmployments.delete(current.id);
    expect((await caught(belvo.currentEmployments.get(current.id))).code).toBe("not_found");
  });

  it("retrieves, lists and reads employment metrics", async () => {
    const { belvo } = client();
    const link = await linkFor(belvo, PERSONAS.stable.curp);
    await belvo.employmentRecords.retrieve({ linkId: link.id });
    const [metrics] = await belvo.employmentMetrics.retrieve({ linkId: link.id });
    if (!metrics) throw new Error("no metrics");
    expect(metrics.linkId).toBe(link.id);
    expect(metrics.weeksEmployedTotal).toBeGreaterThan(0);
    expect(
      (await belvo.employmentMetrics.list({ link: link.id })).results.map((m) => m.id),
    ).toEqual([metrics.id]);
    await expect(belvo.employmentMetrics.get(metrics.id)).resolves.toEqual(metrics);
  });
});

describe("widget token", () => {
  it("creates access and refresh tokens", async () => {
    const { belvo } = client();
    const token = await belvo.widgetToken.create({
      callbackUrls: {
        success: "http://localhost:3000/s",
        exit: "http://localhost:3000/x",
        event: "http://localhost:3000/e",
      },
      fetchResources: ["EMPLOYMENT_RECORDS"],
      externalId: "cotiza_app_42",
      branding: { companyName: "Cotiza" },
    });
    expect(token.access.split(".")).toHaveLength(3);
    expect(token.refresh.split(".")).toHaveLength(3);
  });
});
