import { describe, expect, it } from "vitest";
import { PERSONAS } from "./personas";
import { emulatorSuite } from "./testing/suite";

type Row = Record<string, unknown>;

const s = emulatorSuite();

describe("widget update mode", () => {
  it("a token with link_id revalidates an invalidated link for the same CURP only", async () => {
    const link = (
      await s.call("POST", "/api/links/", {
        institution: "imss_mx_employment",
        username: PERSONAS.credentialsInvalidated.curp,
      })
    ).body as Row;
    await s.control("refresh");
    await s.emulator.idle();
    expect(((await s.call("GET", `/api/links/${String(link.id)}/`)).body as Row).status).toBe(
      "invalid",
    );

    const tokenReply = await fetch(`${s.emulator.url}/api/token/`, {
      method: "POST",
      body: JSON.stringify({
        id: s.emulator.secretId,
        password: s.emulator.secretPassword,
        scopes: "read_institutions,write_links,read_links",
        link_id: link.id,
        widget: {
          callback_urls: {
            success: "https://app.test/ok",
            exit: "https://app.test/exit",
            event: "https://app.test/event",
          },
        },
      }),
    });
    const { access } = (await tokenReply.json()) as { access: string };
    const post = (curp: string) =>
      fetch(`${s.emulator.url}/widget/`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          access_token: access,
          locale: "es",
          access_mode: "recurrent",
          institution: "imss_mx_employment",
          username: curp,
          consent: "yes",
          action: "connect",
        }).toString(),
      });
    const wrong = await post(PERSONAS.stable.curp);
    expect(new URL(wrong.headers.get("location") ?? "").searchParams.get("error")).toBe(
      "invalid_credentials",
    );
    const right = await post(PERSONAS.credentialsInvalidated.curp);
    expect(right.status).toBe(303);
    expect(new URL(right.headers.get("location") ?? "").searchParams.get("link")).toBe(link.id);
    expect(((await s.call("GET", `/api/links/${String(link.id)}/`)).body as Row).status).toBe(
      "valid",
    );
    expect(((await s.call("GET", "/api/links/")).body as Row).count).toBe(1);
  });
});

describe("MFA (428)", () => {
  it("only happens through the token_required fault; resuming answers session_expired", async () => {
    await s.control("faults", { kind: "token_required", path: "/api/links/" });
    const reply = await s.call("POST", "/api/links/", {
      institution: "imss_mx_employment",
      username: PERSONAS.stable.curp,
    });
    expect(reply.status).toBe(428);
    const body = (reply.body as Row[])[0] as Row;
    expect(body).toMatchObject({
      code: "token_required",
      session: expect.stringMatching(/^[a-f0-9]{32}$/),
      expiry: 9600,
    });
    const resumed = await s.call("PATCH", "/api/links/", {
      session: body.session,
      token: "123456",
      link: "00000000-0000-4000-8000-000000000000",
    });
    expect(resumed.status).toBe(400);
    expect((resumed.body as Row[])[0]).toMatchObject({ code: "session_expired" });
  });
});
