import { expect, type Page } from "@playwright/test";
import { connectThroughApi, uniqueCurp } from "./fixtures";

/** An applicant connected through the API, with the reference their page shows. */
export async function connectedApplicant(page: Page, name: string, referencePrefix: string) {
  const id = await connectThroughApi(page, { name, curp: uniqueCurp(), referencePrefix });
  await page.goto(`/applicants/${id}`);
  const reference = (await page.getByTestId("applicant-reference").textContent())?.trim() ?? "";
  expect(reference).not.toBe("");
  return { id, reference };
}

/**
 * Registers an ARCO request for an applicant on the Privacy page's form, received today, and
 * returns its row (found by the requester's name: other specs register requests at the same time).
 */
export async function registerArcoRequest(
  page: Page,
  request: { type: "ACCESS" | "RECTIFICATION" | "CANCELLATION" | "OPPOSITION"; reference: string },
) {
  const requester = `Titular ${request.type} ${Date.now()}`;
  await page.goto("/privacy");
  const form = page.getByTestId("arco-form");
  await form.getByLabel("Tipo de derecho").selectOption(request.type);
  await form.getByLabel("Nombre de quien la presenta").fill(requester);
  await form.getByLabel(/Referencia del solicitante/).fill(request.reference);
  await form.getByTestId("arco-identity").check();
  await form.getByTestId("arco-submit").click();
  await expect(form.getByTestId("arco-registered")).toBeVisible();
  return page.getByTestId("arco-row").filter({ hasText: requester });
}
