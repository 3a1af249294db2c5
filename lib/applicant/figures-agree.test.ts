import { parse } from "csv-parse/sync";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { messagesFor } from "@/lib/i18n/catalog";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { connectDirect } from "@/lib/connect/connect-direct";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { openExport } from "@/lib/exports/open-export";
import { parseExportRequest } from "@/lib/exports/request";
import { FLAG_RULES, type FlagCode } from "@/lib/metrics/flag-rules";
import { listQueue } from "@/lib/queue/list";
import { parseQueueParams } from "@/lib/queue/params";
import { loadApplicantPage } from "./page";

// Outside a request, next-intl's server functions have no locale: read Spanish, the default.
vi.mock("next-intl/server", () => ({
  getLocale: async () => "es",
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "es", messages: messagesFor("es"), namespace } as never),
}));

const h = connectHarness();
const LABELS = messagesFor("es").metrics.flags;

type Case = [persona: keyof typeof PERSONAS, institution: "IMSS" | "ISSSTE", declared?: string];

/** The flags of one snapshot on the page, in the queue and in the queue's CSV. */
async function flagsEverywhere(id: string, reference: string) {
  const page = await loadApplicantPage(h.lead, id);
  const queue = await listQueue({ user: h.lead, state: parseQueueParams({ q: reference }) });
  const request = parseExportRequest("queue", new URLSearchParams({ q: reference }));
  const { body } = await openExport({ ...request, columns: ["reference", "flags"] }, h.lead);
  const [header, ...rows] = parse(await new Response(body).text(), { bom: true }) as string[][];
  const flagsColumn = header?.indexOf(messagesFor("es").exports.columns.flags) ?? -1;
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
    expect(found.csv).toEqual(codes.map((code) => LABELS[code].label));
    // Severity comes from the one flag table, the words from the one catalog.
    for (const [code, severity, label] of found.page) {
      expect([severity, label]).toEqual([
        FLAG_RULES[code as FlagCode].severity,
        LABELS[code as FlagCode].label,
      ]);
    }
    if (declared) expect(codes).toContain("declared-income-above");
  });
});
