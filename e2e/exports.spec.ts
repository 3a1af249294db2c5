import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Browser, type Download, type Page } from "./csp-guard";
import { PERSONAS } from "../scripts/belvo-emulator/personas";
import {
  currentNoticeVersion,
  demoUser,
  storageStatePath,
  uiText,
  uniqueReference,
  type DemoRole,
} from "./fixtures";

// One applicant for the whole file (a direct connection spends 2 of a CURP's 3 daily IMSS
// queries), named like an attack on a spreadsheet, with accents, quotes and a comma.
test.describe.configure({ mode: "serial" });

const persona = PERSONAS.recentHire;
const HOSTILE_NAME = `=HYPERLINK("http://evil.example","Peña"), Núñez`;
const reference = uniqueReference("EXPORT");
const REASON = "Reporte mensual para el buró de crédito";
const words = uiText("es");
let applicantId = "";

async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  return context.newPage();
}

async function downloadCsv(page: Page): Promise<{ download: Download; rows: string[][] }> {
  const downloadEvent = page.waitForEvent("download");
  await page.getByTestId("export-download").click();
  const download = await downloadEvent;
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString("utf8"), { bom: true }) as string[][];
  await expect(page.getByTestId("export-progress")).toHaveAttribute("data-phase", "complete");
  return { download, rows };
}

test.beforeAll(async ({ browser }) => {
  const page = await pageAs(browser, "TEAM_LEAD");
  const response = await page.request.post("/api/applicants", {
    data: {
      name: HOSTILE_NAME,
      reference,
      institution: "IMSS",
      curp: persona.curp,
      accessMode: "SINGLE",
      consent: {
        accepted: true,
        privacyNoticeVersion: await currentNoticeVersion(page.request),
      },
    },
    timeout: 60_000,
  });
  expect(response.ok()).toBe(true);
  const done = (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; applicantId?: string })
    .find((event) => event.type === "done");
  applicantId = done?.applicantId ?? "";
  expect(applicantId).not.toBe("");
  await page.context().close();
});

