import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { connectDirect } from "@/lib/connect/connect-direct";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { db } from "@/lib/db";
import { listExports } from "@/lib/exports/log";
import { openExport } from "@/lib/exports/open-export";
import { readProgress } from "@/lib/exports/progress";
import { parseExportRequest } from "@/lib/exports/request";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { pdfText } from "./testing/pdf-text";
import { zipEntries } from "./testing/zip";

const h = connectHarness();

async function connectMany(prefix: string) {
  const ids: string[] = [];
  // CURPs no other test spends queries of (three a day each), one of them an ISSSTE worker.
  for (const institution of ["IMSS", "IMSS", "ISSSTE"] as const) {
    const input = applicantInput(uniqueCurp(), {
      institution,
      reference: `${prefix}-${ids.length + 1}`,
    });
    ids.push(await connectDirect({ user: h.user, input, client: h.client }));
  }
  return ids;
}

describe("a ZIP of verification reports", () => {
  it("holds one report per applicant of the filter, with progress and one export-log line", async () => {
    const prefix = `ZIP${randomUUID().slice(0, 6)}`;
    const ids = await connectMany(prefix);
    const progress = randomUUID();
    const request = parseExportRequest(
      "reports",
      new URLSearchParams({ q: prefix, lang: "en", progress }),
    );
    const { body, fileName, contentType } = await openExport(request, h.lead);
    expect(fileName).toMatch(/^cotiza-reports-.*\.zip$/);
    expect(contentType).toBe("application/zip");
    const entries = zipEntries(new Uint8Array(await new Response(body).arrayBuffer()));
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.name).toMatch(new RegExp(`^COT-\\d{4}-\\d{6}_${prefix}-\\w+\\.pdf$`));
      expect(pdfText(entry.data)).toContain("Employment verification report");
    }
    expect(await readProgress(progress, h.lead.id)).toMatchObject({
      status: "complete",
      total: 3,
      applicants: 3,
      rows: 3,
    });
    // Each report is issued (and on its applicant's trail), the batch is one line of the log.
    const issued = await db().verificationReport.count({ where: { applicantId: { in: ids } } });
    expect(issued).toBe(3);
    const trail = await db().auditEvent.count({
      where: { applicantId: { in: ids }, action: "report.issued_in_batch" },
    });
    expect(trail).toBe(3);
    const log = await listExports(h.lead, { pageSize: 100 });
    const line = log.entries.find(
      (entry) => entry.kind === "reports" && entry.filters?.q === prefix,
    );
    expect(line).toMatchObject({ rows: 3, outcome: "complete", identifiers: "clear" });
  });

  it("is for team leads and admins only", async () => {
    const request = parseExportRequest("reports", new URLSearchParams({ q: "nobody" }));
    await expect(openExport(request, h.user)).rejects.toMatchObject({
      key: "errors.report.batchNotAllowed",
    });
  });
});
