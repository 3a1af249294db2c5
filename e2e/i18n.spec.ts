import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "./csp-guard";
import { FORMAT_LOCALE, LOCALE_COOKIE, type Locale } from "../lib/i18n/locales";
import { PERSONAS } from "../scripts/belvo-emulator/personas";
import {
  browserLanguage,
  catalog,
  connectThroughApi,
  storageStatePath,
  test,
  uiText,
  uniqueCurp,
  uniqueReference,
} from "./fixtures";

// Every page a person reads, in the language of the project that runs this file: Spanish in
// `chromium` (the default: an es-MX browser, users with no saved language), English in `english`
// (an en-US browser and the language cookie). No page may show a catalog key (a message that is
// missing, or a server error that was never translated), nor words of the other language, and
// each must pass axe in that language.

/** Words that only appear if a page is (partly) in the other language. */
const OTHER_LANGUAGE: Record<Locale, string[]> = {
  es: [
    "Applicants",
    "Sign out",
    "Export",
    "Monthly income",
    "Settings",
    "Team",
    "No flags",
    "Refresh records",
  ],
  en: ["Solicitantes", "Cerrar sesión", "Exportar", "Ingreso mensual", "Configuración", "Equipo"],
};

const NAMESPACES = Object.keys(catalog("es"));
const FILE_EXTENSIONS = /^(csv|json|pdf|png|jpe?g|svg|txt|html?|xlsx?|zip|webm)$/;

/**
 * What looks like a catalog key in a text: `namespace.key…` with a namespace of the catalog, or
 * any dotted camelCase path three deep (`validation.curp.tooShort`). Emails, URLs, host names
 * and file names (`ana@cotiza.demo`, `www.belvo.com`, `cotiza.csv`) are not keys.
 */
function catalogKeysIn(text: string): string[] {
  const candidates = text.matchAll(/(?<![\w@/.:-])[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9_-]+)+/g);
  return [...candidates]
    .filter((match) => !/^[@/\w-]|^\.\w/.test(text.slice(match.index + match[0].length)))
    .map((match) => match[0])
    .filter((candidate) => {
      const [namespace = "", ...rest] = candidate.split(".");
      if (FILE_EXTENSIONS.test(rest.at(-1) ?? "")) return false;
      const camelCase = rest.length >= 2 && rest.some((part) => /^[a-z]+[A-Z]/.test(part));
      return NAMESPACES.includes(namespace) || camelCase;
    });
}

/** The other language's words in a text, each as a whole word or phrase. */
function otherLanguageIn(text: string, language: Locale): string[] {
  return OTHER_LANGUAGE[language].filter((phrase) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, "u").test(text),
  );
}

type Readable = { where: string; text: string };

/**
 * Everything on the page a person reads or hears: every text node of the body (hidden ones too:
 * screen-reader text, closed details, options), the attributes that are read aloud or shown
 * (aria-label, placeholder, title, alt…), button values and the document title.
 */
async function readableText(page: Page): Promise<Readable[]> {
  return page.evaluate(() => {
    const where = (element: Element) => {
      const testId = element.closest("[data-testid]")?.getAttribute("data-testid");
      return `<${element.tagName.toLowerCase()}>${testId ? ` in [data-testid=${testId}]` : ""}`;
    };
    const found: { where: string; text: string }[] = [{ where: "<title>", text: document.title }];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text) found.push({ where: where(parent), text });
    }
    const attributes = [
      "aria-label",
      "aria-description",
      "aria-roledescription",
      "aria-valuetext",
      "placeholder",
      "title",
      "alt",
    ];
    for (const element of document.body.querySelectorAll("*")) {
      for (const name of attributes) {
        const text = element.getAttribute(name)?.trim();
        if (text) found.push({ where: `${where(element)} @${name}`, text });
      }
      if (element instanceof HTMLInputElement && ["submit", "button"].includes(element.type))
        if (element.value) found.push({ where: `${where(element)} @value`, text: element.value });
    }
    // Phrases split over several text nodes still read as one phrase.
    found.push({ where: "the visible page", text: document.body.innerText.replace(/\s+/g, " ") });
    return found;
  });
}

