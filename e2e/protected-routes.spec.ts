import { expect, test } from "./csp-guard";
import { appRoutes } from "./routes";

// The only routes that may answer without a session. Adding to this list is a security decision.
const PUBLIC_ROUTES = ["/login", "/api/auth/any/path", "/api/health", "/api/locale"];
const PUBLIC_PREFIXES = ["/api/webhooks/", "/connect/", "/join/", "/api/join/"];
const isPublic = (url: string) =>
  PUBLIC_ROUTES.includes(url) || PUBLIC_PREFIXES.some((prefix) => url.startsWith(prefix));

const routes = appRoutes();
const protectedRoutes = routes.filter((route) => !isPublic(route.url));

test("the route list is read from the file system", () => {
  const urls = routes.map((route) => route.url);
  expect(urls).toEqual(
    expect.arrayContaining([
      "/login",
      "/applicants",
      "/exports",
      "/settings",
      "/team",
      "/api/health",
      "/api/me",
    ]),
  );
  expect(
    routes.filter((route) => route.kind === "api").every((route) => route.methods.length > 0),
  ).toBe(true);
});

for (const route of protectedRoutes) {
  if (route.kind === "page") {
    test(`page ${route.url} sends an anonymous visitor to sign in`, async ({ page }) => {
      await page.goto(route.url);
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await expect(page.getByTestId("login-submit")).toBeVisible();
    });
  } else {
    for (const method of route.methods) {
      test(`${method} ${route.url} answers 401 without a session`, async ({ request }) => {
        const response = await request.fetch(route.url, { method, maxRedirects: 0 });
        expect(response.status()).toBe(401);
        expect(await response.json()).toEqual({
          error: { code: "unauthorized", message: expect.any(String) },
        });
      });
    }
  }
}
