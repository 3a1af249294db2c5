import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../scripts/demo/users";
import { expectSignedInAs, signIn } from "./fixtures";

test.describe("signing in", () => {
  for (const user of DEMO_USERS) {
    test(`${user.role} signs in, sees the shell and signs out`, async ({ page }) => {
      await signIn(page, user.email, user.password);
      await expectSignedInAs(page, user.role);
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(
        user.role === "UNDERWRITER"
          ? ["Applicants", "Exports", "Settings"]
          : ["Applicants", "Exports", "Team", "Settings"],
      );

      await page.getByTestId("sign-out").click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto("/applicants");
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fapplicants/);
    });

    test(`${user.role} with a wrong password gets a clear message`, async ({ page }) => {
      await signIn(page, user.email, `${user.password}-wrong`);
      await expect(page.getByTestId("login-error")).toHaveText(
        "Wrong email or password. Check both and try again.",
      );
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("an unknown email gets the same message as a wrong password", async ({ page }) => {
    await signIn(page, "nobody@cotiza.demo", "whatever-password");
    await expect(page.getByTestId("login-error")).toHaveText(
      "Wrong email or password. Check both and try again.",
    );
  });

  test("after sign-in the user returns to the page they asked for", async ({ page }) => {
    const user = DEMO_USERS[0];
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings/);
    await page.getByTestId("login-email").fill(user.email);
    await page.getByTestId("login-password").fill(user.password);
    await page.getByTestId("login-submit").click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId("account-card")).toContainText(user.email);
  });
});
