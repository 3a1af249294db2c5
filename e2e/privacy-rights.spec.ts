import { expect, test } from "./csp-guard";
import { connectThroughApi, storageStatePath, uniqueCurp } from "./fixtures";

// The applicant page's privacy card: a revocation any reviewer records, oppositions and disputes
// that team leads record. Each test connects an applicant of its own (a fresh CURP: IMSS allows
// 3 queries a day per CURP and a direct connection spends 2).

test.describe("as an underwriter", () => {
  test.use({ storageState: storageStatePath("UNDERWRITER") });
  test.describe.configure({ timeout: 120_000 });

  test("records a revocation on a connected applicant: the page says so and refreshes are refused", async ({
    page,
  }) => {
    const id = await connectThroughApi(page, {
      name: "Rocío Núñez Peña",
      curp: uniqueCurp(),
      referencePrefix: "REVOKE",
    });
    await page.goto(`/applicants/${id}`);
    await expect(page.getByTestId("monitoring-card")).toBeVisible();
    const card = page.getByTestId("privacy-card");
    await expect(card.getByTestId("privacy-consent").first()).toContainText("Aviso de privacidad");
    // Oppositions and disputes are for team leads and admins.
    await expect(card.getByTestId("record-objection")).toHaveCount(0);
    await expect(card.getByTestId("record-dispute")).toHaveCount(0);

    await card.getByTestId("revoke-consent").click();
    const form = card.getByTestId("revoke-consent-form");
    await expect(form).toContainText("eliminará la conexión con Belvo");
    await form.getByLabel("Cómo lo comunicó").selectOption("EMAIL");
    await form.getByLabel("Nota (opcional)").fill("Escrito recibido por correo, folio 118.");
    await form.getByTestId("revoke-consent-submit").click();

    const revoked = card.getByTestId("consent-revoked");
    await expect(revoked).toContainText("Consentimiento revocado el");
    await expect(revoked).toContainText("por correo electrónico");
    await expect(revoked).toContainText("folio 118");
    await expect(card.getByTestId("revoke-consent")).toHaveCount(0);
    await expect(page.getByTestId("audit-trail")).toContainText(
      "Registró la revocación del consentimiento",
    );
    // The link is gone, so there is no monitoring to show; the stored records still are.
    await expect(page.getByTestId("monitoring-card")).toHaveCount(0);
    await expect(page.getByTestId("summary")).toBeVisible();

    await page.getByTestId("refresh-applicant").click();
    await expect(page.getByTestId("action-message")).toContainText("revocó su consentimiento");

    const again = await page.request.post(`/api/applicants/${id}/privacy/revocation`, {
      data: { revokedOn: "2025-06-02", channel: "PHONE" },
    });
    expect(again.status()).toBe(409);
    const objection = await page.request.post(`/api/applicants/${id}/privacy/objections`, {
      data: { purpose: "MONITORING", note: "El solicitante no quiere monitoreo." },
    });
    expect(objection.status()).toBe(403);
  });
});

test.describe("as a team lead", () => {
  test.use({ storageState: storageStatePath("TEAM_LEAD") });
  test.describe.configure({ timeout: 120_000 });

  test("records an opposition to monitoring and a disputed datum, then withdraws the opposition", async ({
    page,
  }) => {
    const id = await connectThroughApi(page, {
      name: "Mariana Ibáñez Núñez",
      curp: uniqueCurp(),
      referencePrefix: "OPPOSE",
    });
    await page.goto(`/applicants/${id}`);
    const card = page.getByTestId("privacy-card");

    await card.getByTestId("record-objection").click();
    const objection = card.getByTestId("record-objection-form");
    await objection.getByLabel("Uso al que se opone").selectOption("MONITORING");
    await objection.getByLabel("Motivo").fill("Pidió por escrito que no se le monitoree.");
    await objection.getByTestId("record-objection-submit").click();
    const opposed = card.getByTestId("privacy-objection").filter({ hasText: "el monitoreo" });
    await expect(opposed).toContainText("Pidió por escrito");
    // The monitoring card says why instead of offering the switch.
    const monitoring = page.getByTestId("monitoring-card");
    await expect(monitoring.getByTestId("monitoring-opposed")).toContainText(
      "se opuso al monitoreo",
    );
    await expect(monitoring.getByTestId("monitoring-start")).toHaveCount(0);

    await card.getByTestId("record-dispute").click();
    const dispute = card.getByTestId("record-dispute-form");
    await dispute.getByLabel("Dato que disputa").fill("El salario con su patrón actual");
    await dispute
      .getByLabel("Por qué")
      .fill("Dice que gana más desde marzo; trae recibos de nómina.");
    await dispute.getByTestId("record-dispute-submit").click();
    await expect(card.getByTestId("privacy-dispute")).toContainText(
      "El salario con su patrón actual",
    );

    page.once("dialog", (dialog) => dialog.accept());
    await opposed.getByTestId("withdraw-objection").click();
    await expect(card.getByTestId("privacy-objection")).toHaveCount(0);
    await expect(monitoring.getByTestId("monitoring-start")).toBeVisible();
    await expect(page.getByTestId("audit-trail")).toContainText(
      "Retiró una oposición al uso de los datos",
    );
  });
});
