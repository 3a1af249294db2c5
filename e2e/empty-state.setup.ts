import { expect, test as setup } from "./csp-guard";
import { demoUser, signIn, uiText } from "./fixtures";

// Runs in the setup project, before any spec connects an applicant: the database is still empty.
setup("a fresh install shows honest empty states", async ({ page }) => {
  const t = uiText("es");
  const user = demoUser("UNDERWRITER");
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("applicants-empty")).toContainText(t("queue.empty.title"));
  await page.goto("/exports");
  await expect(page.getByTestId("export-nothing")).toBeVisible();
  await expect(page.getByTestId("export-download")).toBeDisabled();
  await expect(page.getByTestId("export-log-empty")).toHaveText(t("exports.log.empty"));
});
