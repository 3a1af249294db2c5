import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import type { LanguageOptions } from "./e2e/fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const EMULATOR_PORT = String(PORT + 1010);
const baseURL = `http://localhost:${PORT}`;
// Debian's Chromium where installed (no browser downloads here); Playwright's own browser elsewhere.
const executablePath =
  process.env.COTIZA_CHROMIUM ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Spanish is the default language: the demo and seed users have no saved language, and every
// browser asks for Mexican Spanish, so the whole suite reads Spanish. The `english` project reads
// the language checks (e2e/i18n.spec.ts) again in an English browser.
const SPANISH = { locale: "es-MX", extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9" } };
const ENGLISH = { locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } };

export default defineConfig<LanguageOptions>({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    timezoneId: "UTC",
    ...SPANISH,
    language: "es",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
    {
      name: "english",
      testMatch: /i18n\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], ...ENGLISH, language: "en" },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    // A fresh throwaway database each run: in-memory PGlite, or a scratch database on DATABASE_URL.
    command:
      "node scripts/with-db.mjs --scratch -- node scripts/serve.mjs --seed --memory-emulator",
    url: `${baseURL}/api/health`,
    env: { PORT: String(PORT), EMULATOR_PORT, TZ: "UTC", NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
