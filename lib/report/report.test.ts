import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { loadApplicantPage } from "@/lib/applicant/page";
import { revealIdentifiers } from "@/lib/applicant/detail";
import {
  amountText,
  cashText,
  tenureText,
  weeksText,
  type SummaryTranslate,
} from "@/lib/applicant/summary-text";
import { employerLabel } from "@/lib/applicant/employer-label";
import { connectDirect } from "@/lib/connect/connect-direct";
import { refreshApplicant } from "@/lib/connect/refresh-applicant";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { db } from "@/lib/db";
import { listExports } from "@/lib/exports/log";
import { appFormat, type CommonTranslate } from "@/lib/i18n/app-format";
import { messagesFor } from "@/lib/i18n/catalog";
import { PERSONAS } from "@/scripts/belvo-emulator/personas";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { getApplicantAuditTrail } from "@/lib/applicant/audit-view";
import { issueReport } from "./issue";
import { renderReport } from "./render";
import { downloadIssuedReport } from "./issued";
import { verifyReport } from "./verify";
import { oneLine, pdfPages, pdfText } from "./testing/pdf-text";

// The real renderer, which one test makes fail once.
vi.mock("./render", async (load) => {
  const real = await load<{ renderReport: typeof renderReport }>();
  return { renderReport: vi.fn(real.renderReport) };
});

// Outside a request, next-intl's server functions have no locale: read Spanish, the default.
vi.mock("next-intl/server", () => ({
  getLocale: async () => "es",
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "es", messages: messagesFor("es"), namespace } as never),
}));

const h = connectHarness();

async function connect(persona: "stable" | "capped" | "issste") {
  const institution = persona === "issste" ? "ISSSTE" : "IMSS";
  const input = applicantInput(PERSONAS[persona].curp, { institution });
  return connectDirect({ user: h.user, input, client: h.client });
}

/** An applicant with a generated IMSS career and a CURP no other test spends queries of. */
const connectAnyone = () =>
  connectDirect({ user: h.user, input: applicantInput(uniqueCurp()), client: h.client });

/** The page's figures in Spanish, formatted as the page formats them. */
async function pageFigures(id: string) {
  const page = await loadApplicantPage(h.lead, id);
  const metrics = page.metrics;
  if (!metrics || !page.latest) throw new Error("no records");
  const messages = messagesFor("es");
  const common = createTranslator({ locale: "es", messages, namespace: "common" });
  const t = createTranslator({ locale: "es", messages, namespace: "applicant.summary" });
  const ts = t as unknown as SummaryTranslate;
  const f = appFormat({
    locale: "es",
    timeZone: page.timeZone,
    t: common as unknown as CommonTranslate,
  });
  const income = metrics.income;
  return {
    page,
    texts: [
      t(`statuses.${metrics.status}`),
      income ? amountText(income, income.dailySalary, ts, f) : "—",
      income ? amountText(income, income.monthlyIncome, ts, f) : "—",
      income ? cashText(income, ts, f) : "—",
      tenureText(metrics, ts, f),
      weeksText(metrics, ts, f),
      ...metrics.flags.map((flag) => oneLine(flag.explanation)),
      ...metrics.flags.map((flag) => flag.label),
      ...page.latest.jobs.map((job) => employerLabel(job.employer)),
      ...(page.latest.scores ?? []).flatMap((s) => (s.score === null ? [] : [String(s.score)])),
    ],
  };
}