test("a team lead exports the filtered queue with CURP in clear, formulas made inert", async ({
  browser,
}) => {
  const page = await pageAs(browser, "TEAM_LEAD");
  await page.goto(`/applicants?q=${reference}&sort=name`);
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await page.getByTestId("export-queue").click();
  await expect(page).toHaveURL(/\/exports\?kind=queue&q=EXPORT-.*&sort=name/);
  await expect(page.getByTestId("export-total")).toHaveText("1 solicitante");
  await expect(page.getByTestId("export-filters")).toContainText(`Búsqueda “${reference}”`);
  await page.getByTestId("export-column-curp").check();
  await page.getByTestId("export-column-assignedTo").uncheck();
  // CURP in clear asks why, before the download can start.
  await expect(page.getByTestId("export-download")).toBeDisabled();
  await page.getByTestId("export-reason").fill("Reporte");
  await expect(page.getByTestId("export-download")).toBeDisabled();
  await page.getByTestId("export-reason").fill(REASON);

  const { download, rows } = await downloadCsv(page);
  expect(download.suggestedFilename()).toMatch(/^cotiza-queue-\d{8}T\d{6}Z\.csv$/);
  const [header, row, ...rest] = rows;
  expect(rest).toEqual([]);
  expect(header).toEqual([
    "Solicitante",
    "Referencia",
    "Estado del dictamen",
    "Institución",
    "Estado de la conexión",
    "Patrón actual",
    "Ingreso mensual estimado (MXN)",
    "Antigüedad (días)",
    "Puntaje de empleabilidad, próximos 12 meses",
    "Señales",
    "Datos al",
    "CURP",
  ]);
  expect(row?.[0]).toBe(`'${HOSTILE_NAME}`);
  expect(row?.slice(1, 5)).toEqual([reference, "Pendiente", "IMSS", "Conexión activa"]);
  expect(row?.[6]).toMatch(/^\d+\.\d{2}$/);
  expect(row?.[10]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(row?.[11]).toBe(persona.curp);
  await expect(page.getByTestId("export-status")).toHaveText(
    "Listo: 1 fila de 1 solicitante. El archivo está en sus descargas.",
  );

  // The same filters, as employment histories and salary movements of every matching applicant.
  for (const kind of ["jobs", "movements"] as const) {
    await page.getByTestId(`export-kind-${kind}`).check();
    const history = await downloadCsv(page);
    expect(history.download.suggestedFilename()).toMatch(new RegExp(`^cotiza-${kind}-`));
    expect(history.rows.length).toBeGreaterThan(1);
    for (const line of history.rows.slice(1)) {
      expect(line.slice(0, 2)).toEqual([reference, `'${HOSTILE_NAME}`]);
    }
  }
  const logged = page.getByTestId("export-log-row").nth(2);
  await expect(logged).toContainText(demoUser("TEAM_LEAD").name);
  await expect(logged).toContainText("Bandeja de solicitantes");
  // The filters in words, as chips: the search and the order, never the raw query text.
  const filters = logged.getByTestId("export-log-filters");
  await expect(filters).toContainText(`Búsqueda “${reference}”`);
  await expect(filters).toContainText("Ordenado por nombre, ascendente");
  await expect(filters).not.toContainText("q=");
  await expect(logged).toContainText("Sin enmascarar");
  await expect(logged.getByTestId("export-log-reason")).toHaveText(`Motivo: ${REASON}`);
  await page.context().close();
});

test("an underwriter exports one applicant's history, and gets identifiers masked", async ({
  browser,
}) => {
  const page = await pageAs(browser, "UNDERWRITER");
  await page.goto(`/applicants/${applicantId}`);
  const jobsOnPage = await page.getByTestId("jobs-table").locator("tbody tr").count();
  await page.getByTestId("export-applicant").click();
  await expect(page).toHaveURL(new RegExp(`/exports\\?kind=jobs&applicant=${applicantId}`));
  await expect(page.getByTestId("export-scope")).toContainText(HOSTILE_NAME);
  await expect(page.getByTestId("export-kind-queue")).toHaveCount(0);

  const jobs = await downloadCsv(page);
  expect(jobs.download.suggestedFilename()).toMatch(/^cotiza-jobs-/);
  expect(jobs.rows[0]).toEqual([
    "Referencia",
    "Solicitante",
    "Patrón",
    "Registro patronal",
    "Estado",
    "Inicio",
    "Fin",
    "Semanas",
    "Último salario diario (MXN)",
    "Salario mensual (MXN)",
  ]);
  expect(jobs.rows.length - 1).toBe(jobsOnPage);
  for (const row of jobs.rows.slice(1)) {
    expect(row.slice(0, 2)).toEqual([reference, `'${HOSTILE_NAME}`]);
    expect(row[5]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }

  await page.getByTestId("export-kind-movements").check();
  const movements = await downloadCsv(page);
  expect(movements.rows[0]).toEqual([
    "Referencia",
    "Solicitante",
    "Patrón",
    "Movimiento",
    "Fecha",
    "Salario diario (MXN)",
  ]);
  expect(movements.rows.length - 1).toBeGreaterThanOrEqual(jobsOnPage);

  await page.goto(`/exports?kind=queue&q=${reference}`);
  await page.getByTestId("export-column-curp").check();
  await expect(page.getByTestId("export-columns")).toContainText("se enmascaran para su rol");
  const queue = await downloadCsv(page);
  const curpColumn = queue.rows[0]?.indexOf("CURP (enmascarado)") ?? -1;
  expect(curpColumn).toBeGreaterThan(0);
  expect(queue.rows[1]?.[curpColumn]).toBe(
    `${persona.curp.slice(0, 4)}${"•".repeat(12)}${persona.curp.slice(-2)}`,
  );

  await expect(page.getByRole("heading", { name: "Sus exportaciones" })).toBeVisible();
  const log = page.getByTestId("export-log-row");
  await expect(log).toHaveCount(3);
  await expect(log.first()).toContainText("Enmascarados");
  // Masked identifiers ask for no reason, and the log keeps none.
  await expect(log.first().getByTestId("export-log-reason")).toHaveCount(0);
  // A one-applicant export names the applicant, with a link to their page.
  const oneApplicant = log.nth(1).getByTestId("export-log-applicant");
  await expect(oneApplicant).toHaveText(HOSTILE_NAME);
  await expect(oneApplicant).toHaveAttribute("href", `/applicants/${applicantId}`);
  await page.context().close();
});

test("a team lead sees the underwriter's exports in the log", async ({ browser }) => {
  const page = await pageAs(browser, "TEAM_LEAD");
  await page.goto("/exports");
  await expect(page.getByRole("heading", { name: "Registro de exportaciones" })).toBeVisible();
  const underwriterRows = page
    .getByTestId("export-log-row")
    .filter({ hasText: demoUser("UNDERWRITER").name });
  await expect(underwriterRows.filter({ hasText: "Movimientos salariales" })).toHaveCount(1);
  await expect(underwriterRows.filter({ hasText: "Historial laboral" })).toHaveCount(1);

  // Searched by who exported (in the database, across every page): only their exports remain.
  const search = page.getByTestId("export-log-search");
  await page.getByTestId("export-log-search-input").fill(demoUser("UNDERWRITER").name);
  await search.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(page).toHaveURL(/[?&]search=/);
  const found = page.getByTestId("export-log-row");
  await expect(found.first()).toBeVisible();
  for (const row of await found.all())
    await expect(row).toContainText(demoUser("UNDERWRITER").name);
  await expect(page.getByTestId("export-log-page-status")).toContainText("Página 1 de");

  // By the applicant's name: their one-applicant exports.
  await page.getByTestId("export-log-search-input").fill(HOSTILE_NAME);
  await search.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(found).toHaveCount(2);
  for (const row of await found.all())
    await expect(row.getByTestId("export-log-applicant")).toHaveText(HOSTILE_NAME);
  await page.getByTestId("export-log-search-clear").click();
  await expect(page).not.toHaveURL(/search=/);
  await page.context().close();
});

test("the current decision exports as words of the catalog, read by a real CSV parser", async ({
  browser,
}) => {
  const page = await pageAs(browser, "TEAM_LEAD");
  const note = "=SUMA(A1) salario en revisión, pedir recibos";
  const decided = await page.request.post(`/api/applicants/${applicantId}/decisions`, {
    data: { outcome: "REFER", reasonCode: "recent_change", note },
  });
  expect(decided.ok()).toBe(true);
  await page.goto(`/exports?kind=queue&q=${reference}&decision=all`);
  await expect(page.getByTestId("export-total")).toHaveText("1 solicitante");
  await page.getByTestId("export-columns-reset").click();
  for (const id of ["decisionOutcome", "decisionReason", "decisionNote", "decidedBy", "decidedAt"])
    await page.getByTestId(`export-column-${id}`).check();
  await page.getByTestId("export-column-signOff").check();
  await expect(page.getByTestId("export-reason")).toHaveCount(0);

  const { rows } = await downloadCsv(page);
  const [header, row, ...rest] = rows;
  expect(rest).toEqual([]);
  const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
  expect(cell("Referencia")).toBe(reference);
  expect(cell("Estado del dictamen")).toBe(words("common.decisionStatus.referred"));
  expect(cell("Dictamen")).toBe(words("applicant.decision.outcomes.refer"));
  expect(cell("Motivo del dictamen")).toBe(words("applicant.decision.reasons.recentChange"));
  expect(cell("Nota del dictamen")).toBe(`'${note}`);
  expect(cell("Dictaminó")).toBe(demoUser("TEAM_LEAD").name);
  expect(cell("Fecha del dictamen")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(cell("Visto bueno")).toBe("No requerido");

  await page.getByTestId("export-lang-en").check();
  const english = await downloadCsv(page);
  const enCell = (name: string) => english.rows[1]?.[english.rows[0]?.indexOf(name) ?? -1];
  expect(enCell("Decision status")).toBe(uiText("en")("common.decisionStatus.referred"));
  expect(enCell("Decision")).toBe(uiText("en")("applicant.decision.outcomes.refer"));
  expect(enCell("Decided at")).toBe(cell("Fecha del dictamen"));
  await page.context().close();
});

test("the header language changes the header row, never a value row", async ({ browser }) => {
  const page = await pageAs(browser, "TEAM_LEAD");
  await page.goto(`/exports?kind=movements&applicant=${applicantId}`);
  // The reader's language first: this suite reads Cotiza in Spanish.
  await expect(page.getByTestId("export-lang-es")).toBeChecked();
  const [esHeader, ...esRows] = (await downloadCsv(page)).rows;
  await page.getByTestId("export-lang-en").check();
  const [enHeader, ...enRows] = (await downloadCsv(page)).rows;
  expect(esHeader?.[3]).toBe("Movimiento");
  expect(enHeader).toEqual([
    "Reference",
    "Applicant",
    "Employer",
    "Event",
    "Date",
    "Daily salary (MXN)",
  ]);
  expect(esRows.length).toBeGreaterThan(0);
  expect(enRows).toEqual(esRows);
  await page.context().close();
});
