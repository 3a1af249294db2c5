import { afterEach } from "vitest";
import type { RunningEmulator } from "../server";
import { belvoCaller, testEmulator, webhookReceiver } from "./harness";

type Receiver = Awaited<ReturnType<typeof webhookReceiver>>;

export type WebhookSetup = {
  call: ReturnType<typeof belvoCaller>;
  receiver: Receiver;
  emulator: RunningEmulator;
};

/**
 * A fresh emulator per test whose webhooks go to a local receiver answering with `statuses`;
 * both are closed after each test.
 */
export function webhookSuite(): (statuses?: number[]) => Promise<WebhookSetup> {
  let emulator: RunningEmulator | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await emulator?.close();
    await receiver?.close();
  });
  return async (statuses = []) => {
    receiver = await webhookReceiver(statuses);
    emulator = await testEmulator({
      webhookUrl: receiver.url,
      webhookAuthorization: "Bearer s3cr3t",
      webhookRetryBaseMs: 20,
    });
    return { call: belvoCaller(emulator), receiver, emulator };
  };
}
