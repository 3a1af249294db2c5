import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "./csp-guard";
import {
  connectThroughApi,
  createMember,
  currentNoticeVersion,
  storageStatePath,
  uniqueCurp,
  uniqueReference,
} from "./fixtures";

test.use({ storageState: storageStatePath("UNDERWRITER") });
test.describe.configure({ mode: "serial", timeout: 180_000 });

// Other specs add applicants to the same database at the same time, so every assertion is scoped
// by a search for this run's token (in every name), and sorted by name to be deterministic.
const TOKEN = `Cola${Date.now().toString(36)}`;
const COUNT = 27;
const ISSSTE = new Set([3, 11, 19]);
const nameOf = (i: number) => `${TOKEN} Núñez ${String(i).padStart(2, "0")}`;

async function connect(request: APIRequestContext, i: number) {
  const response = await request.post("/api/applicants", {
    data: {
      name: nameOf(i),
      reference: uniqueReference(`QUEUE${i}`),
      institution: ISSSTE.has(i) ? "ISSSTE" : "IMSS",
      curp: uniqueCurp(), // a fresh CURP each time: IMSS allows 3 queries per CURP a day
      accessMode: "SINGLE",
      consent: { accepted: true, privacyNoticeVersion: await currentNoticeVersion(request) },
    },
    timeout: 60_000,
  });
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('"done"');
}

// The applicant's link in each row (a team lead's rows start with a checkbox).
const rowNames = (page: Page) =>
  page.getByTestId("queue-row").locator('td a[href^="/applicants/"]');

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("UNDERWRITER") });
  const indexes = Array.from({ length: COUNT }, (_, i) => i);
  for (let start = 0; start < COUNT; start += 5) {
    await Promise.all(indexes.slice(start, start + 5).map((i) => connect(context.request, i)));
  }
  await context.close();
});

