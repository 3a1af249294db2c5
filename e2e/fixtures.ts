import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import type { Messages } from "../lib/i18n/catalog";
import { FORMAT_LOCALE, LOCALE_COOKIE, type Locale } from "../lib/i18n/locales";
import { DEMO_USERS } from "../scripts/demo/users";
import { test as base } from "./csp-guard";

import { uniqueCurp } from "../lib/testing/unique-curp";

export { uniqueCurp };

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
  const privacyNoticeVersion = await currentNoticeVersion(page.request);
  const response = await page.request.post("/api/applicants", {
    data: {
      name: applicant.name,
      reference: uniqueReference(applicant.referencePrefix),
      institution: applicant.institution ?? "IMSS",
      curp: applicant.curp,
      accessMode: "SINGLE",
      consent: { accepted: true, privacyNoticeVersion },
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

/**
 * The version of the privacy notice in effect, as the new-applicant form names it: a consent sent
 * to the API must name that one, and e2e/privacy-notices.spec.ts adds a version while others run.
 */
export async function currentNoticeVersion(request: APIRequestContext): Promise<string> {
  const form = await request.get("/applicants/new");
  const version = /data-notice-version="([^"]+)"/.exec(await form.text())?.[1];
  expect(version, "the new-applicant form names the notice's version").toBeTruthy();
  return version ?? "";
}

/** A browser state with nobody signed in. */
export const ANONYMOUS = { storageState: { cookies: [], origins: [] } };

export const uniqueEmail = (prefix: string) =>
  `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@cotiza.test`;

export type Member = { id: string; name: string; email: string; password: string };

/**
 * An underwriter of their own, who has set their password, made through the same API the Team
 * page uses: `request` must be a team lead's (or an admin's). Their notifications and workload are
 * theirs alone, whatever other specs do at the same time.
 */
export async function createMember(
  request: APIRequestContext,
  prefix: string,
  password = "member-spec-password",
): Promise<Member> {
  const name = `Miembro ${prefix} ${Math.floor(Math.random() * 1e6)}`;
  const email = uniqueEmail(prefix);
  const invited = await request.post("/api/team/members", {
    data: { name, email, role: "UNDERWRITER" },
  });
  expect(invited.status()).toBe(200);
  const { url, userId } = (await invited.json()) as { url: string; userId: string };
  const token = new URL(url).pathname.split("/").at(-1);
  const joined = await request.post(`/api/join/${token}`, {
    data: { password, confirm: password },
  });
  expect(joined.status()).toBe(200);
  return { id: userId, name, email, password };
}

/** A browser of its own, signed in as `member` through the sign-in page. */
export async function signedInPage(browser: Browser, member: Pick<Member, "email" | "password">) {
  const page = await (await browser.newContext(ANONYMOUS)).newPage();
  await signIn(page, member.email, member.password);
  await expect(page).toHaveURL(/\/applicants$/);
  return page;
}

/**
 * Invites an applicant from `page` (signed in) and plays them, in a browser with nobody signed
 * in, through the connect page and the emulator's hosted widget until they are connected. Returns
 * the applicant's page on its last state; close its context when done.
 */
export async function connectThroughInvite(
  page: Page,
  browser: Browser,
  applicant: { name: string; reference: string },
): Promise<Page> {
  await page.goto("/applicants/invite");
  await page.getByLabel("Nombre completo del solicitante").fill(applicant.name);
  await page.getByLabel("Referencia").fill(applicant.reference);
  await page.getByTestId("invite-submit").click();
  const url = await page.getByTestId("invite-url").inputValue();

  const theirs = await (await browser.newContext(ANONYMOUS)).newPage();
  await theirs.goto(url);
  await expect(theirs.getByRole("heading", { name: `Hola, ${applicant.name}` })).toBeVisible();
  await theirs.getByTestId("invite-consent").check();
  await theirs.getByTestId("invite-continue").click();
  await theirs.getByTestId("widget-institution-imss_mx_employment").check();
  await theirs.getByTestId("widget-curp").fill(uniqueCurp());
  await theirs.getByTestId("widget-consent").check();
  await theirs.getByTestId("widget-submit").click();
  await expect(theirs.getByTestId("connect-state")).toContainText("quedó conectado");
  return theirs;
}

/** The emulator the e2e server runs beside the app (playwright.config.ts: app port + 1010). */
export const emulatorUrl = () => `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1010}`;

/** The Belvo API calls whose body named this CURP, from the emulator's request log. */
export async function belvoCallsFor(request: APIRequestContext, curp: string) {
  const response = await request.get(
    `${emulatorUrl()}/_emulator/requests?username=${encodeURIComponent(curp)}`,
  );
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { requests: { method: string; path: string }[] }).requests;
}
