import { expect } from "@playwright/test";
import { personaName } from "../../../scripts/demo/applicants";
import { emulatorClock } from "../../../scripts/demo/emulator-clock";
import { formatDate } from "../../../lib/format";
import type { Journey } from "../types";
import { searchQueue, signInAs } from "./actions";

const NAME = personaName("promotion");

export const monitoringJourney: Journey = {
  name: "monitoring",
  title: "Recurrent monitoring",
  summary:
    "Two weeks after an applicant connected with a recurrent link, Belvo refreshes it, a webhook reaches Cotiza, and the applicant's page shows what changed.",
  async run({ page, step, emulatorUrl }) {
    await signInAs(page, "UNDERWRITER");
    await searchQueue(page, "DEMO-1009");
    const row = page.getByTestId("queue-row").filter({ hasText: NAME });
    await expect(row).toBeVisible();
    await step(
      "A recurrent link",
      "This applicant connected two weeks ago with a recurrent link: Belvo keeps her records fresh and tells Cotiza when they change.",
      { highlight: row },
    );

    // Belvo refreshes recurrent links on its own schedule; the emulator does it on request, on
    // its clock, which has moved on two weeks since she connected.
    const refreshed = await page.request.post(`${emulatorUrl}/_emulator/refresh`);
    expect(refreshed.ok()).toBe(true);
    // A background job handles the webhook. Watch the queue (opening the applicant would add
    // views to her audit trail) until her row has data as of the refresh's day.
    // The queue shows that day in the organization's time zone (the demo keeps the default).
    const pulledOn = formatDate((await emulatorClock(emulatorUrl)).now, {
      timeZone: "America/Mexico_City",
    });
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText(pulledOn, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await step(
      "A webhook arrives",
      "Belvo refreshed the link and sent an employment_changes webhook; a background job pulled the new records, and the queue shows them.",
      { highlight: row },
    );

    await row.getByRole("link", { name: NAME }).click();
    const changes = page.getByTestId("change-list");
    await expect(changes).toContainText("Daily salary at");
    await step(
      "What changed",
      "Cotiza compares the new pull with the previous one: a raise at her employer, and the scores that moved with it.",
      { highlight: changes },
    );

    await expect(page.getByTestId("audit-trail")).toContainText("Records synced from Belvo");
    await step(
      "On the audit trail",
      "The sync is on the record too, next to the people who viewed or decided.",
      { highlight: page.getByTestId("audit-trail") },
    );

    await expect(page.getByTestId("salary-chart").locator(".recharts-wrapper > svg")).toBeVisible();
    await step("The raise on the chart", "The latest step up is the raise the refresh found.", {
      highlight: page.getByTestId("salary-chart"),
    });
  },
};
