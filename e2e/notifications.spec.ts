import { expect, test } from "./csp-guard";
import {
  ANONYMOUS,
  connectThroughInvite,
  createMember,
  signedInPage,
  storageStatePath,
  uniqueReference,
} from "./fixtures";

// The lead makes an underwriter of this spec's own: the demo accounts' bells ring for other specs.
test.use({ storageState: storageStatePath("TEAM_LEAD") });

test("an invited applicant connects: the inviter's bell shows it and leads to the applicant", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const member = await createMember(page.request, "bell");
  const theirs = await signedInPage(browser, member);
  const bell = theirs.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Avisos");
  await expect(theirs.getByTestId("notification-count")).toHaveCount(0);

  const name = `Óscar Aviso ${Date.now().toString(36)}`;
  const reference = uniqueReference("BELL");
  // Without a session the API answers nothing, names included.
  const nobody = await browser.newContext(ANONYMOUS);
  expect((await nobody.request.get("/api/notifications")).status()).toBe(401);
  await nobody.close();
  const applicant = await connectThroughInvite(theirs, browser, { name, reference });
  await applicant.context().close();

  await theirs.reload();
  const applicantLink = theirs
    .getByTestId("invite-row")
    .filter({ hasText: reference })
    .getByRole("link", { name });
  const applicantPage = await applicantLink.getAttribute("href");
  expect(applicantPage).toMatch(/^\/applicants\/[0-9a-f-]{36}$/);
  await expect(theirs.getByTestId("notification-count")).toHaveText("1");
  await expect(bell).toHaveAccessibleName("Avisos: 1 sin leer");

  // The keyboard opens the list; Escape closes it and gives the focus back to the bell.
  await bell.focus();
  await theirs.keyboard.press("Enter");
  await expect(bell).toHaveAttribute("aria-expanded", "true");
  const item = theirs.getByTestId("notification-item");
  await expect(item).toHaveText(new RegExp(`${name} se conectó con su liga de invitación\\.`));
  await expect(item).toHaveAttribute("href", applicantPage ?? "");
  await expect(item).toHaveAttribute("data-read", "false");
  await theirs.keyboard.press("Tab");
  await theirs.keyboard.press("Escape");
  await expect(theirs.getByTestId("notification-panel")).toBeHidden();
  await expect(bell).toBeFocused();

  await bell.click();
  await item.click();
  await expect(theirs).toHaveURL(new RegExp(`${applicantPage}$`));
  await expect(theirs.getByTestId("applicant-name")).toHaveText(name);
  await expect(theirs.getByTestId("notification-count")).toHaveCount(0);
  await theirs.reload();
  await expect(bell).toHaveAccessibleName("Avisos");
  await bell.click();
  await expect(item).toHaveAttribute("data-read", "true");
});
