import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Emulator } from "./emulator";
import { handleRequest } from "./http/handler";
import { EMULATOR_SECRET_ID, EMULATOR_SECRET_PASSWORD } from "../../lib/belvo/emulator-keys";
import { fileStore } from "./store";

export type EmulatorOptions = {
  port?: number;
  host?: string;
  stateDir?: string | null;
  webhookUrl?: string;
  webhookAuthorization?: string;
  /** ISO time: fixes the emulator clock there. */
  now?: string;
  pageSize?: number;
  /** Extraction time of the slow/timeout personas (default 20 s). */
  extractionDelayMs?: number;
  /** Base of the webhook retries' linear backoff (default 1 s). */
  webhookRetryBaseMs?: number;
  /** Per-delivery webhook timeout (default 5 s, Belvo's). */
  webhookTimeoutMs?: number;
  log?: (line: string) => void;
};

export type RunningEmulator = {
  /** e.g. http://127.0.0.1:4010, without a trailing slash. */
  url: string;
  secretId: string;
  secretPassword: string;
  close(): Promise<void>;
  /** Resolves when background work (async retrievals, webhook retries) has finished. */
  idle(): Promise<void>;
};

export const DEFAULT_PORT = 4010;
export const DEFAULT_STATE_DIR = ".data/belvo-emulator";

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const store = fileStore(options.stateDir === undefined ? DEFAULT_STATE_DIR : options.stateDir);
  const state = store.load();
  if (options.now !== undefined) state.frozenAt = new Date(options.now).toISOString();
  if (options.webhookUrl !== undefined)
    state.webhook = {
      url: options.webhookUrl,
      authorization: options.webhookAuthorization ?? null,
    };
  const emu = new Emulator(state, store, {
    pageSize: options.pageSize ?? 100,
    extractionDelayMs: options.extractionDelayMs ?? 20_000,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 5_000,
    webhookRetries: 5,
    webhookRetryBaseMs: options.webhookRetryBaseMs ?? 1_000,
    deletesPerMinute: 5,
    log: options.log ?? (() => undefined),
  });
  emu.save();
  const server = createServer((req, res) => void handleRequest(emu, req, res));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    secretId: EMULATOR_SECRET_ID,
    secretPassword: EMULATOR_SECRET_PASSWORD,
    idle: () => emu.idle(),
    close: async () => {
      emu.shutdown();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await emu.idle();
      emu.save();
    },
  };
}
