import { randomBytes } from "node:crypto";
import type { BelvoWebhook } from "../belvo-payload";

export const TEST_AUTHORIZATION = "Bearer test-webhook-secret";

// Route handlers read the environment lazily (lib/env.ts caches on first use): set it first.
process.env.BELVO_WEBHOOK_AUTHORIZATION ??= TEST_AUTHORIZATION;
process.env.COTIZA_ENCRYPTION_KEY ??= randomBytes(32).toString("base64url");

export const webhookId = () => randomBytes(16).toString("hex");

/** A Belvo-shaped delivery for a link Cotiza does not know. */
export function sampleWebhook(overrides: Partial<BelvoWebhook> = {}): BelvoWebhook {
  return {
    webhook_id: webhookId(),
    webhook_type: "EMPLOYMENT_RECORDS",
    webhook_code: "historical_update",
    process_type: "historical_update",
    link_id: crypto.randomUUID(),
    request_id: randomBytes(16).toString("hex"),
    external_id: null,
    data: { total_employment_record_profiles: 1 },
    ...overrides,
  };
}

export function deliveryRequest(
  body: unknown,
  authorization: string | null = process.env.BELVO_WEBHOOK_AUTHORIZATION ?? null,
) {
  return new Request("http://127.0.0.1/api/webhooks/belvo", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(authorization === null ? {} : { authorization }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
