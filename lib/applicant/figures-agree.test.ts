import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { connectDirect } from "@/lib/connect/connect-direct";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { openExport } from "@/lib/exports/open-export";
import { parseExportRequest } from "@/lib/exports/request";
import { FLAG_RULES, type FlagCode } from "@/lib/metrics/flag-rules";
import { listQueue } from "@/lib/queue/list";
import { parseQueueParams } from "@/lib/queue/params";
import { loadApplicantPage } from "./page";

const h = connectHarness();

type Case = [persona: keyof typeof PERSONAS, institution: "IMSS" | "ISSSTE", declared?: string];

/** The flags of one snapshot on the page, in the queue and in the queue's CSV. */
async function flagsEverywhere(id: string, reference: string) {
  const page = await loadApplicantPage(h.lead, id);
  const queue = await listQueue({ user: h.lead, state: parseQueueParams({ q: reference }) });
  const request = parseExportRequest("queue", new URLSearchParams({ q: reference }));
  const { body } = await openExport({ ...request, columns: ["reference", "flags"] }, h.lead);
  const [header, ...rows] = parse(await new Response(body).text(), { bom: true }) as string[][];
  const flagsColumn = header?.indexOf("Flags") ?? -1;
  const csv = rows[0]?.[flagsColumn] ?? "";
  return {
    page: page.metrics?.flags.map((flag) => [flag.code, flag.severity, flag.label]) ?? [],
    queue: queue.rows[0]?.flags ?? [],
    csv: csv ? csv.split("; ") : [],
  };
}

describe("one snapshot, one set of flags", () => {
  // Each persona raises different flags: a gap and redeemed weeks, a recent hire after a gap, a
  // capped salary, ISSSTE, a recent exit, and a declaration far above the verified income.
  it.each<Case>([
    ["risky", "IMSS"],
    ["longGap", "IMSS"],
    ["capped", "IMSS"],
    ["issste", "ISSSTE"],
    ["dismissed", "IMSS"],
    ["stable", "IMSS", "90000.00"],
  ])("%s: the page, the queue and the CSV agree", async (persona, institution, declared) => {
    const input = applicantInput(PERSONAS[persona].curp, {
      institution,
      declaredMonthlyIncome: declared,
    });
    const id = await connectDirect({ user: h.user, input, client: h.client });
    const found = await flagsEverywhere(id, input.reference);

    expect(found.page.length).toBeGreaterThan(0);
    const codes = found.page.map(([code]) => code as FlagCode);
    expect(found.queue).toEqual(codes);
    expect(found.csv).toEqual(codes.map((code) => FLAG_RULES[code].label));
    // Severity and words come from the one flag table.
    for (const [code, severity, label] of found.page) {
      expect([severity, label]).toEqual([
        FLAG_RULES[code as FlagCode].severity,
        FLAG_RULES[code as FlagCode].label,
      ]);
    }
    if (declared) expect(codes).toContain("declared-income-above");
  });
});