describe("verification report", () => {
  it.each(["stable", "capped", "issste"] as const)(
    "%s: the report shows the page's exact figures, on 2 to 4 Letter pages",
    async (persona) => {
      const id = await connect(persona);
      const { texts } = await pageFigures(id);
      const report = await issueReport(h.user, { applicantId: id, snapshotId: null, locale: "es" });
      const text = pdfText(report.bytes);
      for (const expected of texts) expect(text).toContain(expected);
      // Every word came from the catalogs: no key left untranslated, no ICU argument unfilled.
      expect(text).not.toMatch(/\b(applicant|report|metrics|common)\.[a-z]|\{[a-z]+\}/i);
      const pages = pdfPages(report.bytes);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(4);
      expect(text).toContain(`Página 1 de ${pages}`);
      expect(text).toContain(`Página ${pages} de ${pages}`);
      expect(report.folio).toMatch(/^COT-\d{4}-\d{6}$/);
      // The folio and the verification code are on every page.
      const folioCount = text.split(`Folio ${report.folio}`).length - 1;
      expect(folioCount).toBe(pages);
      if (persona === "capped") expect(text).toContain("tope de 25 UMA");
      if (persona === "issste") expect(text).toContain("Belvo solo califica registros del IMSS");
    },
  );

  it("masks CURP, NSS and RFC for an underwriter, and shows them to a team lead", async () => {
    const id = await connectAnyone();
    const clear = await revealIdentifiers(h.lead, id, "Prueba del reporte de verificación");
    const identifiers = [clear.curp, clear.nss, clear.rfc].filter((v): v is string => !!v);
    expect(identifiers).toHaveLength(3);
    const underwriter = pdfText(
      (await issueReport(h.user, { applicantId: id, snapshotId: null, locale: "es" })).bytes,
    );
    const lead = pdfText(
      (await issueReport(h.lead, { applicantId: id, snapshotId: null, locale: "es" })).bytes,
    );
    for (const value of identifiers) {
      expect(underwriter).not.toContain(value);
      expect(lead).toContain(value);
    }
    expect(underwriter).toContain(`${clear.curp?.slice(0, 4)}••••`);
  });

  it("re-downloading an issued report gives the same bytes; every issue is the next folio, with no gaps", async () => {
    const id = await connectAnyone();
    // Issued in a year no other test issues in, so the numbering is this test's alone.
    const at = new Date("2031-03-01T18:00:00Z");
    const first = await issueReport(
      h.user,
      { applicantId: id, snapshotId: null, locale: "en" },
      { at },
    );
    // A later change to the applicant does not touch the issued report.
    await db().applicant.update({ where: { id }, data: { name: "Otro Nombre Capturado" } });
    const again = await downloadIssuedReport(h.user, first.folio.toLowerCase());
    expect(Buffer.compare(again.bytes, first.bytes)).toBe(0);
    expect(again.sha256).toBe(first.sha256);
    expect(pdfText(first.bytes)).toContain("Employment verification report");
    // A render that fails gives its folio back: the numbering has no gaps.
    vi.mocked(renderReport).mockRejectedValueOnce(new Error("The renderer failed."));
    await expect(
      issueReport(h.user, { applicantId: id, snapshotId: null, locale: "en" }, { at }),
    ).rejects.toThrow("The renderer failed.");
    const second = await issueReport(
      h.user,
      { applicantId: id, snapshotId: null, locale: "en" },
      { at },
    );
    expect(first.folio).toMatch(/^COT-2031-/);
    expect(Number(second.folio.slice(-6))).toBe(Number(first.folio.slice(-6)) + 1);
    expect(pdfText(second.bytes)).toContain("Otro Nombre Capturado");
    expect(pdfText(first.bytes)).not.toContain("Otro Nombre Capturado");
  });

  it("verification accepts the true file, refuses one changed byte and an unknown folio", async () => {
    const id = await connectAnyone();
    const report = await issueReport(h.user, { applicantId: id, snapshotId: null, locale: "es" });
    const ok = await verifyReport(h.lead, { folio: report.folio, file: report.bytes });
    expect(ok).toMatchObject({
      outcome: "match",
      folio: report.folio,
      issuedTo: h.user.name,
      applicant: { id },
      masked: true,
    });
    const byHash = await verifyReport(h.lead, {
      folio: report.folio,
      sha256: report.sha256.toUpperCase(),
    });
    expect(byHash.outcome).toBe("match");
    const changed = Buffer.from(report.bytes);
    const at = Math.floor(changed.length / 2);
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    expect(await verifyReport(h.lead, { folio: report.folio, file: changed })).toEqual({
      outcome: "mismatch",
      folio: report.folio,
    });
    expect(
      (await verifyReport(h.lead, { folio: "COT-1999-999999", file: report.bytes })).outcome,
    ).toBe("unknown");
    // Issued, verified and refused: all on the applicant's audit trail and in the export log.
    const trail = (await getApplicantAuditTrail(id)).map((entry) => entry.action);
    expect(trail).toEqual(
      expect.arrayContaining(["report.issued", "report.verified", "report.verification_failed"]),
    );
    const log = await listExports(h.lead, { search: h.user.name, pageSize: 100 });
    expect(log.entries.some((entry) => entry.kind === "report" && entry.applicant?.id === id)).toBe(
      true,
    );
  });

  it("a report of an earlier pull says so", async () => {
    const id = await connectAnyone();
    const issue = (snapshotId: string | null) =>
      issueReport(h.user, { applicantId: id, snapshotId, locale: "es" });
    expect(pdfText((await issue(null)).bytes)).toContain("La más reciente al emitir el reporte");
    const first = await db().snapshot.findFirstOrThrow({ where: { applicantId: id } });
    await refreshApplicant(h.user, id, h.client);
    expect(pdfText((await issue(first.id)).bytes)).toContain(
      "Anterior: no era la más reciente al emitir el reporte",
    );
    await expect(
      issueReport(h.user, {
        applicantId: id,
        snapshotId: "00000000-0000-4000-8000-000000000000",
        locale: "es",
      }),
    ).rejects.toMatchObject({ key: "errors.report.snapshotNotFound" });
  });

  it("once the applicant is deleted, the report still verifies but can no longer be downloaded", async () => {
    const { deleteApplicant } = await import("@/lib/connect/delete-applicant");
    const id = await connectAnyone();
    const report = await issueReport(h.user, { applicantId: id, snapshotId: null, locale: "es" });
    await deleteApplicant(h.lead, id, h.client);
    const row = await db().verificationReport.findUniqueOrThrow({ where: { folio: report.folio } });
    expect(row).toMatchObject({ applicantId: null, subject: id, contentCiphertext: null });
    expect(await verifyReport(h.lead, { folio: report.folio, file: report.bytes })).toMatchObject({
      outcome: "match",
      applicant: null,
    });
    await expect(downloadIssuedReport(h.user, report.folio)).rejects.toMatchObject({
      key: "errors.report.contentErased",
    });
  });
});
