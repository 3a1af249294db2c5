import { expect } from "@playwright/test";
import { personaName } from "../../../scripts/demo/applicants";
import { demoUser } from "../../fixtures";
import type { Journey } from "../types";
import { searchQueue } from "./actions";

const STABLE = personaName("stable");
const RISKY = personaName("risky");

export const reviewJourney: Journey = {
  name: "review",
  title: "Underwriter review",
  summary:
    "Sign in, search the queue, read a stable employee's salary history and scores, then spot a risky applicant's gap, salary cut and redeemed weeks and record a decision.",
  async run({ page, step }) {
    const user = demoUser("UNDERWRITER");
    await page.goto("/login");
    await page.getByTestId("login-email").fill(user.email);
    await page.getByTestId("login-password").fill(user.password);
    await step("Sign in", `${user.name}, an underwriter, signs in to Cotiza.`, {
      highlight: page.locator("form").filter({ has: page.getByTestId("login-email") }),
    });
    await page.getByTestId("login-submit").click();

    const rows = page.getByTestId("queue-row");
    await expect(rows.filter({ hasText: STABLE })).toBeVisible();
    await step(
      "The applicant queue",
      "Every connected applicant with their employer, income, tenure, 12-month score and risk flags. The address bar holds the whole view, so it can be shared.",
      { highlight: page.getByTestId("queue-table") },
    );

    await searchQueue(page, "Ibáñez");
    await expect(rows).toHaveCount(1);
    await step("Search", "Search by name, your reference or an exact CURP.", {
      highlight: page.getByTestId("queue-table"),
    });

    await rows.getByRole("link", { name: STABLE }).click();
    await expect(page.getByTestId("summary-status")).toHaveText("Employed");
    await step(
      "A stable employee",
      "Employed for over 12 years at the same employer: the summary gives tenure, daily salary (SBC), monthly income and when the data was pulled.",
      { highlight: page.getByTestId("summary") },
    );

    const chart = page.getByTestId("salary-chart");
    await expect(chart.locator(".recharts-wrapper > svg")).toBeVisible();
    await step(
      "Salary over time",
      "Daily base salary per employer on a log scale, with each year's 25-UMA ceiling dashed: steady yearly raises, no cuts.",
      { highlight: chart },
    );

    const scores = page.getByTestId("scores");
    await expect(scores.getByTestId("score-gauge-12").getByRole("img")).toHaveAttribute(
      "aria-label",
      /Next 12 months: \d{3} of 900/,
    );
    await step(
      "Score gauges",
      "Belvo's employability scores for the next 3, 6 and 12 months, from 300 to 900: higher is better.",
      { highlight: scores },
    );

    await page.goto("/applicants");
    await page.getByTestId("queue-filter-flags").click();
    await page.getByRole("checkbox", { name: "Salary cut" }).check();
    // The filtered queue, not the one before it: every row left has the flag.
    await expect(page).toHaveURL(/flags=salary-cut/);
    await expect(rows.filter({ hasNotText: "Salary cut" })).toHaveCount(0);
    await expect(rows.filter({ hasText: RISKY })).toBeVisible();
    await page.keyboard.press("Escape");
    await step(
      "Filter by flag",
      "Cotiza flags risks in every record. Filtering the queue for salary cuts finds who to look at first.",
      { highlight: page.getByTestId("queue-table") },
    );

    await rows.getByRole("link", { name: RISKY }).click();
    const flags = page.getByTestId("flags");
    for (const flag of ["past-gap", "salary-cut", "redeemed-weeks"])
      await expect(flags.getByTestId(`flag-${flag}`)).toBeVisible();
    await step(
      "A risky applicant",
      "Three flags, each explained: weeks redeemed from the retirement fund and never reinstated, a gap of 85 weeks, and a 22 % salary cut within the last 12 months.",
      { highlight: page.getByTestId("metrics") },
    );

    const timeline = page.getByTestId("timeline");
    await expect(page.getByTestId("timeline-text")).toContainText("Gap:");
    await step("The gap on the timeline", "Amber bands are months without formal employment.", {
      highlight: timeline,
    });

    await page.getByTestId("assign-to-me").click();
    await expect(page.getByTestId("decision-message")).toHaveText("Assignment saved.");
    await page.getByTestId("outcome-decline").check();
    await page.getByTestId("decision-reason").selectOption("liquidity_stress");
    await page
      .getByTestId("decision-note")
      .pressSequentially("Recorte salarial y semanas descontadas sin reintegrar.", { delay: 15 });
    await step(
      "Record a decision",
      "The underwriter takes the applicant, declines with a fixed reason that reports can count, and adds a note.",
      { highlight: page.getByTestId("decision-form") },
    );
    await page.getByTestId("decision-submit").click();
    await expect(page.getByTestId("decision-message")).toHaveText("Decision recorded: Decline.");

    await expect(page.getByTestId("decision-entry").first()).toContainText("liquidity stress");
    await step(
      "On the record",
      "The decision joins the applicant's history with who made it and when.",
      { highlight: page.getByTestId("decision") },
    );
    await expect(page.getByTestId("audit-trail")).toContainText("Recorded a decision");
    await step(
      "The audit trail",
      "Every view, assignment and decision is logged: who, what and when.",
      { highlight: page.getByTestId("audit-trail") },
    );
  },
};