async function expectReadsIn(page: Page, language: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", FORMAT_LOCALE[language]);
  const readable = await readableText(page);
  expect(readable.length, "the page has text").toBeGreaterThan(3);
  const keys = readable.flatMap(({ where, text }) =>
    catalogKeysIn(text).map((key) => `${key} (${where}: "${text.slice(0, 120)}")`),
  );
  expect(keys, "catalog keys shown instead of messages").toEqual([]);
  const foreign = readable.flatMap(({ where, text }) =>
    otherLanguageIn(text, language).map((word) => `${word} (${where}: "${text.slice(0, 120)}")`),
  );
  expect(foreign, `words of the other language on a page in ${language}`).toEqual([]);
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations
    .filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))
    .map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    }));
  expect(serious, "serious or critical axe violations").toEqual([]);
}

/** The signed-in pages show the header's navigation in the reader's language. */
async function expectShell(page: Page, language: Locale) {
  const ui = uiText(language);
  await expect(page.getByRole("navigation", { name: ui("shell.nav.label") })).toContainText(
    ui("shell.nav.applicants"),
  );
}

/** A browser of a reader of `language` with no Cotiza session (the applicant's, a visitor's). */
async function anonymousPage(browser: Browser, language: Locale, baseURL: string) {
  const context = await browser.newContext({
    ...browserLanguage(language),
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  if (language !== "es")
    await context.addCookies([{ name: LOCALE_COOKIE, value: language, url: baseURL }]);
  return { page: await context.newPage(), close: () => context.close() };
}

// Each persona CURP allows 3 IMSS queries a day and a direct connection spends 2: each language
// connects a persona of its own, once, that no other spec uses. Both carry flags, so the page shows
// their explanations.
const PERSONA: Record<Locale, keyof typeof PERSONAS> = { es: "risky", en: "redeemedWeeks" };

/** Connects an applicant directly, as the new-applicant form does; returns their id. */
function connectApplicant(
  page: Page,
  language: Locale,
  { curp, name }: { curp: string; name: string },
): Promise<string> {
  return connectThroughApi(page, { name, curp, referencePrefix: `I18N-${language}` });
}

test("the checks see a catalog key and the other language's words", () => {
  expect(catalogKeysIn("Buscar queue.toolbar.search aquí")).toEqual(["queue.toolbar.search"]);
  expect(catalogKeysIn("errors.notFound")).toEqual(["errors.notFound"]);
  expect(catalogKeysIn("validation.curp.tooShort")).toEqual(["validation.curp.tooShort"]);
  expect(
    catalogKeysIn(
      "underwriter@cotiza.demo http://localhost:3100/connect/abc www.belvo.com cotiza-2026-11-16.csv exports.csv v1.2.3 25.5 %",
    ),
  ).toEqual([]);
  expect(otherLanguageIn("Exportar solicitantes", "es")).toEqual([]);
  expect(otherLanguageIn("Export applicants · Sign out", "es")).toEqual(["Sign out", "Export"]);
  expect(otherLanguageIn("Líder de equipo · Equipos Industriales", "en")).toEqual([]);
  expect(otherLanguageIn("Cerrar sesión", "en")).toEqual(["Cerrar sesión"]);
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page, and its error", async ({ page, language }) => {
    await page.goto("/login");
    await expect(page.getByTestId("login-submit")).toBeVisible();
    await expectReadsIn(page, language);
    await page.getByTestId("login-email").fill("nadie@cotiza.test");
    await page.getByTestId("login-password").fill("not-the-password");
    await page.getByTestId("login-submit").click();
    await expect(page.getByTestId("login-error")).toHaveText(
      uiText(language)("auth.login.errors.wrongCredentials"),
    );
    await expectReadsIn(page, language);
  });

  test("the language cookie outranks the browser's language", async ({ page, language }) => {
    const other: Locale = language === "es" ? "en" : "es";
    const response = await page.request.post("/api/locale", { data: { locale: other } });
    expect(response.status()).toBe(204);
    await page.goto("/login");
    await expect(page.getByTestId("login-submit")).toHaveText(uiText(other)("auth.login.submit"));
    await expectReadsIn(page, other);
  });
});

