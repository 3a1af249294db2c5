import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createBelvoClient } from "@/lib/belvo";
import { lookupHash } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { connectDirect } from "./connect-direct";
import { DAILY_QUERY_LIMIT } from "./daily-limit";
import { reserveQueries, spendReservedQuery } from "./query-guard";
import { refreshApplicant } from "./refresh-applicant";
import { applicantInput, connectHarness } from "./testing/connect-harness";

const h = connectHarness();

const queriesOf = (curp: string) =>
  db().institutionQuery.findMany({ where: { curpHash: lookupHash(curp) } });

/** How many requests to retrieve employment records reached the emulator. */
async function recordRetrievals(): Promise<number> {
  const response = await fetch(`${h.emulator.url}/_emulator/requests`);
  const { requests } = (await response.json()) as { requests: { method: string; path: string }[] };
  return requests.filter((r) => r.method === "POST" && r.path === "/api/employment-records/")
    .length;
}

/** A port nothing listens on: a connection to it is refused before any request is sent. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the IMSS daily query guard", () => {
  it("lets at most the 3 daily queries through when 10 reservations of one CURP race", async () => {
    const curp = uniqueCurp();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => reserveQueries(curp, ["refresh"])),
    );
    const refused = results.filter((result) => result.status === "rejected");
    expect(results.length - refused.length).toBe(DAILY_QUERY_LIMIT);
    for (const result of refused) {
      expect(result.reason).toMatchObject({ code: "rate_limited" });
    }
    expect(await queriesOf(curp)).toHaveLength(DAILY_QUERY_LIMIT);
  });

  it("refuses a pair of queries when only one is left, reserving neither", async () => {
    const curp = uniqueCurp();
    await reserveQueries(curp, ["link", "current_employment"]);
    await expect(reserveQueries(curp, ["link", "current_employment"])).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(await queriesOf(curp)).toHaveLength(2);
  });

  it("spends only the query left when 10 refreshes of one applicant run at once", async () => {
    const curp = uniqueCurp();
    // Connecting spends 2 queries (link + current employment): 1 is left today.
    const id = await connectDirect({ user: h.user, input: applicantInput(curp), client: h.client });
    const before = await recordRetrievals();

    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => refreshApplicant(h.user, id, h.client)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      if (result.status === "rejected") {
        expect(result.reason).toMatchObject({ code: "rate_limited" });
      }
    }
    // Only one request reached Belvo, and Cotiza counted exactly the 3 queries IMSS saw.
    expect((await recordRetrievals()) - before).toBe(1);
    const queries = await queriesOf(curp);
    expect(queries.map((query) => query.outcome)).toEqual(["ok", "ok", "ok"]);
  });

  it("gives a query back when the request never left, and keeps one that failed at Belvo", async () => {
    const curp = uniqueCurp();
    const id = await connectDirect({ user: h.user, input: applicantInput(curp), client: h.client });
    const unreachable = createBelvoClient({
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      secretId: h.emulator.secretId,
      secretPassword: h.emulator.secretPassword,
      retry: { sleep: async () => {} },
    });
    await expect(refreshApplicant(h.user, id, unreachable)).rejects.toMatchObject({
      code: "unavailable",
    });
    expect(await queriesOf(curp)).toHaveLength(2);

    // A failure after the request left may have reached IMSS: it stays counted.
    const [reservation] = await reserveQueries(curp, ["refresh"]);
    const answered = new Error("Belvo answered 500");
    await expect(spendReservedQuery(reservation!, () => Promise.reject(answered))).rejects.toBe(
      answered,
    );
    expect((await queriesOf(curp)).map((query) => query.outcome).sort()).toEqual([
      "failed",
      "ok",
      "ok",
    ]);
  });
});
