import { expect, test, type APIResponse } from "./csp-guard";
import { ANONYMOUS, storageStatePath } from "./fixtures";
import { appRoutes } from "./routes";

// The headers of every kind of response (lib/http/server/security-headers.ts: next.config.js for all,
// proxy.ts for pages' own policies), and what the app refuses to serve (method-guard.ts, the image
// optimizer). That pages really run under their policy is every spec's check: e2e/csp-guard.ts
// fails a test on any violation the browser reports.

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["permissions-policy"]).toContain("payment=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  // The e2e server is plain http: no HSTS (it is only sent over https, see below).
  expect(headers["strict-transport-security"]).toBeUndefined();
  return headers;
}

const nonceOf = (policy = "") => /'nonce-([^']+)'/.exec(policy)?.[1];

test.describe("a page", () => {
  test.use(ANONYMOUS);

  test("runs under a policy with a new nonce each time, which Next puts on its scripts", async ({
    request,
  }) => {
    const first = await request.get("/login");
    const policy = expectSecurityHeaders(first)["content-security-policy"];
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const second = await request.get("/login");
    expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  });

  test("sends HSTS when reached over https", async ({ request }) => {
    const response = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
    expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("refuses a script injected into the page without the nonce", async ({
    page,
    cspViolations,
  }) => {
    // What an injection would look like: markup in the page, with the real headers.
    await page.route("/login", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        "<body",
        "<script>window.injected = true</script><body",
      );
      await route.fulfill({ response, body });
    });
    await page.goto("/login");
    await expect(page.getByTestId("login-submit")).toBeVisible();
    expect(await page.evaluate(() => "injected" in window)).toBe(false);
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations.join("\n")).toContain("script-src");
    cspViolations.length = 0; // expected here: the guard must not fail this test
  });
});

test.describe("signed in", () => {
  test.use({ storageState: storageStatePath("UNDERWRITER") });

  test("the queue renders and hydrates under its policy", async ({ page }) => {
    const response = await page.goto("/applicants");
    expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    // React hydrated, so Next's scripts ran.
    await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.getByTestId("new-applicant").click();
    await expect(page).toHaveURL(/\/applicants\/new$/);
  });
});

test("an API route carries the headers and a policy that allows nothing", async ({ request }) => {
  for (const response of [await request.get("/api/health"), await request.get("/api/me")]) {
    const headers = expectSecurityHeaders(response);
    expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  }
  const https = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
});

test("static files carry the headers", async ({ request }) => {
  const html = await (await request.get("/login")).text();
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(chunk).toBeTruthy();
  for (const url of [chunk as string, "/logo.svg", "/favicon.ico"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expectSecurityHeaders(response);
  }
});

test("methods the app does not answer get 405 with Allow, TRACE included", async ({ request }) => {
  const urls = [...appRoutes().map((route) => route.url), "/logo.svg"];
  for (const url of urls) {
    for (const method of ["TRACE", "PROPFIND"]) {
      const response = await request.fetch(url, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${url}`).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
      expectSecurityHeaders(response);
    }
  }
  // A method a route handler does not export is still Next's own 405.
  expect((await request.fetch("/api/me", { method: "PUT" })).status()).toBe(405);
});

test("the image optimizer is off: a 404, not a fetch of the URL", async ({ request }) => {
  for (const url of ["/team", "/logo.svg", "https://example.com/a.png"]) {
    const response = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=64&q=75`);
    expect(response.status(), url).toBe(404);
  }
});
