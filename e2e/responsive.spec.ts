import { expect, test, type Page, type TestInfo } from "./csp-guard";
import { currentNoticeVersion, storageStatePath, uniqueCurp, uniqueReference } from "./fixtures";

// Issue 19: every dashboard page fits a phone (390 px) and a small laptop (1280×720) without the
// page scrolling sideways; wide tables scroll inside their own card instead.
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 720 },
] as const;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async ({ browser }) => {
  // The queue needs at least one applicant whose page can be opened.
  const context = await browser.newContext({ storageState: storageStatePath("UNDERWRITER") });
  const response = await context.request.post("/api/applicants", {
    data: {
      name: "Responsiva Núñez Hernández",
      reference: uniqueReference("RESP"),
      institution: "IMSS",
      curp: uniqueCurp(),
      accessMode: "SINGLE",
      consent: {
        accepted: true,
        privacyNoticeVersion: await currentNoticeVersion(context.request),
      },
    },
    timeout: 60_000,
  });
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain('"done"');
  await context.close();
});

/** Fully inside the viewport horizontally (and visible on the first screen vertically). */
async function expectWithinViewport(page: Page, testId: string) {
  const box = await page.getByTestId(testId).boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${testId} is rendered`).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.x, `${testId} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${testId} starts inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${testId} ends inside the viewport`).toBeLessThanOrEqual(
    viewport.width,
  );
}

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, "the page is no wider than the viewport").toBeLessThanOrEqual(innerWidth);
}

async function checkPage(page: Page, testInfo: TestInfo, label: string) {
  await page.waitForLoadState("networkidle");
  await expectNoHorizontalScroll(page);
  await expectWithinViewport(page, "sign-out");
  await page.screenshot({ path: testInfo.outputPath(`${label}.png`), fullPage: true });
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test.describe("as an underwriter", () => {
      test.use({ storageState: storageStatePath("UNDERWRITER") });

      test("the queue, an applicant and the exports fit the width", async ({ page }, testInfo) => {
        await page.goto("/applicants");
        await expect(page.getByTestId("queue-row").first()).toBeVisible();
        await expectWithinViewport(page, "new-applicant");
        await checkPage(page, testInfo, `queue-${viewport.name}`);

        // A menu opens inside the viewport too.
        await page.getByTestId("queue-filter-institution").click();
        await expectNoHorizontalScroll(page);
        const panel = page.locator("details[open] fieldset");
        await expect(panel).toBeVisible();
        const box = await panel.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
        await page.keyboard.press("Escape");

        await page.getByTestId("queue-row").first().locator("td:first-child a").click();
        await expect(page).toHaveURL(/\/applicants\/[0-9a-f-]{36}$/);
        await checkPage(page, testInfo, `applicant-${viewport.name}`);

        await page.goto("/exports");
        await checkPage(page, testInfo, `exports-${viewport.name}`);
      });
    });

    test.describe("as a team lead", () => {
      test.use({ storageState: storageStatePath("TEAM_LEAD") });

      test("the team page fits the width", async ({ page }, testInfo) => {
        await page.goto("/team");
        await expect(page.getByTestId("member-row").first()).toBeVisible();
        await checkPage(page, testInfo, `team-${viewport.name}`);
      });
    });
  });
}
