import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./csp-guard";
import { storageStatePath } from "./fixtures";

// A version effective today would become the notice every consent accepts, in every spec running
// at the same time (a form loaded just before would be refused): this spec adds one that takes
// effect tomorrow, and checks the consent forms against the version in effect.
test.use({ storageState: storageStatePath("ADMIN") });

async function expectNoSeriousAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
}

test("an admin schedules a notice version; the new-applicant form asks consent to the one in effect", async ({
  page,
}) => {
  const version = `e2e-${Date.now().toString(36)}`;
  const textEs = `Aviso de privacidad ${version}: la financiera consulta su historial laboral para evaluar su crédito.`;
  const textEn = `Privacy notice ${version}: the lender reads your employment history to assess your credit.`;

  await page.goto("/settings");
  const notices = page.getByTestId("privacy-notices");
  const form = notices.getByTestId("privacy-notice-form");
  // The day it takes effect starts at today, in the organization's time zone.
  const effective = form.getByLabel("Entra en vigor el", { exact: true });
  await expect(effective).not.toHaveValue("");
  const today = await effective.inputValue();
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000)
    .toISOString()
    .slice(0, 10);
  await effective.fill(tomorrow);
  await form.getByLabel("Versión", { exact: true }).fill(version);
  await form.getByLabel("Texto en español", { exact: true }).fill(textEs);
  await form.getByLabel("Texto en inglés (opcional)", { exact: true }).fill(textEn);
  await form.getByTestId("privacy-notice-add").click();
  await expect(form.getByTestId("privacy-notice-added")).toContainText(
    `Versión ${version} agregada`,
  );
  const row = notices.locator(`[data-testid=privacy-notice-row][data-version="${version}"]`);
  await expect(row).toHaveAttribute("data-status", "scheduled");
  await expect(row).toContainText(textEs);
  const current = notices.locator("[data-testid=privacy-notice-row][data-status=current]");
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("Vigente");
  const currentVersion = (await current.getAttribute("data-version")) ?? "";

  // The same version twice is refused, on its field.
  await form.getByLabel("Versión", { exact: true }).fill(version);
  await form.getByLabel("Texto en español", { exact: true }).fill(textEs);
  await form.getByTestId("privacy-notice-add").click();
  await expect(form.getByTestId("error-version")).toHaveText("Esa versión ya existe: use otra.");
  await expectNoSeriousAxeViolations(page);

  await page.goto("/applicants/new");
  const notice = page.getByTestId("privacy-notice");
  await expect(notice).toHaveAttribute("data-notice-version", currentVersion);
  await expect(page.getByTestId("new-applicant-form")).toContainText(
    `aviso de privacidad (versión ${currentVersion})`,
  );
  const text = notice.getByTestId("privacy-notice-text");
  await expect(text).toBeHidden();
  // The full text opens from the keyboard, in the page's language.
  await notice.getByText(`Leer el aviso de privacidad (versión ${currentVersion})`).focus();
  await page.keyboard.press("Enter");
  await expect(text).toBeVisible();
  await expect(text).not.toContainText(version);
  await expect(text).toContainText("historial laboral");
  await expectNoSeriousAxeViolations(page);
});
