import { beforeAll, describe, expect, it } from "vitest";
import { encryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { seedQueueFixture, type QueueFixture } from "@/lib/queue/testing/fixture";
import { listExports } from "./log";
import { parseExportRequest } from "./request";
import { download, EXPORT_NOW, member } from "./testing/download";

let fx: QueueFixture;
const REASON = "Cotejo con el reporte del buró de crédito";

beforeAll(async () => {
  fx = await seedQueueFixture(EXPORT_NOW);
  await db().applicant.update({
    where: { id: fx.ids.elena },
    data: { curpCiphertext: encryptField(fx.curp) },
  });
});

const refusal = { code: "bad_request", key: "errors.exports.invalidRequest" };
const reasonRequired = { fields: { reason: "exports.validation.reasonRequired" } };

describe("a reason for identifiers in clear", () => {
  const columns = "columns=reference,curp";

  it.each([
    ["no reason", ""],
    ["a blank one", "&reason=%20%20%20"],
    ["one under 10 characters", "&reason=porque%20s%C3%AD"],
  ])("refuses a team lead's export with %s, before any row", async (_, reason) => {
    const lead = await member("TEAM_LEAD");
    await expect(
      download(lead, "queue", `q=${fx.token}&${columns}${reason}`),
    ).rejects.toMatchObject({ ...refusal, details: reasonRequired });
    expect((await listExports(lead, { search: lead.name })).total).toBe(0);
  });

  it("refuses a reason over 300 characters while reading the request", () => {
    const params = new URLSearchParams({ columns: "curp", reason: "x".repeat(301) });
    expect(() => parseExportRequest("queue", params)).toThrow(
      expect.objectContaining({
        ...refusal,
        details: { fields: { reason: "exports.validation.reason" } },
      }),
    );
  });

  it("exports them in clear with a reason, and the log keeps it", async () => {
    const lead = await member("TEAM_LEAD");
    const { rows } = await download(
      lead,
      "queue",
      `q=${fx.token}&${columns}&reason=${encodeURIComponent(`  ${REASON} `)}`,
    );
    expect(rows.find((row) => row[0] === `${fx.token}-e005`)).toEqual([
      `${fx.token}-e005`,
      fx.curp,
    ]);
    const [entry] = (await listExports(lead, { search: lead.name })).entries;
    expect(entry).toMatchObject({ identifiers: "clear", reason: REASON });
  });

  it("asks nothing when the identifiers leave masked, or are not chosen", async () => {
    const underwriter = await member("UNDERWRITER");
    const masked = await download(underwriter, "queue", `q=${fx.token}&${columns}`);
    expect(masked.rows[0]).toEqual(["Referencia", "CURP (enmascarado)"]);
    const lead = await member("TEAM_LEAD");
    await download(lead, "queue", `q=${fx.token}&columns=reference,name`);
    await download(lead, "jobs", `q=${fx.token}`);
    // A reason sent along with masked identifiers is not theirs to keep.
    await download(underwriter, "queue", `q=${fx.token}&${columns}&reason=${REASON}`);
    const log = (await listExports(underwriter)).entries;
    expect(log.map((entry) => [entry.identifiers, entry.reason])).toEqual([
      ["masked", null],
      ["masked", null],
    ]);
  });
});
