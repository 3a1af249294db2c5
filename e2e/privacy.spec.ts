import { expect, test } from "./csp-guard";
import { storageStatePath } from "./fixtures";

test.describe("as a team lead", () => {
  test.use({ storageState: storageStatePath("TEAM_LEAD") });

  test("registers an ARCO request with its business-day due date, then records the answer", async ({
    page,
  }) => {
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacidad");
    const form = page.getByTestId("arco-form");
    const requester = `Mariana Ibáñez ${Date.now()}`;
    await form.getByLabel("Tipo de derecho").selectOption("ACCESS");
    await form.getByLabel("Nombre de quien la presenta").fill(requester);
    await form.getByLabel("Fecha de recepción").fill("2026-11-13");
    // Without the identity check the form refuses.
    await form.getByTestId("arco-submit").click();
    await expect(form).toContainText("Confirme que verificó la identidad");
    await form.getByTestId("arco-identity").check();
    await form.getByTestId("arco-submit").click();
    // Friday 13 November 2026 + 20 business days, Monday 16 November (a rest day) skipped.
    await expect(form.getByTestId("arco-registered")).toContainText("14 dic 2026");

    const row = page.getByTestId("arco-row").filter({ hasText: requester });
    await expect(row).toContainText("Acceso");
    await expect(row).toContainText("14 dic 2026");
    await row.getByTestId("arco-answer").click();
    await row.getByTestId("arco-answer-note").fill("Se envió el paquete de acceso por correo.");
    await row.getByTestId("arco-answer-confirm").click();
    await expect(row.getByTestId("arco-answered")).toContainText("Se envió el paquete");
    await expect(row).toHaveAttribute("data-urgency", "answered");
  });
});

test.describe("as an underwriter", () => {
  test.use({ storageState: storageStatePath("UNDERWRITER") });

  test("is told the page is for team leads and admins, and the API refuses", async ({ page }) => {
    await page.goto("/privacy");
    await expect(page.getByTestId("privacy-forbidden")).toBeVisible();
    const response = await page.request.post("/api/privacy/requests", { data: {} });
    expect(response.status()).toBe(403);
  });
});
