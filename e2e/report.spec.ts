import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Download, type Page } from "./csp-guard";
import { pdfText } from "../lib/report/testing/pdf-text";
import { zipEntries } from "../lib/report/testing/zip";
import { connectThroughApi, storageStatePath, uniqueCurp, type DemoRole } from "./fixtures";

// Two applicants of one reference prefix (a queue search finds both), the first refreshed once so
// its newest pull carries IMSS's own PDF (`attach_pdf`; the first connection lists records only).
test.describe.configure({ mode: "serial" });

const prefix = `RPT${Date.now().toString(36).toUpperCase()}`;
const applicants: string[] = [];

async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  return context.newPage();
}

async function downloaded(page: Page, click: () => Promise<void>) {
  const event = page.waitForEvent("download");
  await click();
  const download: Download = await event;
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test.beforeAll(async ({ browser }) => {
  const page = await pageAs(browser, "TEAM_LEAD");
  for (const name of ["Rocío Peña Ibáñez", "Julián Núñez Ortiz"])
    applicants.push(
      await connectThroughApi(page, { name, curp: uniqueCurp(), referencePrefix: prefix }),
    );
  const refreshed = await page.request.post(`/api/applicants/${applicants[0]}/refresh`, {
    timeout: 60_000,
  });
  expect(refreshed.ok()).toBe(true);
  await page.context().close();
});

test("an underwriter downloads the report, re-downloads it byte for byte, and verifies it", async ({
  browser,
}) => {
  const page = await pageAs(browser, "UNDERWRITER");
  await page.goto(`/applicants/${applicants[0]}`);
  const report = await downloaded(page, () => page.getByTestId("download-report").click());
  expect(report.name).toMatch(/^reporte-verificacion-COT-\d{4}-\d{6}\.pdf$/);
  expect(report.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const folio = /COT-\d{4}-\d{6}/.exec(report.name)?.[0] ?? "";
  const text = pdfText(report.bytes);
  expect(text).toContain("Reporte de verificación de empleo");
  expect(text).toContain(`Folio ${folio}`);
  expect(text).toContain("Página 1 de");
  expect(text).toContain("CURP, NSS y RFC enmascarados");

  // The issued list shows it, and downloading it again gives the same file.
  const issued = page.getByTestId("issued-report").filter({ hasText: folio });
  await expect(issued).toBeVisible();
  const again = await downloaded(page, () =>
    issued.getByRole("link", { name: "Descargar de nuevo" }).click(),
  );
  expect(again.bytes.equals(report.bytes)).toBe(true);

  // Verify: the true file, then one changed byte, then a folio Cotiza never issued.
  await page.goto("/verify");
  await page.getByLabel("Folio").fill(folio.toLowerCase());
  await page.getByLabel("Archivo PDF").setInputFiles({
    name: report.name,
    mimeType: "application/pdf",
    buffer: report.bytes,
  });
  await page.getByTestId("verify-submit").click();
  await expect(page.getByTestId("verify-result")).toHaveAttribute("data-outcome", "match");
  await expect(page.getByTestId("verify-result")).toContainText("Cotiza emitió exactamente");
  const changed = Buffer.from(report.bytes);
  const middle = changed.length >> 1;
  changed[middle] = (changed[middle] ?? 0) ^ 0x01;
  await page.getByLabel("Archivo PDF").setInputFiles({
    name: report.name,
    mimeType: "application/pdf",
    buffer: changed,
  });
  await page.getByTestId("verify-submit").click();
  await expect(page.getByTestId("verify-result")).toHaveAttribute("data-outcome", "mismatch");
  await page.getByLabel("Folio").fill("COT-1999-999999");
  await page.getByTestId("verify-submit").click();
  await expect(page.getByTestId("verify-result")).toHaveAttribute("data-outcome", "unknown");
  await page.context().close();
});

test("a team lead downloads IMSS's own document; an underwriter is not offered it", async ({
  browser,
}) => {
  const lead = await pageAs(browser, "TEAM_LEAD");
  await lead.goto(`/applicants/${applicants[0]}`);
  const document = await downloaded(lead, () =>
    lead.getByTestId("download-institution-document").first().click(),
  );
  expect(document.name).toMatch(/^ReporteSemanasCotizadas_\d{6}\.pdf$/);
  const text = pdfText(document.bytes);
  expect(text).toContain("Reporte de Semanas Cotizadas");
  expect(text).toMatch(/Semanas cotizadas: \d+/);
  await lead.context().close();

  const underwriter = await pageAs(browser, "UNDERWRITER");
  await underwriter.goto(`/applicants/${applicants[0]}`);
  await expect(underwriter.getByTestId("reports-card")).toBeVisible();
  await expect(underwriter.getByTestId("download-institution-document")).toHaveCount(0);
  await underwriter.context().close();
});

test("a team lead downloads the queue's filter as a ZIP of reports, with progress", async ({
  browser,
}) => {
  const page = await pageAs(browser, "TEAM_LEAD");
  await page.goto(`/exports?kind=reports&q=${prefix}`);
  await expect(page.getByTestId("export-total")).toHaveText("2 solicitantes");
  await page.getByTestId("export-kind-reports").check();
  const zip = await downloaded(page, () => page.getByTestId("export-download").click());
  expect(zip.name).toMatch(/^cotiza-reports-\d{8}T\d{6}Z\.zip$/);
  await expect(page.getByTestId("export-progress")).toHaveAttribute("data-phase", "complete");
  await expect(page.getByTestId("export-status")).toContainText(
    "Listo: 2 reportes de 2 solicitantes",
  );
  const entries = zipEntries(zip.bytes);
  expect(entries).toHaveLength(2);
  for (const entry of entries) {
    expect(entry.name).toMatch(new RegExp(`^COT-\\d{4}-\\d{6}_${prefix}-.*\\.pdf$`));
    expect(pdfText(entry.data)).toContain("Reporte de verificación de empleo");
  }
  // The export log names the batch.
  await expect(page.getByTestId("export-log-row").first()).toContainText(
    "Reportes de verificación (ZIP)",
  );
  await page.context().close();
});
