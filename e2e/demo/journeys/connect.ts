import { expect } from "@playwright/test";
import { PERSONAS } from "../../../scripts/belvo-emulator/personas";
import { personaName } from "../../../scripts/demo/applicants";
import type { Journey } from "../types";
import { messageEnd, signInAs } from "./actions";

// Not among the seeded applicants: this journey connects them. A fixed reference, so this
// journey runs once per demo database (a second invite with it is refused as a duplicate).
const NAME = personaName("recentHire");
const REFERENCE = "DEMO-2001";

export const connectJourney: Journey<"connect"> = {
  name: "connect",
  async run({ page, step, openPage, show, language, ui }) {
    await signInAs(page, "UNDERWRITER", language);
    await page.getByTestId("invite-applicant").click();
    await page.getByLabel(ui("connect.inviteForm.name")).fill(NAME);
    await page.getByLabel(ui("connect.fields.reference.label")).fill(REFERENCE);
    await step("invite", { highlight: page.getByTestId("invite-form") });
    await page.getByTestId("invite-submit").click();

    const url = page.getByTestId("invite-url");
    await expect(url).toHaveValue(/\/connect\//);
    const row = page.getByTestId("invite-row").filter({ hasText: REFERENCE });
    await expect(row.getByTestId("invite-status")).toHaveText(ui("connect.invite.status.PENDING"));
    await step("singleUseLink", { highlight: page.getByTestId("invite-created"), mask: [url] });

    const applicant = await openPage();
    await applicant.goto(await url.inputValue());
    await expect(
      applicant.getByRole("heading", { name: ui("public.connect.greeting", { name: NAME }) }),
    ).toBeVisible();
    await applicant.getByTestId("invite-consent").check();
    await step("consent", {
      highlight: applicant.locator("form").filter({ has: applicant.getByTestId("invite-consent") }),
    });
    await applicant.getByTestId("invite-continue").click();

    await applicant.getByTestId("widget-institution-imss_mx_employment").check();
    await applicant.getByTestId("widget-curp").pressSequentially(PERSONAS.recentHire.curp, {
      delay: 30,
    });
    await applicant.getByTestId("widget-consent").check();
    await step("widget", { highlight: applicant.getByTestId("widget-form") });
    await applicant.getByTestId("widget-submit").click();
    await expect(applicant.getByTestId("connect-state")).toHaveText(ui("errors.invite.connected"));
    await step("connected", { highlight: applicant.getByTestId("connect-state") });

    await show(page);
    await page.reload();
    await expect(row.getByTestId("invite-status")).toHaveText(
      ui("connect.invite.status.COMPLETED"),
    );
    await step("inviteUsed", { highlight: row });

    await row.getByRole("link", { name: NAME }).click();
    await expect(page.getByTestId("consent-record")).toContainText(
      messageEnd(ui.raw("applicant.identifiers.consentInvite")),
    );
    await expect(page.getByTestId("flag-recent-hire")).toBeVisible();
    await step("records", { highlight: page.getByTestId("summary") });
  },
};
