import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "./csp-guard";
import {
  belvoCallsFor,
  connectThroughApi,
  storageStatePath,
  uniqueCurp,
  uniqueEmail,
  uniqueReference,
} from "./fixtures";
import { PRIVACY_NOTICE_VERSION } from "../lib/connect/new-applicant";

// Text PostgreSQL cannot store (NUL, lone surrogates) and pathological bodies, against the real
// server: each is a 4xx naming the problem, never a 500, and nothing is written or sent to Belvo.
test.use({ storageState: storageStatePath("TEAM_LEAD") });

const UNSAFE = "errors.validation.controlCharacters";

async function expectRefusedField(response: APIResponse, field: string) {
  expect(response.status()).toBe(400);
  const body = (await response.json()) as { error: { fields?: Record<string, string> } };
  expect(body.error.fields).toEqual({ [field]: UNSAFE });
}

/** The webhook's Authorization value: the server's environment, else the generated secrets. */
function webhookAuthorization(): string {
  if (process.env.BELVO_WEBHOOK_AUTHORIZATION) return process.env.BELVO_WEBHOOK_AUTHORIZATION;
  const file = path.resolve(process.env.COTIZA_DATA_DIR ?? ".data", "secrets.json");
  return (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
    .BELVO_WEBHOOK_AUTHORIZATION!;
}

test("a decision note with NUL is a 400 and stores no decision", async ({ page }) => {
  const applicantId = await connectThroughApi(page, {
    name: "Nota Con Nulo",
    curp: uniqueCurp(),
    referencePrefix: "BAD-NOTE",
  });
  const refused = await page.request.post(`/api/applicants/${applicantId}/decisions`, {
    data: { outcome: "REFER", reasonCode: "capped_salary", note: "Pedir recibos\u0000" },
  });
  await expectRefusedField(refused, "note");
  const listed = await page.request.get(`/api/applicants/${applicantId}/decisions`);
  expect(((await listed.json()) as { decisions: unknown[] }).decisions).toEqual([]);
});

test("a new applicant with NUL in the name is a 400 before any Belvo call", async ({ page }) => {
  const curp = uniqueCurp();
  const refused = await page.request.post("/api/applicants", {
    data: {
      name: "Mariana\u0000 Ibáñez",
      reference: uniqueReference("BAD-NAME"),
      institution: "IMSS",
      curp,
      accessMode: "SINGLE",
      consent: { accepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    },
  });
  await expectRefusedField(refused, "name");
  expect(await belvoCallsFor(page.request, curp)).toEqual([]);
});

test("q=%00 leaves the queue page working and is a 400 on the export API", async ({ page }) => {
  const response = await page.goto("/applicants?q=%00");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("queue-search")).toBeVisible();

  const exported = await page.request.get("/api/exports/queue?q=%00");
  await expectRefusedField(exported, "q");
});

test("team member and invite names with NUL are 400s", async ({ page }) => {
  const member = await page.request.post("/api/team/members", {
    data: { name: "Ana\u0000 Ruiz", email: uniqueEmail("bad-name"), role: "UNDERWRITER" },
  });
  await expectRefusedField(member, "name");

  const invite = await page.request.post("/api/invites", {
    data: { applicantName: "Mariana \uD800Núñez", reference: uniqueReference("BAD-INV") },
  });
  await expectRefusedField(invite, "applicantName");
});

test("webhook bodies that can never be stored are 4xx, not 500", async ({ page }) => {
  const headers = {
    authorization: webhookAuthorization(),
    "content-type": "application/json",
  };
  const webhook = {
    webhook_id: `bad-${Date.now().toString(36)}`,
    webhook_type: "EMPLOYMENT_RECORDS",
    webhook_code: "historical_update",
    link_id: crypto.randomUUID(),
    data: { x: 0 },
  };
  const depth = 20_000;
  const deep = JSON.stringify(webhook).replace(
    '{"x":0}',
    `{"x":${"[".repeat(depth)}${"]".repeat(depth)}}`,
  );
  const tooDeep = await page.request.post("/api/webhooks/belvo", { headers, data: deep });
  expect(tooDeep.status()).toBe(400);
  expect(((await tooDeep.json()) as { error: { message: string } }).error.message).toBe(
    "errors.webhook.tooDeep",
  );

  const nul = await page.request.post("/api/webhooks/belvo", {
    headers,
    data: JSON.stringify({ ...webhook, data: { "k\u0000": "v\u0000" } }),
  });
  expect(nul.status()).toBe(400);

  const large = await page.request.post("/api/webhooks/belvo", {
    headers,
    data: JSON.stringify({ ...webhook, data: { padding: "x".repeat(128 * 1024) } }),
  });
  expect(large.status()).toBe(413);
});
