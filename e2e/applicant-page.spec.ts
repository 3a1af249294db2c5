import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./csp-guard";
import { maskIdentifier } from "../lib/applicant/mask";
import { PERSONAS } from "../scripts/belvo-emulator/personas";
import { connectThroughApi, storageStatePath, uniqueCurp } from "./fixtures";

test.use({ storageState: storageStatePath("UNDERWRITER") });

// Each persona CURP allows 3 IMSS queries a day and a direct connection spends 2, so every test
// connects its own persona exactly once; the tests can then run in parallel.
async function connect(
  page: Page,
  persona: keyof typeof PERSONAS,
  options: { name?: string; institution?: "IMSS" | "ISSSTE" } = {},
): Promise<string> {
  const { curp, firstName, lastName } = PERSONAS[persona];
  return connectThroughApi(page, {
    name: options.name ?? `${firstName} ${lastName}`,
    curp,
    referencePrefix: `PAGE-${persona}`,
    institution: options.institution,
  });
}

async function openApplicant(page: Page, id: string) {
  await page.goto(`/applicants/${id}`);
  await expect(page.getByTestId("summary")).toBeVisible();
}

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
  expect(serious).toEqual([]);
}

async function expectCharts(page: Page) {
  await expect(page.getByTestId("salary-chart").locator(".recharts-wrapper > svg")).toBeVisible();
  await expect(page.getByTestId("salary-chart").locator("figcaption")).toContainText("25 UMA");
  await page.getByTestId("salary-chart-text").locator("summary").click();
  await expect(page.getByTestId("salary-chart-text").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("timeline")).toBeVisible();
  await expect(page.getByTestId("timeline-text")).toBeAttached();
  await expect(page.getByTestId("jobs-table").locator("tbody tr").first()).toBeVisible();
}

