import { expect, type Page } from "@playwright/test";
import { demoUser, expectSignedInAs, signIn, type DemoRole } from "../../fixtures";

/** Signs in with a demo account and lands on the applicant queue. */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  const user = demoUser(role);
  await signIn(page, user.email, user.password);
  await expectSignedInAs(page, role);
}

/** Types into the queue's search like a person would; the queue follows after its debounce. */
export async function searchQueue(page: Page, text: string): Promise<void> {
  await page.getByTestId("queue-search").pressSequentially(text, { delay: 60 });
  await page.waitForURL((url) => url.searchParams.get("q") === text);
  // The URL changes before the server's answer lands; the table is dimmed (aria-busy) until then.
  await expect(page.getByTestId("queue-table")).toHaveAttribute("aria-busy", "false");
}