test("the queue walks search, sort, pages and filters through the URL", async ({
  page,
  context,
}, testInfo) => {
  await page.goto("/applicants");
  await page.getByTestId("queue-search").fill(TOKEN);
  await expect(page).toHaveURL(new RegExp(`\\?q=${TOKEN}$`));
  await expect(page.getByTestId("queue-range")).toHaveText(`1–25 de ${COUNT} solicitantes`);

  await page.getByTestId("queue-sort-name").click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${TOKEN}&sort=name$`));
  await expect(rowNames(page).first()).toHaveText(nameOf(0));
  await expect(page.locator("th[aria-sort=ascending]")).toContainText("Solicitante");

  await page.getByTestId("queue-page-next").click();
  await expect(page).toHaveURL(/&sort=name&page=2$/);
  await expect(rowNames(page)).toHaveText([nameOf(25), nameOf(26)]);
  await expect(page.getByTestId("queue-page-next")).toBeDisabled();

  // The same URL in a fresh page shows exactly the same rows.
  const again = await context.newPage();
  await again.goto(page.url());
  await expect(rowNames(again)).toHaveText([nameOf(25), nameOf(26)]);
  await again.close();

  await page.getByTestId("queue-sort-name").click(); // now Z→A, back to page 1
  await expect(page).toHaveURL(/&sort=name&dir=desc$/);
  await expect(rowNames(page).first()).toHaveText(nameOf(26));

  await page.getByTestId("queue-filter-institution").click();
  await page.getByRole("checkbox", { name: "ISSSTE" }).check();
  await expect(page).toHaveURL(/institution=ISSSTE&sort=name&dir=desc$/);
  await expect(rowNames(page)).toHaveText([nameOf(19), nameOf(11), nameOf(3)]);
  await page.keyboard.press("Escape");

  await page.getByTestId("queue-filter-score").selectOption("none");
  await expect(page).toHaveURL(/institution=ISSSTE&score=none&sort=name/);
  await expect(rowNames(page)).toHaveCount(3); // ISSSTE has no employment score
  await page.getByTestId("queue-filter-assigned").selectOption("me");
  await expect(page).toHaveURL(/score=none&assigned=me/);
  await expect(page.getByTestId("queue-no-matches")).toBeVisible();
  await page.getByTestId("queue-filter-assigned").selectOption("");
  await expect(rowNames(page)).toHaveCount(3);

  const url = page.url();
  const copy = await context.newPage();
  await copy.goto(url);
  await expect(rowNames(copy)).toHaveText([nameOf(19), nameOf(11), nameOf(3)]);
  await expect(copy.getByTestId("queue-filter-score")).toHaveValue("none");
  await expect(copy.getByTestId("queue-search")).toHaveValue(TOKEN);
  await copy.close();

  await page.getByTestId("queue-reset").click();
  await expect(page).toHaveURL(/\/applicants\?sort=name&dir=desc$/);
  await expect(page.getByTestId("queue-search")).toHaveValue("");

  await page.goto(`/applicants?q=${TOKEN}&size=50&sort=name`);
  await expect(rowNames(page)).toHaveCount(COUNT);
  await expect(page.getByTestId("queue-page-size")).toHaveValue("50");
  await page.screenshot({ path: testInfo.outputPath("queue.png"), fullPage: true });
});

test("no matches is its own state, a page past the end clamps, the CURP never shows", async ({
  page,
}) => {
  await page.goto(`/applicants?q=${TOKEN}-nobody`);
  await expect(page.getByTestId("queue-no-matches")).toContainText("Ningún solicitante coincide");
  await expect(page.getByTestId("applicants-empty")).toHaveCount(0);
  await page.goto(`/applicants?q=${TOKEN}`);
  await expect(page.getByTestId("queue-row")).toHaveCount(25);
  await expect(page.getByTestId("queue-table")).not.toContainText(
    /[A-Z]{4}[0-9]{6}[A-Z]{6}[A-Z0-9]{2}/,
  );
  await page.goto(`/applicants?q=${TOKEN}&page=9`); // past the end: the last page, and the URL says so
  await expect(page).toHaveURL(new RegExp(`\\?q=${TOKEN}&page=2$`));
  await expect(page.getByTestId("queue-row")).toHaveCount(COUNT - 25);
});

test("hidden columns are remembered for the user", async ({ page }) => {
  await page.goto(`/applicants?q=${TOKEN}`);
  await page.getByTestId("queue-columns-menu").click();
  const saved = page.waitForResponse("**/api/preferences/queue-columns");
  await page.getByTestId("queue-column-toggle-flags").uncheck();
  expect((await saved).ok()).toBe(true);
  await expect(page.locator("th", { hasText: "Señales" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  await expect(page.locator("th", { hasText: "Señales" })).toHaveCount(0);
  await page.getByTestId("queue-columns-menu").click();
  const restored = page.waitForResponse("**/api/preferences/queue-columns");
  await page.getByTestId("queue-column-toggle-flags").check();
  expect((await restored).ok()).toBe(true);
  await expect(page.locator("th", { hasText: "Señales" })).toHaveCount(1);
});

test("the queue is keyboard-reachable and has no serious accessibility violations", async ({
  page,
}, testInfo) => {
  await page.goto(`/applicants?q=${TOKEN}&sort=score12`);
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  await page.getByTestId("queue-search").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("queue-filter-decision")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("queue-filter-institution")).toBeFocused();
  await page.getByTestId("queue-sort-monthlyIncome").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=monthlyIncome/);
  await page.getByTestId("queue-filter-flags").click();
  await page.screenshot({ path: testInfo.outputPath("queue-flags-open.png"), fullPage: true });
  await page.keyboard.press("Escape");
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) =>
    ["serious", "critical"].includes(v.impact ?? ""),
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
});

// The worklist: three applicants added one after the other, the second one declined.
const ORDER = `Orden${Date.now().toString(36)}`;
const orderName = (i: number) => `${ORDER} Peña ${i}`;

test("the default view is the worklist: open work, oldest first; «Todos» shows every status", async ({
  page,
}) => {
  const ids: string[] = [];
  for (const i of [1, 2, 3]) {
    ids.push(
      await connectThroughApi(page, {
        name: orderName(i),
        curp: uniqueCurp(),
        referencePrefix: `ORDEN${i}`,
      }),
    );
  }
  const declined = await page.request.post(`/api/applicants/${ids[1]}/decisions`, {
    data: { outcome: "DECLINE", reasonCode: "insufficient_income" },
  });
  expect(declined.ok()).toBe(true);

  await page.goto("/applicants");
  await expect(page.getByTestId("queue-scope-worklist")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("queue-scope-all")).toHaveAttribute("aria-pressed", "false");
  await page.getByTestId("queue-search").fill(ORDER);
  await expect(page).toHaveURL(new RegExp(`\\?q=${ORDER}$`));
  await expect(rowNames(page)).toHaveText([orderName(1), orderName(3)]);
  // Sorted by the time in the queue, longest first; every row is open work.
  await expect(page.locator("th[aria-sort=descending]")).toContainText("En bandeja");
  await expect(page.locator("[data-testid=decision-status][data-status=PENDING]")).toHaveCount(2);
  await expect(page.getByTestId("queue-waiting").first()).toHaveText("Hoy");

  await page.getByTestId("queue-scope-all").click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${ORDER}&decision=all$`));
  await expect(page.getByTestId("queue-scope-all")).toHaveAttribute("aria-pressed", "true");
  await expect(rowNames(page)).toHaveText([orderName(1), orderName(2), orderName(3)]);
  await expect(page.getByTestId("queue-row").nth(1).getByTestId("decision-status")).toHaveText(
    "Rechazado",
  );

  // The longest wait first, then the shortest: the same header, the other way.
  await page.getByTestId("queue-sort-waiting").click();
  await expect(page).toHaveURL(new RegExp(`decision=all&dir=desc$`));
  await expect(rowNames(page)).toHaveText([orderName(3), orderName(2), orderName(1)]);
});

