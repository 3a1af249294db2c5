import { expect } from "@playwright/test";
import { personaName } from "../../../scripts/demo/applicants";
import { demoUser } from "../../fixtures";
import type { Journey } from "../types";
import { demoText } from "../stage";
import { messageStart, searchQueue, signedIn } from "./actions";

const STABLE = personaName("stable");
const RISKY = personaName("risky");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const reviewJourney: Journey<"review"> = {
  name: "review",
  async run({ page, step, language, ui }) {
    const user = demoUser("UNDERWRITER");
    await page.goto("/login");
    await page.getByTestId("login-email").fill(user.email);
    await page.getByTestId("login-password").fill(user.password);
    await step("signIn", {
      values: { name: user.name },
      highlight: page.locator("form").filter({ has: page.getByTestId("login-email") }),
    });
    await page.getByTestId("login-submit").click();
    await signedIn(page, "UNDERWRITER", language);

    const rows = page.getByTestId("queue-row");
    await expect(rows.filter({ hasText: STABLE })).toBeVisible();
    await step("queue", { highlight: page.getByTestId("queue-table") });

    await searchQueue(page, "Ibáñez");
    await expect(rows).toHaveCount(1);
    await step("search", { highlight: page.getByTestId("queue-table") });

    await rows.getByRole("link", { name: STABLE }).click();
    await expect(page.getByTestId("summary-status")).toHaveText(
      ui("applicant.summary.statuses.employed"),
    );
    await step("stable", { highlight: page.getByTestId("summary") });

    const chart = page.getByTestId("salary-chart");
    await expect(chart.locator(".recharts-wrapper > svg")).toBeVisible();
    await step("salaryChart", { highlight: chart });

    const scores = page.getByTestId("scores");
    // "Next 12 months: 742 of 900, …" in the demo's language.
    const gauge = escapeRegExp(
      ui("applicant.scores.gauge", { period: 12, score: "000", max: 900, band: "~" }),
    )
      .replace("000", "\\d{3}")
      .replace("~", ".+");
    await expect(scores.getByTestId("score-gauge-12").getByRole("img")).toHaveAttribute(
      "aria-label",
      new RegExp(gauge),
    );
    await step("scores", { highlight: scores });

    const salaryCut = ui("metrics.flags.salary-cut.label");
    await page.goto("/applicants");
    await page.getByTestId("queue-filter-flags").click();
    await page.getByRole("checkbox", { name: salaryCut }).check();
    // The filtered queue, not the one before it: every row left has the flag.
    await expect(page).toHaveURL(/flags=salary-cut/);
    await expect(rows.filter({ hasNotText: salaryCut })).toHaveCount(0);
    await expect(rows.filter({ hasText: RISKY })).toBeVisible();
    await page.keyboard.press("Escape");
    await step("filterByFlag", { highlight: page.getByTestId("queue-table") });

    await rows.getByRole("link", { name: RISKY }).click();
    const flags = page.getByTestId("flags");
    for (const flag of ["past-gap", "salary-cut", "redeemed-weeks"])
      await expect(flags.getByTestId(`flag-${flag}`)).toBeVisible();
    await step("risky", { highlight: page.getByTestId("metrics") });

    const timeline = page.getByTestId("timeline");
    await expect(page.getByTestId("timeline-text")).toContainText(
      messageStart(ui.raw("applicant.timeline.gap")),
    );
    await step("gapOnTimeline", { highlight: timeline });

    await page.getByTestId("assign-to-me").click();
    await expect(page.getByTestId("assignment-message")).toHaveText(
      ui("applicant.decision.assignmentSaved"),
    );
    await page.getByTestId("outcome-decline").check();
    await page.getByTestId("decision-reason").selectOption("liquidity_stress");
    await page
      .getByTestId("decision-note")
      .pressSequentially(demoText(language)("review.note"), { delay: 15 });
    await step("recordDecision", { highlight: page.getByTestId("decision-form") });
    await page.getByTestId("decision-submit").click();
    await expect(page.getByTestId("decision-message")).toHaveText(
      ui("applicant.decision.recorded", { outcome: ui("applicant.decision.outcomes.decline") }),
    );

    await expect(page.getByTestId("decision-entry").first()).toContainText(
      ui("applicant.decision.reasons.liquidityStress"),
    );
    await step("onTheRecord", { highlight: page.getByTestId("decision") });
    await expect(page.getByTestId("audit-trail")).toContainText(
      ui("audit.actions.applicantDecided"),
    );
    await step("auditTrail", { highlight: page.getByTestId("audit-trail") });
  },
};
