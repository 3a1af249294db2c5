import { expect, test } from "./csp-guard";
import { connectedApplicant, registerArcoRequest } from "./arco";
import { storageStatePath } from "./fixtures";

test.use({ storageState: storageStatePath("TEAM_LEAD") });

test("a cancellation request blocks the applicant: gone from the page, the queue and the Privacy page's link", async ({
  page,
}) => {
  const name = `Cancelación ${Date.now()}`;
  const { id, reference } = await connectedApplicant(page, name, "CAN");
  const row = await registerArcoRequest(page, { type: "CANCELLATION", reference });
  await expect(row.getByRole("link", { name: reference })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByTestId("arco-block").click();
  // The row names the applicant by reference only, with the day the data will be deleted.
  await expect(row.getByTestId("arco-blocked")).toContainText("se elimina el");
  await expect(row.getByRole("link", { name: reference })).toHaveCount(0);
  await expect(row.getByTestId("arco-block")).toHaveCount(0);

  // Hidden from every screen: the page answers "not found", the queue has no match.
  const response = await page.goto(`/applicants/${id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
  await page.goto(`/applicants?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("queue-no-matches")).toBeVisible();
  const exported = await page.request.get(`/api/exports/jobs?applicant=${id}`);
  expect(exported.status()).toBe(404);
});
