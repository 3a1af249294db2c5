import { expect, test, type Page } from "./csp-guard";
import {
  belvoCallsFor,
  connectThroughApi,
  createMember,
  signedInPage,
  storageStatePath,
  uniqueCurp,
  uniqueReference,
} from "./fixtures";

// An underwriter's day, end to end: the worklist, the guardrails on a risky approval, the team
// lead's sign-off and an amendment. The four-eyes rule is the organization's: this file turns it
// on and leaves it on (other specs approve only applicants without red flags or a high-risk score).
test.use({ storageState: storageStatePath("TEAM_LEAD") });
test.describe.configure({ timeout: 120_000 });

async function turnFourEyesOn(page: Page) {
  await page.goto("/settings");
  await page.getByTestId("four-eyes").check();
  await page.getByTestId("decision-rules-save").click();
  await expect(page.getByTestId("decision-rules-saved")).toBeVisible();
}

test("the oldest pending case is approved against its red flag with a note, signed off, and amended", async ({
  page,
  browser,
}, testInfo) => {
  await turnFourEyesOn(page);
  const member = await createMember(page.request, "workflow");
  const underwriter = await signedInPage(browser, member);
  const prefix = uniqueReference("WF");
  // Typed names that are not the names on record: each applicant carries a red flag.
  const older = await connectThroughApi(underwriter, {
    name: "Nombre Capturado Distinto",
    curp: uniqueCurp(),
    referencePrefix: `${prefix}-A`,
  });
  await connectThroughApi(underwriter, {
    name: "Otro Nombre Capturado",
    curp: uniqueCurp(),
    referencePrefix: `${prefix}-B`,
  });

  // The default worklist: pending work, oldest first.
  await underwriter.goto(`/applicants?q=${prefix}`);
  const rows = underwriter.getByTestId("queue-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId("queue-flag-name-mismatch")).toBeVisible();
  await rows.first().locator("td:first-child a").click();
  await expect(underwriter).toHaveURL(new RegExp(`/applicants/${older}$`));
  await expect(underwriter.getByTestId("name-on-record")).toContainText("Nombre en el registro");
  const panel = underwriter.getByTestId("decision-aside");
  await expect(panel.getByTestId("aside-red-flags")).toContainText(
    "Nombre distinto en el registro",
  );

  // Nothing is pre-selected; approving asks for each red flag and a note.
  await expect(panel.locator("input[type=radio]:checked")).toHaveCount(0);
  await panel.getByTestId("outcome-approve").check();
  await panel.getByTestId("decision-reason").selectOption("stable_employment");
  await panel.getByTestId("decision-submit").click();
  await expect(panel.getByTestId("decision-message")).toHaveText(
    "Para aprobar, confirme que revisó cada alerta roja.",
  );
  // The emulator's records for a random CURP may carry other red flags too: each is ticked.
  const acknowledgements = panel.getByTestId("acknowledge-flags").getByRole("checkbox");
  await expect(panel.getByTestId("acknowledge-name-mismatch")).toBeVisible();
  for (const box of await acknowledgements.all()) await box.check();
  await panel.getByTestId("decision-submit").click();
  await expect(panel.getByTestId("decision-message")).toContainText("requiere una nota");
  await expect(panel.getByTestId("sign-off-needed")).toBeVisible();
  await panel.getByTestId("decision-note").fill("INE cotejada: cambió de apellido al casarse.");
  await panel.getByTestId("decision-submit").click();
  await expect(panel.getByTestId("awaiting-sign-off")).toBeVisible();
  await expect(underwriter.getByTestId("decision-status").first()).toHaveText("Por visto bueno");
  // The underwriter cannot sign off; the form is gone: a recorded decision is final.
  await expect(panel.getByTestId("sign-off")).toHaveCount(0);
  await expect(panel.getByTestId("decision-form")).toHaveCount(0);

  // The team lead signs it off.
  await page.goto(`/applicants/${older}`);
  const leadPanel = page.getByTestId("decision-aside");
  await leadPanel.getByTestId("sign-off-sign").click();
  await expect(leadPanel.getByTestId("decision-message")).toHaveText(
    "Visto bueno registrado: la aprobación es definitiva.",
  );
  await expect(page.getByTestId("decision-status").first()).toHaveText("Aprobado");
  await expect(page.getByTestId("decision-sign-off")).toContainText("Visto bueno de");

  // An amendment is explicit, with a reason; both decisions stay in the history.
  await underwriter.reload();
  await panel.getByTestId("decision-amend").click();
  await panel.getByTestId("outcome-decline").check();
  await panel.getByTestId("decision-reason").selectOption("identity_mismatch");
  await panel.getByTestId("amend-reason").fill("El comité pidió rechazar por identidad.");
  await panel.getByTestId("decision-submit").click();
  await expect(panel.getByTestId("decision-message")).toHaveText("Enmienda registrada: Rechazar.");
  const history = underwriter.getByTestId("decision-entry");
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText("El comité pidió rechazar por identidad.");
  await expect(history.nth(1)).toContainText("Enmendado");
  await expect(history.nth(1)).toContainText("INE cotejada");
  await expect(underwriter.getByTestId("decision-status").first()).toHaveText("Rechazado");
  await underwriter.screenshot({ path: testInfo.outputPath("amended.png"), fullPage: true });
  await underwriter.context().close();
});

test("a CURP that cannot exist never reaches Belvo", async ({ page }) => {
  const valid = uniqueCurp();
  const badMonth = `${valid.slice(0, 6)}13${valid.slice(8)}`;
  await page.goto("/applicants/new");
  await page.getByLabel("Nombre completo").fill("Rocío Núñez Peña");
  await page.getByLabel("Referencia").fill(uniqueReference("BADCURP"));
  await page.getByLabel("CURP").fill(badMonth);
  await page.getByTestId("consent").check();
  await page.getByTestId("connect-submit").click();
  await expect(page.getByTestId("error-curp")).toContainText("el mes (caracteres 7 y 8)");
  await expect(page.getByLabel("CURP")).toHaveValue(badMonth);
  expect(await belvoCallsFor(page.request, badMonth)).toEqual([]);
  // The same form with a good CURP does reach Belvo: the log would show a bad one.
  await page.getByLabel("CURP").fill(valid);
  await page.getByTestId("connect-submit").click();
  await expect(page).toHaveURL(/\/applicants\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  expect((await belvoCallsFor(page.request, valid)).map((call) => call.path)).toContain(
    "/api/links/",
  );
});

test("on a phone the decision opens as a bottom sheet", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const id = await connectThroughApi(page, {
    name: "Rocío Núñez Peña",
    curp: uniqueCurp(),
    referencePrefix: "SHEET",
  });
  await page.goto(`/applicants/${id}`);
  await expect(page.getByTestId("decision-aside")).toBeHidden();
  await page.getByTestId("decision-open").click();
  await expect(page.getByTestId("decision-aside")).toBeVisible();
  await expect(page.getByTestId("decision-form")).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath("sheet.png") });
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("decision-aside")).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
