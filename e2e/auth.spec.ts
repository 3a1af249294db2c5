import { expect, test } from "./csp-guard";
import { DEMO_USERS } from "../scripts/demo/users";
import { expectSignedInAs, signIn } from "./fixtures";

const WRONG_CREDENTIALS =
  "El correo o la contraseña no son correctos. Revise ambos e intente de nuevo.";

test.describe("signing in", () => {
  for (const user of DEMO_USERS) {
    test(`${user.role} signs in, sees the shell and signs out`, async ({ page }) => {
      await signIn(page, user.email, user.password);
      await expectSignedInAs(page, user.role);
      await expect(
        page.getByRole("navigation", { name: "Principal" }).getByRole("link"),
      ).toHaveText(
        user.role === "UNDERWRITER"
          ? ["Solicitantes", /^Alertas/, "Exportaciones", "Verificar reporte", "Configuración"]
          : [
              "Solicitantes",
              /^Alertas/,
              "Exportaciones",
              "Verificar reporte",
              "Equipo",
              "Privacidad",
              "Configuración",
            ],
      );

      await page.getByTestId("sign-out").click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto("/applicants");
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fapplicants/);
    });

    test(`${user.role} with a wrong password gets a clear message`, async ({ page }) => {
      await signIn(page, user.email, `${user.password}-wrong`);
      await expect(page.getByTestId("login-error")).toHaveText(WRONG_CREDENTIALS);
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("an unknown email gets the same message as a wrong password", async ({ page }) => {
    await signIn(page, "nobody@cotiza.demo", "whatever-password");
    await expect(page.getByTestId("login-error")).toHaveText(WRONG_CREDENTIALS);
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

  test("next-auth's error codes in the address read as sentences", async ({ page }) => {
    await page.goto("/login?error=CredentialsSignin");
    await expect(page.getByTestId("login-error")).toHaveText(WRONG_CREDENTIALS);
    await page.goto("/login?error=Configuration");
    await expect(page.getByTestId("login-error")).toHaveText(
      "El inicio de sesión no está disponible en este momento. Intente de nuevo en unos momentos.",
    );
    await page.goto("/login");
    await expect(page.getByTestId("login-error")).toHaveCount(0);
  });

  test("the sign-in page switches to English without a session, and back", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión");
    await page.getByRole("combobox", { name: "Idioma" }).selectOption("en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(page.getByTestId("login-submit")).toHaveText("Sign in");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await signIn(page, "nobody@cotiza.demo", "whatever-password");
    await expect(page.getByTestId("login-error")).toHaveText(
      "Wrong email or password. Check both and try again.",
    );
    await page.getByRole("combobox", { name: "Language" }).selectOption("es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión");
    await expect(page.getByTestId("login-error")).toHaveText(WRONG_CREDENTIALS);
  });
});
