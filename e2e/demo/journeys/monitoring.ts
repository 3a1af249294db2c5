import { expect } from "@playwright/test";
import { personaName } from "../../../scripts/demo/applicants";
import { emulatorClock } from "../../../scripts/demo/emulator-clock";
import type { Journey } from "../types";
import { messageStart, searchQueue, signInAs } from "./actions";

const NAME = personaName("promotion");
const JOB_LOSS_NAME = personaName("jobLoss");

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

    // Another applicant, connected with single access two weeks ago: monitoring is turned on now.
    await page.goto("/applicants");
    await searchQueue(page, "DEMO-1010");
    await page.getByTestId("queue-row").getByRole("link", { name: JOB_LOSS_NAME }).click();
    await expect(page.getByTestId("applicant-name")).toHaveText(JOB_LOSS_NAME);
    await page.getByTestId("assign-to-me").click();
    await expect(page.getByTestId("assignment-message")).toBeVisible();
    const card = page.getByTestId("monitoring-card");
    await card.getByTestId("monitoring-consent").check();
    await card.getByTestId("monitoring-start").click();
    await expect(card.getByTestId("monitoring-state")).toHaveText(ui("alerts.monitoring.on"));
    await step("monitorOn", { highlight: card });

    // Belvo's next refresh of the now-recurrent link: the emulator's clock is two weeks past the
    // day he connected, and his job ended on the tenth. His link only: other monitored applicants'
    // alerts, stored by background jobs in their own time, would change the count shown next.
    const refresh = await page.request.post(`${emulatorUrl}/_emulator/refresh`, {
      data: { external_id: "DEMO-1010" },
    });
    expect(await refresh.json()).toEqual({ refreshed: 1 });
    const jobLoss = card.locator('[data-testid="applicant-alert"][data-kind="JOB_LOSS"]');
    const alertsLink = page
      .getByRole("navigation", { name: ui("shell.nav.label") })
      .getByRole("link", { name: ui("shell.nav.alerts") });
    const count = page.getByTestId("nav-alert-count");
    // A background job stores the refresh; the page and its header read it once it has committed.
    await expect(async () => {
      await page.reload();
      await expect(jobLoss).toBeVisible({ timeout: 1_000 });
      await expect(count).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(jobLoss).toContainText(ui("alerts.kinds.JOB_LOSS"));
    await step("jobLossAlert", { highlight: jobLoss });

    await step("alertCount", { highlight: alertsLink });
    const before = Number(await count.locator("[aria-hidden]").textContent());

    await alertsLink.click();
    // Her own alerts: other applicants' refreshes may be stored in either order, hers are one pull.
    await page.locator(`select[name="recipient"]`).selectOption("mine");
    await page.getByRole("button", { name: ui("alerts.filters.apply") }).click();
    await expect(page).toHaveURL(/recipient=mine/);
    const alertRow = page.locator('[data-testid="alert-row"][data-kind="JOB_LOSS"]');
    await expect(alertRow).toContainText(JOB_LOSS_NAME);
    await alertRow.getByTestId("alert-acknowledge").click();
    // A high-severity alert is not acknowledged without a note.
    await alertRow.getByTestId("alert-confirm").click();
    await expect(alertRow.getByTestId("alert-note")).toBeFocused();
    await alertRow.getByTestId("alert-note").fill(ui("demo.monitoring.note"));
    await alertRow.getByTestId("alert-confirm").click();
    await expect(alertRow.getByTestId("alert-message")).toHaveText(ui("alerts.acknowledged"));
    await expect(alertRow.getByTestId("alert-status")).toHaveText(
      ui("alerts.statuses.ACKNOWLEDGED"),
    );
    if (before > 1) await expect(count.locator("[aria-hidden]")).toHaveText(String(before - 1));
    else await expect(count).toHaveCount(0);
    await step("acknowledge", { highlight: alertRow });
  },
};
