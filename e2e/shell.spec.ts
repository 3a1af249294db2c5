import { expect, test } from "@playwright/test";
import { demoUser, storageStatePath } from "./fixtures";

test.use({ storageState: storageStatePath("UNDERWRITER") });

test("the shell navigates between Applicants, Exports and Settings", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/applicants$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Applicants");

  await page.getByRole("link", { name: "Exports" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exports");
  await expect(page.getByTestId("export-download")).toBeVisible();

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("link", { name: "Settings" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByTestId("account-card")).toContainText(demoUser("UNDERWRITER").email);
});

test("the health endpoint reports the app and its database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", app: "ok", database: { status: "ok" } });
  expect(["PGlite", "PostgreSQL"]).toContain(body.database.engine);
});

test("the current user endpoint answers for a signed-in user", async ({ request }) => {
  const response = await request.get("/api/me");
  expect(response.status()).toBe(200);
  expect((await response.json()).user).toMatchObject({
    email: demoUser("UNDERWRITER").email,
    role: "UNDERWRITER",
  });
});
