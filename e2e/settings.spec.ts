import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./csp-guard";
import { storageStatePath } from "./fixtures";
import { MEXICO_TIME_ZONES } from "../lib/settings/time-zones";

// The organization's settings are shared by every spec running at the same time. The flag window
// only grows here (a longer window can turn an old gap into a recent one, never the reverse, so
// no other spec loses a flag it expects) and is put back; 2027 has no movements in any spec. The
// tests run in order so the underwriter reads the settings when nobody is changing them.
test.describe.configure({ mode: "serial" });

async function expectNoSeriousAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
}

const yearRow = (page: Page, year: number) =>
  page.locator(`[data-testid=reference-year-row][data-year="${year}"]`);

test.describe("as a team lead", () => {
  test.use({ storageState: storageStatePath("TEAM_LEAD") });

  test("changes the flag window and sees it saved; reference values are read-only", async ({
    page,
  }) => {
    await page.goto("/settings");
    await expect(page.getByTestId("account-card")).toBeVisible();
    const form = page.getByTestId("figures-form");
    const window = form.getByLabel("Ventana de alertas (meses)");
    await expect(form.getByLabel("Zona horaria")).toHaveValue("America/Mexico_City");
    await expect(
      form.getByLabel("Zona horaria").locator('optgroup[label="México"] option'),
    ).toHaveText([...MEXICO_TIME_ZONES]);
    await expect(window).toHaveValue("36");
    await expect(form.locator("#flagWindowMonths-hint")).toContainText("periodo sin empleo formal");

    await window.fill("0");
    await form.getByRole("button", { name: "Guardar la configuración de cifras" }).click();
    await expect(form.getByTestId("error-flagWindowMonths")).toHaveText(
      "Escriba un número entero de meses, de 1 a 120.",
    );

    await window.fill("48");
    await form.getByRole("button", { name: "Guardar la configuración de cifras" }).click();
    await expect(form.getByTestId("figures-saved")).toContainText("se están recalculando");
    await expect(form.getByTestId("error-flagWindowMonths")).toHaveCount(0);
    await page.reload();
    await expect(
      page.getByTestId("figures-form").getByLabel("Ventana de alertas (meses)"),
    ).toHaveValue("48");

    // Team leads read reference values but do not change them.
    await expect(page.getByTestId("reference-years-table")).toBeVisible();
    await expect(page.getByTestId("reference-year-form")).toHaveCount(0);
    await expect(page.getByTestId("reference-year-edit")).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    const restore = page.getByTestId("figures-form");
    await restore.getByLabel("Ventana de alertas (meses)").fill("36");
    await restore.getByRole("button", { name: "Guardar la configuración de cifras" }).click();
    await expect(restore.getByTestId("figures-saved")).toContainText("se están recalculando");
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("adds the reference values of 2027, newest first in the table", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByTestId("reference-warning")).toHaveCount(0);
    const rows = page.getByTestId("reference-year-row");
    await expect(rows.first()).toHaveAttribute("data-year", "2026");
    await expect(yearRow(page, 2026).getByTestId("reference-uma")).toHaveText("$117.31");

    const form = page.getByTestId("reference-year-form");
    await expect(form.getByLabel("Año")).toHaveValue("2027");
    await form.getByLabel("Salario mínimo general (diario, MXN)").fill("350.5");
    await form.getByLabel("UMA (diaria, MXN)").fill("121.999");
    await form.getByRole("button", { name: "Agregar año" }).click();
    await expect(form.getByTestId("error-umaDaily")).toHaveText(
      "Escriba un monto en pesos con dos decimales como máximo, por ejemplo 117.31.",
    );
    await form.getByLabel("UMA (diaria, MXN)").fill("");
    await form.getByRole("button", { name: "Agregar año" }).click();
    await expect(form.getByTestId("error-umaDaily")).toHaveText(
      "Escriba la UMA: es obligatoria desde 2016.",
    );
    await form.getByLabel("UMA (diaria, MXN)").fill("121.90");
    await form.getByLabel("Salario mínimo de la zona fronteriza (diario, MXN)").fill("470.25");
    await form.getByRole("button", { name: "Agregar año" }).click();

    await expect(page.getByTestId("reference-year-saved")).toContainText("Se agregó 2027");
    await expect(rows.first()).toHaveAttribute("data-year", "2027");
    const added = yearRow(page, 2027);
    await expect(added.getByTestId("reference-uma")).toHaveText("$121.90");
    await expect(added.getByTestId("reference-minimum-wage")).toHaveText("$350.50");
    await expect(added.getByTestId("reference-border-wage")).toHaveText("$470.25");
    // The form starts afresh, at the year after.
    await expect(page.getByTestId("reference-year-form").getByLabel("Año")).toHaveValue("2028");

    // Adding 2027 again is refused on the year field; its row's Edit corrects it instead.
    const again = page.getByTestId("reference-year-form");
    await again.getByLabel("Año").fill("2027");
    await again.getByLabel("UMA (diaria, MXN)").fill("121.90");
    await again.getByLabel("Salario mínimo general (diario, MXN)").fill("350.50");
    await again.getByRole("button", { name: "Agregar año" }).click();
    await expect(again.getByTestId("error-year")).toHaveText(
      "Ese año ya tiene valores de referencia: use Editar en su renglón para cambiarlos.",
    );
    await added.getByRole("button", { name: "Editar 2027" }).click();
    const edit = page.getByTestId("reference-year-form");
    await expect(edit).toHaveAttribute("data-intent", "edit");
    await expect(edit.getByLabel("UMA (diaria, MXN)")).toBeFocused();
    await expect(edit.getByLabel("UMA (diaria, MXN)")).toHaveValue("121.90");
    await edit.getByLabel("Salario mínimo general (diario, MXN)").fill("351.00");
    await edit.getByRole("button", { name: "Guardar 2027" }).click();
    await expect(page.getByTestId("reference-year-saved")).toContainText("Se actualizó 2027");
    await page.reload();
    await expect(yearRow(page, 2027).getByTestId("reference-minimum-wage")).toHaveText("$351.00");
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe("as an underwriter", () => {
  test.use({ storageState: storageStatePath("UNDERWRITER") });

  test("sees the figures' settings and reference values, read-only", async ({ page }) => {
    await page.goto("/settings");
    const figures = page.getByTestId("figures-readonly");
    await expect(figures.getByTestId("figure-timeZone")).toHaveText("America/Mexico_City");
    await expect(figures.getByTestId("figure-flagWindowMonths")).toHaveText("36 meses");
    await expect(figures.getByTestId("figure-declaredIncomeTolerancePct")).toHaveText(/^20\s?%$/);
    await expect(figures).toContainText("periodo sin empleo formal");
    await expect(page.getByTestId("figures-form")).toHaveCount(0);
    await expect(page.getByTestId("figures-card").locator("input, select")).toHaveCount(0);
    await expect(page.getByTestId("reference-values-card").locator("input, button")).toHaveCount(0);

    await expect(yearRow(page, 2026).getByTestId("reference-uma")).toHaveText("$117.31");
    await expect(yearRow(page, 2015).getByTestId("reference-uma")).toContainText("ninguno");
    await expect(page.getByTestId("reference-year-form")).toHaveCount(0);
    await expect(page.getByTestId("failed-jobs-card")).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });
});
