import { expect, test, type Browser, type BrowserContextOptions, type Page } from "./csp-guard";
import { ANONYMOUS, createMember, signIn, storageStatePath } from "./fixtures";

// Sign-in protection (lib/auth/throttle.ts) and server-side sessions (lib/auth/user-sessions.ts).
// Each test reaches Cotiza from an address of its own (X-Forwarded-For, documentation addresses),
// so its failures never slow down the other specs' sign-ins, which all come from 127.0.0.1.
test.use({ storageState: storageStatePath("TEAM_LEAD") });

const LOCKED =
  /^Por seguridad, su cuenta quedó bloqueada tras varios intentos fallidos\. Podrá intentarlo de nuevo a partir del \d{1,2} \S+ \d{4}, \d{2}:\d{2} GMT[+-]\d{1,2}, o pida a su líder de equipo o a un administrador que la desbloquee\.$/;

/** A browser nobody is signed in to, whose requests come from `address`. */
async function browserFrom(
  browser: Browser,
  address: string,
  storageState: BrowserContextOptions["storageState"] = ANONYMOUS.storageState,
) {
  const context = await browser.newContext({
    storageState,
    extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9", "X-Forwarded-For": address },
  });
  return context.newPage();
}

/** Submits the sign-in form and waits for the server's answer (and, when refused, the form). */
async function submitSignIn(page: Page, email: string, password: string, refused = true) {
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  const answer = page.waitForResponse((response) =>
    response.url().includes("/api/auth/callback/credentials"),
  );
  await page.getByTestId("login-submit").click();
  await answer;
  if (refused) await expect(page.getByTestId("login-submit")).toBeEnabled();
}

test("repeated wrong passwords lock the account until a lead unlocks it", async ({
  page,
  browser,
}) => {
  const member = await createMember(page.request, "locked");
  const theirs = await browserFrom(browser, "203.0.113.41");
  await theirs.goto("/login");
  // Every attempt counts, whether its password was checked or it came too soon after the last.
  for (let attempt = 1; attempt < 10; attempt += 1) {
    await submitSignIn(theirs, member.email, `wrong-password-${attempt}`);
    await expect(theirs.getByTestId("login-error")).toBeVisible();
    await expect(theirs.getByTestId("login-error")).not.toHaveText(LOCKED);
  }
  await submitSignIn(theirs, member.email, "wrong-password-10");
  await expect(theirs.getByTestId("login-error")).toHaveText(LOCKED);
  // Locked: even the right password is turned away.
  await submitSignIn(theirs, member.email, member.password);
  await expect(theirs.getByTestId("login-error")).toHaveText(LOCKED);
  await expect(theirs).toHaveURL(/\/login/);

  await page.goto("/team");
  const row = page.locator(`[data-testid=member-row][data-email="${member.email}"]`);
  await expect(row.getByTestId("member-locked")).toContainText("Bloqueada hasta el");
  await row.getByTestId("member-unlock").click();
  await expect(row.getByTestId("member-unlock")).toHaveCount(0);
  await expect(row.getByTestId("member-locked")).toHaveCount(0);

  await submitSignIn(theirs, member.email, member.password, false);
  await expect(theirs).toHaveURL(/\/applicants$/);
  await theirs.context().close();
});

test("signing out ends the session on the server: a copied cookie no longer signs anyone in", async ({
  page,
  browser,
}) => {
  const member = await createMember(page.request, "signout");
  const theirs = await browserFrom(browser, "203.0.113.42");
  await signIn(theirs, member.email, member.password);
  await expect(theirs).toHaveURL(/\/applicants$/);
  const copied = await theirs.context().storageState();
  expect(copied.cookies.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(
    true,
  );

  await theirs.getByTestId("sign-out").click();
  await expect(theirs).toHaveURL(/\/login/);

  const thief = await browserFrom(browser, "203.0.113.43", copied);
  await thief.goto("/applicants");
  await expect(thief).toHaveURL(/\/login/);
  await expect(thief.getByTestId("login-submit")).toBeVisible();
  expect((await thief.request.get("/api/notifications")).status()).toBe(401);
  await thief.context().close();
  await theirs.context().close();
});
