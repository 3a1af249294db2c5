import { expect, test } from "./csp-guard";
import { maskIdentifier } from "../lib/applicant/mask";
import { PERSONAS } from "../scripts/belvo-emulator/personas";
import { connectThroughInvite, storageStatePath, uniqueCurp, uniqueReference } from "./fixtures";

test.use({ storageState: storageStatePath("UNDERWRITER") });

test("an underwriter connects an applicant directly and lands on their records", async ({
  page,
}, testInfo) => {
  await page.goto("/applicants");
  await page.getByTestId("new-applicant").click();
  await page.getByLabel("Nombre completo").fill("Rocío Núñez Peña");
  await page.getByLabel("Referencia").fill(uniqueReference("E2E"));
  const curp = uniqueCurp();
  await page.getByLabel("CURP").fill(curp);
  await page.getByTestId("consent").check();
  await page.getByTestId("connect-submit").click();

  await expect(page).toHaveURL(/\/applicants\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByTestId("applicant-name")).toHaveText("Rocío Núñez Peña");
  // The header and the summary both show the link's status.
  await expect(page.getByTestId("link-status")).toHaveText(["Conexión activa", "Conexión activa"]);
  await expect(page.getByTestId("jobs-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("identifier-curp")).toHaveText(maskIdentifier(curp) ?? ""); // underwriters see it masked
  await expect(page.getByTestId("consent-record")).toContainText("capturado por Ana Ibáñez");
  await page.screenshot({ path: testInfo.outputPath("direct-connection.png"), fullPage: true });
});

test("bad input and an IMSS refusal get clear messages and lose nothing", async ({
  page,
}, testInfo) => {
  await page.goto("/applicants/new");
  await page.getByLabel("CURP").fill("TOO-SHORT");
  const declaredIncome = page.getByLabel("Ingreso mensual declarado (MXN)");
  await declaredIncome.fill("-25,000");
  await page.getByTestId("connect-submit").click();
  await expect(page.getByTestId("error-curp")).toContainText("18 caracteres");
  await expect(page.getByTestId("error-consent")).toBeVisible();
  await expect(page.getByTestId("error-declaredMonthlyIncome")).toHaveText(
    "El ingreso declarado no puede ser negativo.",
  );
  await expect(declaredIncome).toHaveAttribute("aria-invalid", "true");

  const reference = uniqueReference("E2E");
  await page.getByLabel("Nombre completo").fill("Persona Sin Registro");
  await page.getByLabel("Referencia").fill(reference);
  await page.getByLabel("CURP").fill(PERSONAS.curpNotFound.curp);
  await declaredIncome.fill("$25,000.50");
  await page.getByTestId("consent").check();
  await page.getByTestId("connect-submit").click();

  await expect(page.getByTestId("connect-error")).toContainText(
    "El CURP proporcionado no fue localizado en la entidad externa RENAPO",
  );
  await expect(page.getByLabel("Referencia")).toHaveValue(reference);
  await expect(page.getByLabel("CURP")).toHaveValue(PERSONAS.curpNotFound.curp);
  await expect(declaredIncome).toHaveValue("$25,000.50");
  await page.screenshot({ path: testInfo.outputPath("connect-error.png"), fullPage: true });
  await page.goto("/applicants");
  await expect(page.getByText(reference)).toHaveCount(0);
});

test("an applicant connects through an invite and Belvo's widget; the underwriter sees them appear", async ({
  page,
  browser,
}, testInfo) => {
  const reference = uniqueReference("INV");
  const applicant = await connectThroughInvite(page, browser, { name: "Óscar Ibáñez", reference });
  await applicant.screenshot({ path: testInfo.outputPath("invite-applicant-done.png") });
  await applicant.context().close();

  await page.reload();
  const row = page.getByTestId("invite-row").filter({ hasText: reference });
  await expect(row.getByTestId("invite-status")).toHaveText("Conectada");
  await row.getByRole("link", { name: "Óscar Ibáñez" }).click();
  await expect(page.getByTestId("consent-record")).toContainText(
    "por el solicitante mediante una liga de invitación",
  );
  await expect(page.getByTestId("jobs-table")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("invite-underwriter.png"), fullPage: true });
});
