import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { accessToken } from "./testing/harness";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;

const CALLBACKS = {
  success: "https://app.test/belvo/success",
  exit: "https://app.test/belvo/exit",
  event: "https://app.test/belvo/event",
};

const s = emulatorSuite();

const token = (extra: Row = {}): Promise<string> =>
  accessToken(s.emulator, {
    widget: { callback_urls: CALLBACKS, branding: { company_name: "Cotiza" } },
    ...extra,
  });

const submit = (form: Record<string, string>) =>
  fetch(`${s.emulator.url}/widget/`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form).toString(),
  });

describe("hosted widget over HTTP", () => {
  it("token → page → form post → 303 to success with the new link; the token then dies", async () => {
    const access = await token({
      fetch_resources: ["EMPLOYMENT_RECORDS"],
      external_id: "applicant_77",
    });
    const page = await fetch(
      `${s.emulator.url}/widget/?access_token=${access}&locale=es&access_mode=single`,
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const id of [
      "widget-form",
      "widget-curp",
      "widget-email",
      "widget-consent",
      "widget-submit",
      "widget-cancel",
      "widget-institution-imss_mx_employment",
    ]) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(html).toContain('<label for="curp">CURP</label>');
    expect(html).toContain('lang="es"');

    const done = await submit({
      access_token: access,
      locale: "es",
      access_mode: "single",
      external_id: "",
      institution: "imss_mx_employment",
      username: PERSONAS.stable.curp,
      username2: "mariana@example.com",
      consent: "yes",
      action: "connect",
    });
    expect(done.status).toBe(303);
    const location = new URL(done.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACKS.success);
    expect(location.searchParams.get("institution")).toBe("imss_mx_employment");
    const link = (await s.call("GET", `/api/links/${location.searchParams.get("link") ?? ""}/`))
      .body as Row;
    expect(link).toMatchObject({
      access_mode: "single",
      external_id: "applicant_77",
      fetch_resources: ["EMPLOYMENT_RECORDS"],
      status: "valid",
    });

    const reused = await fetch(`${s.emulator.url}/widget/?access_token=${access}`);
    expect(reused.status).toBe(401);
    expect(await reused.text()).toContain('data-testid="widget-token-error"');
  });

  it("cancel redirects to exit; Belvo errors redirect to event; form problems are shown on the page", async () => {
    const access = await token();
    const base = {
      access_token: access,
      locale: "en",
      access_mode: "recurrent",
      external_id: "",
      username2: "",
    };
    const cancelled = await submit({ ...base, action: "cancel" });
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get("location")).toBe(CALLBACKS.exit);

    const noConsent = await submit({
      ...base,
      institution: "imss_mx_employment",
      username: PERSONAS.stable.curp,
      action: "connect",
    });
    expect(noConsent.status).toBe(400);
    expect(await noConsent.text()).toContain("You must agree");
    const badCurp = await submit({
      ...base,
      institution: "imss_mx_employment",
      username: "abc",
      consent: "yes",
      action: "connect",
    });
    expect(await badCurp.text()).toContain("La CURP tiene que ser de 18 caracteres y mayúsculas");

    const failed = await submit({
      ...base,
      institution: "imss_mx_employment",
      username: PERSONAS.nssMismatch.curp,
      consent: "yes",
      action: "connect",
    });
    expect(failed.status).toBe(303);
    const event = new URL(failed.headers.get("location") ?? "");
    expect(`${event.origin}${event.pathname}`).toBe(CALLBACKS.event);
    expect(event.searchParams.get("error")).toBe("invalid_credentials");
    expect(event.searchParams.get("error_message")).toBe(
      "El NSS capturado no coincide con la CURP",
    );
    expect(((await s.call("GET", "/api/links/")).body as Row).count).toBe(0);
  });

  it("speaks the language of Belvo's `locale` parameter: Spanish unless it says English", async () => {
    const page = async (query: string) => {
      const access = await token();
      return (await fetch(`${s.emulator.url}/widget/?access_token=${access}${query}`)).text();
    };
    const english = await page("&locale=en");
    expect(english).toContain('lang="en"');
    expect(english).toContain("<h1>Connect your employment history</h1>");
    expect(english).toContain('<input type="hidden" name="locale" value="en">');
    for (const query of ["", "&locale=es", "&locale=pt"]) {
      const spanish = await page(query);
      expect(spanish).toContain('lang="es"');
      expect(spanish).toContain("<h1>Conecta tu historial laboral</h1>");
    }
    const refused = await fetch(`${s.emulator.url}/widget/?access_token=forged&locale=en`);
    expect(await refused.text()).toContain("This connection link is invalid or has expired.");
  });

  it("an expired or forged token shows an error page", async () => {
    const access = await token();
    await fetch(`${s.emulator.url}/_emulator/clock`, {
      method: "POST",
      body: JSON.stringify({ advance_ms: 601_000 }),
    });
    const expired = await fetch(`${s.emulator.url}/widget/?access_token=${access}`);
    expect(expired.status).toBe(401);
    const forged = await fetch(`${s.emulator.url}/widget/?access_token=${access.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(await forged.text()).toContain('role="alert"');
  });
});
