// GET /api/privacy/requests/[id]/package: team leads and admins download an access request's
// package as JSON or as its PDF summary in their language, never cached, each download audited.
import { randomUUID } from "node:crypto";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/users";
import { today } from "@/lib/clock";
import { connectDirect } from "@/lib/connect/connect-direct";
import { applicantInput, connectHarness } from "@/lib/connect/testing/connect-harness";
import { db } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { pdfText } from "@/lib/report/testing/pdf-text";
import { uniqueCurp } from "@/lib/testing/unique-curp";
import { ACCESS_PACKAGE_DOWNLOADED } from "./access-package-download";
import { arcoInputSchema, registerArcoRequest } from "./arco";

// The signed-in user, and the language they read.
let signedIn: SessionUser | null = null;
let locale: Locale = "es";
vi.mock("@/lib/auth/session", async () => {
  const { AppError } = await import("@/lib/errors");
  return {
    requireUser: async (roles?: readonly string[]) => {
      if (!signedIn) throw new AppError("unauthorized");
      if (roles && !roles.includes(signedIn.role)) throw new AppError("forbidden");
      return signedIn;
    },
  };
});
vi.mock("next-intl/server", () => ({
  getLocale: async () => locale,
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale, messages: messagesFor(locale), namespace } as never),
}));

const { GET } = await import("@/app/api/privacy/requests/[id]/package/route");

const h = connectHarness();
const NAME = "Rocío Peña Ibáñez";
let applicantId: string;
let reference: string;
let access: string;
let cancellation: string;

const get = (id: string, format: string) =>
  GET(new Request(`http://cotiza.test/api/privacy/requests/${id}/package?format=${format}`), {
    params: Promise.resolve({ id }),
  });

async function register(type: "ACCESS" | "CANCELLATION") {
  const settings = await db().organizationSettings.findUnique({ where: { id: 1 } });
  const { id } = await registerArcoRequest(
    h.lead,
    arcoInputSchema.parse({
      type,
      requesterName: NAME,
      applicantReference: reference,
      receivedOn: today(settings?.timeZone ?? "America/Mexico_City"),
      identityChecked: "on",
    }),
  );
  return id;
}

beforeAll(async () => {
  const input = applicantInput(uniqueCurp(), { name: NAME });
  reference = input.reference;
  applicantId = await connectDirect({ user: h.user, input, client: h.client });
  access = await register("ACCESS");
  cancellation = await register("CANCELLATION");
});

describe("the access package route", () => {
  it("gives a team lead the JSON package as an attachment named by reference and day", async () => {
    signedIn = h.lead;
    locale = "es";
    const response = await get(access, "json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(
      new RegExp(`^attachment; filename="paquete-acceso-${reference}-\\d{4}-\\d{2}-\\d{2}\\.json"`),
    );
    expect(disposition).not.toContain("Roc");
    const body = (await response.json()) as {
      format: string;
      sections: { applicants: { name: string }[]; arco_requests: { id: string }[] };
    };
    expect(body.format).toBe("cotiza.access-package");
    expect(body.sections.applicants[0]?.name).toBe(NAME);
    expect(body.sections.arco_requests.map((request) => request.id)).toContain(access);
  });

  it("gives the PDF summary in the reader's language", async () => {
    signedIn = h.lead;
    for (const language of ["es", "en"] as const) {
      locale = language;
      const response = await get(access, "pdf");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      const text = pdfText(bytes);
      expect(text).toContain(NAME);
      expect(text).toContain(reference);
      expect(text).toContain(
        language === "es" ? "Paquete de acceso a datos personales" : "Personal data access package",
      );
      expect(text).toContain(language === "es" ? "Página 1 de" : "Page 1 of");
      // Every word came from the catalogs: no key left untranslated, no ICU argument unfilled.
      expect(text).not.toMatch(/\b(accessPackage|privacy|applicant|audit)\.[a-z]|\{[a-z]+\}/i);
    }
  });

  it("audits each download on the applicant's trail, with its format", async () => {
    const events = await db().auditEvent.findMany({
      where: { applicantId, action: ACCESS_PACKAGE_DOWNLOADED },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, subject: true, details: true },
    });
    expect(events.map((event) => event.details)).toEqual([
      { format: "json" },
      { format: "pdf" },
      { format: "pdf" },
    ]);
    expect(events.every((event) => event.actorId === h.lead.id && event.subject === access)).toBe(
      true,
    );
  });

  it("refuses an underwriter, a request that is not an access one, a format and an unknown id", async () => {
    signedIn = h.user;
    expect((await get(access, "json")).status).toBe(403);
    signedIn = h.lead;
    const notAccess = await get(cancellation, "json");
    expect(notAccess.status).toBe(409);
    expect((await notAccess.json()).error.message).toBe("errors.privacy.notAccess");
    expect((await get(access, "xml")).status).toBe(400);
    expect((await get(randomUUID(), "json")).status).toBe(404);
    signedIn = null;
    expect((await get(access, "json")).status).toBe(401);
    const audited = await db().auditEvent.count({
      where: { applicantId, action: ACCESS_PACKAGE_DOWNLOADED },
    });
    expect(audited).toBe(3);
  });
});
