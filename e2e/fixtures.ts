import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { PRIVACY_NOTICE_VERSION } from "../lib/connect/new-applicant";
import type { Messages } from "../lib/i18n/catalog";
import { FORMAT_LOCALE, LOCALE_COOKIE, type Locale } from "../lib/i18n/locales";
import { DEMO_USERS } from "../scripts/demo/users";

export { uniqueCurp } from "../lib/testing/unique-curp";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];

export function demoUser(role: DemoRole) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`No demo user for ${role}`);
  return user;
}

export function storageStatePath(role: DemoRole): string {
  return `e2e/.auth/${role.toLowerCase()}.json`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
}

export async function expectSignedInAs(page: Page, role: DemoRole, language: Locale = "es") {
  const user = demoUser(role);
  await expect(page).toHaveURL(/\/applicants$/);
  await expect(page.getByTestId("current-user")).toContainText(user.name);
  await expect(page.getByTestId("current-role")).toHaveText(
    uiText(language)(`common.roles.${role}`),
  );
}

export const uniqueReference = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

// The language a spec reads. The suite runs in Spanish (the demo users have no saved language, and
// the browser asks for es-MX); the `english` project sets `language: "en"` and an English browser.
// Specs that check words in either language import `test` from here.
export type LanguageOptions = { language: Locale };

export const test = base.extend<LanguageOptions>({
  language: ["es", { option: true }],
  // An English reader also carries the language cookie (what the switch sets), without saving a
  // language on the shared demo accounts: other specs sign in with them at the same time.
  context: async ({ context, language, baseURL }, provide) => {
    if (language !== "es" && baseURL)
      await context.addCookies([{ name: LOCALE_COOKIE, value: language, url: baseURL }]);
    await provide(context);
  },
});

/** The browser settings of a reader of `language`: its locale and `Accept-Language`. */
export function browserLanguage(language: Locale) {
  const tag = FORMAT_LOCALE[language];
  return {
    locale: tag,
    extraHTTPHeaders: { "Accept-Language": `${tag},${language};q=0.9` },
  };
}

const catalogs = new Map<Locale, Messages>();

/** The app's messages in `language`, read from lib/i18n/messages (one JSON file per namespace). */
export function catalog(language: Locale): Messages {
  let messages = catalogs.get(language);
  if (!messages) {
    const dir = path.resolve("lib/i18n/messages", language);
    messages = Object.fromEntries(
      readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .map((file) => [
          file.replace(/\.json$/, ""),
          JSON.parse(readFileSync(path.join(dir, file), "utf8")),
        ]),
    ) as Messages;
    catalogs.set(language, messages);
  }
  return messages;
}

/**
 * What the app says in `language`, by full key (`uiText("es")("queue.title")`), for selectors
 * and assertions that must hold in both languages (the demo journeys). A missing key throws.
 */
export function uiText(language: Locale) {
  return createTranslator({
    locale: language,
    messages: catalog(language),
    onError: (error) => {
      throw error;
    },
  });
}

/**
 * Saves `language` on the signed-in account (and in the cookie), as the language switch does, and
 * reloads if the page was in another language. Only for a database of its own (the demos): the
 * e2e suite's demo accounts are shared by specs that run at the same time.
 */
export async function chooseLanguage(page: Page, language: Locale): Promise<void> {
  const response = await page.request.post("/api/locale", { data: { locale: language } });
  expect(response.status(), "POST /api/locale").toBe(204);
  if ((await page.locator("html").getAttribute("lang")) !== FORMAT_LOCALE[language])
    await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", FORMAT_LOCALE[language]);
}

/**
 * Connects an applicant directly through the API, as the new-applicant form does, and returns
 * their id once the records are stored.
 */
export async function connectThroughApi(
  page: Page,
  applicant: {
    name: string;
    curp: string;
    referencePrefix: string;
    institution?: "IMSS" | "ISSSTE";
  },
): Promise<string> {
  const response = await page.request.post("/api/applicants", {
    data: {
      name: applicant.name,
      reference: uniqueReference(applicant.referencePrefix),
      institution: applicant.institution ?? "IMSS",
      curp: applicant.curp,
      accessMode: "SINGLE",
      consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    },
    timeout: 60_000,
  });
  expect(response.ok()).toBe(true);
  const events = (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; applicantId?: string });
  const done = events.find((event) => event.type === "done");
  expect(done?.applicantId, JSON.stringify(events.at(-1))).toBeTruthy();
  return done?.applicantId as string;
}
