import { expect, test, type Page } from "./csp-guard";
import { PERSONAS, type PersonaKey } from "../scripts/belvo-emulator/personas";
import {
  SHELL_EMPLOYEES,
  SHELL_EMPLOYER,
} from "../scripts/belvo-emulator/personas/portfolio-personas";
import { connectThroughApi, storageStatePath } from "./fixtures";

test.use({ storageState: storageStatePath("UNDERWRITER") });

async function connect(page: Page, persona: PersonaKey) {
  const { curp, firstName, lastName } = PERSONAS[persona];
  return connectThroughApi(page, {
    name: `${firstName} ${lastName}`,
    curp,
    referencePrefix: `SIG-${persona}`,
  });
}

// Six applicants whose current job is at one registro patronal, applying on one day: more than the
// default 5. Each persona CURP allows 3 queries a day; this test connects each once.
test("applicants of one employer carry the concentration signal, which an underwriter may dismiss with a reason", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const ids: string[] = [];
  for (const persona of SHELL_EMPLOYEES) ids.push(await connect(page, persona));
  const [first, second] = ids as [string, string];

  await page.goto(`/applicants/${first}`);
  const signal = page.getByTestId("flag-employer-concentration");
  await expect(signal).toContainText("Concentración en un patrón");
  await expect(signal).toContainText(SHELL_EMPLOYER.employerId);
  await expect(signal).toContainText("6 solicitantes distintos");

  await page.goto(`/applicants/${second}`);
  await expect(signal).toContainText(SHELL_EMPLOYER.employerId);
  // Dismissing needs a reason of at least 10 characters; the server explains a short one.
  await signal.getByTestId("signal-dismiss").click();
  await signal.getByTestId("signal-dismiss-note").fill("Revisado");
  // Past the browser's own check, as a script would post it.
  await signal
    .getByTestId("signal-dismiss-note")
    .evaluate((area) => area.removeAttribute("minlength"));
  await signal.getByTestId("signal-dismiss-confirm").click();
  await expect(signal.getByTestId("signal-dismiss-message")).toContainText("al menos 10");
  const reason = "Llamé al patrón: la plantilla creció por un contrato nuevo.";
  await signal.getByTestId("signal-dismiss-note").fill(reason);
  await signal.getByTestId("signal-dismiss-confirm").click();
  await expect(signal).toHaveAttribute("data-dismissed", "true");
  await expect(signal.getByTestId("signal-dismissal")).toContainText(reason);
  await expect(page.getByTestId("audit-trail")).toContainText("Descartó una señal de riesgo");

  // The queue's signal filter: the five others, not the dismissed one.
  await page.goto("/applicants?flags=employer-concentration&q=SIG-shellEmployer");
  await expect(page.getByTestId("queue-row")).toHaveCount(5);
  await expect(page.getByTestId("queue-row").first()).toContainText("Concentración en un patrón");
});
