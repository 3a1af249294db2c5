import { expect } from "@playwright/test";
import { PERSONAS } from "../../../scripts/belvo-emulator/personas";
import { personaName } from "../../../scripts/demo/applicants";
import type { Journey } from "../types";
import { signInAs } from "./actions";

// Not among the seeded applicants: this journey connects them. A fixed reference, so this
// journey runs once per demo database (a second invite with it is refused as a duplicate).
const NAME = personaName("recentHire");
const REFERENCE = "DEMO-2001";

export const connectJourney: Journey = {
  name: "connect",
  title: "Connect an applicant",
  summary:
    "An underwriter invites an applicant, who connects their IMSS account in Belvo's hosted widget; the applicant then appears in Cotiza with their records.",
  async run({ page, step, openPage, show }) {
    await signInAs(page, "UNDERWRITER");
    await page.getByTestId("invite-applicant").click();
    await page.getByLabel("Applicant's full name").fill(NAME);
    await page.getByLabel("Reference").fill(REFERENCE);
    await step(
      "Invite an applicant",
      "No CURP needed: the applicant will give it to Belvo themselves. The reference is yours, never personal data.",
      { highlight: page.getByTestId("invite-form") },
    );
    await page.getByTestId("invite-submit").click();

    const url = page.getByTestId("invite-url");
    await expect(url).toHaveValue(/\/connect\//);
    const row = page.getByTestId("invite-row").filter({ hasText: REFERENCE });
    await expect(row.getByTestId("invite-status")).toHaveText("Sent");
    await step(
      "A single-use link",
      "Shown once, valid for 72 hours, good for one connection. It goes to the applicant by email or chat.",
      { highlight: page.getByTestId("invite-created"), mask: [url] },
    );

    const applicant = await openPage();
    await applicant.goto(await url.inputValue());
    await expect(applicant.getByRole("heading", { name: `Hola, ${NAME}` })).toBeVisible();
    await applicant.getByTestId("invite-consent").check();
    await step(
      "The applicant consents",
      "On their own device and without a Cotiza account, the applicant reads the privacy notice and consents.",
      {
        highlight: applicant
          .locator("form")
          .filter({ has: applicant.getByTestId("invite-consent") }),
      },
    );
    await applicant.getByTestId("invite-continue").click();

    await applicant.getByTestId("widget-institution-imss_mx_employment").check();
    await applicant.getByTestId("widget-curp").pressSequentially(PERSONAS.recentHire.curp, {
      delay: 30,
    });
    await applicant.getByTestId("widget-consent").check();
    await step(
      "Belvo's widget",
      "Belvo's hosted widget (the sandbox emulator here) asks for the institution and the CURP, and queries IMSS.",
      { highlight: applicant.getByTestId("widget-form") },
    );
    await applicant.getByTestId("widget-submit").click();
    await expect(applicant.getByTestId("connect-state")).toContainText("are connected");
    await step("Connected", "Back on Cotiza's page, the applicant is done.", {
      highlight: applicant.getByTestId("connect-state"),
    });

    await show(page);
    await page.reload();
    await expect(row.getByTestId("invite-status")).toHaveText("Connected");
    await step("The invite is used", "The underwriter's list of invites shows it connected.", {
      highlight: row,
    });

    await row.getByRole("link", { name: NAME }).click();
    await expect(page.getByTestId("consent-record")).toContainText("through an invite");
    await expect(page.getByTestId("flag-recent-hire")).toBeVisible();
    await step(
      "Records in Cotiza",
      "The applicant arrives with their employment records: a new job two months ago after a short gap, flagged as a recent hire.",
      { highlight: page.getByTestId("summary") },
    );
  },
};
