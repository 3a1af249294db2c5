import { randomBytes } from "node:crypto";
import type { Emulator } from "../emulator";
import type { StoredLink } from "../state";

export type WebhookPayload = {
  webhook_id: string;
  webhook_type: string;
  webhook_code: string;
  process_type: "historical_update" | "recurrent_update";
  link_id: string;
  request_id: string;
  external_id: string | null;
  data: Record<string, unknown>;
};

const MAX_LOG = 500;

export function webhookPayload(
  link: StoredLink,
  event: {
    type: string;
    code: string;
    process: WebhookPayload["process_type"];
    requestId: string;
    data: Record<string, unknown>;
  },
): WebhookPayload {
  return {
    webhook_id: randomBytes(16).toString("hex"),
    webhook_type: event.type,
    webhook_code: event.code,
    process_type: event.process,
    link_id: link.body.id,
    request_id: event.requestId,
    external_id: link.body.external_id,
    data: event.data,
  };
}

/** Sends Belvo's `historical_update` webhook announcing a link's newly extracted `type` data. */
export function sendHistoricalUpdate(
  emu: Emulator,
  link: StoredLink,
  type: "EMPLOYMENT_RECORDS" | "EMPLOYMENT_METRICS",
  requestId: string,
  data: Record<string, unknown>,
): void {
  sendWebhook(
    emu,
    webhookPayload(link, {
      type,
      code: "historical_update",
      process: "historical_update",
      requestId,
      data,
    }),
  );
}

async function attempt(
  emu: Emulator,
  url: string,
  payload: WebhookPayload,
): Promise<{ status: number | null; error: string | null }> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "User-Agent": "Belvo-Webhooks (emulator)",
  };
  if (emu.state.webhook.authorization) headers.Authorization = emu.state.webhook.authorization;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers,
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(emu.settings.webhookTimeoutMs),
    });
    await response.arrayBuffer();
    return { status: response.status, error: null };
  } catch (error) {
    return {
      status: null,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    };
  }
}

/**
 * Belvo's delivery contract: a 2xx within the timeout acknowledges; otherwise up to N retries with
 * linear backoff (retry n waits n × base). Every attempt is logged and persisted.
 */
export function sendWebhook(emu: Emulator, payload: WebhookPayload): void {
  const url = emu.state.webhook.url;
  if (!url) {
    emu.settings.log(
      `webhook ${payload.webhook_type}/${payload.webhook_code} not sent: no webhook URL configured`,
    );
    return;
  }
  emu.background(`webhook ${payload.webhook_id}`, async () => {
    for (let number = 1; number <= emu.settings.webhookRetries + 1 && !emu.closed; number += 1) {
      if (number > 1) await emu.sleep((number - 1) * emu.settings.webhookRetryBaseMs);
      if (emu.closed) return;
      const result = await attempt(emu, url, payload);
      const delivered = result.status !== null && result.status >= 200 && result.status < 300;
      emu.state.webhookLog.push({
        webhook_id: payload.webhook_id,
        attempt: number,
        at: new Date().toISOString(),
        url,
        ...result,
        delivered,
        payload,
      });
      if (emu.state.webhookLog.length > MAX_LOG)
        emu.state.webhookLog.splice(0, emu.state.webhookLog.length - MAX_LOG);
      emu.save();
      // Before the app is up (demo seeding) deliveries fail and are retried: say so plainly.
      const retrying = number <= emu.settings.webhookRetries ? ", will retry" : "";
      emu.settings.log(
        `webhook ${payload.webhook_type}/${payload.webhook_code} attempt ${number}: ${result.status ?? `not delivered (${result.error})${retrying}`}`,
      );
      if (delivered) return;
    }
  });
}
