import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { messageText } from "@/components/shell/message-text";
import { appFormat, type CommonTranslate } from "@/lib/i18n/app-format";
import { messagesFor } from "@/lib/i18n/catalog";
import type { Locale } from "@/lib/i18n/locales";
import { errorValues } from "@/lib/http/browser/error-params";
import { fieldErrors, readApiError } from "@/lib/http/browser/api-fetch";
import { readJson } from "@/lib/http/server/read-json";
import { AppError, errorBody, validationKey, type ErrorParams } from "./errors";

/** What a reader of `locale` sees for an error message (as `useErrorText` renders it). */
function render(locale: Locale, message: string, params?: ErrorParams): string {
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const common = createTranslator({ locale, messages: messagesFor(locale), namespace: "common" });
  const f = appFormat({
    locale,
    timeZone: "America/Mexico_City",
    t: common as unknown as CommonTranslate,
  });
  return messageText(t, message, params ? errorValues(params, f.dateTime) : undefined);
}

const refusal = async (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("it should refuse"),
    (error: unknown) => error as AppError,
  );

describe("AppError", () => {
  it("sends a key and its params, never a sentence", () => {
    const error = new AppError("conflict", "errors.connect.referenceTaken", { reference: "SOL-7" });
    expect(error.status).toBe(409);
    expect(error.message).toBe("errors.connect.referenceTaken"); // what logs show: no values
    expect(errorBody(error)).toEqual({
      error: {
        code: "conflict",
        message: "errors.connect.referenceTaken",
        params: { reference: "SOL-7" },
      },
    });
  });

  it("falls back to the code's own sentence, and carries fields and extras", () => {
    expect(errorBody(new AppError("forbidden"))).toEqual({
      error: { code: "forbidden", message: "errors.codes.forbidden" },
    });
    const taken = new AppError("conflict", "errors.team.emailTaken", undefined, {
      fields: { email: "errors.team.emailTaken" },
      state: "taken",
    });
    expect(errorBody(taken)).toEqual({
      error: {
        code: "conflict",
        message: "errors.team.emailTaken",
        fields: { email: "errors.team.emailTaken" },
        state: "taken",
      },
    });
    // Extras cannot pass for the code or the message.
    const sneaky = new AppError("internal", undefined, undefined, { code: "ok", message: "Hi" });
    expect(errorBody(sneaky).error).toMatchObject({
      code: "internal",
      message: "errors.codes.internal",
    });
  });

  it("uses only keys that exist, in both languages", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const sources = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        const relative = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
      });
    const keys = new Set<string>();
    for (const file of [...sources("lib"), ...sources("app")])
      for (const match of readFileSync(path.join(root, file), "utf8").matchAll(
        /"(errors\.[A-Za-z0-9_.]+)"/g,
      ))
        keys.add(match[1]!);
    expect(keys.size).toBeGreaterThan(40);
    for (const locale of ["es", "en"] as const) {
      const t = createTranslator({ locale, messages: messagesFor(locale) });
      const missing = [...keys].filter((key) => !t.has(key as never));
      expect(missing, locale).toEqual([]);
    }
  });
});

