import { expect, test, type Page } from "./csp-guard";
import { demoUser, signIn, storageStatePath } from "./fixtures";

test.use({ storageState: storageStatePath("UNDERWRITER") });

const ANONYMOUS = { storageState: { cookies: [], origins: [] } };

const nav = (page: Page, name: string) => page.getByRole("navigation", { name }).getByRole("link");

test("the shell navigates between Applicants, Exports and Settings", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/applicants$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Solicitantes");

  await page.getByRole("link", { name: "Exportaciones" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exportaciones");
  await expect(page.getByTestId("export-download")).toBeVisible();

  await page.getByRole("link", { name: "Configuración" }).click();
  await expect(page.getByRole("link", { name: "Configuración" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByTestId("account-card")).toContainText(demoUser("UNDERWRITER").email);
});

// The choice is saved on the account, so this test switches a user of its own: the demo users'
// sessions are shared with specs running at the same time, which read Spanish.
test("the header's language menu switches to English and back, and the choice persists", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const lead = await playwright.request.newContext({
    baseURL,
    storageState: storageStatePath("TEAM_LEAD"),
  });
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
  const member = {
    name: `Idioma ${suffix}`,
    email: `locale.${suffix}@cotiza.test`,
    password: "shell-spec-password",
  };
  const invited = await lead.post("/api/team/members", {
    data: { name: member.name, email: member.email, role: "UNDERWRITER" },
  });
  expect(invited.status()).toBe(200);
  const token = new URL(((await invited.json()) as { url: string }).url).pathname.split("/").at(-1);
  const joined = await lead.post(`/api/join/${token}`, {
    data: { password: member.password, confirm: member.password },
  });
  expect(joined.status()).toBe(200);
  await lead.dispose();

  const page = await (await browser.newContext(ANONYMOUS)).newPage();
  await signIn(page, member.email, member.password);
  await expect(page).toHaveURL(/\/applicants$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es-MX");
  await expect(nav(page, "Principal")).toHaveText([
    "Solicitantes",
    /^Alertas/,
    "Exportaciones",
    "Verificar reporte",
    "Configuración",
  ]);
  const menu = page.getByRole("combobox", { name: "Idioma" });
  await expect(menu).toHaveAttribute("data-testid", "locale-switch");
  await expect(menu).toHaveValue("es");

  await menu.selectOption("en");
  await expect(nav(page, "Main")).toHaveText([
    "Applicants",
    /^Alerts/,
    "Exports",
    "Verify a report",
    "Settings",
  ]);
  await page.getByRole("link", { name: "Exports" }).click();
  await expect(page).toHaveURL(/\/exports$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await expect(nav(page, "Main")).toHaveText([
    "Applicants",
    /^Alerts/,
    "Exports",
    "Verify a report",
    "Settings",
  ]);
  await expect(page.getByRole("link", { name: "Exports" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("sign-out")).toHaveText("Sign out");
  await page.reload();
  await expect(nav(page, "Main")).toHaveText([
    "Applicants",
    /^Alerts/,
    "Exports",
    "Verify a report",
    "Settings",
  ]);
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");

  // Kept on the account: a new browser (Spanish, no cookie) reads English once signed in.
  const elsewhere = await (await browser.newContext(ANONYMOUS)).newPage();
  await signIn(elsewhere, member.email, member.password);
  await expect(nav(elsewhere, "Main")).toHaveText([
    "Applicants",
    /^Alerts/,
    "Exports",
    "Verify a report",
    "Settings",
  ]);
  await elsewhere.context().close();

  await page.getByRole("combobox", { name: "Language" }).selectOption("es");
  await expect(nav(page, "Principal")).toHaveText([
    "Solicitantes",
    /^Alertas/,
    "Exportaciones",
    "Verificar reporte",
    "Configuración",
  ]);
  await expect(page.locator("html")).toHaveAttribute("lang", "es-MX");
  await page.reload();
  await expect(nav(page, "Principal")).toHaveText([
    "Solicitantes",
    /^Alertas/,
    "Exportaciones",
    "Verificar reporte",
    "Configuración",
  ]);
  await expect(page.getByTestId("locale-switch")).toHaveValue("es");
  await page.context().close();
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