test.describe("an underwriter", () => {
  test.use({ storageState: storageStatePath("UNDERWRITER") });

  test("the queue, with its flag filter open", async ({ page, language }) => {
    test.setTimeout(120_000);
    // Not an empty queue, whichever specs ran before: one applicant of its own (a CURP no other
    // test uses, with a generated career).
    await connectApplicant(page, language, { curp: uniqueCurp(), name: "Rocío Núñez Peña" });
    await page.goto("/applicants");
    await expect(page.getByTestId("queue-row").first()).toBeVisible();
    await expectShell(page, language);
    await expectReadsIn(page, language);
    await page.getByTestId("queue-filter-flags").click();
    const salaryCut = uiText(language)("metrics.flags.salary-cut.label");
    await expect(page.getByRole("checkbox", { name: salaryCut })).toBeVisible();
    await expectReadsIn(page, language);
  });

  test("an applicant's page", async ({ page, language }) => {
    test.setTimeout(120_000);
    const { curp, firstName, lastName } = PERSONAS[PERSONA[language]];
    const id = await connectApplicant(page, language, { curp, name: `${firstName} ${lastName}` });
    await page.goto(`/applicants/${id}`);
    await expect(page.getByTestId("summary")).toBeVisible();
    await expect(page.getByTestId("salary-chart").locator(".recharts-wrapper > svg")).toBeVisible();
    await expectShell(page, language);
    await expectReadsIn(page, language);
  });

  test("the new-applicant form, and its errors", async ({ page, language }) => {
    await page.goto("/applicants/new");
    await expect(page.getByTestId("connect-submit")).toBeVisible();
    await expectReadsIn(page, language);
    await page.getByTestId("connect-submit").click();
    await expect(page.getByTestId("error-consent")).toBeVisible();
    await expectReadsIn(page, language);
  });

  test("the invite form", async ({ page, language }) => {
    await page.goto("/applicants/invite");
    await expect(page.getByTestId("invite-form")).toBeVisible();
    await expectReadsIn(page, language);
  });

  test("the export page", async ({ page, language }) => {
    await page.goto("/exports");
    await expect(page.getByTestId("export-download")).toBeVisible();
    await expectShell(page, language);
    await expectReadsIn(page, language);
  });

  test("the applicant's connect page, and a link that does not work", async ({
    page,
    browser,
    baseURL,
    language,
  }) => {
    const created = await page.request.post("/api/invites", {
      data: { applicantName: "Óscar Ibáñez", reference: uniqueReference(`I18N-INV-${language}`) },
    });
    expect(created.ok()).toBe(true);
    const { url } = (await created.json()) as { url: string };

    const applicant = await anonymousPage(browser, language, baseURL!);
    try {
      await applicant.page.goto(url);
      await expect(
        applicant.page.getByRole("heading", {
          name: uiText(language)("public.connect.greeting", { name: "Óscar Ibáñez" }),
        }),
      ).toBeVisible();
      await expectReadsIn(applicant.page, language);
      await applicant.page.goto("/connect/this-link-does-not-exist");
      await expect(applicant.page.getByTestId("connect-state")).toHaveText(
        uiText(language)("errors.invite.invalid"),
      );
      await expectReadsIn(applicant.page, language);
    } finally {
      await applicant.close();
    }
  });
});

test.describe("an admin", () => {
  test.use({ storageState: storageStatePath("ADMIN") });

  test("the team page", async ({ page, language }) => {
    await page.goto("/team");
    await expect(page.getByTestId("members-table")).toBeVisible();
    await expect(page.getByTestId("workload-card")).toBeVisible();
    await expectShell(page, language);
    await expectReadsIn(page, language);
  });

  test("the settings page", async ({ page, language }) => {
    await page.goto("/settings");
    await expect(page.getByTestId("account-card")).toBeVisible();
    await expect(page.getByTestId("reference-values-card")).toBeVisible();
    await expectShell(page, language);
    await expectReadsIn(page, language);
  });
});