describe("how the browser renders an error", () => {
  it("translates a key with its params, in Spanish and in English", () => {
    const params = { reference: "SOL-7" };
    expect(render("es", "errors.connect.referenceTaken", params)).toBe(
      "Ya existe un solicitante con la referencia SOL-7.",
    );
    expect(render("en", "errors.connect.referenceTaken", params)).toBe(
      "An applicant with the reference SOL-7 already exists.",
    );
    expect(render("es", "errors.team.lastAdmin")).toBe(
      "Cotiza necesita al menos un administrador activo. Primero nombre administrador a otra persona.",
    );
    expect(render("en", "errors.codes.unauthorized")).toBe("Sign in to continue.");
  });

  it("writes an instant in the reader's language and the organization's time zone", () => {
    const params = { availableAt: "2026-11-18T16:05:00.000Z" };
    const es = render("es", "errors.connect.dailyQueryLimit", params);
    const en = render("en", "errors.connect.dailyQueryLimit", params);
    expect(es).toMatch(/^Esta CURP ya se consultó 3 veces.*Podrá consultarse de nuevo el .+\.$/);
    expect(es).toContain("10:05");
    expect(es).not.toContain("2026-11-18T");
    expect(en).toMatch(/It can be queried again on .+\.$/);
    expect(en).toContain("It can be queried again on Nov 18, 2026, 10:05");
  });

  it("keeps the institution's own words verbatim inside the sentence", () => {
    const said = { said: "yes", institution: "La persona no cuenta con NSS {sic}" };
    expect(render("en", "errors.belvo.invalid_credentials", said)).toBe(
      "The institution rejected the applicant's details. Check the CURP (and the email, if one was used) and try again. The institution said: «La persona no cuenta con NSS {sic}»",
    );
    expect(render("es", "errors.belvo.daily_limit", { said: "no", institution: "" })).toBe(
      "Ya se usaron las consultas al IMSS permitidas hoy para este solicitante. Vuelva a intentarlo en 24 horas.",
    );
  });

  it("shows text that is not a known key as is", () => {
    const imss = "El NSS capturado no coincide con la CURP";
    expect(render("es", imss)).toBe(imss);
    expect(render("en", imss)).toBe(imss);
    // An older server's sentence, or a key this build does not know.
    expect(render("es", "Sign in to continue.")).toBe("Sign in to continue.");
    expect(render("es", "errors.fromANewerServer")).toBe("errors.fromANewerServer");
  });

  it("reads the key, params and fields of a refused request", async () => {
    const body = errorBody(
      new AppError(
        "conflict",
        "errors.connect.referenceInInvite",
        { reference: "A-1" },
        {
          fields: { reference: "errors.connect.referenceInInvite" },
        },
      ),
    );
    const failure = await readApiError(
      new Response(JSON.stringify(body), { status: 409 }),
      "connect.newApplicant.failed",
    );
    expect(failure).toMatchObject({
      ok: false,
      message: "errors.connect.referenceInInvite",
      params: { reference: "A-1" },
      fields: { reference: "errors.connect.referenceInInvite" },
    });
    const unreadable = await readApiError(new Response("<html>", { status: 502 }), "x.fallback");
    expect(unreadable).toMatchObject({ message: "x.fallback", params: {}, fields: {} });
  });
});

describe("field errors from zod", () => {
  const schema = z.object({
    name: z.string().trim().min(1, { message: "team.validation.name" }),
    email: z.email(),
    role: z.enum(["UNDERWRITER", "ADMIN"]),
    note: z.string().max(3),
    count: z.number().min(1),
    tags: z.array(z.string()).min(1),
  });

  it("keeps an area's key and maps zod's own messages to errors.validation", () => {
    const parsed = schema.safeParse({
      name: " ",
      email: "nope",
      role: "BOSS",
      note: "long",
      count: 0,
      tags: [],
    });
    expect(fieldErrors(parsed.error!)).toEqual({
      name: "team.validation.name",
      email: "errors.validation.email",
      role: "errors.validation.option",
      note: "errors.validation.tooLong",
      count: "errors.validation.tooSmall",
      tags: "errors.validation.tooFew",
    });
    const missing = schema.safeParse({});
    expect(fieldErrors(missing.error!)).toMatchObject({
      name: "errors.validation.required",
      email: "errors.validation.required",
    });
    expect(validationKey({ code: "invalid_type", message: "x", input: 3 })).toBe(
      "errors.validation.invalid",
    );
  });

  it("answers a bad body with keys per field, and a body that is not JSON", async () => {
    const post = (body: string) => new Request("http://cotiza.test/api", { method: "POST", body });
    const bad = await refusal(readJson(post(JSON.stringify({ name: "", role: "ADMIN" })), schema));
    expect(errorBody(bad)).toEqual({
      error: {
        code: "bad_request",
        message: "errors.request.fieldsNeedAttention",
        fields: {
          name: "team.validation.name",
          email: "errors.validation.required",
          note: "errors.validation.required",
          count: "errors.validation.required",
          tags: "errors.validation.required",
        },
      },
    });
    const notJson = await refusal(readJson(post("{"), schema));
    expect(notJson).toMatchObject({ code: "bad_request", key: "errors.request.bodyNotJson" });
    expect(render("es", notJson.key)).toBe("El cuerpo de la solicitud debe ser JSON.");
  });
});