test.describe("the applicant page", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a stable employee: summary, three gauges, chart, sortable table; a decision is recorded", async ({
    page,
  }, testInfo) => {
    const id = await connect(page, "stable");
    await openApplicant(page, id);
    await expect(page.getByTestId("summary-status")).toHaveText("Con empleo");
    await expect(page.getByTestId("summary-employers")).toContainText("Grupo Industrial Ibáñez");
    await expect(page.getByTestId("summary-monthly")).toContainText("$");
    await expect(page.getByTestId("summary-cash")).toContainText("$");
    await expect(page.getByTestId("name-mismatch")).toHaveCount(0);
    const latest = page.getByTestId("score-snapshot").first();
    for (const period of [3, 6, 12])
      await expect(latest.getByTestId(`score-gauge-${period}`).getByRole("img")).toHaveAttribute(
        "aria-label",
        new RegExp(`Próximos ${period} meses: \\d{3} de 900`),
      );
    await expectCharts(page);
    await page.getByTestId("sort-start").click();
    await expect(page.getByTestId("jobs-table").locator("tbody tr").first()).toContainText(
      "Comercializadora Peña y Núñez",
    );
    await expect(page.getByTestId("metrics")).toContainText("Antigüedad formal total");

    await page.getByTestId("assign-to-me").click();
    await expect(page.getByTestId("assignment-message")).toHaveText("Asignación guardada.");
    await page.getByTestId("outcome-approve").check();
    await page.getByTestId("decision-reason").selectOption("stable_employment");
    await page.getByTestId("decision-note").fill("Antigüedad de 12 años; nómina verificada.");
    await page.getByTestId("decision-submit").click();
    await expect(page.getByTestId("decision-message")).toHaveText("Dictamen registrado: Aprobar.");
    const entry = page.getByTestId("decision-entry").first();
    await expect(entry).toContainText("Empleo formal estable");
    await expect(entry).toContainText("Antigüedad de 12 años");
    await expect(page.getByTestId("audit-trail")).toContainText("Registró un dictamen");
    await expect(page.getByTestId("audit-trail")).toContainText("Asignó al solicitante");
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("stable.png"), fullPage: true });
    await page.getByTestId("scores").screenshot({ path: testInfo.outputPath("stable-scores.png") });
    await page
      .getByTestId("salary-chart")
      .locator(".recharts-wrapper")
      .screenshot({ path: testInfo.outputPath("stable-chart.png") });
  });

  test("a salary at the 25-UMA cap is flagged as a lower bound", async ({ page }, testInfo) => {
    const id = await connect(page, "capped");
    await openApplicant(page, id);
    await expect(page.getByTestId("capped-warning")).toContainText("al menos esta cifra");
    // At the ceiling the real pay is above the figure: every income figure is a floor.
    await expect(page.getByTestId("summary-monthly")).toContainText("al menos $");
    await expect(page.getByTestId("summary-cash")).toContainText("al menos $");
    await expect(page.getByTestId("summary-cash")).not.toContainText("como máximo");
    await expect(page.getByTestId("flag-capped-salary")).toBeVisible();
    await expectCharts(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("capped.png"), fullPage: true });
  });

  test("a long gap shows on the timeline and as a flag", async ({ page }, testInfo) => {
    const id = await connect(page, "longGap");
    await openApplicant(page, id);
    await expect(page.getByTestId("flag-past-gap")).toBeVisible();
    await expect(page.getByTestId("timeline-text")).toContainText("Periodo sin empleo formal:");
    await expectCharts(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("long-gap.png"), fullPage: true });
  });

  test("concurrent jobs: two current employers and an overlap", async ({ page }, testInfo) => {
    const id = await connect(page, "concurrent");
    await openApplicant(page, id);
    await expect(page.getByTestId("summary-employers")).toContainText("·");
    await expect(page.getByTestId("timeline-text")).toContainText("Empleos simultáneos");
    await expect(page.getByTestId("metrics")).toContainText("Semanas con empleos simultáneos");
    await expectCharts(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("concurrent.png"), fullPage: true });
    await page
      .getByTestId("timeline")
      .screenshot({ path: testInfo.outputPath("concurrent-timeline.png") });
  });

  test("an ISSSTE worker: no score, and the page says why", async ({ page }, testInfo) => {
    const id = await connect(page, "issste", { institution: "ISSSTE" });
    await openApplicant(page, id);
    await expect(page.getByTestId("no-score-issste")).toContainText(
      "solo califica registros del IMSS",
    );
    await expect(page.getByTestId("score-gauge-12")).toHaveCount(0);
    await expect(page.getByTestId("summary-weeks")).toHaveText("No se reporta (ISSSTE)");
    await expect(page.getByTestId("flag-issste")).toBeVisible();
    // The income is the monthly salary ISSSTE reports (Belvo's figure in the Employers table),
    // not its daily ÷ 30 figure × 30.4.
    const current = page.getByTestId("jobs-table").getByRole("row").filter({ hasText: "Vigente" });
    const reported = (await current.getByTestId("job-monthly").innerText()).trim();
    expect(reported).toMatch(/^\$[\d,]+\.\d{2}$/);
    await expect(page.getByTestId("summary-monthly")).toHaveText(reported);
    await expectCharts(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("issste.png"), fullPage: true });
  });

  test("a dismissed applicant is unemployed, and a different typed name is flagged", async ({
    page,
  }, testInfo) => {
    const id = await connect(page, "dismissed", { name: "Raúl Gómez" });
    await openApplicant(page, id);
    await expect(page.getByTestId("summary-status")).toHaveText("Sin empleo formal");
    await expect(page.getByTestId("summary-employers")).toHaveText("Ninguno");
    await expect(page.getByTestId("flag-recent-exit")).toBeVisible();
    await expect(page.getByTestId("name-mismatch")).toContainText("Raúl Gómez");
    await expectCharts(page);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath("dismissed.png"), fullPage: true });
  });

  test("identifiers open masked for every role, and show in clear only with a reason", async ({
    page,
    browser,
  }) => {
    const curp = uniqueCurp(); // a persona of its own: no other test spends its IMSS queries
    const id = await connectThroughApi(page, {
      name: "Irene Cotejo Ruiz",
      curp,
      referencePrefix: "PAGE-reveal",
    });
    await openApplicant(page, id);
    const card = page.getByTestId("identifiers-card");
    await expect(card.getByTestId("identifier-curp")).toHaveText(maskIdentifier(curp) ?? "");
    expect(await page.content()).not.toContain(curp);

    await card.getByRole("button", { name: "Mostrar identificadores" }).click();
    const reason = card.getByRole("textbox", { name: "Motivo de la consulta" });
    await reason.fill("INE");
    await card.getByRole("button", { name: "Mostrar", exact: true }).click();
    await expect(card.getByTestId("error-identifiers-reason")).toHaveText(
      "Escriba el motivo, de 10 a 300 caracteres.",
    );
    await expect(card.getByTestId("identifier-curp")).toHaveText(maskIdentifier(curp) ?? "");

    const why = "Cotejo con la INE que presentó el solicitante";
    await reason.fill(why);
    await card.getByRole("button", { name: "Mostrar", exact: true }).click();
    await expect(card.getByTestId("identifier-curp")).toHaveText(curp);
    await expect(card.getByTestId("identifier-nss")).toHaveText(/^\d{11}$/);
    await expect(card.getByTestId("identifiers-status")).toContainText(
      "Identificadores sin enmascarar",
    );

    await card.getByRole("button", { name: "Ocultar identificadores" }).click();
    await expect(card.getByTestId("identifier-curp")).toHaveText(maskIdentifier(curp) ?? "");
    await expect(card.getByTestId("identifier-nss")).not.toHaveText(/^\d{11}$/);

    // Nothing is kept: a reload shows them masked, and the audit trail has the reveal and its reason.
    await page.reload();
    await expect(card.getByTestId("identifier-curp")).toHaveText(maskIdentifier(curp) ?? "");
    const trail = page.getByTestId("audit-trail");
    await expect(trail).toContainText("Mostró los identificadores (CURP, NSS, RFC)");
    await expect(trail.getByTestId("audit-reason")).toHaveText(`Motivo: ${why}`);

    // A team lead's page opens masked too.
    const lead = await browser.newContext({ storageState: storageStatePath("TEAM_LEAD") });
    const leadPage = await lead.newPage();
    await openApplicant(leadPage, id);
    await expect(leadPage.getByTestId("identifier-curp")).toHaveText(maskIdentifier(curp) ?? "");
    expect(await leadPage.content()).not.toContain(curp);
    await expect(
      leadPage
        .getByTestId("identifiers-card")
        .getByRole("button", { name: "Mostrar identificadores" }),
    ).toBeVisible();
    await lead.close();
  });
});
