import { expect } from "@playwright/test";
import { personaName } from "../../../scripts/demo/applicants";
import { emulatorClock } from "../../../scripts/demo/emulator-clock";
import type { Journey } from "../types";
import { messageStart, searchQueue, signInAs } from "./actions";

const NAME = personaName("promotion");

export const monitoringJourney: Journey<"monitoring"> = {
  name: "monitoring",
  async run({ page, step, emulatorUrl, language, ui, format }) {
    await signInAs(page, "UNDERWRITER", language);
    await searchQueue(page, "DEMO-1009");
    const row = page.getByTestId("queue-row").filter({ hasText: NAME });
    await expect(row).toBeVisible();
    await step("recurrentLink", { highlight: row });

    // Belvo refreshes recurrent links on its own schedule; the emulator does it on request, on
    // its clock, which has moved on two weeks since she connected.
    const refreshed = await page.request.post(`${emulatorUrl}/_emulator/refresh`);
    expect(refreshed.ok()).toBe(true);
    // A background job handles the webhook. Watch the queue (opening the applicant would add
    // views to her audit trail) until her row has data as of the refresh's day, written as the
    // queue writes it: in the demo's language and the organization's time zone.
    const pulledOn = format.date((await emulatorClock(emulatorUrl)).now);
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText(pulledOn, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await step("webhook", { highlight: row });

    await row.getByRole("link", { name: NAME }).click();
    const changes = page.getByTestId("change-list");
    await expect(changes).toContainText(messageStart(ui.raw("applicant.changes.salaryChange")));
    await step("changes", { highlight: changes });

    await expect(page.getByTestId("audit-trail")).toContainText(
      ui("audit.actions.webhookRecordsSynced"),
    );
    await step("auditTrail", { highlight: page.getByTestId("audit-trail") });

    await expect(page.getByTestId("salary-chart").locator(".recharts-wrapper > svg")).toBeVisible();
    await step("raiseOnChart", { highlight: page.getByTestId("salary-chart") });
  },
};
