import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { revealIdentifiers } from "@/lib/applicant/detail";
import { connectDirect } from "@/lib/connect/connect-direct";
import { institutionDocument, MAX_DOCUMENT_BYTES } from "@/lib/connect/institution-document";
import { refreshApplicant } from "@/lib/connect/refresh-applicant";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/catalog";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { downloadInstitutionDocument } from "./institution-document";
import { pdfText } from "./testing/pdf-text";

vi.mock("next-intl/server", () => ({
  getLocale: async () => "es",
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "es", messages: messagesFor("es"), namespace } as never),
}));

const h = connectHarness();

/** Connects a persona and refreshes once: a refresh asks for the institution's PDF. */
async function refreshed(institution: "IMSS" | "SANDBOX") {
  // A CURP of its own: connecting and refreshing spend this CURP's daily IMSS queries.
  const input = applicantInput(uniqueCurp(), { institution });
  const id = await connectDirect({ user: h.user, input, client: h.client });
  await refreshApplicant(h.user, id, h.client);
  const newest = await db().snapshot.findFirstOrThrow({
    where: { applicantId: id },
    orderBy: { collectedAt: "desc" },
    include: { document: true },
  });
  return { id, snapshot: newest };
}

describe("the institution's own document", () => {
  it("IMSS's weeks report is kept encrypted and downloaded by a team lead, audited", async () => {
    const { id, snapshot } = await refreshed("IMSS");
    expect(snapshot.document).toMatchObject({ status: "stored" });
    expect(snapshot.document?.contentCiphertext).not.toContain("JVBERi0"); // base64 of "%PDF-"
    // The payload keeps the file's title, not its content.
    expect(decryptField(snapshot.payloadCiphertext)).not.toContain("JVBERi0");

    const file = await downloadInstitutionDocument(h.lead, id, snapshot.id);
    expect(file.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(file.fileName).toMatch(/^ReporteSemanasCotizadas_\d{6}\.pdf$/);
    const clear = await revealIdentifiers(h.lead, id, "Cotejo del documento del IMSS en pruebas");
    const text = pdfText(file.bytes);
    expect(text).toContain("Reporte de Semanas Cotizadas");
    expect(text).toContain(`CURP: ${clear.curp}`);
    expect(text).toContain(`NSS: ${clear.nss}`);
    expect(text).toMatch(/Semanas cotizadas: \d+/);

    await expect(downloadInstitutionDocument(h.user, id, snapshot.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    const audited = await db().auditEvent.count({
      where: { applicantId: id, action: "institution_document.downloaded" },
    });
    expect(audited).toBe(1);
  });

  it("Belvo's sandbox sends no file: Cotiza says the institution did not provide it", async () => {
    const { id, snapshot } = await refreshed("SANDBOX");
    expect(snapshot.document).toMatchObject({ status: "not_provided", contentCiphertext: null });
    await expect(downloadInstitutionDocument(h.lead, id, snapshot.id)).rejects.toMatchObject({
      key: "errors.report.documentNotStored",
    });
  });

  it("refuses a file over the size limit and one that is not a PDF", () => {
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x25).toString("base64");
    expect(
      institutionDocument([{ title: "ReporteSemanasCotizadas_1", content: big }]),
    ).toMatchObject({ status: "too_large", bytes: null });
    const html = Buffer.from("<html>no</html>").toString("base64");
    expect(
      institutionDocument([{ title: "ReporteSemanasCotizadas_1", content: html }]),
    ).toMatchObject({ status: "invalid", bytes: null });
    expect(institutionDocument([])).toBeNull();
  });
});
