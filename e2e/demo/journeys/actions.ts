import { expect, type Page } from "@playwright/test";
import type { Locale } from "../../../lib/i18n/locales";
import { chooseLanguage, demoUser, expectSignedInAs, signIn, type DemoRole } from "../../fixtures";

/**
 * After the sign-in form is sent: the queue opens, the account is set to the demo's language (a
 * fresh demo database has none saved; a reused one may have the other) and shows the role.
 */
export async function signedIn(page: Page, role: DemoRole, language: Locale): Promise<void> {
  await expect(page.getByTestId("current-user")).toBeVisible();
  await chooseLanguage(page, language);
  await expectSignedInAs(page, role, language);
}

/** Signs in with a demo account and lands on the applicant queue, in the demo's language. */
export async function signInAs(page: Page, role: DemoRole, language: Locale): Promise<void> {
  const user = demoUser(role);
  await signIn(page, user.email, user.password);
  await signedIn(page, role, language);
}

/**
 * Types into the queue's search like a person would; the queue follows after its debounce. Keys
 * pressed before the page has hydrated are lost with the server's input: then it types again.
 */
export async function searchQueue(page: Page, text: string): Promise<void> {
  const search = page.getByTestId("queue-search");
  await expect(async () => {
    await search.clear();
    await search.pressSequentially(text, { delay: 60 });
    await page.waitForURL((url) => url.searchParams.get("q") === text, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  // The URL changes before the server's answer lands; the table is dimmed (aria-busy) until then.
  await expect(page.getByTestId("queue-table")).toHaveAttribute("aria-busy", "false");
}

/** The fixed words a message starts with, before its first argument ("Gap: {from}…" → "Gap: "). */
export function messageStart(raw: unknown): string {
  const start = (String(raw).split("{")[0] ?? "").trim();
  if (start.length < 3) throw new Error(`No fixed words before the first argument: ${raw}`);
  return start;
}

/** The fixed words a message ends with, after its last argument ("…{date}, by the applicant."). */
export function messageEnd(raw: unknown): string {
  const end = (String(raw).split("}").at(-1) ?? "").trim();
  if (end.length < 3) throw new Error(`No fixed words after the last argument: ${raw}`);
  return end;
}