test("the decision filter narrows to the chosen statuses, through the URL", async ({
  page,
  context,
}) => {
  await page.goto(`/applicants?q=${ORDER}&decision=all`);
  await page.getByTestId("queue-filter-decision").click();
  await page.getByRole("checkbox", { name: "Rechazado" }).check();
  await expect(page).toHaveURL(new RegExp(`\\?q=${ORDER}&decision=declined$`));
  await expect(rowNames(page)).toHaveText([orderName(2)]);
  await page.keyboard.press("Escape");
  // A status of its own is neither the worklist nor everyone.
  await expect(page.getByTestId("queue-scope-worklist")).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("queue-scope-all")).toHaveAttribute("aria-pressed", "false");

  const copy = await context.newPage();
  await copy.goto(page.url());
  await expect(rowNames(copy)).toHaveText([orderName(2)]);
  await expect(copy.getByTestId("queue-filter-decision")).toContainText("1");
  await copy.close();

  // Reset goes back to the worklist.
  await page.getByTestId("queue-reset").click();
  await expect(page).toHaveURL(/\/applicants$/);
  await expect(page.getByTestId("queue-scope-worklist")).toHaveAttribute("aria-pressed", "true");
});

test("a saved view keeps the search and filters, reopens them, and can be deleted", async ({
  page,
}) => {
  const name = `Rechazados ${ORDER}`;
  await page.goto(`/applicants?q=${ORDER}&decision=declined`);
  await page.getByTestId("queue-view-save").click();
  await page.getByTestId("queue-view-name").fill(name);
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith("/api/preferences/queue-views") &&
      response.request().method() === "POST",
  );
  await page.getByTestId("queue-view-submit").click();
  expect((await saved).ok()).toBe(true);
  const link = page.getByRole("link", { name, exact: true });
  await expect(link).toHaveAttribute("aria-current", "page");

  // The same name again is refused, with a reason.
  await page.getByTestId("queue-view-save").click();
  await page.getByTestId("queue-view-name").fill(name.toUpperCase());
  await page.getByTestId("queue-view-submit").click();
  await expect(page.getByTestId("error-name")).toHaveText("Ya tiene una vista con ese nombre.");
  await page.keyboard.press("Escape");

  await page.goto("/applicants");
  await expect(link).not.toHaveAttribute("aria-current", "page");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${ORDER}&decision=declined$`));
  await expect(rowNames(page)).toHaveText([orderName(2)]);
  await expect(link).toHaveAttribute("aria-current", "page");

  await page.getByRole("button", { name: `Eliminar la vista «${name}»` }).click();
  await expect(link).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
});

test.describe("as a team lead", () => {
  test.use({ storageState: storageStatePath("TEAM_LEAD") });

  test("bulk assigns the applicants selected on the page, by keyboard too", async ({ page }) => {
    const member = await createMember(page.request, "cola");
    await page.goto(`/applicants?q=${ORDER}`);
    await expect(rowNames(page)).toHaveText([orderName(1), orderName(3)]);

    // One row with the keyboard, then every row of the page.
    const first = page.getByRole("checkbox", { name: `Seleccionar a ${orderName(1)}` });
    await first.focus();
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await expect(page.getByTestId("queue-bulk-assign")).toContainText("Asignar 1 solicitante a");
    await page
      .getByRole("checkbox", { name: "Seleccionar todos los solicitantes de esta página" })
      .check();
    await expect(page.getByTestId("queue-bulk-assign")).toContainText("Asignar 2 solicitantes a");

    await page.getByTestId("queue-bulk-assignee").selectOption(member.id);
    const saved = page.waitForResponse("**/api/applicants/assignment");
    await page.getByTestId("queue-bulk-submit").click();
    expect((await saved).ok()).toBe(true);
    await expect(page.getByTestId("queue-status")).toHaveText(
      "Se actualizó la asignación de 2 solicitantes.",
    );
    await expect(page.getByTestId("queue-bulk-assign")).toHaveCount(0);
    await expect(page.getByTestId("queue-row").filter({ hasText: member.name })).toHaveCount(2);

    // The assignment filter names them too.
    await page.getByTestId("queue-filter-assigned").selectOption(member.id);
    await expect(page).toHaveURL(new RegExp(`\\?q=${ORDER}&assigned=${member.id}$`));
    await expect(rowNames(page)).toHaveText([orderName(1), orderName(3)]);
  });
});
