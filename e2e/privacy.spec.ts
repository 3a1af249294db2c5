import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "./csp-guard";
import { connectedApplicant, registerArcoRequest } from "./arco";
import { storageStatePath } from "./fixtures";
import { pdfText } from "../lib/report/testing/pdf-text";

test.describe("as a team lead", () => {
  test.use({ storageState: storageStatePath("TEAM_LEAD") });

  test("registers an ARCO request with its business-day due date, then records the answer", async ({
    page,
  }) => {
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacidad");
    const form = page.getByTestId("arco-form");
    const requester = `Mariana Ibáñez ${Date.now()}`;
    await form.getByLabel("Tipo de derecho").selectOption("ACCESS");
    await form.getByLabel("Nombre de quien la presenta").fill(requester);
    await form.getByLabel("Fecha de recepción").fill("2026-11-13");
    // Without the identity check the form refuses.
    await form.getByTestId("arco-submit").click();
    await expect(form).toContainText("Confirme que verificó la identidad");
    await form.getByTestId("arco-identity").check();
    await form.getByTestId("arco-submit").click();
    // Friday 13 November 2026 + 20 business days, Monday 16 November (a rest day) skipped.
    await expect(form.getByTestId("arco-registered")).toContainText("14 dic 2026");

    const row = page.getByTestId("arco-row").filter({ hasText: requester });
    await expect(row).toContainText("Acceso");
    await expect(row).toContainText("14 dic 2026");
    await row.getByTestId("arco-answer").click();
    await row.getByTestId("arco-answer-note").fill("Se envió el paquete de acceso por correo.");
    await row.getByTestId("arco-answer-confirm").click();
    await expect(row.getByTestId("arco-answered")).toContainText("Se envió el paquete");
    await expect(row).toHaveAttribute("data-urgency", "answered");
  });
});

test.describe("as an underwriter", () => {
  test.use({ storageState: storageStatePath("UNDERWRITER") });

  test("is told the page is for team leads and admins, and the API refuses", async ({ page }) => {
    await page.goto("/privacy");
    await expect(page.getByTestId("privacy-forbidden")).toBeVisible();
    const response = await page.request.post("/api/privacy/requests", { data: {} });
    expect(response.status()).toBe(403);
  });
});

test.describe("an access request, as a team lead", () => {
  test.use({ storageState: storageStatePath("TEAM_LEAD") });

  async function downloaded(page: Page, link: Locator) {
    const event = page.waitForEvent("download");
    await link.click();
    const file = await event;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }

  test("is registered for an applicant, and the person's package downloads as JSON and PDF", async ({
    page,
  }) => {
    const name = `Paquete Acceso ${Date.now()}`;
    const { id, reference } = await connectedApplicant(page, name, "ACC");
    // This row's links only: other specs register access requests at the same time.
    const row = await registerArcoRequest(page, { type: "ACCESS", reference });
    const jsonLink = row.getByTestId("access-package-json");
    const pdfLink = row.getByTestId("access-package-pdf");
    await expect(jsonLink).toHaveText("Paquete (JSON)");
    await expect(pdfLink).toHaveText("Resumen (PDF)");

    const json = await downloaded(page, jsonLink);
    // Named by our reference and the day, never by the person.
    expect(json.name).toMatch(
      new RegExp(`^paquete-acceso-${reference}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const pkg = JSON.parse(json.bytes.toString("utf8")) as {
      applicant: { id: string; reference: string };
      sections: {
        applicants: { id: string; name: string; reference: string; curp: string | null }[];
        snapshots: unknown[];
        arco_requests: { requesterName: string; type: string }[];
      };
    };
    expect(pkg.applicant).toEqual({ id, reference });
    expect(pkg.sections.applicants).toEqual([
      expect.objectContaining({
        id,
        name,
        reference,
        curp: expect.stringMatching(/^[A-Z]{4}\d{6}/),
      }),
    ]);
    expect(pkg.sections.snapshots.length).toBeGreaterThan(0);
    expect(pkg.sections.arco_requests).toContainEqual(expect.objectContaining({ type: "ACCESS" }));

    const pdf = await downloaded(page, pdfLink);
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf.bytes);
    expect(text).toContain("Paquete de acceso a datos personales");
    expect(text).toContain(name);

    // Both downloads are on the applicant's trail.
    await page.goto(`/applicants/${id}`);
    await expect(page.getByTestId("audit-trail")).toContainText(
      "Descargó el paquete de acceso (ARCO)",
    );
  });
});
